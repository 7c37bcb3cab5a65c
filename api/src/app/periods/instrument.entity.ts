import { Check, Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A versioned evaluation instrument; its criteria freeze when a period using it opens. */
@Entity('instrument')
@Check('instrument_stage_check', `"stage" IN ('concept','method','instrument','trial','evaluation','final')`)
export class Instrument {
  @PrimaryColumn({ type: 'text' })
  version!: string;

  @Column({ type: 'text', default: 'concept' })
  stage!: string;

  @Column({ type: 'timestamptz', name: 'frozen_at', nullable: true })
  frozenAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
