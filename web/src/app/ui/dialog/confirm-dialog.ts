import { ChangeDetectionStrategy, Component, input, model, output } from '@angular/core';
import { TranslatePipe } from '../../core/i18n/i18n.pipes';
import { Dialog } from './dialog';

/** Asks before an action that is hard to undo, and says in words what the action will do. */
@Component({
  selector: 'pantau-confirm-dialog',
  imports: [Dialog, TranslatePipe],
  template: `
    <pantau-dialog [heading]="heading()" [(open)]="open" [busy]="busy()">
      @for (line of lines(); track $index) {
        <p class="dialog__text">{{ line }}</p>
      }
      <ng-content />
      @if (error(); as error) {
        <p class="notice notice--error" role="alert">{{ error }}</p>
      }
      <div class="dialog__actions">
        <button type="button" class="button button--secondary" [disabled]="busy()" (click)="open.set(false)">
          {{ 'common.cancel' | t }}
        </button>
        <button
          type="button"
          class="button"
          [class.button--primary]="!danger()"
          [class.button--danger]="danger()"
          [disabled]="busy()"
          [attr.aria-busy]="busy()"
          (click)="confirm.emit()"
        >
          @if (busy()) {
            <span class="spinner spinner--small spinner--light" aria-hidden="true"></span>
          }
          {{ confirmLabel() }}
        </button>
      </div>
    </pantau-dialog>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConfirmDialog {
  readonly heading = input.required<string>();
  /** One paragraph per line. */
  readonly lines = input<readonly string[]>([]);
  readonly confirmLabel = input.required<string>();
  readonly danger = input(false);
  readonly busy = input(false);
  readonly error = input<string | null>(null);
  readonly open = model(false);
  readonly confirm = output<void>();
}
