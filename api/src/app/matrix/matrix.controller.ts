import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { BATCHES } from '@pantau/domain';
import type { Batch, MatrixResponse, SummaryParams, SummaryResponse, TrendResponse } from '@pantau/domain';
import { Allow, CurrentUser, READERS } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { IdPipe } from '../common/id.pipe';
import { MatrixQuery } from './dto/matrix-query.dto';
import { MatrixResponseDto } from './dto/matrix.response';
import { SummaryResponseDto } from './dto/summary.response';
import { TrendResponseDto } from './dto/trend.response';
import { MatrixService } from './matrix.service';
import { SummaryService } from './summary.service';
import { TrendService } from './trend.service';
import { CachedRead } from '../read-cache/read-cache.interceptor';

export class SummaryQuery implements SummaryParams {
  @ApiPropertyOptional({ enum: BATCHES })
  @IsOptional()
  @IsIn(BATCHES, { message: `batch must be one of ${BATCHES.join(', ')}` })
  batch?: Batch;
}

@ApiTags('dashboard')
@ApiBearerAuth()
@Controller()
export class MatrixController {
  constructor(
    private readonly matrix: MatrixService,
    private readonly summaries: SummaryService,
    private readonly trends: TrendService,
  ) {}

  @Allow(...READERS)
  @Get('periods/:periodId/matrix')
  @CachedRead()
  @ApiOperation({ summary: 'Agencies × pillars traffic-light matrix with counts, scores and the agency index' })
  @ApiOkResponse({ type: MatrixResponseDto })
  get(
    @CurrentUser() user: AuthUser,
    @Param('periodId', IdPipe) periodId: number,
    @Query() q: MatrixQuery,
  ): Promise<MatrixResponse> {
    return this.matrix.matrix(user, periodId, q);
  }

  @Allow(...READERS)
  @Get('periods/:periodId/summary')
  @CachedRead()
  @ApiQuery({ name: 'batch', required: false, enum: BATCHES })
  @ApiOkResponse({ type: SummaryResponseDto })
  summary(
    @CurrentUser() user: AuthUser,
    @Param('periodId', IdPipe) periodId: number,
    @Query() q: SummaryQuery,
  ): Promise<SummaryResponse> {
    return this.summaries.summary(user, periodId, q.batch);
  }

  @Allow(...READERS)
  @Get('agencies/:agencyId/trend')
  @CachedRead()
  @ApiOkResponse({ type: TrendResponseDto })
  trend(@CurrentUser() user: AuthUser, @Param('agencyId', IdPipe) agencyId: number): Promise<TrendResponse> {
    return this.trends.trend(user, agencyId);
  }
}
