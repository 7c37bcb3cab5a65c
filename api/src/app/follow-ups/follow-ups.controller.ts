import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FollowUpView, Page } from '@pantau/domain';
import { Allow, CurrentUser, READERS } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { IdPipe } from '../common/id.pipe';
import { CachedRead } from '../read-cache/read-cache.interceptor';
import { FollowUpDecisionDto, FollowUpQuery, FollowUpResponseDto } from './dto/follow-up.dto';
import { FollowUpPageDto, FollowUpViewDto } from './dto/follow-up.response';
import { FollowUpWorkflow } from './follow-up-workflow.service';
import { FollowUpsService } from './follow-ups.service';

@ApiTags('follow-ups')
@ApiBearerAuth()
@Controller('follow-ups')
export class FollowUpsController {
  constructor(
    private readonly followUps: FollowUpsService,
    private readonly workflow: FollowUpWorkflow,
  ) {}

  @Allow(...READERS)
  @Get()
  @CachedRead()
  @ApiOperation({ summary: 'Follow-ups you may see, by period, agency, state and overdue (soonest due first)' })
  @ApiOkResponse({ type: FollowUpPageDto })
  list(@CurrentUser() user: AuthUser, @Query() q: FollowUpQuery): Promise<Page<FollowUpView>> {
    return this.followUps.list(user, q);
  }

  @Allow(...READERS)
  @Get(':id')
  @ApiOkResponse({ type: FollowUpViewDto })
  @ApiNotFoundResponse({ description: 'No such follow-up among those you may see' })
  get(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number): Promise<FollowUpView> {
    return this.followUps.get(user, id);
  }

  @Allow('agency')
  @Post(':id/response')
  @HttpCode(200)
  @ApiOperation({ summary: 'The agency team answers a follow-up with what it did and a link to the evidence' })
  @ApiOkResponse({ type: FollowUpViewDto, description: 'The follow-up, now responded' })
  @ApiConflictResponse({ description: 'The follow-up is not open or rejected, or the period does not take answers' })
  respond(
    @CurrentUser() user: AuthUser,
    @Param('id', IdPipe) id: number,
    @Body() dto: FollowUpResponseDto,
  ): Promise<FollowUpView> {
    return this.workflow.respond(user, id, dto);
  }

  @Allow('evaluator')
  @Post(':id/decision')
  @HttpCode(200)
  @ApiOperation({
    summary: 'The assigned evaluator accepts (with the new rating colour) or rejects (with a new due date)',
  })
  @ApiOkResponse({ type: FollowUpViewDto, description: 'The follow-up, now accepted or rejected' })
  @ApiForbiddenResponse({ description: 'You are not the evaluator assigned to this agency' })
  @ApiConflictResponse({
    description: 'The follow-up is not in state responded (body carries its state), or it is not the follow-up window',
  })
  decide(
    @CurrentUser() user: AuthUser,
    @Param('id', IdPipe) id: number,
    @Body() dto: FollowUpDecisionDto,
  ): Promise<FollowUpView> {
    return this.workflow.decide(user, id, dto);
  }
}
