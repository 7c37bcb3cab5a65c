import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { FollowUpEventKind } from '@pantau/domain';
import { User } from '../users/user.entity';
import { FollowUp } from './follow-up.entity';

/** What a provincial coordination team did about a follow-up: a reminder or a note to the agency team. */
@Entity('follow_up_event')
@Check('follow_up_event_kind_check', `"kind" IN ('reminder','note')`)
@Index('follow_up_event_follow_up_idx', ['followUpId', 'id'])
export class FollowUpEvent {
  @PrimaryGeneratedColumn({ type: 'bigint', primaryKeyConstraintName: 'PK_follow_up_event' })
  id!: string;

  @Column({ type: 'int', name: 'follow_up_id' })
  followUpId!: number;

  @ManyToOne(() => FollowUp, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'follow_up_id', foreignKeyConstraintName: 'FK_follow_up_event_follow_up' })
  followUp?: FollowUp;

  @Column({ type: 'text' })
  kind!: FollowUpEventKind;

  @Column({ type: 'int', name: 'user_id', nullable: true })
  userId!: number | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_follow_up_event_user' })
  user?: User | null;

  @Column({ type: 'text', nullable: true })
  text!: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at!: Date;
}
