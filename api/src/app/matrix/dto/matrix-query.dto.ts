import { ApiPropertyOptional } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { IsOptional } from 'class-validator';
import { PILLAR_CODES } from '@pantau/domain';
import type { MatrixParams } from '@pantau/domain';
import { AgencyFilterQuery } from '../../agencies/dto/agency-query.dto';

export const MATRIX_SORTS = ['name', 'code', 'index', ...PILLAR_CODES] as const;
const SORT_PATTERN = new RegExp(`^-?(${MATRIX_SORTS.join('|')})$`);

export class MatrixQuery extends AgencyFilterQuery implements MatrixParams {
  @ApiPropertyOptional({
    description: `Sort key, "-" prefix for descending: ${MATRIX_SORTS.join(', ')}. Unrated agencies sort last.`,
    example: '-index',
  })
  @IsOptional()
  @Matches(SORT_PATTERN, { message: `sort must be one of ${MATRIX_SORTS.join(', ')}, optionally prefixed with "-"` })
  sort?: string;
}
