import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { Period } from '../periods/period.entity';
import { numericTransformer } from '../../services/database/numeric.transformer';
import type { Batch } from '@pantau/domain';

/** The agency index per period, maintained with the cell counts so the matrix can sort and page by it. */
@Entity('agency_score')
@Index('agency_score_period_batch_index_idx', ['periodId', 'batchCode', 'indexScore'])
@Index('agency_score_period_index_idx', ['periodId', 'indexScore'])
export class AgencyScore {
  @PrimaryColumn({ type: 'int', name: 'period_id' })
  periodId!: number;

  @PrimaryColumn({ type: 'int', name: 'agency_id' })
  agencyId!: number;

  @ManyToOne(() => Period, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'period_id' })
  period?: Period;

  @ManyToOne(() => Agency, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agency_id' })
  agency?: Agency;

  @Column({ type: 'text', name: 'batch_code' })
  batchCode!: Batch;

  @Column({
    type: 'numeric',
    precision: 5,
    scale: 1,
    name: 'index_score',
    nullable: true,
    transformer: numericTransformer,
  })
  indexScore!: number | null;

  @Column({ type: 'int', default: 0 })
  rated!: number;

  @Column({ type: 'int', default: 0 })
  total!: number;
}
