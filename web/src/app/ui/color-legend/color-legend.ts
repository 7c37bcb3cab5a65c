import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { CellColor, COLOR_NAMES, COLOR_ORDER, COLOR_SYMBOLS, DEFAULT_THRESHOLDS, Thresholds } from '@pantau/domain';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/i18n.pipes';

@Component({
  selector: 'pantau-color-legend',
  imports: [TranslatePipe],
  template: `
    <h2 class="legend__title">{{ 'legend.title' | t }}</h2>
    <ul class="legend__list">
      @for (entry of entries(); track entry.color) {
        <li class="legend__item">
          <span class="legend__swatch tl-{{ entry.color }}" aria-hidden="true">{{ entry.symbol }}</span>
          <span
            ><strong>{{ entry.name }}</strong
            ><span class="legend__rule">{{ entry.rule }}</span></span
          >
        </li>
      }
    </ul>
  `,
  styleUrl: './color-legend.css',
  host: { class: 'legend', role: 'group', '[attr.aria-label]': 'title()' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ColorLegend {
  private readonly i18n = inject(I18nService);

  readonly thresholds = input<Thresholds>(DEFAULT_THRESHOLDS);

  protected readonly title = computed(() => this.i18n.translate('legend.title'));
  protected readonly entries = computed(() => {
    const t = this.thresholds();
    const percent = (v: number) => this.i18n.percent(v);
    const rules: Record<CellColor, string> = {
      green: this.i18n.translate('legend.green', { green: percent(t.green) }),
      yellow: this.i18n.translate('legend.yellow', { yellow: percent(t.yellow), green: percent(t.green) }),
      red: this.i18n.translate('legend.red', { yellow: percent(t.yellow) }),
      grey: this.i18n.translate('legend.grey'),
    };
    return COLOR_ORDER.map((color) => ({
      color,
      symbol: COLOR_SYMBOLS[color],
      name: this.i18n.name(COLOR_NAMES[color]),
      rule: rules[color],
    }));
  });
}
