import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { EvaluationDoneResult, ItemView } from '@pantau/domain';
import { Allow, CurrentUser, READERS } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { IdPipe } from '../common/id.pipe';
import { CreateItemDto, ItemListQuery, UpdateItemDto } from './dto/item.dto';
import { EvaluationDoneDto, ItemViewDto } from './dto/item.response';
import { ItemsService } from './items.service';
import { CachedRead } from '../read-cache/read-cache.interceptor';

@ApiTags('items')
@ApiBearerAuth()
@Controller()
export class ItemsController {
  constructor(private readonly items: ItemsService) {}

  @Allow(...READERS)
  @Get('periods/:periodId/agencies/:agencyId/items')
  @CachedRead()
  @ApiOperation({
    summary: "An agency's plan items with current rating, version, publication summary, suggestion and follow-up",
  })
  @ApiOkResponse({ type: [ItemViewDto] })
  list(
    @CurrentUser() user: AuthUser,
    @Param('periodId', IdPipe) periodId: number,
    @Param('agencyId', IdPipe) agencyId: number,
    @Query() q: ItemListQuery,
  ): Promise<ItemView[]> {
    return this.items.list(user, periodId, agencyId, q.pillar);
  }

  @Allow('agency', 'admin')
  @Post('periods/:periodId/agencies/:agencyId/items')
  @ApiCreatedResponse({ type: ItemViewDto })
  @ApiConflictResponse({ description: 'The period is not open for plan changes' })
  create(
    @CurrentUser() user: AuthUser,
    @Param('periodId', IdPipe) periodId: number,
    @Param('agencyId', IdPipe) agencyId: number,
    @Body() dto: CreateItemDto,
  ): Promise<ItemView> {
    return this.items.create(user, periodId, agencyId, dto);
  }

  @Allow('evaluator')
  @Post('periods/:periodId/agencies/:agencyId/evaluation-done')
  @HttpCode(200)
  @ApiOperation({ summary: 'The assigned evaluator marks the agency done (every item rated)' })
  @ApiOkResponse({ type: EvaluationDoneDto })
  done(
    @CurrentUser() user: AuthUser,
    @Param('periodId', IdPipe) periodId: number,
    @Param('agencyId', IdPipe) agencyId: number,
  ): Promise<EvaluationDoneResult> {
    return this.items.markEvaluated(user, periodId, agencyId);
  }

  @Allow(...READERS)
  @Get('items/:itemId')
  @ApiOkResponse({ type: ItemViewDto })
  get(@CurrentUser() user: AuthUser, @Param('itemId', IdPipe) itemId: number): Promise<ItemView> {
    return this.items.get(user, itemId);
  }

  @Allow('agency', 'admin')
  @Patch('items/:itemId')
  @ApiOkResponse({ type: ItemViewDto })
  update(
    @CurrentUser() user: AuthUser,
    @Param('itemId', IdPipe) itemId: number,
    @Body() dto: UpdateItemDto,
  ): Promise<ItemView> {
    return this.items.update(user, itemId, dto);
  }

  @Allow('agency', 'admin')
  @Delete('items/:itemId')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted; items with ratings on record cannot be (409)' })
  remove(@CurrentUser() user: AuthUser, @Param('itemId', IdPipe) itemId: number): Promise<void> {
    return this.items.remove(user, itemId);
  }
}
