import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslatePipe } from '../../core/i18n/i18n.pipes';

@Component({
  selector: 'pantau-error',
  imports: [TranslatePipe],
  template: `
    <p class="state__title"><span aria-hidden="true">⚠</span> {{ message() }}</p>
    @if (retryable()) {
      <button type="button" class="button" (click)="retry.emit()">{{ 'common.retry' | t }}</button>
    }
  `,
  host: { class: 'state state--error', role: 'alert' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ErrorState {
  readonly message = input.required<string>();
  readonly retryable = input(true);
  readonly retry = output<void>();
}
