import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { Batch, BATCH_NAMES, BATCHES, PeriodView } from '@pantau/domain';
import { TranslatePipe } from '../../core/i18n/i18n.pipes';
import { I18nService } from '../../core/i18n/i18n.service';
import { PeriodSelect } from './period-select';

/** A summary page's period picker and, unless hidden, its batch filter ("all batches" or one). */
@Component({
  selector: 'pantau-period-batch-toolbar',
  imports: [TranslatePipe, PeriodSelect],
  template: `
    <div class="toolbar toolbar--inline">
      <pantau-period-select [periods]="periods()" [value]="periodId()" (valueChange)="periodChange.emit($event)" />
      @if (batchFilter()) {
        <div class="field">
          <label class="field__label" [attr.for]="batchId()">{{ 'filter.batch' | t }}</label>
          <select class="field__control" [id]="batchId()" (change)="batchChange.emit($any($event.target).value)">
            <option value="" [selected]="batch() === null">{{ 'filter.allBatches' | t }}</option>
            @for (b of batches; track b.value) {
              <option [value]="b.value" [selected]="batch() === b.value">{{ i18n.name(b.names) }}</option>
            }
          </select>
        </div>
      }
    </div>
  `,
  styles: `
    :host {
      display: contents;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PeriodBatchToolbar {
  protected readonly i18n = inject(I18nService);

  readonly periods = input.required<readonly PeriodView[]>();
  readonly periodId = input.required<number | null>();
  readonly batch = input.required<Batch | null>();
  readonly batchFilter = input(true);
  /** The batch select's element id. */
  readonly batchId = input.required<string>();
  readonly periodChange = output<number>();
  /** The select's value: a batch, or '' for all. */
  readonly batchChange = output<string>();

  protected readonly batches = BATCHES.map((b) => ({ value: b, names: BATCH_NAMES[b] }));
}
