import { HttpErrorResponse, HttpEventType } from '@angular/common/http';
import { LiveAnnouncer } from '@angular/cdk/a11y';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { catchError, EMPTY, interval, Subject, Subscription, switchMap, takeUntil, tap } from 'rxjs';
import { IMPORT_KINDS, ImportKind, ImportResult, ImportRowError } from '@pantau/domain';
import { describeCode, descriptionText, errorText } from '../../../core/api/error-message';
import { TranslationKey } from '../../../core/i18n/dictionary';
import { I18N_PIPES } from '../../../core/i18n/i18n.pipes';
import { I18nService } from '../../../core/i18n/i18n.service';
import { PeriodsService } from '../../../core/periods/periods.service';
import { PeriodSelect } from '../../../ui/period-select/period-select';
import { AdminDataService } from '../admin-data.service';
import { adminPeriodId } from '../admin-period';
import { ImportStage, overallPercent, PHASE_LABEL, placeInLine } from './import-progress';

/** The tabs' order: items first, the import agency teams make too. */
const KIND_ORDER: readonly ImportKind[] = ['items', 'agencies', 'survey'];
const POLL_MS = 400;
const MAX_BYTES = 20 * 1024 * 1024;

const KIND_INFO: Readonly<Record<ImportKind, { label: TranslationKey; columns: string; needsPeriod: boolean }>> = {
  items: {
    label: 'imports.kind.items',
    columns: 'agency_code, pillar, title, description, cadence, work_unit, criterion_code',
    needsPeriod: true,
  },
  agencies: {
    label: 'imports.kind.agencies',
    columns: 'code, name, type, batch, province_code, parent_code',
    needsPeriod: false,
  },
  survey: {
    label: 'imports.kind.survey',
    columns: 'agency_code, values_alignment, engagement, employer_branding, overall',
    needsPeriod: true,
  },
};

@Component({
  selector: 'pantau-admin-imports-page',
  imports: [I18N_PIPES, PeriodSelect],
  templateUrl: './admin-imports.page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class AdminImportsPage {
  private readonly data = inject(AdminDataService);
  private readonly periodsService = inject(PeriodsService);
  protected readonly i18n = inject(I18nService);

  protected readonly kinds = KIND_ORDER;
  protected readonly kindInfo = KIND_INFO;
  protected readonly kind = signal<ImportKind>('items');
  protected readonly file = signal<File | null>(null);
  protected readonly dryRun = signal(false);
  protected readonly chosenPeriod = signal<number | null>(null);

  protected readonly periods = rxResource({ stream: () => this.periodsService.list() });
  protected readonly periodList = computed(() => (this.periods.hasValue() ? this.periods.value() : []));
  protected readonly periodId = computed(() => adminPeriodId(this.periodList(), this.chosenPeriod()));

  protected readonly stage = signal<ImportStage>({ stage: 'idle' });
  protected readonly running = computed(() => this.stage().stage === 'uploading' || this.stage().stage === 'server');
  protected readonly percent = computed(() => overallPercent(this.stage()));
  protected readonly stageText = computed(() => {
    const s = this.stage();
    switch (s.stage) {
      case 'uploading':
        return s.percent === null
          ? this.i18n.translate('imports.uploading')
          : this.i18n.translate('imports.uploadingPercent', { percent: s.percent });
      case 'server': {
        const { phase, position } = s.progress;
        if (phase === 'queued' && position) {
          return this.i18n.translate('imports.queued', { position: placeInLine(position, this.i18n.lang()) });
        }
        const label = this.i18n.translate(PHASE_LABEL[s.progress.phase]);
        return s.progress.total > 0
          ? this.i18n.translate('imports.phaseCount', {
              phase: label,
              done: this.i18n.number(s.progress.done, '1.0-0'),
              total: this.i18n.number(s.progress.total, '1.0-0'),
            })
          : label;
      }
      case 'finished':
        return this.i18n.translate('imports.phase.done');
      default:
        return this.i18n.translate('imports.idle');
    }
  });

  protected readonly report = signal<ImportResult | null>(null);
  private readonly failure = signal<unknown>(null);
  protected readonly fileError = signal<TranslationKey | null>(null);
  protected readonly error = computed(() => {
    const failure = this.failure();
    return failure ? errorText((k, p) => this.i18n.translate(k, p), failure) : null;
  });

  private running$: Subscription | null = null;
  private finished: Subject<void> | null = null;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.cancel());
    // Each stage of a running import (queued, reading, saving, done) is said as it comes.
    const announcer = inject(LiveAnnouncer);
    effect(() => {
      const text = this.stageText();
      if (text) untracked(() => void announcer.announce(text, 'polite'));
    });
  }

  protected onKind(value: string): void {
    if ((IMPORT_KINDS as readonly string[]).includes(value)) this.kind.set(value as ImportKind);
    this.report.set(null);
  }

  protected onFile(event: Event): void {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0] ?? null;
    this.file.set(file);
    this.report.set(null);
    this.failure.set(null);
    this.fileError.set(
      file && !/\.(csv|xlsx)$/i.test(file.name)
        ? 'imports.fileType'
        : file && file.size > MAX_BYTES
          ? 'imports.fileTooLarge'
          : null,
    );
  }

  protected fileSize(bytes: number): string {
    if (bytes < 1024) return this.i18n.translate('imports.bytes', { size: bytes });
    return bytes < 1024 * 1024
      ? this.i18n.translate('imports.kb', { size: this.i18n.number(bytes / 1024, '1.0-0') })
      : this.i18n.translate('imports.mb', { size: this.i18n.number(bytes / 1024 / 1024, '1.0-1') });
  }

  protected start(event: Event): void {
    event.preventDefault();
    const file = this.file();
    if (!file) {
      this.fileError.set('imports.fileRequired');
      document.getElementById('import-file')?.focus();
      return;
    }
    if (this.fileError()) return;
    const kind = this.kind();
    const finished = new Subject<void>();
    this.finished = finished;
    this.report.set(null);
    this.failure.set(null);
    // The fetch backend reports no upload progress, so the upload shows as under way until the server,
    // which knows the import only once the whole file has arrived, starts answering the progress polls.
    this.stage.set({ stage: 'uploading', percent: null });

    const poll = (importId: string) =>
      interval(POLL_MS).pipe(
        switchMap(() => this.data.importProgress(importId).pipe(catchError(() => EMPTY))),
        takeUntil(finished),
      );
    let importId = '';

    this.running$ = this.data
      .reserveImport(kind, this.periodId())
      .pipe(
        tap((reserved) => (importId = reserved.importId)),
        switchMap(() => this.data.upload(kind, file, { importId, periodId: this.periodId(), dryRun: this.dryRun() })),
      )
      .subscribe({
        next: (e) => {
          if (e.type === HttpEventType.Sent) {
            // Until the whole file has arrived the server has the id only as reserved: the upload is still going.
            poll(importId).subscribe((progress) => {
              if (progress.phase !== 'reserved') this.stage.set({ stage: 'server', progress });
            });
          } else if (e.type === HttpEventType.UploadProgress && this.stage().stage === 'uploading') {
            this.stage.set({ stage: 'uploading', percent: e.total ? Math.round((e.loaded / e.total) * 100) : null });
          } else if (e.type === HttpEventType.Response) {
            finished.next();
            this.stage.set({ stage: 'finished' });
            this.report.set(e.body);
          }
        },
        error: (err: unknown) => {
          finished.next();
          this.stage.set({ stage: 'idle' });
          // 422: nothing was written; the body is the report with every bad row.
          if (err instanceof HttpErrorResponse && err.status === 422 && err.error && Array.isArray(err.error.errors)) {
            this.report.set(err.error as ImportResult);
          } else {
            this.failure.set(err);
          }
        },
      });
  }

  protected cancel(): void {
    this.finished?.next();
    this.running$?.unsubscribe();
    this.stage.set({ stage: 'idle' });
  }

  protected readonly badRows = computed(() => new Set(this.report()?.errors.map((e) => e.row) ?? []).size);

  /** A row's problem in the user's language; the server's English only for a code this build does not know. */
  protected rowProblem(e: ImportRowError): string {
    const described = describeCode(e.code, e.params);
    return described ? descriptionText((k, p) => this.i18n.translate(k, p), described) : e.message;
  }
}
