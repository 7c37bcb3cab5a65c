import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { PERIOD_STATE_NAMES, PeriodView } from '@pantau/domain';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/i18n.pipes';
import { newestFirst, visiblePeriods } from '../../core/periods/period-choice';

let nextId = 0;

@Component({
  selector: 'pantau-period-select',
  imports: [TranslatePipe],
  template: `
    <label class="field__label" [for]="id">{{ 'period.label' | t }}</label>
    <select
      class="field__control field__control--period"
      [id]="id"
      [value]="value() ?? ''"
      (change)="onChange($event)"
      [disabled]="options().length === 0"
    >
      @for (option of options(); track option.id) {
        <option [value]="option.id" [selected]="option.id === value()">{{ option.label }}</option>
      } @empty {
        <option value="">{{ 'period.none' | t }}</option>
      }
    </select>
  `,
  host: { class: 'field' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PeriodSelect {
  private readonly i18n = inject(I18nService);
  protected readonly id = `period-select-${++nextId}`;

  readonly periods = input.required<readonly PeriodView[]>();
  readonly value = input<number | null>(null);
  readonly valueChange = output<number>();
  /** Admin pages also work on periods still in draft. */
  readonly includeDrafts = input(false);

  protected readonly options = computed(() =>
    (this.includeDrafts() ? newestFirst(this.periods()) : visiblePeriods(this.periods())).map((p) => ({
      id: p.id,
      label: `${p.name} · ${this.i18n.name(PERIOD_STATE_NAMES[p.state])}`,
    })),
  );

  protected onChange(event: Event): void {
    const id = Number((event.target as HTMLSelectElement).value);
    if (Number.isFinite(id)) this.valueChange.emit(id);
  }
}
