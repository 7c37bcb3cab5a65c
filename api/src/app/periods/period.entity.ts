import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { DEFAULT_FOLLOW_UP_DAYS, DEFAULT_THRESHOLDS, PERIOD_STATES } from '@pantau/domain';
import type { PeriodState } from '@pantau/domain';
import { sqlIn } from '../../services/database/sql-literals';
import { Instrument } from './instrument.entity';

@Entity('period')
@Check('period_state_check', sqlIn('"state"', PERIOD_STATES, ','))
@Check(
  'period_thresholds_check',
  `"yellow_threshold" >= 0 AND "green_threshold" <= 100 AND "yellow_threshold" <= "green_threshold"`,
)
@Check('period_follow_up_days_check', `"follow_up_days" BETWEEN 1 AND 365`)
export class Period {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'text', unique: true })
  name!: string;

  @Column({ type: 'smallint' })
  year!: number;

  @Column({ type: 'text', default: 'draft' })
  state!: PeriodState;

  @Column({ type: 'smallint', name: 'green_threshold', default: DEFAULT_THRESHOLDS.green })
  greenThreshold!: number;

  @Column({ type: 'smallint', name: 'yellow_threshold', default: DEFAULT_THRESHOLDS.yellow })
  yellowThreshold!: number;

  @Column({ type: 'text', name: 'instrument_version' })
  instrumentVersion!: string;

  @ManyToOne(() => Instrument, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'instrument_version' })
  instrument?: Instrument;

  @Column({ type: 'smallint', name: 'follow_up_days', default: DEFAULT_FOLLOW_UP_DAYS })
  followUpDays!: number;

  @Column({ type: 'boolean', name: 'follow_up_on_yellow', default: false })
  followUpOnYellow!: boolean;

  @Column({ type: 'timestamptz', name: 'published_at', nullable: true })
  publishedAt!: Date | null;

  /** When the period first opened for plans; publication overdue counts from it (or from an item's creation). */
  @Column({ type: 'timestamptz', name: 'opened_at', nullable: true })
  openedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
