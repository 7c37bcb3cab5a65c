import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../users/user.entity';

@Entity('notification')
@Index('notification_user_idx', ['userId', 'createdAt'])
@Index('notification_dedupe_key', ['dedupeKey'], { unique: true, where: '"dedupe_key" IS NOT NULL' })
export class Notification {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'int', name: 'user_id' })
  userId!: number;

  @ManyToOne(() => User, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'text', nullable: true })
  link!: string | null;

  /** The period the notification concerns; null for one about no period. */
  @Column({ type: 'int', name: 'period_id', nullable: true })
  periodId!: number | null;

  /** Makes reminders idempotent: the same reminder is never created twice. */
  @Column({ type: 'text', name: 'dedupe_key', nullable: true })
  dedupeKey!: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', name: 'read_at', nullable: true })
  readAt!: Date | null;
}
