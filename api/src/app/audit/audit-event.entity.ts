import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Append-only: a trigger refuses UPDATE, DELETE and TRUNCATE. */
@Entity('audit_event')
@Index('audit_event_entity_idx', ['entityType', 'entityId'])
@Index('audit_event_user_idx', ['userId', 'at'])
@Index('audit_event_agency_idx', ['agencyId', 'at'])
@Index('audit_event_at_idx', ['at'])
@Index('audit_event_period_idx', ['periodId', 'at'])
export class AuditEvent {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  at!: Date;

  @Column({ type: 'int', name: 'user_id', nullable: true })
  userId!: number | null;

  @Column({ type: 'text', nullable: true })
  username!: string | null;

  @Column({ type: 'text' })
  action!: string;

  @Column({ type: 'text', name: 'entity_type' })
  entityType!: string;

  @Column({ type: 'text', name: 'entity_id', nullable: true })
  entityId!: string | null;

  @Column({ type: 'int', name: 'agency_id', nullable: true })
  agencyId!: number | null;

  /** The period the event concerns, when it concerns one (filters the audit screen by period). */
  @Column({ type: 'int', name: 'period_id', nullable: true })
  periodId!: number | null;

  @Column({ type: 'jsonb', nullable: true })
  before!: unknown;

  @Column({ type: 'jsonb', nullable: true })
  after!: unknown;

  @Column({ type: 'text', name: 'request_id', nullable: true })
  requestId!: string | null;

  @Column({ type: 'text', nullable: true })
  ip!: string | null;
}
