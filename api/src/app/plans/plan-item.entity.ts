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
import type { Cadence, PillarCode } from '@pantau/domain';
import { WorkUnit } from '../agencies/work-unit.entity';
import { Criterion } from '../periods/criterion.entity';
import { PillarRow } from '../periods/pillar.entity';
import { Rating } from '../ratings/rating.entity';
import { ActionPlan } from './action-plan.entity';

/** One item of an agency's action plan; agency and period are copied from the plan for scoped reads. */
@Entity('plan_item')
@Check('plan_item_cadence_check', `"cadence" IN ('weekly','monthly','quarterly')`)
@Check('plan_item_version_check', `"version" >= 0`)
@Check('plan_item_title_check', `length(btrim("title")) > 0`)
@Index('plan_item_period_agency_pillar_idx', ['periodId', 'agencyId', 'pillarCode'])
@Index('plan_item_plan_idx', ['planId'])
export class PlanItem {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int', name: 'plan_id' })
  planId!: number;

  @ManyToOne(() => ActionPlan, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'plan_id' })
  plan?: ActionPlan;

  @Column({ type: 'int', name: 'agency_id' })
  agencyId!: number;

  @Column({ type: 'int', name: 'period_id' })
  periodId!: number;

  @Column({ type: 'text', name: 'pillar_code' })
  pillarCode!: PillarCode;

  @ManyToOne(() => PillarRow, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'pillar_code' })
  pillar?: PillarRow;

  @Column({ type: 'int', name: 'criterion_id', nullable: true })
  criterionId!: number | null;

  @ManyToOne(() => Criterion, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'criterion_id' })
  criterion?: Criterion | null;

  @Column({ type: 'int', name: 'work_unit_id', nullable: true })
  workUnitId!: number | null;

  @ManyToOne(() => WorkUnit, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'work_unit_id' })
  workUnit?: WorkUnit | null;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'text', default: 'monthly' })
  cadence!: Cadence;

  /** 0 before the first rating, +1 with each rating: the optimistic-lock token evaluators send back. */
  @Column({ type: 'int', default: 0 })
  version!: number;

  @Column({ type: 'bigint', name: 'current_rating_id', nullable: true })
  currentRatingId!: string | null;

  @ManyToOne(() => Rating, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'current_rating_id' })
  currentRating?: Rating | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt!: Date;
}
