import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { FieldTree } from '@angular/forms/signals';
import { I18nService } from '../../core/i18n/i18n.service';
import { errorText, shownError } from './field-errors';

let nextId = 0;

/** A choice among options (radio buttons): a fieldset whose legend names it, with its problem once shown. */
@Component({
  selector: 'pantau-field-group',
  template: `
    <fieldset
      class="fu-choice"
      [attr.aria-invalid]="error() ? 'true' : null"
      [attr.aria-describedby]="error() ? errorId : null"
    >
      <legend class="field__label" [class.field__label--required]="required()">{{ legend() }}</legend>
      <ng-content />
      @if (error(); as error) {
        <p class="field__error" [id]="errorId">{{ error }}</p>
      }
    </fieldset>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FieldGroup {
  private readonly i18n = inject(I18nService);

  readonly legend = input.required<string>();
  readonly field = input.required<FieldTree<unknown>>();

  protected readonly errorId = `field-group-${++nextId}-error`;
  protected readonly required = computed(() => this.field()().required());
  protected readonly error = computed(() => {
    const state = this.field()();
    const error = shownError(state);
    return error ? errorText(this.i18n, error, state) : null;
  });
}
