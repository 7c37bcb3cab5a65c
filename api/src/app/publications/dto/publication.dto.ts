import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, IsUrl, Matches, ValidateIf } from 'class-validator';
import { CHANNELS } from '@pantau/domain';
import type { Channel, CreatePublicationRequest } from '@pantau/domain';
import { LimitedText } from '../../common/limited-text';

export class CreatePublicationDto implements CreatePublicationRequest {
  @ApiProperty({ enum: CHANNELS })
  @IsIn(CHANNELS, { message: `channel must be one of ${CHANNELS.join(', ')}` })
  channel!: Channel;

  @ApiPropertyOptional({
    type: 'string',
    example: 'https://kalteng.go.id/berita/spanduk-berakhlak',
    nullable: true,
  })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @LimitedText('publicationUrl')
  @IsUrl(
    { protocols: ['http', 'https'], require_protocol: true, require_valid_protocol: true },
    { message: 'url must be a full web address starting with http:// or https://' },
  )
  url?: string | null;

  @ApiProperty({ example: '2025-11-03', description: 'Day of publication (YYYY-MM-DD), from 2000-01-01 up to today' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'publishedAt must be a date written as YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'publishedAt must be a real calendar date (YYYY-MM-DD)' })
  publishedAt!: string;

  @ApiPropertyOptional({ type: 'string', nullable: true })
  @IsOptional()
  @ValidateIf((_, v) => v !== null)
  @IsString()
  @LimitedText('publicationNote')
  note?: string | null;
}
