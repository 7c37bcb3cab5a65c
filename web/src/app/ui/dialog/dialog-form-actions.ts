import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { TranslatePipe } from '../../core/i18n/i18n.pipes';

/**
 * The foot of a form in a dialog: the failure of its last sending, then Cancel and the form's own submit button
 * (the content between the tags). `wide` spans both columns of a `form-grid`.
 */
@Component({
  selector: 'pantau-dialog-form-actions',
  imports: [TranslatePipe],
  template: `
    @if (error(); as message) {
      <p class="notice notice--error" [class.form-grid__wide]="wide()" role="alert">{{ message }}</p>
    }
    <div class="dialog__actions" [class.form-grid__wide]="wide()">
      <button type="button" class="button button--secondary" [disabled]="busy()" (click)="cancel.emit()">
        {{ 'common.cancel' | t }}
      </button>
      <ng-content />
    </div>
  `,
  styles: `
    :host {
      display: contents;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DialogFormActions {
  readonly error = input.required<string | null>();
  readonly busy = input.required<boolean>();
  readonly wide = input(false);
  readonly cancel = output();
}
