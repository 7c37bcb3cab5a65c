import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@Entity('job_run')
@Check('job_run_outcome_check', `"outcome" IN ('running','succeeded','failed','skipped')`)
@Index('job_run_job_started_idx', ['job', 'startedAt'])
export class JobRun {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'text' })
  job!: string;

  @Column({ type: 'timestamptz', name: 'started_at', default: () => 'now()' })
  startedAt!: Date;

  @Column({ type: 'timestamptz', name: 'finished_at', nullable: true })
  finishedAt!: Date | null;

  @Column({ type: 'text', default: 'running' })
  outcome!: 'running' | 'succeeded' | 'failed' | 'skipped';

  @Column({ type: 'jsonb', default: () => "'{}'" })
  counts!: Record<string, number>;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @Column({ type: 'text', name: 'triggered_by', default: 'schedule' })
  triggeredBy!: string;
}
