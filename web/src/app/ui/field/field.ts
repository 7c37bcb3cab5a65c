import { ChangeDetectionStrategy, Component, computed, inject, input, Signal, signal } from '@angular/core';
import { FieldTree, ReadonlyFieldState } from '@angular/forms/signals';
import { I18nService } from '../../core/i18n/i18n.service';
import { TranslatePipe } from '../../core/i18n/i18n.pipes';
import { errorText, shownError } from './field-errors';

/** What a control bound inside a field tells the field: its id and its state. */
export interface BoundControl {
  readonly ownId: string;
  readonly state: Signal<ReadonlyFieldState<unknown>>;
}

/**
 * One labelled form field: the label, a required or optional mark, a hint, and the first problem once the user
 * has left the field or tried to submit. The control inside (bound with `[formField]`) gets the ids that tie
 * them together for screen readers (`for`, `aria-describedby`) and `aria-invalid` from `FieldControl`.
 */
@Component({
  selector: 'pantau-field',
  imports: [TranslatePipe],
  template: `
    <label class="field__label" [class.field__label--required]="required()" [attr.for]="controlId()"
      >{{ label() }}
      @if (optional()) {
        <span class="muted">{{ 'common.optional' | t }}</span>
      }
    </label>
    <ng-content />
    @if (hint(); as hint) {
      <p class="field__hint" [id]="hintId()">{{ hint }}</p>
    }
    @if (error(); as error) {
      <p class="field__error" [id]="errorId()">{{ error }}</p>
    }
  `,
  host: { class: 'field' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LabeledField {
  private readonly i18n = inject(I18nService);

  readonly label = input.required<string>();
  readonly hint = input<string | null>(null);
  /** Says "(optional)" after the label; required fields get their mark from the form's rules. */
  readonly optional = input(false);
  /** The control's id when the template chooses it (else the control's own id attribute, or a made-up one). */
  readonly controlIdInput = input<string | undefined>(undefined, { alias: 'controlId' });
  /** The field's state when its control is not bound directly inside (a compound picker). */
  readonly field = input<FieldTree<unknown> | null>(null);

  private readonly control = signal<BoundControl | null>(null);
  private readonly state = computed(() => this.field()?.() ?? this.control()?.state() ?? null);

  readonly controlId = computed(() => this.controlIdInput() ?? this.control()?.ownId ?? null);
  protected readonly hintId = computed(() => `${this.controlId()}-hint`);
  protected readonly errorId = computed(() => `${this.controlId()}-error`);
  protected readonly required = computed(() => this.state()?.required() ?? false);
  protected readonly error = computed(() => {
    const state = this.state();
    const error = shownError(state);
    return error && state ? errorText(this.i18n, error, state) : null;
  });
  readonly invalidShown = computed(() => this.error() !== null);
  /** The hint, then the problem: what a screen reader reads after the label. */
  readonly describedBy = computed(() => {
    const ids = [this.hint() ? this.hintId() : null, this.error() ? this.errorId() : null].filter(Boolean);
    return ids.length ? ids.join(' ') : null;
  });

  bind(control: BoundControl): void {
    this.control.set(control);
  }

  unbind(control: BoundControl): void {
    if (this.control() === control) this.control.set(null);
  }
}
