import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { WorkloadView } from '@pantau/domain';
import { I18N_PIPES } from '../../../core/i18n/i18n.pipes';

/** A labelled choice of evaluator, each with the number of agencies they already have. */
@Component({
  selector: 'pantau-evaluator-select',
  imports: [I18N_PIPES],
  template: `
    <div class="field">
      <label class="field__label" [for]="selectId()">{{ label() }}</label>
      <select [id]="selectId()" class="field__control" (change)="onChange($any($event.target).value)">
        <option value="" [selected]="value() === null">{{ 'assign.chooseEvaluator' | t }}</option>
        @for (w of evaluators(); track w.evaluatorId) {
          <option [value]="w.evaluatorId" [selected]="value() === w.evaluatorId">
            {{ w.displayName }} ({{ w.agencies | num: '1.0-0' }})
          </option>
        }
      </select>
    </div>
  `,
  host: { style: 'display: contents' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EvaluatorSelect {
  readonly selectId = input.required<string>();
  readonly label = input.required<string>();
  readonly evaluators = input.required<readonly WorkloadView[]>();
  readonly value = input<number | null>(null);
  readonly chosen = output<number | null>();

  protected onChange(raw: string): void {
    this.chosen.emit(raw ? Number(raw) : null);
  }
}
