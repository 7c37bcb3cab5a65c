import { ApiProperty } from '@nestjs/swagger';
import type { ColorCounts } from '@pantau/domain';

/** Items by colour; grey items are not rated yet. */
export class ColorCountsDto implements ColorCounts {
  @ApiProperty({ type: 'integer' })
  red!: number;

  @ApiProperty({ type: 'integer' })
  yellow!: number;

  @ApiProperty({ type: 'integer' })
  green!: number;

  @ApiProperty({ type: 'integer' })
  grey!: number;
}
