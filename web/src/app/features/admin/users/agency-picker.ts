import { ChangeDetectionStrategy, Component, computed, inject, input, model, signal } from '@angular/core';
import { AgencySummary } from '@pantau/domain';
import { I18N_PIPES } from '../../../core/i18n/i18n.pipes';
import { I18nService } from '../../../core/i18n/i18n.service';

const SHOWN = 60;

/** Picks one of ~632 agencies: type part of the name or code, then choose from the short list. */
@Component({
  selector: 'pantau-agency-picker',
  imports: [I18N_PIPES],
  template: `
    <div class="field">
      <label class="field__label" [for]="inputId() + '-q'">{{ 'agencyPicker.label' | t }}</label>
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
        [attr.aria-invalid]="invalid()"
        (change)="choose($any($event.target).value)"
      >
        @for (a of matches(); track a.id) {
          <option [value]="a.id" [selected]="a.id === value()">{{ a.name }} ({{ a.code }})</option>
        }
      </select>
      <p class="field__hint">
        @if (selected(); as a) {
          {{ 'agencyPicker.selected' | t: { name: a.name } }}
        } @else {
          {{ 'agencyPicker.hint' | t: { count: matchCount() } }}
        }
      </p>
    </div>
  `,
  styles: `
    .picker__list {
      margin-top: 0.35rem;
      max-width: none;
      padding: 0.25rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AgencyPicker {
  private readonly i18n = inject(I18nService);

  readonly agencies = input.required<readonly AgencySummary[]>();
  readonly value = model<number | null>(null);
  readonly inputId = input('agency-picker');
  readonly invalid = input(false);

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

  protected choose(value: string): void {
    this.value.set(value ? Number(value) : null);
  }
}
