import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { MATRIX_EXPORT_FORMATS, MatrixExportFormat } from '@pantau/domain';
import { QueryParams } from '../../core/api/page';
import { ExportButtons } from '../../ui/export/export-buttons';
import { MatrixDataService } from './matrix-data.service';

@Component({
  selector: 'pantau-matrix-export',
  imports: [ExportButtons],
  template: `
    <pantau-export-buttons [formats]="formats" [request]="request" [fileName]="fileName" [disabled]="disabled()" />
  `,
  styles: `
    :host {
      display: contents;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MatrixExport {
  private readonly data = inject(MatrixDataService);

  readonly periodId = input.required<number | null>();
  readonly params = input.required<QueryParams>();
  /** Used for the file name when the server does not send one. */
  readonly baseName = input('matriks-berakhlak');
  readonly disabled = input(false);

  protected readonly formats = MATRIX_EXPORT_FORMATS;
  protected readonly request = (format: MatrixExportFormat) => {
    const periodId = this.periodId();
    return periodId === null ? null : this.data.exportFile(periodId, format, this.params());
  };
  protected readonly fileName = (format: MatrixExportFormat) => `${this.baseName()}.${format}`;
}
