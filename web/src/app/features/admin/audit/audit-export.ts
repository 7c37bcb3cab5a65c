import { HttpEventType } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, input, signal } from '@angular/core';
import { AUDIT_EXPORT_FORMATS, AUDIT_EXPORT_MAX_ROWS, AuditExportFormat } from '@pantau/domain';
import { Subscription } from 'rxjs';
import { filenameFrom, saveBlob, withJsonErrorBody } from '../../../core/api/download';
import { errorText } from '../../../core/api/error-message';
import { QueryParams } from '../../../core/api/page';
import { I18N_PIPES } from '../../../core/i18n/i18n.pipes';
import { I18nService } from '../../../core/i18n/i18n.service';
import { AuditDataService } from './audit-data.service';

/** CSV and XLSX of the events the filters select, with the server's cap said beside the buttons. */
@Component({
  selector: 'pantau-audit-export',
  imports: [I18N_PIPES],
  template: `
    <div class="export" role="group" [attr.aria-label]="'export.label' | t" aria-describedby="audit-export-cap">
      <span class="export__label" aria-hidden="true">{{ 'export.label' | t }}</span>
      @for (format of formats; track format) {
        <button
          type="button"
          class="button button--secondary"
          [disabled]="disabled() || busy() !== null"
          [attr.aria-busy]="busy() === format"
          (click)="download(format)"
        >
          @if (busy() === format) {
            <span class="spinner spinner--small" aria-hidden="true"></span>
          }
          {{ format.toUpperCase() }}
        </button>
      }
    </div>
    <p class="export__note" id="audit-export-cap">{{ 'audit.exportCap' | t: { count: (cap | num: '1.0-0') } }}</p>
    <p class="export__note" role="status" aria-live="polite">{{ status() }}</p>
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
    }
    .export__label,
    .export__note {
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
export class AuditExport {
  private readonly data = inject(AuditDataService);
  private readonly i18n = inject(I18nService);

  readonly params = input.required<QueryParams>();
  readonly disabled = input(false);

  protected readonly formats = AUDIT_EXPORT_FORMATS;
  protected readonly cap = AUDIT_EXPORT_MAX_ROWS;
  protected readonly busy = signal<AuditExportFormat | null>(null);
  private readonly done = signal<AuditExportFormat | null>(null);
  private readonly failure = signal<unknown>(null);
  private running: Subscription | null = null;

  protected readonly error = computed(() => {
    const failure = this.failure();
    return failure ? errorText((k, p) => this.i18n.translate(k, p), failure) : null;
  });
  protected readonly status = computed(() => {
    const busy = this.busy();
    if (busy) return this.i18n.translate('export.preparing', { format: busy.toUpperCase() });
    const done = this.done();
    return done ? this.i18n.translate('export.done', { format: done.toUpperCase() }) : '';
  });

  constructor() {
    inject(DestroyRef).onDestroy(() => this.running?.unsubscribe());
  }

  protected download(format: AuditExportFormat): void {
    this.failure.set(null);
    this.done.set(null);
    this.busy.set(format);
    this.running = this.data.exportFile(format, this.params()).subscribe({
      next: (event) => {
        if (event.type !== HttpEventType.Response || !event.body) return;
        saveBlob(event.body, filenameFrom(event.headers, `jejak-audit.${format}`));
        this.busy.set(null);
        this.done.set(format);
      },
      error: async (err: unknown) => {
        this.failure.set(await withJsonErrorBody(err));
        this.busy.set(null);
      },
    });
  }
}
