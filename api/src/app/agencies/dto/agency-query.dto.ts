import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches } from 'class-validator';
import { AGENCY_TYPES, BATCHES } from '@pantau/domain';
import type { AgencyListParams, AgencyType, Batch } from '@pantau/domain';
import { LimitedText } from '../../common/limited-text';
import { PagingQuery } from '../../common/paging.dto';

export class AgencyFilterQuery extends PagingQuery implements AgencyListParams {
  @ApiPropertyOptional({ enum: BATCHES })
  @IsOptional()
  @IsIn(BATCHES, { message: `batch must be one of ${BATCHES.join(', ')}` })
  batch?: Batch;

  @ApiPropertyOptional({ enum: AGENCY_TYPES })
  @IsOptional()
  @IsIn(AGENCY_TYPES, { message: `type must be one of ${AGENCY_TYPES.join(', ')}` })
  type?: AgencyType;

  @ApiPropertyOptional({ description: 'Two-digit province code (e.g. 62) or a province agency id prefixed with "id:"' })
  @IsOptional()
  @Matches(/^(\d{2}|id:\d{1,10})$/, { message: 'province must be a two-digit province code such as 62' })
  province?: string;

  @ApiPropertyOptional({ description: 'Search by name or code' })
  @IsOptional()
  @IsString()
  @LimitedText('searchText')
  q?: string;
}
