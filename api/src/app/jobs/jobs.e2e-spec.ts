import { SchedulerRegistry } from '@nestjs/schedule';
import { Client } from 'pg';
import { FollowUpsService } from '../follow-ups/follow-ups.service';
import { createTestApp, TestApp } from '../../testing/test-app';
import { JobsService } from './jobs.service';
import { ScoreSnapshots } from './score-snapshots.service';

describe('scheduled jobs', () => {
  let t: TestApp;
  let admin: string;
  let kaltengId: number;
  let kaltengUser: number;
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const runNow = (name: string) => t.http.post(`/api/admin/jobs/${name}/run`).set(auth(admin));
  const kaltengNotices = async (kind: string): Promise<number> =>
    (
      await t.db.query(`SELECT count(*)::int AS n FROM notification WHERE user_id = $1 AND kind = $2`, [
        kaltengUser,
        kind,
      ])
    )[0].n;

  beforeAll(async () => {
    t = await createTestApp({ loginLimitPerAddress: 1000 });
    admin = await t.login('admin');
    [{ id: kaltengId }] = await t.db.query(`SELECT id FROM agency WHERE code = 'PROV-62'`);
    [{ id: kaltengUser }] = await t.db.query(`SELECT id FROM app_user WHERE username = 'kalteng'`);
    // Results of 2025 are out: follow-ups are open for every red item (and yellow, so kalteng surely has some).
    await t.db.query(`UPDATE period SET state = 'published', follow_up_on_yellow = true WHERE id = 2`);
    await t.db.transaction((m) => t.app.get(FollowUpsService).openForPublishedPeriod(m, 2));
  });
  afterAll(() => t.close());

  it('lists every job with its schedule and last run, for admins only', async () => {
    const res = await t.http.get('/api/admin/jobs').set(auth(admin)).expect(200);
    expect(res.body.jobs.map((j: { name: string }) => j.name).sort()).toEqual([
      'follow-up-overdue',
      'follow-up-reminders',
      'publication-overdue-scan',
      'score-snapshot',
    ]);
    expect(res.body.jobs[0]).toMatchObject({
      schedule: expect.any(String),
      timeZone: 'Asia/Jakarta',
      scheduled: false,
      lastRun: null,
    });
    await t.http
      .get('/api/admin/jobs')
      .set(auth(await t.login('leader')))
      .expect(403);
    await runNow('no-such-job').expect(404);
  });

  it('registers no cron tick while SCHEDULER_ENABLED is off', () => {
    expect(t.app.get(SchedulerRegistry).getCronJobs().size).toBe(0);
  });

  it('runs a job now and records a succeeded run with its counts; the snapshot is idempotent', async () => {
    const first = await runNow('score-snapshot').expect(200);
    expect(first.body).toMatchObject({
      job: 'score-snapshot',
      outcome: 'succeeded',
      triggeredBy: 'manual:admin',
      error: null,
    });
    expect(first.body.counts.snapshots).toBeGreaterThan(600);
    expect(first.body.counts.snapshots).toBe(first.body.counts.agencies);
    const second = await runNow('score-snapshot').expect(200);
    expect(second.body.counts).toEqual({ agencies: first.body.counts.agencies, snapshots: 0 });
    const [{ n }] = await t.db.query(
      `SELECT count(*)::int AS n FROM score_snapshot WHERE taken_on = CURRENT_DATE AND period_id = 2`,
    );
    expect(n).toBe(first.body.counts.snapshots);
    const [snap] = await t.db.query(`SELECT pillar_scores FROM score_snapshot WHERE agency_id = $1 AND period_id = 2`, [
      kaltengId,
    ]);
    expect(Object.keys(snap.pillar_scores)).toHaveLength(8);
    const overview = await t.http.get('/api/admin/jobs').set(auth(admin)).expect(200);
    const job = overview.body.jobs.find((j: { name: string }) => j.name === 'score-snapshot');
    expect(job.lastRun).toMatchObject({ id: second.body.id, outcome: 'succeeded' });
    expect(overview.body.runs[0].id).toBe(second.body.id);
  });

  it('records a job that throws as failed; the next job still runs, and so does the next tick', async () => {
    const snapshots = t.app.get(ScoreSnapshots);
    const spy = jest.spyOn(snapshots, 'take').mockRejectedValueOnce(new Error('disk full'));
    const jobs = t.app.get(JobsService);
    const failed = await jobs.runScheduled('score-snapshot');
    expect(failed).toMatchObject({ outcome: 'failed', error: 'disk full', finishedAt: expect.any(String) });
    const next = await jobs.runScheduled('follow-up-overdue');
    expect(next.outcome).toBe('succeeded');
    await t.db.query(`UPDATE job_run SET started_at = started_at - interval '1 day' WHERE id = $1`, [failed.id]);
    expect((await jobs.runScheduled('score-snapshot')).outcome).toBe('succeeded');
    spy.mockRestore();
  });

  it('sends follow-up reminders 7, 3 and 1 days before the due date, once each', async () => {
    const ids: number[] = (
      await t.db.query(`SELECT id FROM follow_up WHERE agency_id = $1 AND period_id = 2 ORDER BY id LIMIT 3`, [
        kaltengId,
      ])
    ).map((r: { id: number }) => r.id);
    expect(ids).toHaveLength(3);
    await t.db.query(
      `UPDATE follow_up f SET due_date = CURRENT_DATE + d.days
       FROM unnest($1::int[], ARRAY[7, 2, 0]) AS d(id, days) WHERE f.id = d.id`,
      [ids],
    );
    const first = await runNow('follow-up-reminders').expect(200);
    expect(first.body).toMatchObject({ outcome: 'succeeded', counts: { reminded: 3, notifications: 3 } });
    const sent = await t.db.query(`SELECT id, reminders_sent FROM follow_up WHERE id = ANY($1::int[]) ORDER BY id`, [
      ids,
    ]);
    expect(sent.map((r: { reminders_sent: number[] }) => r.reminders_sent)).toEqual([[7], [7, 3], [7, 3, 1]]);
    const titles = await t.db.query(
      `SELECT title FROM notification WHERE user_id = $1 AND kind = 'follow-up-reminder' ORDER BY title`,
      [kaltengUser],
    );
    expect(titles.map((r: { title: string }) => r.title)).toEqual([
      'Tenggat tindak lanjut 2 hari lagi',
      'Tenggat tindak lanjut 7 hari lagi',
      'Tenggat tindak lanjut hari ini',
    ]);

    const again = await runNow('follow-up-reminders').expect(200);
    expect(again.body.counts).toMatchObject({ reminded: 0, notifications: 0 });
    expect(await kaltengNotices('follow-up-reminder')).toBe(3);

    // Four days later the first one reaches the 3-day threshold: one new reminder, and only one.
    await t.db.query(`UPDATE follow_up SET due_date = CURRENT_DATE + 3 WHERE id = $1`, [ids[0]]);
    expect((await runNow('follow-up-reminders').expect(200)).body.counts).toMatchObject({
      reminded: 1,
      notifications: 1,
    });
    expect((await runNow('follow-up-reminders').expect(200)).body.counts).toMatchObject({
      reminded: 0,
      notifications: 0,
    });
    expect(await kaltengNotices('follow-up-reminder')).toBe(4);
  });

  it('notifies about newly overdue follow-ups once', async () => {
    const [{ id }] = await t.db.query(
      `SELECT id FROM follow_up WHERE agency_id = $1 AND period_id = 2 ORDER BY id DESC LIMIT 1`,
      [kaltengId],
    );
    await t.db.query(`UPDATE follow_up SET due_date = CURRENT_DATE - 1 WHERE id = $1`, [id]);
    const first = await runNow('follow-up-overdue').expect(200);
    expect(first.body.counts).toMatchObject({ overdue: 1, notifications: 1 });
    const second = await runNow('follow-up-overdue').expect(200);
    expect(second.body.counts).toMatchObject({ overdue: 1, notifications: 0 });
    expect(await kaltengNotices('follow-up-overdue')).toBe(1);
    const [notice] = await t.db.query(
      `SELECT period_id AS "periodId" FROM notification WHERE user_id = $1 AND kind = 'follow-up-overdue'`,
      [kaltengUser],
    );
    expect(notice).toEqual({ periodId: 2 });
  });

  it('tells each agency team once a week, in one digest per period naming it, how many items are published late', async () => {
    const first = await runNow('publication-overdue-scan').expect(200);
    expect(first.body.outcome).toBe('succeeded');
    expect(first.body.counts.overdue).toBeGreaterThan(0);
    // One digest per team and period: as many as the agencies with late items (each team here has one user).
    expect(first.body.counts.notifications).toBe(first.body.counts.agencies);
    expect(first.body.counts.agencies).toBeLessThan(first.body.counts.overdue);
    const mine: Array<{ title: string; body: string; link: string; periodId: number }> = await t.db.query(
      `SELECT title, body, link, period_id AS "periodId" FROM notification WHERE user_id = $1 AND kind = 'publication-overdue'`,
      [kaltengUser],
    );
    expect(mine).toHaveLength(1);
    const [{ name }] = await t.db.query(`SELECT name FROM period WHERE id = 2`);
    expect(mine[0]!.title).toBe(`Publikasi terlambat · ${name}`);
    expect(mine[0]!.body).toMatch(/^\d[\d.]* butir rencana aksi 2025 belum dipublikasikan sesuai jadwalnya\.$/);
    expect(mine[0]!.link).toBe(`/agencies/${kaltengId}?period=2&publication=overdue`);
    expect(mine[0]!.periodId).toBe(2);
    const second = await runNow('publication-overdue-scan').expect(200);
    expect(second.body.counts).toMatchObject({ overdue: first.body.counts.overdue, notifications: 0 });
  });

  it('never counts an item as published late before it has had one cadence to publish in', async () => {
    const [{ id: itemId }] = await t.db.query(
      `INSERT INTO plan_item (plan_id, agency_id, period_id, pillar_code, title, cadence)
       SELECT plan_id, agency_id, period_id, pillar_code, 'Butir baru tanpa publikasi', 'weekly'
       FROM plan_item WHERE agency_id = $1 AND period_id = 2 LIMIT 1 RETURNING id`,
      [kaltengId],
    );
    await t.db.query(`UPDATE period SET opened_at = now() - interval '400 days' WHERE id = 2`);
    const kalteng = await t.login('kalteng');
    const item = await t.http.get(`/api/items/${itemId}`).set('Authorization', `Bearer ${kalteng}`).expect(200);
    expect(item.body.publications).toMatchObject({ count: 0, lastPublishedAt: null, overdue: false });
  });

  it('skips a run while another process holds the job, and marks a run its dead process left behind', async () => {
    const other = new Client({ connectionString: t.databaseUrl });
    await other.connect();
    try {
      await other.query(`SELECT pg_advisory_lock(hashtext('job:follow-up-overdue'))`);
      const skipped = await runNow('follow-up-overdue').expect(200);
      expect(skipped.body).toMatchObject({
        outcome: 'skipped',
        error: expect.stringMatching(/running this job right now/),
      });
      await other.query(`SELECT pg_advisory_unlock(hashtext('job:follow-up-overdue'))`);
    } finally {
      await other.end();
    }
    const [{ id: stale }] = await t.db.query(
      `INSERT INTO job_run (job, outcome) VALUES ('follow-up-overdue', 'running') RETURNING id`,
    );
    expect((await runNow('follow-up-overdue').expect(200)).body.outcome).toBe('succeeded');
    const [row] = await t.db.query(`SELECT outcome, error FROM job_run WHERE id = $1`, [stale]);
    expect(row).toMatchObject({ outcome: 'failed', error: expect.stringMatching(/Interrupted/) });
  });

  it('runs each scheduled run once with two API processes on one database', async () => {
    const second = await createTestApp(
      { loginLimitPerAddress: 1000, schedulerEnabled: true },
      { ownerUrl: t.ownerUrl },
    );
    try {
      const registry = second.app.get(SchedulerRegistry);
      expect([...registry.getCronJobs().keys()].sort()).toEqual([
        'follow-up-overdue',
        'follow-up-reminders',
        'publication-overdue-scan',
        'score-snapshot',
      ]);
      registry.getCronJobs().forEach((job) => job.stop()); // the test fires the ticks itself
      const [{ n: before }] = await t.db.query(
        `SELECT count(*)::int AS n FROM job_run WHERE job = 'publication-overdue-scan'`,
      );

      const runs = await Promise.all([
        t.app.get(JobsService).runScheduled('publication-overdue-scan'),
        second.app.get(JobsService).runScheduled('publication-overdue-scan'),
      ]);
      expect(runs.map((r) => r.outcome).sort()).toEqual(['skipped', 'succeeded']);
      const late = await second.app.get(JobsService).runScheduled('publication-overdue-scan');
      expect(late).toMatchObject({
        outcome: 'skipped',
        error: expect.stringMatching(/already ran this scheduled run/),
      });
      const rows = await t.db.query(
        `SELECT outcome FROM job_run WHERE job = 'publication-overdue-scan' ORDER BY id OFFSET $1`,
        [before],
      );
      expect(rows.filter((r: { outcome: string }) => r.outcome === 'succeeded')).toHaveLength(1);
    } finally {
      await second.close();
    }
  });
});
