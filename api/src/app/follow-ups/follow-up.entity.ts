import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { FOLLOW_UP_DECISIONS, FOLLOW_UP_STATES } from '@pantau/domain';
import type { FollowUpState } from '@pantau/domain';
import { sqlIn } from '../../services/database/sql-literals';
import { PlanItem } from '../plans/plan-item.entity';
import { Rating } from '../ratings/rating.entity';
import { User } from '../users/user.entity';

@Entity('follow_up')
@Check('follow_up_state_check', sqlIn('"state"', FOLLOW_UP_STATES, ','))
@Check('follow_up_decision_check', `"decision" IS NULL OR ${sqlIn('"decision"', FOLLOW_UP_DECISIONS, ',')}`)
@Index('follow_up_item_active_key', ['itemId'], { unique: true, where: `"state" <> 'accepted'` })
@Index('follow_up_period_agency_state_due_idx', ['periodId', 'agencyId', 'state', 'dueDate'])
@Index('follow_up_period_state_due_idx', ['periodId', 'state', 'dueDate'])
@Index('follow_up_item_idx', ['itemId', 'id'])
@Index('follow_up_period_due_idx', ['periodId', 'dueDate', 'id'])
export class FollowUp {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int', name: 'item_id' })
  itemId!: number;

  @ManyToOne(() => PlanItem, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'item_id' })
  item?: PlanItem;

  @Column({ type: 'int', name: 'period_id' })
  periodId!: number;

  @Column({ type: 'int', name: 'agency_id' })
  agencyId!: number;

  @Column({ type: 'text', default: 'open' })
  state!: FollowUpState;

  @Column({ type: 'date', name: 'due_date' })
  dueDate!: string;

  @Column({ type: 'text', nullable: true })
  response!: string | null;

  @Column({ type: 'text', name: 'evidence_url', nullable: true })
  evidenceUrl!: string | null;

  @Column({ type: 'timestamptz', name: 'responded_at', nullable: true })
  respondedAt!: Date | null;

  @Column({ type: 'int', name: 'responded_by', nullable: true })
  respondedBy!: number | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'responded_by' })
  responder?: User | null;

  @Column({ type: 'text', nullable: true })
  decision!: 'accept' | 'reject' | null;

  @Column({ type: 'text', name: 'decision_note', nullable: true })
  decisionNote!: string | null;

  @Column({ type: 'timestamptz', name: 'decided_at', nullable: true })
  decidedAt!: Date | null;

  @Column({ type: 'int', name: 'decided_by', nullable: true })
  decidedBy!: number | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'decided_by' })
  decider?: User | null;

  @Column({ type: 'bigint', name: 'rating_id', nullable: true })
  ratingId!: string | null;

  @ManyToOne(() => Rating, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'rating_id' })
  rating?: Rating | null;

  /** Reminder thresholds (days before due) already sent, so reminders are idempotent. */
  @Column({ type: 'smallint', array: true, name: 'reminders_sent', default: () => "'{}'" })
  remindersSent!: number[];

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
