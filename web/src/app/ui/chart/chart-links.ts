import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { LinkTarget } from '../link-target';

export interface ChartLink {
  label: string;
  target: LinkTarget;
}

/** What clicking a pickable chart does, as links a keyboard reaches (a canvas takes no focus). */
@Component({
  selector: 'pantau-chart-links',
  imports: [RouterLink],
  template: `
    <nav [attr.aria-label]="label()">
      <span class="chart-links__label" aria-hidden="true">{{ label() }}:</span>
      <ul class="chart-links__list">
        @for (link of links(); track $index) {
          <li>
            <a [routerLink]="link.target.path" [queryParams]="link.target.queryParams">{{ link.label }}</a>
          </li>
        }
      </ul>
    </nav>
  `,
  styles: `
    nav {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0.25rem 0.5rem;
      margin-top: 0.5rem;
      font-size: 0.875rem;
    }
    .chart-links__label {
      color: var(--text-muted);
    }
    .chart-links__list {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.75rem;
      margin: 0;
      padding: 0;
      list-style: none;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChartLinks {
  readonly label = input.required<string>();
  readonly links = input.required<readonly ChartLink[]>();
}
