import { ApiProperty } from '@nestjs/swagger';
import { JOB_OUTCOMES } from '@pantau/domain';
import type { JobInfo, JobOutcome, JobRunDetails, JobsOverview } from '@pantau/domain';

export class JobRunDetailsDto implements JobRunDetails {
  @ApiProperty({ type: 'integer' })
  id!: number;

  @ApiProperty({ example: 'follow-up-reminders' })
  job!: string;

  @ApiProperty({ format: 'date-time' })
  startedAt!: string;

  @ApiProperty({ type: 'string', format: 'date-time', nullable: true, description: 'Null while running' })
  finishedAt!: string | null;

  @ApiProperty({ enum: JOB_OUTCOMES })
  outcome!: JobOutcome;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    description: 'What the run did, by name, e.g. {"reminders": 12}',
  })
  counts!: Record<string, number>;

  @ApiProperty({ type: 'string', nullable: true, description: 'Why the run failed or was skipped' })
  error!: string | null;

  @ApiProperty({ example: 'schedule', description: '"schedule" or "manual:<username>"' })
  triggeredBy!: string;
}

export class JobInfoDto implements JobInfo {
  @ApiProperty({ example: 'follow-up-reminders' })
  name!: string;

  @ApiProperty()
  description!: string;

  @ApiProperty({ example: '0 10 7 * * *', description: 'Cron expression with seconds' })
  schedule!: string;

  @ApiProperty({ example: 'Asia/Jakarta' })
  timeZone!: string;

  @ApiProperty({ description: 'False when SCHEDULER_ENABLED is off: the job then runs only when triggered by hand' })
  scheduled!: boolean;

  @ApiProperty({ type: JobRunDetailsDto, nullable: true })
  lastRun!: JobRunDetailsDto | null;
}

export class JobsOverviewDto implements JobsOverview {
  @ApiProperty({ type: [JobInfoDto] })
  jobs!: JobInfoDto[];

  @ApiProperty({ type: [JobRunDetailsDto], description: 'The most recent runs, newest first' })
  runs!: JobRunDetailsDto[];
}
