import { Body, Controller, Delete, Get, HttpCode, Param, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Allow } from '../auth/access.decorators';
import { IdPipe } from '../common/id.pipe';
import { OptionalIdPipe } from '../common/optional-id.pipe';
import { AssignmentsService, AssignmentView, WorkloadView } from './assignments.service';
import { AssignDto } from './dto/assignment.dto';

@ApiTags('assignments')
@ApiBearerAuth()
@Controller('periods/:periodId/assignments')
export class AssignmentsController {
  constructor(private readonly assignments: AssignmentsService) {}

  @Allow('admin', 'evaluator')
  @Get()
  @ApiQuery({ name: 'evaluatorId', required: false })
  list(
    @Param('periodId', IdPipe) periodId: number,
    @Query('evaluatorId', OptionalIdPipe) evaluatorId?: number,
  ): Promise<AssignmentView[]> {
    return this.assignments.list(periodId, evaluatorId);
  }

  @Allow('admin')
  @Get('workload')
  workload(@Param('periodId', IdPipe) periodId: number): Promise<WorkloadView[]> {
    return this.assignments.workload(periodId);
  }

  @Allow('admin')
  @Put()
  assign(@Param('periodId', IdPipe) periodId: number, @Body() dto: AssignDto): Promise<{ assigned: number }> {
    return this.assignments.assign(periodId, dto.evaluatorId, dto.agencyIds);
  }

  @Allow('admin')
  @Delete(':agencyId')
  @HttpCode(204)
  unassign(@Param('periodId', IdPipe) periodId: number, @Param('agencyId', IdPipe) agencyId: number): Promise<void> {
    return this.assignments.unassign(periodId, agencyId);
  }
}
