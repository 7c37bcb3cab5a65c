import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { PillarCode } from '@pantau/domain';

@Entity('pillar')
export class PillarRow {
  @PrimaryColumn({ type: 'text' })
  code!: PillarCode;

  @Column({ type: 'smallint', unique: true })
  position!: number;

  @Column({ type: 'text' })
  short!: string;

  @Column({ type: 'text', name: 'name_id' })
  nameId!: string;

  @Column({ type: 'text', name: 'name_en' })
  nameEn!: string;
}
