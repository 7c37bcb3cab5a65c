import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FieldTree } from '@angular/forms/signals';
import { FIELD_LIMITS } from '@pantau/domain';
import { I18N_PIPES } from '../../../core/i18n/i18n.pipes';
import { FIELD_KIT } from '../../../ui/field';
import { generatePassword } from './password';

/** A first password an admin gives: shown as typed, with a button that generates one. */
@Component({
  selector: 'pantau-new-password-field',
  imports: [I18N_PIPES, FIELD_KIT],
  template: `
    <pantau-field
      [label]="'userForm.password' | t"
      [hint]="'userForm.passwordHint' | t: { min: min }"
      [controlId]="inputId()"
    >
      <div class="field__pair">
        <input
          class="field__control"
          type="text"
          autocomplete="new-password"
          spellcheck="false"
          [formField]="field()"
        />
        <button type="button" class="button button--secondary" (click)="generate()">
          {{ 'userForm.generate' | t }}
        </button>
      </div>
    </pantau-field>
  `,
  styles: `
    :host {
      display: contents;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewPasswordField {
  readonly field = input.required<FieldTree<string>>();
  readonly inputId = input.required<string>();

  protected readonly min = FIELD_LIMITS.password.min;

  protected generate(): void {
    this.field()().value.set(generatePassword());
  }
}
