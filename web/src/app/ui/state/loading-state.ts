import { ChangeDetectionStrategy, Component, input } from '@angular/core';

@Component({
  selector: 'pantau-loading',
  template: `<span class="spinner" aria-hidden="true"></span><span>{{ label() }}</span>`,
  host: { class: 'state state--loading', role: 'status', 'aria-live': 'polite' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoadingState {
  readonly label = input.required<string>();
}
