import { ApiProperty } from '@nestjs/swagger';
import type { AuditEventView, Page } from '@pantau/domain';
import { PageOf } from '../../common/page.response';

/** What a record held before or after the change, as recorded; its keys depend on the action. */
const SNAPSHOT = { type: 'object', additionalProperties: true, nullable: true } as const;

export class AuditEventViewDto implements AuditEventView {
  @ApiProperty({ description: 'The event id (a bigint, as text)', example: '1024' })
  id!: string;

  @ApiProperty({ format: 'date-time' })
  at!: string;

  @ApiProperty({ type: 'integer', nullable: true })
  userId!: number | null;

  @ApiProperty({
    type: 'string',
    nullable: true,
    description: 'As recorded: the signed-in user, or the name typed at a failed sign-in',
  })
  username!: string | null;

  @ApiProperty({ example: 'rating.created', description: 'The part before the first dot names the group' })
  action!: string;

  @ApiProperty({ example: 'item' })
  entityType!: string;

  @ApiProperty({ type: 'string', nullable: true })
  entityId!: string | null;

  @ApiProperty({ type: 'integer', nullable: true })
  agencyId!: number | null;

  @ApiProperty({ type: 'string', nullable: true })
  agencyName!: string | null;

  @ApiProperty({ type: 'integer', nullable: true })
  periodId!: number | null;

  @ApiProperty({ type: 'string', nullable: true })
  periodName!: string | null;

  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: 'The item the event concerns (the item, its rating, publication or follow-up) while it exists',
  })
  itemId!: number | null;

  @ApiProperty({
    type: 'string',
    nullable: true,
    description: "What the event concerns, in words: an item's title, a user's name, a period's or agency's name",
  })
  subject!: string | null;

  @ApiProperty({ ...SNAPSHOT, description: 'The record before the change' })
  before!: unknown;

  @ApiProperty({ ...SNAPSHOT, description: 'The record after the change' })
  after!: unknown;

  @ApiProperty({ type: 'string', nullable: true, description: 'The request that caused it, as in the logs' })
  requestId!: string | null;
}

export class AuditEventPageDto extends PageOf(AuditEventViewDto) implements Page<AuditEventView> {}
