import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { LinkTarget } from '../link-target';

/**
 * A headline number with its label; extra detail (e.g. a traffic light) is projected. With a `link`, the number
 * opens what it counts, and `linkHint` (read after the number, not shown) says where it leads.
 */
@Component({
  selector: 'pantau-kpi-card',
  imports: [RouterLink],
  template: `
    <h3 class="kpi__label">{{ label() }}</h3>
    <!-- A figure under its heading, not a heading of its own: a div, which screen readers do not take for one. -->
    <div class="kpi__value">
      @if (link(); as link) {
        <a class="kpi__link" [routerLink]="link.path" [queryParams]="link.queryParams"
          >{{ value() }}
          @if (linkHint()) {
            <span class="visually-hidden">— {{ linkHint() }}</span>
          }
        </a>
      } @else {
        {{ value() }}
      }
    </div>
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
  readonly link = input<LinkTarget | null>(null);
  readonly linkHint = input<string | null>(null);
}
