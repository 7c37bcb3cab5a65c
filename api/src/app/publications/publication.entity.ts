import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Channel } from '@pantau/domain';
import { PlanItem } from '../plans/plan-item.entity';
import { User } from '../users/user.entity';

@Entity('publication')
@Check(
  'publication_channel_check',
  `"channel" IN ('banner','poster','social-media','mass-media','online-news','website','other')`,
)
@Check(
  'publication_date_check',
  `"published_at" >= DATE '2000-01-01' AND "published_at" <= (now() + interval '1 year')::date`,
)
@Index('publication_item_published_idx', ['itemId', 'publishedAt'])
export class Publication {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'int', name: 'item_id' })
  itemId!: number;

  @ManyToOne(() => PlanItem, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id' })
  item?: PlanItem;

  @Column({ type: 'text' })
  channel!: Channel;

  @Column({ type: 'text', nullable: true })
  url!: string | null;

  @Column({ type: 'date', name: 'published_at' })
  publishedAt!: string;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'int', name: 'created_by', nullable: true })
  createdBy!: number | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by' })
  creator?: User | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
