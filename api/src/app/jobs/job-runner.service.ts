import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { JobRunDetails } from '@pantau/domain';
import { JOB_RUN_COLUMNS, toJobRunView } from './job-run-view';

export type JobWork = () => Promise<Record<string, number>>;

export const SCHEDULED = 'schedule';

/** A scheduled run that another process started this recently is the same tick (jobs run at most daily). */
const SAME_TICK = '10 minutes';

/**
 * Runs a job and records it in job_run. With several API processes on one database a job runs in one of them
 * at a time: the run holds a session-level advisory lock on a dedicated connection. A process that finds the
 * lock taken records a 'skipped' run (with the reason in `error`) and leaves. A scheduled run is also skipped
 * when another process already ran the same tick, so ticks arriving one after the other do not both run.
 * A failing job is recorded as 'failed' and never throws to the caller, so other jobs and later ticks go on.
 */
@Injectable()
export class JobRunner {
  private readonly logger = new Logger('Jobs');

  constructor(private readonly dataSource: DataSource) {}

  async run(name: string, work: JobWork, triggeredBy: string): Promise<JobRunDetails> {
    const tick = new Date();
    const lock = this.dataSource.createQueryRunner();
    await lock.connect();
    try {
      const [{ locked }] = await lock.query(`SELECT pg_try_advisory_lock(hashtext('job:' || $1)) AS locked`, [name]);
      if (!locked) return await this.skip(name, triggeredBy, 'Another API process is running this job right now');
      try {
        if (triggeredBy === SCHEDULED && (await this.ranForTick(name, tick))) {
          return await this.skip(name, triggeredBy, 'Another API process already ran this scheduled run');
        }
        return await this.execute(name, work, triggeredBy);
      } finally {
        await lock.query(`SELECT pg_advisory_unlock(hashtext('job:' || $1))`, [name]);
      }
    } finally {
      await lock.release();
    }
  }

  private async execute(name: string, work: JobWork, triggeredBy: string): Promise<JobRunDetails> {
    // Holding the lock proves no other run is alive: a 'running' row left behind is from a process that died.
    await this.dataSource.query(
      `UPDATE job_run SET outcome = 'failed', finished_at = now(), error = 'Interrupted: its process stopped before the run finished'
       WHERE job = $1 AND outcome = 'running'`,
      [name],
    );
    const [{ id }] = await this.dataSource.query(
      `INSERT INTO job_run (job, triggered_by) VALUES ($1, $2) RETURNING id`,
      [name, triggeredBy],
    );
    let outcome: 'succeeded' | 'failed' = 'succeeded';
    let counts: Record<string, number> = {};
    let error: string | null = null;
    try {
      counts = await work();
    } catch (e) {
      outcome = 'failed';
      error = (e instanceof Error ? e.message : String(e)).slice(0, 2000);
      this.logger.error(`Job ${name} failed: ${e instanceof Error ? e.stack : error}`);
    }
    return this.finish(id, outcome, counts, error);
  }

  private async skip(name: string, triggeredBy: string, reason: string): Promise<JobRunDetails> {
    const [{ id }] = await this.dataSource.query(
      `INSERT INTO job_run (job, triggered_by) VALUES ($1, $2) RETURNING id`,
      [name, triggeredBy],
    );
    return this.finish(id, 'skipped', {}, reason);
  }

  private async finish(id: number, outcome: string, counts: Record<string, number>, error: string | null) {
    const [row] = await this.dataSource.query(
      `WITH upd AS (
         UPDATE job_run SET outcome = $2, counts = $3::jsonb, error = $4, finished_at = now() WHERE id = $1 RETURNING *)
       SELECT ${JOB_RUN_COLUMNS} FROM upd`,
      [id, outcome, JSON.stringify(counts), error],
    );
    return toJobRunView(row);
  }

  private async ranForTick(name: string, tick: Date): Promise<boolean> {
    const rows = await this.dataSource.query(
      `SELECT 1 FROM job_run WHERE job = $1 AND triggered_by = $2 AND outcome IN ('succeeded', 'failed')
         AND started_at > $3::timestamptz - $4::interval LIMIT 1`,
      [name, SCHEDULED, tick.toISOString(), SAME_TICK],
    );
    return rows.length > 0;
  }
}
