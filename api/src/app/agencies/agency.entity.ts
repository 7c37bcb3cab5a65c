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
import type { AgencyType, Batch } from '@pantau/domain';
import { RegionBatch } from './region-batch.entity';

@Entity('agency')
@Check('agency_type_check', `"type" IN ('kementerian','lembaga','provinsi','kabupaten','kota')`)
@Check('agency_not_own_parent_check', `"parent_id" IS NULL OR "parent_id" <> "id"`)
@Index('agency_batch_type_idx', ['batchCode', 'type'])
@Index('agency_parent_idx', ['parentId'])
@Index('agency_name_idx', ['name', 'id'])
export class Agency {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'text', unique: true })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  type!: AgencyType;

  @Column({ type: 'text', name: 'batch_code' })
  batchCode!: Batch;

  @ManyToOne(() => RegionBatch, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'batch_code' })
  batch?: RegionBatch;

  @Column({ type: 'int', name: 'parent_id', nullable: true })
  parentId!: number | null;

  @ManyToOne(() => Agency, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'parent_id' })
  parent?: Agency | null;

  /** Two-digit province code for provinces and the regencies/cities under them. */
  @Column({ type: 'text', name: 'province_code', nullable: true })
  provinceCode!: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
