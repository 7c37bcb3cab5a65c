import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { JobRunDetails, JobRunView } from '@pantau/domain';
import { errorText } from '../../../core/api/error-message';
import { TranslationKey } from '../../../core/i18n/dictionary';
import { I18N_PIPES } from '../../../core/i18n/i18n.pipes';
import { I18nService } from '../../../core/i18n/i18n.service';
import { TableState } from '../../../ui/state/table-state';
import { AdminDataService } from '../admin-data.service';
import { jobCountsText } from './job-counts';
import { dailyTime, durationSeconds, KNOWN_JOBS, zoneName } from './job-text';

const OUTCOME_SYMBOL: Readonly<Record<JobRunView['outcome'], string>> = {
  running: '◐',
  succeeded: '✓',
  failed: '✕',
  skipped: '–',
};

@Component({
  selector: 'pantau-admin-jobs-page',
  imports: [TableState, I18N_PIPES],
  templateUrl: './admin-jobs.page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class AdminJobsPage {
  private readonly data = inject(AdminDataService);
  protected readonly i18n = inject(I18nService);

  protected readonly overview = rxResource({ stream: () => this.data.jobs() });
  protected readonly jobs = computed(() => (this.overview.hasValue() ? this.overview.value().jobs : []));
  protected readonly runs = computed(() => (this.overview.hasValue() ? this.overview.value().runs : []));

  protected readonly runningJob = signal<string | null>(null);
  protected readonly result = signal<{ job: string; run: JobRunDetails } | null>(null);
  private readonly failure = signal<{ job: string; error: unknown } | null>(null);
  protected readonly runError = computed(() => {
    const f = this.failure();
    return f ? { job: f.job, message: errorText((k, p) => this.i18n.translate(k, p), f.error) } : null;
  });

  protected jobName(name: string): string {
    const known = KNOWN_JOBS[name];
    return known ? this.i18n.translate(known.name) : name;
  }

  protected jobDescription(name: string, fallback: string): string {
    const known = KNOWN_JOBS[name];
    return known ? this.i18n.translate(known.description) : fallback;
  }

  protected schedule(schedule: string, timeZone: string): string {
    const time = dailyTime(schedule);
    return time ? this.i18n.translate('jobs.daily', { time, zone: zoneName(timeZone) }) : schedule;
  }

  protected outcomeLabel(outcome: JobRunView['outcome']): TranslationKey {
    return `job.outcome.${outcome}`;
  }

  protected outcomeSymbol(outcome: JobRunView['outcome']): string {
    return OUTCOME_SYMBOL[outcome];
  }

  protected counts(run: JobRunView): string {
    return jobCountsText(
      run.job,
      run.counts,
      (key, params) => this.i18n.translate(key, params),
      (value) => this.i18n.number(value, '1.0-0'),
    );
  }

  protected trigger(run: JobRunDetails): string {
    return run.triggeredBy === 'schedule'
      ? this.i18n.translate('jobs.bySchedule')
      : this.i18n.translate('jobs.byUser', { user: run.triggeredBy.replace(/^manual:/, '') });
  }

  protected duration(run: JobRunView): string {
    const seconds = durationSeconds(run.startedAt, run.finishedAt);
    return seconds === null
      ? '–'
      : this.i18n.translate('jobs.seconds', { seconds: this.i18n.number(seconds, '1.0-1') });
  }

  protected run(name: string): void {
    this.runningJob.set(name);
    this.failure.set(null);
    this.result.set(null);
    this.data.runJob(name).subscribe({
      next: (run) => {
        this.runningJob.set(null);
        this.result.set({ job: name, run });
        this.overview.reload();
      },
      error: (error: unknown) => {
        this.runningJob.set(null);
        this.failure.set({ job: name, error });
      },
    });
  }
}
