import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** A headline number with its label; extra detail (e.g. a traffic light) is projected. */
@Component({
  selector: 'pantau-kpi-card',
  template: `
    <h3 class="kpi__label">{{ label() }}</h3>
    <!-- A figure under its heading, not a heading of its own: a div, which screen readers do not take for one. -->
    <div class="kpi__value">{{ value() }}</div>
    @if (detail()) {
      <p class="kpi__detail">{{ detail() }}</p>
    }
    <ng-content />
  `,
  styleUrl: './kpi-card.css',
  host: { class: 'kpi card', '[class.kpi--alert]': 'alert()' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class KpiCard {
  readonly label = input.required<string>();
  readonly value = input.required<string>();
  readonly detail = input<string | null>(null);
  /** Draws attention to a figure that needs action, such as overdue follow-ups. */
  readonly alert = input(false);
}
