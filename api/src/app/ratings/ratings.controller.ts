import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { BulkRatingsResult, RatingResult, RatingView } from '@pantau/domain';
import { Allow, CurrentUser, READERS } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { IdPipe } from '../common/id.pipe';
import { BulkRatingsService } from './bulk-ratings.service';
import { BulkRatingsDto, CreateRatingDto } from './dto/rating.dto';
import { BulkRatingsResultDto, RatingResultDto, RatingViewDto } from './dto/rating.response';
import { RatingsService } from './ratings.service';

@ApiTags('ratings')
@ApiBearerAuth()
@Controller()
export class RatingsController {
  constructor(
    private readonly ratings: RatingsService,
    private readonly bulk: BulkRatingsService,
  ) {}

  @Allow('evaluator')
  @Post('items/:itemId/ratings')
  @ApiOperation({ summary: 'Rate an item (assigned evaluator, period under evaluation)' })
  @ApiCreatedResponse({ type: RatingResultDto, description: 'The new rating and the item version' })
  @ApiConflictResponse({
    description: 'Stale expectedVersion (body carries the current rating), or the period does not accept ratings',
  })
  create(
    @CurrentUser() user: AuthUser,
    @Param('itemId', IdPipe) itemId: number,
    @Body() dto: CreateRatingDto,
  ): Promise<RatingResult> {
    return this.ratings.rate(user, itemId, dto);
  }

  @Allow(...READERS)
  @Get('items/:itemId/ratings')
  @ApiOperation({ summary: 'Rating history, newest first (empty for agency teams until results are published)' })
  @ApiOkResponse({ type: [RatingViewDto] })
  history(@CurrentUser() user: AuthUser, @Param('itemId', IdPipe) itemId: number): Promise<RatingView[]> {
    return this.ratings.history(user, itemId);
  }

  @Allow('evaluator')
  @Post('periods/:periodId/ratings\\:bulk')
  @HttpCode(201)
  @ApiOperation({ summary: 'Rate many items at once: all or nothing, with a per-row error report (422) when refused' })
  @ApiCreatedResponse({ type: BulkRatingsResultDto, description: 'Every row was rated' })
  bulkRate(
    @CurrentUser() user: AuthUser,
    @Param('periodId', IdPipe) periodId: number,
    @Body() dto: BulkRatingsDto,
  ): Promise<BulkRatingsResult> {
    return this.bulk.rate(user, periodId, dto.ratings);
  }
}
