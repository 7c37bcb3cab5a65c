import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import type { ImportUploadParams } from '@pantau/domain';
import { MAX_ID } from '../../common/id.pipe';

const BOOLEAN_TEXT: Record<string, boolean> = { true: true, '1': true, false: false, '0': false };

export class ImportQuery implements ImportUploadParams {
  @ApiPropertyOptional({ description: 'Validate the file and report, without writing anything', default: false })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' && value in BOOLEAN_TEXT ? BOOLEAN_TEXT[value] : value))
  @IsBoolean({ message: 'dryRun must be true or false' })
  dryRun?: boolean;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'An id reserved with POST /api/imports/jobs, to follow the import at GET /api/imports/{importId}/progress; ' +
      'without it the server makes one and returns it in the report',
  })
  @IsOptional()
  @IsUUID('all', { message: 'importId must be a UUID' })
  importId?: string;
}

export class PeriodImportQuery extends ImportQuery {
  @ApiProperty({ minimum: 1, description: 'The period the rows belong to' })
  @Type(() => Number)
  @IsInt({ message: 'periodId must be a positive whole number' })
  @Min(1)
  @Max(MAX_ID)
  periodId!: number;
}
