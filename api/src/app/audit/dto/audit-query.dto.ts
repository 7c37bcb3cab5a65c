import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDateString, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { PagingQuery } from '../../common/paging.dto';

export class AuditQuery extends PagingQuery {
  @ApiPropertyOptional({ example: 'item' })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z-]{1,40}$/, { message: 'entityType must be a lowercase word such as item, rating, period or user' })
  entityType?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(40)
  entityId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  userId?: number;

  @ApiPropertyOptional({ example: '2025-01-01' })
  @IsOptional()
  @IsDateString({}, { message: 'from must be an ISO date such as 2025-01-31' })
  from?: string;

  @ApiPropertyOptional({ example: '2025-12-31T23:59:59Z' })
  @IsOptional()
  @IsDateString({}, { message: 'to must be an ISO date such as 2025-12-31' })
  to?: string;
}
