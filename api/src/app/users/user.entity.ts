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
import { USERNAME_PATTERN } from '@pantau/domain';
import type { Batch, Role } from '@pantau/domain';
import { sqlText } from '../../services/database/sql-literals';
import { Agency } from '../agencies/agency.entity';
import { RegionBatch } from '../agencies/region-batch.entity';

@Entity('app_user')
@Check('app_user_role_check', `"role" IN ('admin','evaluator','agency','leadership','coordinator')`)
@Check('app_user_agency_role_check', `("role" IN ('agency','coordinator')) = ("agency_id" IS NOT NULL)`)
@Check('app_user_username_check', `"username" ~ ${sqlText(USERNAME_PATTERN.source)}`)
@Index('app_user_agency_idx', ['agencyId'])
export class User {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'text', unique: true })
  username!: string;

  @Column({ type: 'text', name: 'display_name' })
  displayName!: string;

  @Column({ type: 'text', name: 'password_hash', select: false })
  passwordHash!: string;

  @Column({ type: 'text' })
  role!: Role;

  @Column({ type: 'int', name: 'agency_id', nullable: true })
  agencyId!: number | null;

  @ManyToOne(() => Agency, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id' })
  agency?: Agency | null;

  /** Leadership may be limited to one batch; null means every batch. */
  @Column({ type: 'text', name: 'batch_code', nullable: true })
  batchCode!: Batch | null;

  @ManyToOne(() => RegionBatch, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'batch_code' })
  batch?: RegionBatch | null;

  @Column({ type: 'boolean', default: false })
  disabled!: boolean;

  /** Carried in every access token; raising it ends every session the user has (sign-out, new password). */
  @Column({ type: 'int', name: 'session_version', default: 0 })
  sessionVersion!: number;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
