import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FollowUpHistoryEntry, FollowUpPage, FollowUpSummary, FollowUpView } from '@pantau/domain';
import { Allow, CurrentUser, READERS } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { IdPipe } from '../common/id.pipe';
import { CachedRead } from '../read-cache/read-cache.interceptor';
import { FollowUpNoteDto, FollowUpReminderDto, FollowUpSummaryQuery } from './dto/coordination.dto';
import { FollowUpDecisionDto, FollowUpQuery, FollowUpResponseDto } from './dto/follow-up.dto';
import { FollowUpCoordination } from './follow-up-coordination.service';
import { FollowUpHistoryEntryDto, FollowUpListDto, FollowUpSummaryDto } from './dto/coordination.response';
import { FollowUpViewDto } from './dto/follow-up.response';
import { FollowUpWorkflow } from './follow-up-workflow.service';
import { FollowUpsService } from './follow-ups.service';

@ApiTags('follow-ups')
@ApiBearerAuth()
@Controller('follow-ups')
export class FollowUpsController {
  constructor(
    private readonly followUps: FollowUpsService,
    private readonly workflow: FollowUpWorkflow,
    private readonly coordination: FollowUpCoordination,
  ) {}

  @Allow(...READERS)
  @Get()
  @CachedRead({ personalWhen: (query) => query['assigned'] === 'me' })
  @ApiOperation({
    summary: 'Follow-ups you may see, filtered, sorted and paged, with counts per state for the same filter',
  })
  @ApiOkResponse({ type: FollowUpListDto })
  @ApiNotFoundResponse({ description: 'The agency or province filtered on lies outside what you may see' })
  list(@CurrentUser() user: AuthUser, @Query() q: FollowUpQuery): Promise<FollowUpPage> {
    return this.followUps.list(user, q);
  }

  @Allow('admin', 'evaluator', 'leadership', 'coordinator')
  @Get('summary')
  @CachedRead()
  @ApiOperation({ summary: "A period's follow-up window per batch and per province, the provinces most overdue first" })
  @ApiOkResponse({ type: FollowUpSummaryDto })
  summary(@CurrentUser() user: AuthUser, @Query() q: FollowUpSummaryQuery): Promise<FollowUpSummary> {
    return this.followUps.summary(user, q);
  }

  @Allow(...READERS)
  @Get(':id/history')
  @ApiOperation({ summary: "A follow-up's history: opened, answers, decisions, coordinators' reminders and notes" })
  @ApiOkResponse({ type: [FollowUpHistoryEntryDto] })
  @ApiNotFoundResponse({ description: 'No such follow-up among those you may see' })
  history(@CurrentUser() user: AuthUser, @Param('id', IdPipe) id: number): Promise<FollowUpHistoryEntry[]> {
    return this.coordination.history(user, id);
  }

  @Allow('coordinator')
  @Post(':id/reminders')
  @ApiOperation({ summary: "The province's coordination team reminds the agency team to answer (once a day)" })
  @ApiCreatedResponse({ type: [FollowUpHistoryEntryDto], description: "The follow-up's history with the reminder" })
  @ApiConflictResponse({
    description: 'The follow-up does not await an answer, was reminded today, or the window is closed',
  })
  remind(
    @CurrentUser() user: AuthUser,
    @Param('id', IdPipe) id: number,
    @Body() dto: FollowUpReminderDto,
  ): Promise<FollowUpHistoryEntry[]> {
    return this.coordination.remind(user, id, dto.message);
  }

  @Allow('coordinator')
  @Post(':id/notes')
  @ApiOperation({ summary: "The province's coordination team leaves a note for the agency team" })
  @ApiCreatedResponse({ type: [FollowUpHistoryEntryDto], description: "The follow-up's history with the note" })
  @ApiConflictResponse({ description: 'The follow-up window is closed' })
  note(
    @CurrentUser() user: AuthUser,
    @Param('id', IdPipe) id: number,
    @Body() dto: FollowUpNoteDto,
  ): Promise<FollowUpHistoryEntry[]> {
    return this.coordination.note(user, id, dto.text);
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
