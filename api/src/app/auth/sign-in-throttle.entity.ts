import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Failed sign-ins per throttle key (a username with an address, or a username alone) and how long the key must
 * wait. In PostgreSQL so that every API process sees the same counts; a success deletes the key.
 */
@Entity('sign_in_throttle')
@Index('sign_in_throttle_updated_idx', ['updatedAt'])
export class SignInThrottle {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'sign_in_throttle_pkey' })
  key!: string;

  @Column({ type: 'int', default: 0 })
  failures!: number;

  @Column({ type: 'timestamptz', name: 'blocked_until', nullable: true })
  blockedUntil!: Date | null;

  @Column({ type: 'timestamptz', name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;
}
