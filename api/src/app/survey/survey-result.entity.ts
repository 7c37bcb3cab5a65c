import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { Period } from '../periods/period.entity';

/** BerAKHLAK index survey results (0–100) for an agency in a period. */
@Entity('survey_result')
@Unique('survey_result_agency_period_key', ['agencyId', 'periodId'])
@Check(
  'survey_result_range_check',
  `COALESCE("values_alignment", 0) BETWEEN 0 AND 100 AND COALESCE("engagement", 0) BETWEEN 0 AND 100 AND COALESCE("employer_branding", 0) BETWEEN 0 AND 100 AND COALESCE("overall", 0) BETWEEN 0 AND 100`,
)
export class SurveyResult {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'int', name: 'agency_id' })
  agencyId!: number;

  @ManyToOne(() => Agency, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agency_id' })
  agency?: Agency;

  @Column({ type: 'int', name: 'period_id' })
  periodId!: number;

  @ManyToOne(() => Period, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'period_id' })
  period?: Period;

  @Column({ type: 'double precision', name: 'values_alignment', nullable: true })
  valuesAlignment!: number | null;

  @Column({ type: 'double precision', nullable: true })
  engagement!: number | null;

  @Column({ type: 'double precision', name: 'employer_branding', nullable: true })
  employerBranding!: number | null;

  @Column({ type: 'double precision', nullable: true })
  overall!: number | null;
}
