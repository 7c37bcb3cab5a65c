import { ApiProperty } from '@nestjs/swagger';
import { CELL_COLORS, PILLAR_CODES } from '@pantau/domain';
import type { CellColor, MatrixCell, MatrixResponse, MatrixRow, PillarCode } from '@pantau/domain';
import { AgencySummaryDto } from '../../agencies/dto/agency.response';
import { PeriodViewDto } from '../../periods/dto/period.response';
import { ColorCountsDto } from './color-counts.response';

export const SCORE_NOTE = 'Percent, one decimal; null when nothing is rated (grey)';

export class MatrixCellDto extends ColorCountsDto implements MatrixCell {
  @ApiProperty({ enum: PILLAR_CODES })
  pillar!: PillarCode;

  @ApiProperty({ type: 'number', nullable: true, description: SCORE_NOTE })
  score!: number | null;

  @ApiProperty({ enum: CELL_COLORS })
  color!: CellColor;
}

export class MatrixRowDto implements MatrixRow {
  @ApiProperty({ type: AgencySummaryDto })
  agency!: AgencySummaryDto;

  @ApiProperty({
    type: 'number',
    nullable: true,
    description: `Agency index: mean of its pillar scores. ${SCORE_NOTE}`,
  })
  index!: number | null;

  @ApiProperty({ enum: CELL_COLORS })
  color!: CellColor;

  @ApiProperty({ type: [MatrixCellDto], description: 'One cell per pillar, in pillar order' })
  cells!: MatrixCellDto[];
}

export class MatrixResponseDto implements MatrixResponse {
  @ApiProperty({ type: PeriodViewDto })
  period!: PeriodViewDto;

  @ApiProperty({ enum: PILLAR_CODES, isArray: true })
  pillars!: PillarCode[];

  @ApiProperty({ type: [MatrixRowDto] })
  rows!: MatrixRowDto[];

  @ApiProperty({ type: 'integer', description: 'Agencies matching the filters, on every page' })
  total!: number;
}
