import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { PillarCode } from '@pantau/domain';
import { Instrument } from './instrument.entity';
import { PillarRow } from './pillar.entity';

@Entity('criterion')
@Unique('criterion_version_code_key', ['instrumentVersion', 'code'])
export class Criterion {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'text', name: 'instrument_version' })
  instrumentVersion!: string;

  @ManyToOne(() => Instrument, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'instrument_version' })
  instrument?: Instrument;

  @Column({ type: 'text', name: 'pillar_code' })
  pillarCode!: PillarCode;

  @ManyToOne(() => PillarRow, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'pillar_code' })
  pillar?: PillarRow;

  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  text!: string;
}
