import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ERROR_CODES, IMPORT_KINDS, IMPORT_PHASES } from '@pantau/domain';
import type {
  ErrorCode,
  ErrorParams,
  ImportKind,
  ImportPhase,
  ImportProgress,
  ImportResult,
  ImportRowError,
} from '@pantau/domain';

export class ImportRowErrorDto implements ImportRowError {
  @ApiProperty({ description: 'Spreadsheet row number; the header is row 1' })
  row!: number;

  @ApiProperty({ example: 'agency_code' })
  column!: string;

  @ApiProperty({ enum: ERROR_CODES, example: 'agency-code-unknown', description: 'What is wrong, to word it' })
  code!: ErrorCode;

  @ApiPropertyOptional({ type: 'object', additionalProperties: true, example: { value: 'PROV-99' } })
  params?: ErrorParams[ErrorCode];

  @ApiProperty({ example: 'No agency has the code "PROV-99"' })
  message!: string;
}

export class ImportReportDto implements ImportResult {
  @ApiProperty()
  ok!: boolean;

  @ApiProperty({ enum: IMPORT_KINDS })
  kind!: ImportKind;

  @ApiProperty({ description: 'Data rows read (blank rows are skipped)' })
  rows!: number;

  @ApiProperty()
  created!: number;

  @ApiProperty()
  updated!: number;

  @ApiProperty()
  unchanged!: number;

  @ApiProperty({ type: [ImportRowErrorDto] })
  errors!: ImportRowErrorDto[];

  @ApiProperty({ format: 'uuid' })
  importId!: string;

  @ApiProperty()
  dryRun!: boolean;
}

export class ImportProgressDto implements ImportProgress {
  @ApiProperty({
    enum: IMPORT_PHASES,
    description: 'reserved: no file uploaded under this id yet; queued: waiting for its turn',
  })
  phase!: ImportPhase;

  @ApiProperty()
  done!: number;

  @ApiProperty()
  total!: number;

  @ApiPropertyOptional({ description: 'While queued: the place in line, 1 for the next import to run' })
  position?: number;
}
