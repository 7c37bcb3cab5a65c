import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, Max, Min } from 'class-validator';
import type { AssignRequest } from '@pantau/domain';

export class AssignDto implements AssignRequest {
  @ApiProperty()
  @IsInt()
  @Min(1)
  @Max(2_147_483_647)
  evaluatorId!: number;

  @ApiProperty({
    type: [Number],
    description: 'Agencies to assign to this evaluator (replacing any previous evaluator)',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50_000)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(2_147_483_647, { each: true })
  agencyIds!: number[];
}
