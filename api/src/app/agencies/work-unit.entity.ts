import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Agency } from './agency.entity';

@Entity('work_unit')
@Unique('work_unit_agency_name_key', ['agencyId', 'name'])
export class WorkUnit {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int', name: 'agency_id' })
  agencyId!: number;

  @ManyToOne(() => Agency, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agency_id' })
  agency?: Agency;

  @Column({ type: 'text' })
  name!: string;
}
