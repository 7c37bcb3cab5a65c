import { computed, DestroyRef, Directive, HostAttributeToken, inject } from '@angular/core';
import { FormField } from '@angular/forms/signals';
import { BoundControl, LabeledField } from './field';
import { shownError } from './field-errors';

let nextId = 0;

const NATIVE_CONTROLS = ['INPUT', 'SELECT', 'TEXTAREA'];

/**
 * Sits on every `[formField]` control of the forms that import it: takes the id its field chose, marks the control
 * invalid once the problem is shown, and points `aria-describedby` at the field's hint and problem (after any it
 * already had). A compound control (a component) only lends the field its state and wires its own inner elements.
 */
@Directive({
  selector: '[formField]',
  host: {
    '[attr.id]': 'id()',
    '[attr.aria-invalid]': 'invalid() ? "true" : null',
    '[attr.aria-describedby]': 'describedBy()',
  },
})
export class FieldControl implements BoundControl {
  private readonly formField = inject(FormField);
  private readonly frame = inject(LabeledField, { optional: true });
  private readonly ownDescription = inject(new HostAttributeToken('aria-describedby'), { optional: true });

  readonly ownId = inject(new HostAttributeToken('id'), { optional: true }) ?? `field-${++nextId}`;
  readonly state = computed(() => this.formField.state());
  private readonly native = NATIVE_CONTROLS.includes(this.formField.element.tagName);

  protected readonly id = computed(() => (this.native ? (this.frame?.controlId() ?? this.ownId) : null));
  protected readonly invalid = computed(() => this.native && shownError(this.state()) !== null);
  protected readonly describedBy = computed(() => {
    const ids = [this.ownDescription, this.native ? this.frame?.describedBy() : null].filter(Boolean);
    return ids.length ? ids.join(' ') : null;
  });

  constructor() {
    const frame = this.frame;
    if (frame) {
      frame.bind(this);
      inject(DestroyRef).onDestroy(() => frame.unbind(this));
    }
  }
}
