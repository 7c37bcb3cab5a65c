import { HttpEventType } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, input, signal } from '@angular/core';
import { MATRIX_EXPORT_FORMATS, MatrixExportFormat } from '@pantau/domain';
import { Subscription } from 'rxjs';
import { filenameFrom, saveBlob, withJsonErrorBody } from '../../core/api/download';
import { errorText } from '../../core/api/error-message';
import { QueryParams } from '../../core/api/page';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/i18n.pipes';
import { MatrixDataService } from './matrix-data.service';

interface Busy {
  format: MatrixExportFormat;
  /** 0–100 when the server sends a length, otherwise null. */
  percent: number | null;
}

@Component({
  selector: 'pantau-matrix-export',
  imports: [TranslatePipe],
  template: `
    <div class="export" role="group" [attr.aria-label]="'export.label' | t">
      <span class="export__label" aria-hidden="true">{{ 'export.label' | t }}</span>
      @for (format of formats; track format) {
        <button
          type="button"
          class="button button--secondary"
          [disabled]="disabled() || busy() !== null"
          [attr.aria-busy]="busy()?.format === format"
          (click)="download(format)"
        >
          @if (busy()?.format === format) {
            <span class="spinner spinner--small" aria-hidden="true"></span>
          }
          {{ format.toUpperCase() }}
        </button>
      }
    </div>
    <p class="export__status" role="status" aria-live="polite">{{ status() }}</p>
    @if (error(); as error) {
      <p class="export__error" role="alert">{{ error }}</p>
    }
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      align-items: flex-end;
      gap: 0.25rem;
    }
    .export {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      flex-wrap: wrap;
    }
    .export__label {
      font-size: 0.875rem;
      color: var(--text-muted);
    }
    .export__status {
      min-height: 1.25rem;
      margin: 0;
      font-size: 0.8125rem;
      color: var(--text-muted);
    }
    .export__error {
      margin: 0;
      font-size: 0.875rem;
      color: var(--danger-text);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MatrixExport {
  private readonly data = inject(MatrixDataService);
  private readonly i18n = inject(I18nService);

  readonly periodId = input.required<number | null>();
  readonly params = input.required<QueryParams>();
  /** Used for the file name when the server does not send one. */
  readonly baseName = input('matriks-berakhlak');
  readonly disabled = input(false);

  protected readonly formats = MATRIX_EXPORT_FORMATS;
  protected readonly busy = signal<Busy | null>(null);
  private readonly failure = signal<unknown>(null);
  private readonly done = signal<MatrixExportFormat | null>(null);
  private running: Subscription | null = null;

  protected readonly error = computed(() => {
    const failure = this.failure();
    return failure ? errorText((k, p) => this.i18n.translate(k, p), failure) : null;
  });

  protected readonly status = computed(() => {
    const busy = this.busy();
    if (busy) {
      return busy.percent === null
        ? this.i18n.translate('export.preparing', { format: busy.format.toUpperCase() })
        : this.i18n.translate('export.progress', { format: busy.format.toUpperCase(), percent: busy.percent });
    }
    const done = this.done();
    return done ? this.i18n.translate('export.done', { format: done.toUpperCase() }) : '';
  });

  constructor() {
    inject(DestroyRef).onDestroy(() => this.running?.unsubscribe());
  }

  protected download(format: MatrixExportFormat): void {
    const periodId = this.periodId();
    if (periodId === null) return;
    this.failure.set(null);
    this.done.set(null);
    this.busy.set({ format, percent: null });
    this.running = this.data.exportFile(periodId, format, this.params()).subscribe({
      next: (event) => {
        if (event.type === HttpEventType.DownloadProgress && event.total) {
          this.busy.set({ format, percent: Math.round((event.loaded / event.total) * 100) });
        } else if (event.type === HttpEventType.Response && event.body) {
          saveBlob(event.body, filenameFrom(event.headers, `${this.baseName()}.${format}`));
          this.busy.set(null);
          this.done.set(format);
        }
      },
      error: async (err: unknown) => {
        this.failure.set(await withJsonErrorBody(err));
        this.busy.set(null);
      },
    });
  }
}
