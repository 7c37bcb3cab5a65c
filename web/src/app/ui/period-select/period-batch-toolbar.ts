import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { BATCH_NAMES, BATCHES } from '@pantau/domain';
import { TranslatePipe } from '../../core/i18n/i18n.pipes';
import { I18nService } from '../../core/i18n/i18n.service';
import { PeriodBatchQuery } from '../../core/periods/period-batch-query';
import { PeriodSelect } from './period-select';

/** A summary page's period picker and, unless hidden, its batch filter ("all batches" or one), both kept in the URL. */
@Component({
  selector: 'pantau-period-batch-toolbar',
  imports: [TranslatePipe, PeriodSelect],
  template: `
    <div class="toolbar toolbar--inline">
      <pantau-period-select
        [periods]="query().periodList()"
        [value]="query().periodId()"
        (valueChange)="query().update({ period: $event })"
      />
      @if (batchFilter()) {
        <div class="field">
          <label class="field__label" [attr.for]="batchId()">{{ 'filter.batch' | t }}</label>
          <select class="field__control" [id]="batchId()" (change)="query().setBatch($any($event.target).value)">
            <option value="" [selected]="query().batch() === null">{{ 'filter.allBatches' | t }}</option>
            @for (b of batches; track b.value) {
              <option [value]="b.value" [selected]="query().batch() === b.value">{{ i18n.name(b.names) }}</option>
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

  readonly query = input.required<PeriodBatchQuery>();
  readonly batchFilter = input(true);
  /** The batch select's element id. */
  readonly batchId = input.required<string>();

  protected readonly batches = BATCHES.map((b) => ({ value: b, names: BATCH_NAMES[b] }));
}
