import { ChangeDetectionStrategy, Component, computed, inject, input, model, output, signal } from '@angular/core';
import { FormValueControl } from '@angular/forms/signals';
import { AgencySummary } from '@pantau/domain';
import { I18N_PIPES } from '../../../core/i18n/i18n.pipes';
import { I18nService } from '../../../core/i18n/i18n.service';
import { LabeledField } from '../../../ui/field';

const SHOWN = 60;

/**
 * Picks one of ~632 agencies: type part of the name or code, then choose from the short list. Placed in a
 * `pantau-field`, the field's label names the search box and its problem describes the list.
 */
@Component({
  selector: 'pantau-agency-picker',
  imports: [I18N_PIPES],
  template: `
    <input
      class="field__control"
      type="search"
      autocomplete="off"
      [id]="inputId() + '-q'"
      [placeholder]="'filter.searchPlaceholder' | t"
      [value]="query()"
      (input)="query.set($any($event.target).value)"
    />
    <select
      class="field__control picker__list"
      size="6"
      [id]="inputId()"
      [attr.aria-label]="'agencyPicker.choose' | t"
      [attr.aria-invalid]="frame?.invalidShown() ? 'true' : null"
      [attr.aria-describedby]="describedBy()"
      (change)="choose($any($event.target).value)"
      (blur)="touch.emit()"
    >
      @for (a of matches(); track a.id) {
        <option [value]="a.id" [selected]="a.id === value()">{{ a.name }} ({{ a.code }})</option>
      }
    </select>
    <p class="field__hint" [id]="inputId() + '-hint'">
      @if (selected(); as a) {
        {{ 'agencyPicker.selected' | t: { name: a.name } }}
      } @else {
        {{ 'agencyPicker.hint' | t: { count: (matchCount() | num: '1.0-0') } }}
      }
    </p>
  `,
  styles: `
    :host {
      display: contents;
    }
    .picker__list {
      margin-top: 0.35rem;
      max-width: none;
      padding: 0.25rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AgencyPicker implements FormValueControl<number | null> {
  private readonly i18n = inject(I18nService);
  protected readonly frame = inject(LabeledField, { optional: true });

  readonly agencies = input.required<readonly AgencySummary[]>();
  readonly value = model<number | null>(null);
  readonly inputId = input('agency-picker');
  readonly touch = output<void>();

  protected readonly query = signal('');
  private readonly filtered = computed(() => {
    const q = this.query().trim().toLocaleLowerCase(this.i18n.locale());
    const list = this.agencies();
    return q
      ? list.filter((a) => a.name.toLocaleLowerCase(this.i18n.locale()).includes(q) || a.code.toLowerCase().includes(q))
      : list;
  });
  protected readonly matchCount = computed(() => this.filtered().length);
  /** The chosen agency stays in the list even when the search would hide it. */
  protected readonly matches = computed(() => {
    const shown = this.filtered().slice(0, SHOWN);
    const chosen = this.selected();
    return chosen && !shown.some((a) => a.id === chosen.id) ? [chosen, ...shown] : shown;
  });
  protected readonly selected = computed(() => this.agencies().find((a) => a.id === this.value()) ?? null);
  protected readonly describedBy = computed(() =>
    [`${this.inputId()}-hint`, this.frame?.describedBy()].filter(Boolean).join(' '),
  );

  protected choose(value: string): void {
    this.value.set(value ? Number(value) : null);
  }
}
