import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { numericTransformer } from '../../services/database/numeric.transformer';
import { Agency } from '../agencies/agency.entity';
import { Period } from '../periods/period.entity';

@Entity('score_snapshot')
@Unique('score_snapshot_day_key', ['takenOn', 'periodId', 'agencyId'])
export class ScoreSnapshot {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'date', name: 'taken_on' })
  takenOn!: string;

  @Column({ type: 'int', name: 'period_id' })
  periodId!: number;

  @ManyToOne(() => Period, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'period_id' })
  period?: Period;

  @Column({ type: 'int', name: 'agency_id' })
  agencyId!: number;

  @ManyToOne(() => Agency, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agency_id' })
  agency?: Agency;

  @Column({
    type: 'numeric',
    precision: 5,
    scale: 1,
    name: 'index_score',
    nullable: true,
    transformer: numericTransformer,
  })
  indexScore!: number | null;

  @Column({ type: 'jsonb', name: 'pillar_scores' })
  pillarScores!: Record<string, number | null>;
}
