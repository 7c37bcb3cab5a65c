import { ACTIVE_FOLLOW_UP_STATES, ANSWERING_PERIOD_STATES, AWAITING_ANSWER_STATES } from '@pantau/domain';
import { sqlIn } from '../../services/database/sql-literals';

// The follow-up rules of libs/domain as SQL conditions, built from the same constants;
// follow-up-sql.e2e-spec.ts compares each with its TypeScript function.

/** awaitsAnswer: the follow-up waits for the agency. */
export const awaitingAnswerSql = (state: string) => sqlIn(state, AWAITING_ANSWER_STATES);

/** isFollowUpActive: not yet accepted. */
export const activeFollowUpSql = (state: string) => sqlIn(state, ACTIVE_FOLLOW_UP_STATES);

/** agenciesMayAnswer: a period state in which agencies answer their follow-ups. */
export const answeringPeriodSql = (periodState: string) => sqlIn(periodState, ANSWERING_PERIOD_STATES);

/** isFollowUpOverdue for the follow-up row `f`, today being the database's current date. */
export const overdueSql = (f: string) => `(${f}.due_date < CURRENT_DATE AND ${awaitingAnswerSql(`${f}.state`)})`;

/** needsFollowUp: `color` is a rating colour, `onYellow` the period's follow_up_on_yellow. */
export const needsFollowUpSql = (color: string, onYellow: string) =>
  `(${color} = 'red' OR (${color} = 'yellow' AND ${onYellow}))`;
