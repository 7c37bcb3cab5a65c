import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import type { HealthResponse } from '@pantau/domain';
import { Public } from '../auth/access.decorators';
import { HealthResponseDto } from './dto/health.response';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  @Public()
  @Get()
  @ApiOkResponse({ type: HealthResponseDto, description: 'status "ok", db "up"' })
  @ApiServiceUnavailableResponse({
    type: HealthResponseDto,
    description: 'status "error", db "down": the database failed or did not answer within 2 seconds',
  })
  async health(@Res({ passthrough: true }) res: Response): Promise<HealthResponse> {
    try {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        this.dataSource.query('SELECT 1'),
        new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), 2000))),
      ]).finally(() => clearTimeout(timer));
      return { status: 'ok', db: 'up' };
    } catch {
      res.status(HttpStatus.SERVICE_UNAVAILABLE);
      return { status: 'error', db: 'down' };
    }
  }
}
