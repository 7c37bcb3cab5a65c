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
import { User } from './user.entity';

/** Which evaluator rates an agency's items in a period: one evaluator per agency and period. */
@Entity('evaluator_assignment')
@Unique('evaluator_assignment_period_agency_key', ['periodId', 'agencyId'])
@Index('evaluator_assignment_period_evaluator_idx', ['periodId', 'evaluatorId'])
export class EvaluatorAssignment {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int', name: 'period_id' })
  periodId!: number;

  @ManyToOne(() => Period, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'period_id' })
  period?: Period;

  @Column({ type: 'int', name: 'evaluator_id' })
  evaluatorId!: number;

  @ManyToOne(() => User, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'evaluator_id' })
  evaluator?: User;

  @Column({ type: 'int', name: 'agency_id' })
  agencyId!: number;

  @ManyToOne(() => Agency, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agency_id' })
  agency?: Agency;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
