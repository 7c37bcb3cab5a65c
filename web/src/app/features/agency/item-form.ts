import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  model,
  output,
  signal,
  untracked,
} from '@angular/core';
import {
  AgencyDetail,
  Cadence,
  CADENCES,
  isCadence,
  isPillarCode,
  ItemView,
  PillarCode,
  PILLARS,
} from '@pantau/domain';
import { errorText } from '../../core/api/error-message';
import { TranslationKey } from '../../core/i18n/dictionary';
import { CADENCE_LABEL } from '../../core/i18n/domain-labels';
import { I18N_PIPES } from '../../core/i18n/i18n.pipes';
import { I18nService } from '../../core/i18n/i18n.service';
import { Dialog } from '../../ui/dialog/dialog';
import { AgencyDataService } from './agency-data.service';

export type ItemFormMode = { kind: 'create'; pillar: PillarCode } | { kind: 'edit'; item: ItemView };

interface ItemDraft {
  pillar: PillarCode;
  title: string;
  description: string;
  cadence: Cadence;
  workUnitId: number | null;
}

export type ItemErrors = Partial<Record<'title' | 'description', TranslationKey>>;

export function validateItem(draft: Pick<ItemDraft, 'title' | 'description'>): ItemErrors {
  const errors: ItemErrors = {};
  const title = draft.title.trim();
  if (title.length < 3) errors.title = 'itemForm.titleTooShort';
  else if (title.length > 300) errors.title = 'itemForm.titleTooLong';
  if (draft.description.length > 4000) errors.description = 'itemForm.descriptionTooLong';
  return errors;
}

function draftOf(mode: ItemFormMode): ItemDraft {
  if (mode.kind === 'create') {
    return { pillar: mode.pillar, title: '', description: '', cadence: 'monthly', workUnitId: null };
  }
  const { item } = mode;
  return {
    pillar: item.pillar,
    title: item.title,
    description: item.description ?? '',
    cadence: item.cadence,
    workUnitId: item.workUnit?.id ?? null,
  };
}

/** Adds an item to the plan or changes one, while the period is open for submissions. */
@Component({
  selector: 'pantau-item-form',
  imports: [I18N_PIPES, Dialog],
  template: `
    <pantau-dialog [heading]="heading()" [(open)]="open" [busy]="busy()" [wide]="true">
      <form class="form-grid" novalidate (submit)="submit($event)">
        <div class="field">
          <label class="field__label" for="item-form-pillar">{{ 'common.pillar' | t }}</label>
          <select
            id="item-form-pillar"
            class="field__control"
            [disabled]="mode().kind === 'edit'"
            (change)="onPillar($any($event.target).value)"
          >
            @for (p of pillars; track p.code) {
              <option [value]="p.code" [selected]="draft().pillar === p.code">{{ i18n.pillarName(p) }}</option>
            }
          </select>
        </div>
        <div class="field">
          <label class="field__label" for="item-form-cadence">{{ 'itemForm.cadence' | t }}</label>
          <select id="item-form-cadence" class="field__control" (change)="onCadence($any($event.target).value)">
            @for (c of cadences; track c) {
              <option [value]="c" [selected]="draft().cadence === c">{{ cadenceLabel(c) | t }}</option>
            }
          </select>
        </div>
        <div class="field form-grid__wide">
          <label class="field__label" for="item-form-title">{{ 'itemForm.title' | t }}</label>
          <input
            id="item-form-title"
            class="field__control"
            maxlength="300"
            autofocus
            [value]="draft().title"
            [attr.aria-invalid]="!!shownErrors().title"
            [attr.aria-describedby]="shownErrors().title ? 'item-form-title-error' : null"
            (input)="patch({ title: $any($event.target).value })"
          />
          @if (shownErrors().title; as key) {
            <p class="field__error" id="item-form-title-error">{{ key | t }}</p>
          }
        </div>
        <div class="field form-grid__wide">
          <label class="field__label" for="item-form-description"
            >{{ 'itemForm.description' | t }} <span class="muted">{{ 'common.optional' | t }}</span></label
          >
          <textarea
            id="item-form-description"
            class="field__control"
            rows="4"
            maxlength="4000"
            [value]="draft().description"
            [attr.aria-invalid]="!!shownErrors().description"
            (input)="patch({ description: $any($event.target).value })"
          ></textarea>
          @if (shownErrors().description; as key) {
            <p class="field__error">{{ key | t }}</p>
          }
        </div>
        <div class="field form-grid__wide">
          <label class="field__label" for="item-form-unit">{{ 'itemForm.workUnit' | t }}</label>
          <select id="item-form-unit" class="field__control" (change)="onWorkUnit($any($event.target).value)">
            <option value="" [selected]="draft().workUnitId === null">{{ 'itemForm.noWorkUnit' | t }}</option>
            @for (u of workUnits(); track u.id) {
              <option [value]="u.id" [selected]="draft().workUnitId === u.id">{{ u.name }}</option>
            }
          </select>
        </div>
        @if (error(); as message) {
          <p class="notice notice--error form-grid__wide" role="alert">{{ message }}</p>
        }
        <div class="dialog__actions form-grid__wide">
          <button type="button" class="button button--secondary" [disabled]="busy()" (click)="open.set(false)">
            {{ 'common.cancel' | t }}
          </button>
          <button type="submit" class="button button--primary" [disabled]="busy()" [attr.aria-busy]="busy()">
            @if (busy()) {
              <span class="spinner spinner--small spinner--light" aria-hidden="true"></span>
              {{ 'common.saving' | t }}
            } @else {
              {{ 'common.save' | t }}
            }
          </button>
        </div>
      </form>
    </pantau-dialog>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ItemForm {
  private readonly data = inject(AgencyDataService);
  protected readonly i18n = inject(I18nService);

  readonly open = model(false);
  readonly mode = input.required<ItemFormMode>();
  readonly periodId = input.required<number>();
  readonly agency = input.required<AgencyDetail>();
  readonly saved = output<ItemView>();

  protected readonly pillars = PILLARS;
  protected readonly cadences = CADENCES;
  protected readonly draft = signal<ItemDraft>({
    pillar: 'berorientasi-pelayanan',
    title: '',
    description: '',
    cadence: 'monthly',
    workUnitId: null,
  });
  protected readonly submitted = signal(false);
  protected readonly busy = signal(false);
  private readonly failure = signal<unknown>(null);

  protected readonly workUnits = computed(() => this.agency().workUnits);
  protected readonly heading = computed(() =>
    this.i18n.translate(this.mode().kind === 'create' ? 'itemForm.createTitle' : 'itemForm.editTitle'),
  );
  private readonly errors = computed(() => validateItem(this.draft()));
  protected readonly shownErrors = computed<ItemErrors>(() => (this.submitted() ? this.errors() : {}));
  protected readonly error = computed(() => {
    const failure = this.failure();
    return failure ? errorText((k, p) => this.i18n.translate(k, p), failure) : null;
  });

  constructor() {
    // Every opening starts from the item as it is now (or an empty form).
    effect(() => {
      if (!this.open()) return;
      const mode = this.mode();
      untracked(() => {
        this.draft.set(draftOf(mode));
        this.submitted.set(false);
        this.failure.set(null);
      });
    });
  }

  protected cadenceLabel(c: Cadence): TranslationKey {
    return CADENCE_LABEL[c];
  }

  protected patch(change: Partial<ItemDraft>): void {
    this.draft.update((d) => ({ ...d, ...change }));
  }

  protected onPillar(value: string): void {
    if (isPillarCode(value)) this.patch({ pillar: value });
  }

  protected onCadence(value: string): void {
    if (isCadence(value)) this.patch({ cadence: value });
  }

  protected onWorkUnit(value: string): void {
    this.patch({ workUnitId: value ? Number(value) : null });
  }

  protected submit(event: Event): void {
    event.preventDefault();
    this.submitted.set(true);
    this.failure.set(null);
    if (Object.keys(this.errors()).length > 0) {
      document.getElementById(this.errors().title ? 'item-form-title' : 'item-form-description')?.focus();
      return;
    }
    const d = this.draft();
    const body = {
      title: d.title.trim(),
      description: d.description.trim() || null,
      cadence: d.cadence,
      workUnitId: d.workUnitId,
    };
    const mode = this.mode();
    const request =
      mode.kind === 'create'
        ? this.data.createItem(this.periodId(), this.agency().id, { ...body, pillar: d.pillar })
        : this.data.updateItem(mode.item.id, body);
    this.busy.set(true);
    request.subscribe({
      next: (item) => {
        this.busy.set(false);
        this.saved.emit(item);
        this.open.set(false);
      },
      error: (err: unknown) => {
        this.busy.set(false);
        this.failure.set(err);
      },
    });
  }
}
