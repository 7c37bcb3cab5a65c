import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslationKey } from '../../core/i18n/dictionary';
import { TranslatePipe } from '../../core/i18n/i18n.pipes';

/** A form's submit button: while the form is being sent it is disabled, spins and says so. */
@Component({
  selector: 'pantau-send-button',
  imports: [TranslatePipe],
  template: `
    <button type="submit" class="button button--primary" [disabled]="busy()" [attr.aria-busy]="busy()">
      @if (busy()) {
        <span class="spinner spinner--small spinner--light" aria-hidden="true"></span>
        {{ busyLabel() | t }}
      } @else {
        {{ label() | t }}
      }
    </button>
  `,
  styles: `
    :host {
      display: contents;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SendButton {
  readonly busy = input.required<boolean>();
  readonly label = input.required<TranslationKey>();
  readonly busyLabel = input<TranslationKey>('common.saving');
}
