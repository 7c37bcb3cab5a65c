import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { JobRunDetails, JobsOverview } from '@pantau/domain';
import { Allow, CurrentUser } from '../auth/access.decorators';
import type { AuthUser } from '../auth/auth-user';
import { JobRunDetailsDto, JobsOverviewDto } from './dto/job.response';
import { JobsService } from './jobs.service';

@ApiTags('jobs')
@ApiBearerAuth()
@Allow('admin')
@Controller('admin/jobs')
export class JobsController {
  constructor(private readonly jobs: JobsService) {}

  @Get()
  @ApiOperation({ summary: 'Every job with its schedule and last run, and the most recent runs' })
  @ApiOkResponse({ type: JobsOverviewDto })
  overview(): Promise<JobsOverview> {
    return this.jobs.overview();
  }

  @Post(':name/run')
  @HttpCode(200)
  @ApiOperation({
    summary: "Run a job now; answers with the run's outcome and counts (skipped while another run holds it)",
  })
  @ApiOkResponse({ type: JobRunDetailsDto })
  @ApiNotFoundResponse({ description: 'No job by that name' })
  run(@CurrentUser() user: AuthUser, @Param('name') name: string): Promise<JobRunDetails> {
    return this.jobs.run(name.slice(0, 60), `manual:${user.username}`);
  }
}
