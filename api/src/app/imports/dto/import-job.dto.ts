import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { IMPORT_KINDS } from '@pantau/domain';
import type { ImportKind, ImportReservation, ReserveImportRequest } from '@pantau/domain';
import { MAX_ID } from '../../common/id.pipe';

export class ReserveImportDto implements ReserveImportRequest {
  @ApiProperty({ enum: IMPORT_KINDS, description: 'The upload route the id will be used on' })
  @IsIn(IMPORT_KINDS, { message: `kind must be one of ${IMPORT_KINDS.join(', ')}` })
  kind!: ImportKind;

  @ApiPropertyOptional({
    minimum: 1,
    description: 'Required for items and survey, absent for agencies: the period the upload will name',
  })
  @IsOptional()
  @IsInt({ message: 'periodId must be a positive whole number' })
  @Min(1)
  @Max(MAX_ID)
  periodId?: number;
}

export class ImportJobDto implements ImportReservation {
  @ApiProperty({ format: 'uuid', description: 'Pass as ?importId= on the upload, then follow its progress' })
  importId!: string;
}
