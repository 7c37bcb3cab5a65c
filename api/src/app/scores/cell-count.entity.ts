import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { Period } from '../periods/period.entity';
import { numericTransformer } from '../../services/database/numeric.transformer';
import type { PillarCode } from '@pantau/domain';

/** Counts per (period, agency, pillar), kept up to date in the same transaction as each item or rating write. */
@Entity('cell_count')
@Check('cell_count_nonnegative_check', `"red" >= 0 AND "yellow" >= 0 AND "green" >= 0 AND "grey" >= 0`)
export class CellCount {
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

  @PrimaryColumn({ type: 'text', name: 'pillar_code' })
  pillarCode!: PillarCode;

  @Column({ type: 'int', default: 0 })
  red!: number;

  @Column({ type: 'int', default: 0 })
  yellow!: number;

  @Column({ type: 'int', default: 0 })
  green!: number;

  @Column({ type: 'int', default: 0 })
  grey!: number;

  /** Pillar score in percent, null while nothing is rated. */
  @Column({ type: 'numeric', precision: 5, scale: 1, nullable: true, transformer: numericTransformer })
  score!: number | null;
}
