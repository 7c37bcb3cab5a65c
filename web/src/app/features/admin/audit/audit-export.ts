import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { AUDIT_EXPORT_FORMATS, AUDIT_EXPORT_MAX_ROWS, AuditExportFormat } from '@pantau/domain';
import { QueryParams } from '../../../core/api/page';
import { I18N_PIPES } from '../../../core/i18n/i18n.pipes';
import { ExportButtons } from '../../../ui/export/export-buttons';
import { AuditDataService } from './audit-data.service';

/** CSV and XLSX of the events the filters select, with the server's cap said beside the buttons. */
@Component({
  selector: 'pantau-audit-export',
  imports: [I18N_PIPES, ExportButtons],
  template: `
    <pantau-export-buttons
      describedBy="audit-export-cap"
      [formats]="formats"
      [request]="request"
      [fileName]="fileName"
      [disabled]="disabled()"
    >
      <p class="export__note" id="audit-export-cap">{{ 'audit.exportCap' | t: { count: (cap | num: '1.0-0') } }}</p>
    </pantau-export-buttons>
  `,
  styles: `
    :host {
      display: contents;
    }
    .export__note {
      margin: 0;
      font-size: 0.8125rem;
      color: var(--text-muted);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditExport {
  private readonly data = inject(AuditDataService);

  readonly params = input.required<QueryParams>();
  readonly disabled = input(false);

  protected readonly formats = AUDIT_EXPORT_FORMATS;
  protected readonly cap = AUDIT_EXPORT_MAX_ROWS;
  protected readonly request = (format: AuditExportFormat) => this.data.exportFile(format, this.params());
  protected readonly fileName = (format: AuditExportFormat) => `jejak-audit.${format}`;
}
