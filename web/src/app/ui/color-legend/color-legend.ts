import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import {
  COLOR_ORDER,
  COLOR_SYMBOLS,
  COLOR_WORDS,
  DEFAULT_THRESHOLDS,
  scoreColorMeaning,
  Thresholds,
} from '@pantau/domain';
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
  /** The legend of scores (pillar cells, indexes): each colour with the band of scores it stands for. */
  protected readonly entries = computed(() => {
    const t = this.thresholds();
    return COLOR_ORDER.map((color) => ({
      color,
      symbol: COLOR_SYMBOLS[color],
      name: this.i18n.name(COLOR_WORDS[color]),
      rule: this.i18n.name(scoreColorMeaning(color, t)),
    }));
  });
}
