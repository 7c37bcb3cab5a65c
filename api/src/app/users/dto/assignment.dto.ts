import { ApiProperty } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, Max, Min } from 'class-validator';
import type { AssignRequest } from '@pantau/domain';
import { MAX_ID } from '../../common/id.pipe';

export class AssignDto implements AssignRequest {
  @ApiProperty()
  @IsInt()
  @Min(1)
  @Max(MAX_ID)
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
  @Max(MAX_ID, { each: true })
  agencyIds!: number[];
}
