import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { Period } from '../periods/period.entity';
import { User } from '../users/user.entity';

@Entity('action_plan')
@Unique('action_plan_agency_period_key', ['agencyId', 'periodId'])
@Index('action_plan_period_idx', ['periodId'])
export class ActionPlan {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int', name: 'agency_id' })
  agencyId!: number;

  @ManyToOne(() => Agency, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id' })
  agency?: Agency;

  @Column({ type: 'int', name: 'period_id' })
  periodId!: number;

  @ManyToOne(() => Period, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'period_id' })
  period?: Period;

  /** Set when the assigned evaluator marks the agency's evaluation done. */
  @Column({ type: 'timestamptz', name: 'evaluated_at', nullable: true })
  evaluatedAt!: Date | null;

  @Column({ type: 'int', name: 'evaluated_by', nullable: true })
  evaluatedBy!: number | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'evaluated_by' })
  evaluator?: User | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
