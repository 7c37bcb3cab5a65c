import { ApiProperty } from '@nestjs/swagger';
import type { HealthResponse } from '@pantau/domain';

export class HealthResponseDto implements HealthResponse {
  @ApiProperty({ enum: ['ok', 'error'] })
  status!: 'ok' | 'error';

  @ApiProperty({ enum: ['up', 'down'] })
  db!: 'up' | 'down';
}
