import { ApiProperty } from '@nestjs/swagger';
import { CHANNELS, FREQUENCIES, RATING_COLORS } from '@pantau/domain';
import type {
  Channel,
  Frequency,
  PublicationSummary,
  PublicationView,
  RatingColor,
  SuggestionView,
} from '@pantau/domain';

export class PublicationViewDto implements PublicationView {
  @ApiProperty({ type: 'integer' })
  id!: number;

  @ApiProperty({ type: 'integer' })
  itemId!: number;

  @ApiProperty({ enum: CHANNELS })
  channel!: Channel;

  @ApiProperty({ type: 'string', nullable: true, example: 'https://kalteng.go.id/berita/spanduk-berakhlak' })
  url!: string | null;

  @ApiProperty({ format: 'date', example: '2025-11-03' })
  publishedAt!: string;

  @ApiProperty({ type: 'string', nullable: true })
  note!: string | null;
}

export class PublicationSummaryDto implements PublicationSummary {
  @ApiProperty({ enum: FREQUENCIES, description: 'Read from the publications of the trailing 90 days' })
  frequency!: Frequency;

  @ApiProperty({ type: 'string', format: 'date', nullable: true })
  lastPublishedAt!: string | null;

  @ApiProperty({ enum: CHANNELS, isArray: true, description: 'Channels used in the trailing window' })
  channels!: Channel[];

  @ApiProperty({ type: 'integer', description: 'Publications in the trailing window' })
  count!: number;

  @ApiProperty({ description: "Longer since the last publication than the item's cadence allows" })
  overdue!: boolean;
}

export class SuggestionViewDto implements SuggestionView {
  @ApiProperty({ enum: RATING_COLORS })
  color!: RatingColor;

  @ApiProperty({ description: 'Why, in Indonesian' })
  reason!: string;

  @ApiProperty({ description: 'Why, in English' })
  reasonEn!: string;
}
