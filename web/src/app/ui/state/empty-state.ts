import { ChangeDetectionStrategy, Component, input } from '@angular/core';

@Component({
  selector: 'pantau-empty',
  template: `
    <p class="state__title">{{ title() }}</p>
    <ng-content />
  `,
  host: { class: 'state state--empty', role: 'status' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EmptyState {
  readonly title = input.required<string>();
}
