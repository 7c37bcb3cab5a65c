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
import { RATING_COLORS, RATING_POINTS } from '@pantau/domain';
import type { RatingColor } from '@pantau/domain';
import { sqlIn, sqlText } from '../../services/database/sql-literals';
import { PlanItem } from '../plans/plan-item.entity';

/** Each colour's points (RATING_POINTS) as the table's CHECK, in the words the schema was migrated with. */
export const RATING_POINTS_CHECK = RATING_COLORS.map(
  (c) => `("color" = ${sqlText(c)} AND "points" = ${RATING_POINTS[c]})`,
).join(' OR ');
import { User } from '../users/user.entity';

/** Append-only: a trigger refuses UPDATE and DELETE. The item points at its current rating. */
@Entity('rating')
@Check('rating_color_check', sqlIn('"color"', RATING_COLORS, ','))
@Check('rating_points_check', RATING_POINTS_CHECK)
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
