import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import {
  CellColor,
  COLOR_NAMES,
  COLOR_SYMBOLS,
  COLOR_WORDS,
  DEFAULT_THRESHOLDS,
  scoreColorName,
  Thresholds,
} from '@pantau/domain';
import { I18nService } from '../../core/i18n/i18n.service';

/**
 * One traffic light: colour, symbol and text together, so colour is never the only signal.
 * `label` replaces the default accessible name (score and colour) with a fuller sentence.
 * An item's light names what the rating says about the item (missing, weak, complete); a score's light (a pillar,
 * an index: `kind="score"`, or any light given a score) names the band of scores its colour stands for.
 */
@Component({
  selector: 'pantau-traffic-light',
  template: `
    <span class="tl__symbol" aria-hidden="true">{{ symbol() }}</span>
    @if (text(); as text) {
      <span class="tl__text" aria-hidden="true">{{ text }}</span>
    }
  `,
  styleUrl: './traffic-light.css',
  host: {
    class: 'tl',
    role: 'img',
    '[class]': '"tl--" + color()',
    '[class.tl--compact]': 'compact()',
    '[attr.aria-label]': 'ariaLabel()',
    '[attr.title]': 'compact() ? ariaLabel() : null',
  },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TrafficLight {
  private readonly i18n = inject(I18nService);

  readonly color = input.required<CellColor>();
  readonly score = input<number | null>(null);
  readonly label = input<string | null>(null);
  /** Compact lights show the bare number (the column says it is a percentage). */
  readonly compact = input(false);
  readonly kind = input<'item' | 'score'>('item');
  /** The period's thresholds, which a score light's words name. */
  readonly thresholds = input<Thresholds>(DEFAULT_THRESHOLDS);

  protected readonly symbol = computed(() => COLOR_SYMBOLS[this.color()]);
  protected readonly colorName = computed(() => {
    const color = this.color();
    if (this.score() !== null) return this.i18n.name(COLOR_WORDS[color]);
    return this.i18n.name(this.kind() === 'score' ? scoreColorName(color, this.thresholds()) : COLOR_NAMES[color]);
  });

  protected readonly text = computed(() => {
    const score = this.score();
    if (score === null) return this.compact() ? '' : this.colorName();
    return this.compact() ? this.i18n.number(score) : this.i18n.percent(score);
  });

  protected readonly ariaLabel = computed(() => {
    const label = this.label();
    if (label) return label;
    const score = this.score();
    return score === null ? this.colorName() : `${this.i18n.percent(score)}, ${this.colorName()}`;
  });
}
