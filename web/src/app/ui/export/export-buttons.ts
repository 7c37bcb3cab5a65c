import { HttpEvent, HttpEventType } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, input, signal } from '@angular/core';
import { Observable, Subscription } from 'rxjs';
import { filenameFrom, saveBlob, withJsonErrorBody } from '../../core/api/download';
import { errorText } from '../../core/api/error-message';
import { TranslatePipe } from '../../core/i18n/i18n.pipes';
import { I18nService } from '../../core/i18n/i18n.service';

interface Busy<F extends string> {
  format: F;
  /** 0–100 when the server sends a length, otherwise null. */
  percent: number | null;
}

/**
 * One button a file format: downloads what `request` asks the server for and saves it, saying its progress, that it
 * is done, or why it failed. Content between the tags (a note on the export) stands below the buttons.
 */
@Component({
  selector: 'pantau-export-buttons',
  imports: [TranslatePipe],
  template: `
    <div class="export" role="group" [attr.aria-label]="'export.label' | t" [attr.aria-describedby]="describedBy()">
      <span class="export__label" aria-hidden="true">{{ 'export.label' | t }}</span>
      @for (format of formats(); track format) {
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
    <ng-content />
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
export class ExportButtons<F extends string> {
  private readonly i18n = inject(I18nService);

  readonly formats = input.required<readonly F[]>();
  /** The file of one format, as HTTP events (progress, then the response); null when there is nothing to ask for. */
  readonly request = input.required<(format: F) => Observable<HttpEvent<Blob>> | null>();
  /** The file name when the server does not send one. */
  readonly fileName = input.required<(format: F) => string>();
  readonly disabled = input(false);
  readonly describedBy = input<string | null>(null);

  protected readonly busy = signal<Busy<F> | null>(null);
  private readonly failure = signal<unknown>(null);
  private readonly done = signal<F | null>(null);
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

  protected download(format: F): void {
    const request = this.request()(format);
    if (request === null) return;
    this.failure.set(null);
    this.done.set(null);
    this.busy.set({ format, percent: null });
    this.running = request.subscribe({
      next: (event) => {
        if (event.type === HttpEventType.DownloadProgress && event.total) {
          this.busy.set({ format, percent: Math.round((event.loaded / event.total) * 100) });
        } else if (event.type === HttpEventType.Response && event.body) {
          saveBlob(event.body, filenameFrom(event.headers, this.fileName()(format)));
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
