import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('region_batch')
export class RegionBatch {
  @PrimaryColumn({ type: 'text' })
  code!: string;

  @Column({ type: 'text', name: 'name_id' })
  nameId!: string;

  @Column({ type: 'text', name: 'name_en' })
  nameEn!: string;

  @Column({ type: 'smallint', unique: true })
  position!: number;
}
