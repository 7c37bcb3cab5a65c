import {
  agenciesMayAnswer,
  awaitsAnswer,
  CELL_COLORS,
  FOLLOW_UP_STATES,
  isFollowUpActive,
  isFollowUpOverdue,
  needsFollowUp,
  PERIOD_STATES,
} from '@pantau/domain';
import { openTestDatabase } from '../../testing/test-database';
import {
  activeFollowUpSql,
  answeringPeriodSql,
  awaitingAnswerSql,
  needsFollowUpSql,
  overdueSql,
} from './follow-up-sql';

describe('the follow-up rules in SQL agree with libs/domain', () => {
  let db: Awaited<ReturnType<typeof openTestDatabase>>;
  const rows = async (sql: string, params: unknown[] = []) => (await db.client.query(sql, params)).rows;

  beforeAll(async () => (db = await openTestDatabase()));
  afterAll(() => db.close());

  it('groups the follow-up states as awaitsAnswer and isFollowUpActive do', async () => {
    const found = await rows(
      `SELECT ${awaitingAnswerSql('s')} AS awaiting, ${activeFollowUpSql('s')} AS active
       FROM unnest($1::text[]) WITH ORDINALITY x (s, n) ORDER BY n`,
      [FOLLOW_UP_STATES],
    );
    expect(found).toEqual(FOLLOW_UP_STATES.map((s) => ({ awaiting: awaitsAnswer(s), active: isFollowUpActive(s) })));
  });

  it('lets agencies answer in the period states agenciesMayAnswer names', async () => {
    const found = await rows(
      `SELECT ${answeringPeriodSql('s')} AS answering FROM unnest($1::text[]) WITH ORDINALITY x (s, n) ORDER BY n`,
      [PERIOD_STATES],
    );
    expect(found.map((x) => x.answering)).toEqual(PERIOD_STATES.map(agenciesMayAnswer));
  });

  it('opens follow-ups for the colours needsFollowUp names, with and without yellow', async () => {
    const cases = CELL_COLORS.flatMap((color) => [false, true].map((onYellow) => ({ color, onYellow })));
    const found = await rows(
      `SELECT ${needsFollowUpSql('c', 'y')} AS needed FROM unnest($1::text[], $2::bool[]) WITH ORDINALITY x (c, y, n) ORDER BY n`,
      [cases.map((c) => c.color), cases.map((c) => c.onYellow)],
    );
    expect(found.map((x) => x.needed)).toEqual(cases.map((c) => needsFollowUp(c.color, c.onYellow)));
  });

  it('finds a follow-up overdue on the days and in the states isFollowUpOverdue does', async () => {
    const found = await rows(
      `SELECT f.state, f.due_date::text AS due, CURRENT_DATE::text AS today, ${overdueSql('f')} AS overdue
       FROM (SELECT s AS state, CURRENT_DATE + k AS due_date FROM unnest($1::text[]) s, generate_series(-40, 40) k) f`,
      [FOLLOW_UP_STATES],
    );
    expect(found).toHaveLength(FOLLOW_UP_STATES.length * 81);
    expect(found.filter((x) => x.overdue).length).toBeGreaterThan(0);
    const differ = found.filter((x) => x.overdue !== isFollowUpOverdue(x.state, x.due, x.today));
    expect(differ).toEqual([]);
  });
});
