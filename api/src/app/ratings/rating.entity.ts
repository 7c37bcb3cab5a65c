import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import type { RatingColor } from '@pantau/domain';
import { PlanItem } from '../plans/plan-item.entity';
import { User } from '../users/user.entity';

/** Append-only: a trigger refuses UPDATE and DELETE. The item points at its current rating. */
@Entity('rating')
@Check('rating_color_check', `"color" IN ('red','yellow','green')`)
@Check(
  'rating_points_check',
  `("color" = 'red' AND "points" = 0) OR ("color" = 'yellow' AND "points" = 1) OR ("color" = 'green' AND "points" = 2)`,
)
@Unique('rating_item_version_key', ['itemId', 'version'])
export class Rating {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ type: 'int', name: 'item_id' })
  itemId!: number;

  @ManyToOne(() => PlanItem, { nullable: false, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'item_id' })
  item?: PlanItem;

  @Column({ type: 'text' })
  color!: RatingColor;

  @Column({ type: 'smallint' })
  points!: number;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ type: 'text', nullable: true })
  recommendation!: string | null;

  @Column({ type: 'int', name: 'evaluator_id', nullable: true })
  evaluatorId!: number | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'evaluator_id' })
  evaluator?: User | null;

  /** The item version this rating produced. */
  @Column({ type: 'int' })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt!: Date;
}
