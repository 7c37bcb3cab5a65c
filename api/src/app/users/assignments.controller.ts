import { Body, Controller, Delete, Get, HttpCode, Param, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Allow } from '../auth/access.decorators';
import { IdPipe } from '../common/id.pipe';
import { OptionalIdPipe } from '../common/optional-id.pipe';
import type { AssignmentView, AssignResult, WorkloadView } from '@pantau/domain';
import { AssignmentsService } from './assignments.service';
import { AssignDto } from './dto/assignment.dto';
import { AssignmentViewDto, AssignResultDto, WorkloadViewDto } from './dto/assignment.response';

@ApiTags('assignments')
@ApiBearerAuth()
@Controller('periods/:periodId/assignments')
export class AssignmentsController {
  constructor(private readonly assignments: AssignmentsService) {}

  @Allow('admin', 'evaluator')
  @Get()
  @ApiQuery({ name: 'evaluatorId', required: false })
  @ApiOkResponse({ type: [AssignmentViewDto], description: 'By batch, then agency name' })
  list(
    @Param('periodId', IdPipe) periodId: number,
    @Query('evaluatorId', OptionalIdPipe) evaluatorId?: number,
  ): Promise<AssignmentView[]> {
    return this.assignments.list(periodId, evaluatorId);
  }

  @Allow('admin')
  @Get('workload')
  @ApiOkResponse({ type: [WorkloadViewDto], description: 'One row per active evaluator, by name' })
  workload(@Param('periodId', IdPipe) periodId: number): Promise<WorkloadView[]> {
    return this.assignments.workload(periodId);
  }

  @Allow('admin')
  @Put()
  @ApiOkResponse({ type: AssignResultDto })
  assign(@Param('periodId', IdPipe) periodId: number, @Body() dto: AssignDto): Promise<AssignResult> {
    return this.assignments.assign(periodId, dto.evaluatorId, dto.agencyIds);
  }

  @Allow('admin')
  @Delete(':agencyId')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The agency has no evaluator in this period any more' })
  unassign(@Param('periodId', IdPipe) periodId: number, @Param('agencyId', IdPipe) agencyId: number): Promise<void> {
    return this.assignments.unassign(periodId, agencyId);
  }
}
