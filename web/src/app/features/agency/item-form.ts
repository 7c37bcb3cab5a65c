import { ChangeDetectionStrategy, Component, computed, inject, input, model, output, signal } from '@angular/core';
import { apply, disabled, schema } from '@angular/forms/signals';
import {
  AgencyDetail,
  Cadence,
  CADENCES,
  FIELD_LIMITS,
  isCadence,
  isPillarCode,
  ItemView,
  PillarCode,
  PILLARS,
} from '@pantau/domain';
import { firstValueFrom } from 'rxjs';
import { TranslationKey } from '../../core/i18n/dictionary';
import { CADENCE_LABEL } from '../../core/i18n/domain-labels';
import { I18N_PIPES } from '../../core/i18n/i18n.pipes';
import { I18nService } from '../../core/i18n/i18n.service';
import { Dialog } from '../../ui/dialog/dialog';
import { DialogFormActions } from '../../ui/dialog/dialog-form-actions';
import { dialogForm, FIELD_KIT, SendButton, textLimit } from '../../ui/field';
import { AgencyDataService } from './agency-data.service';

export type ItemFormMode = { kind: 'create'; pillar: PillarCode } | { kind: 'edit'; item: ItemView };

/** Select values are strings: the work unit's id, or '' for none. */
export interface ItemDraft {
  pillar: string;
  title: string;
  description: string;
  cadence: string;
  workUnitId: string;
}

/** The same rules as the API's item DTO, from FIELD_LIMITS. */
export const itemSchema = schema<ItemDraft>((item) => {
  textLimit(item.title, FIELD_LIMITS.itemTitle, {
    tooShort: 'itemForm.titleTooShort',
    tooLong: 'itemForm.titleTooLong',
  });
  textLimit(item.description, FIELD_LIMITS.itemDescription, { tooLong: 'itemForm.descriptionTooLong' });
});

function draftOf(mode: ItemFormMode): ItemDraft {
  if (mode.kind === 'create') {
    return { pillar: mode.pillar, title: '', description: '', cadence: 'monthly', workUnitId: '' };
  }
  const { item } = mode;
  return {
    pillar: item.pillar,
    title: item.title,
    description: item.description ?? '',
    cadence: item.cadence,
    workUnitId: item.workUnit ? String(item.workUnit.id) : '',
  };
}

/** Adds an item to the plan or changes one, while the period is open for submissions. */
@Component({
  selector: 'pantau-item-form',
  imports: [I18N_PIPES, Dialog, DialogFormActions, FIELD_KIT, SendButton],
  template: `
    <pantau-dialog [heading]="heading()" [(open)]="open" [busy]="busy()" [wide]="true">
      <form class="form-grid" [formRoot]="itemForm">
        <pantau-field [label]="'common.pillar' | t">
          <select id="item-form-pillar" class="field__control" [formField]="itemForm.pillar">
            @for (p of pillars; track p.code) {
              <option [value]="p.code">{{ i18n.pillarName(p) }}</option>
            }
          </select>
        </pantau-field>
        <pantau-field [label]="'itemForm.cadence' | t">
          <select id="item-form-cadence" class="field__control" [formField]="itemForm.cadence">
            @for (c of cadences; track c) {
              <option [value]="c">{{ cadenceLabel(c) | t }}</option>
            }
          </select>
        </pantau-field>
        <pantau-field class="form-grid__wide" [label]="'itemForm.title' | t">
          <input id="item-form-title" class="field__control" autofocus [formField]="itemForm.title" />
        </pantau-field>
        <pantau-field class="form-grid__wide" [label]="'itemForm.description' | t" [optional]="true">
          <textarea
            id="item-form-description"
            class="field__control"
            rows="4"
            [formField]="itemForm.description"
          ></textarea>
        </pantau-field>
        <pantau-field class="form-grid__wide" [label]="'itemForm.workUnit' | t">
          <select id="item-form-unit" class="field__control" [formField]="itemForm.workUnitId">
            <option value="">{{ 'itemForm.noWorkUnit' | t }}</option>
            @for (u of workUnits(); track u.id) {
              <option [value]="u.id">{{ u.name }}</option>
            }
          </select>
        </pantau-field>
        <pantau-dialog-form-actions [error]="error()" [busy]="busy()" [wide]="true" (cancel)="open.set(false)">
          <pantau-send-button [label]="'common.save'" [busy]="busy()" />
        </pantau-dialog-form-actions>
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
  private readonly draft = signal<ItemDraft>(draftOf({ kind: 'create', pillar: 'berorientasi-pelayanan' }));
  private readonly dialog = dialogForm({
    model: this.draft,
    schema: (item) => {
      apply(item, itemSchema);
      // An item stays in its pillar: moving it would move its ratings' meaning.
      disabled(item.pillar, () => this.mode().kind === 'edit');
    },
    open: this.open,
    // Every opening starts from the item as it is now (or an empty form).
    initial: () => draftOf(this.mode()),
    send: () => this.save(),
  });
  protected readonly itemForm = this.dialog.form;
  protected readonly busy = this.dialog.busy;
  protected readonly error = this.dialog.error;
  protected readonly workUnits = computed(() => this.agency().workUnits);
  protected readonly heading = computed(() =>
    this.i18n.translate(this.mode().kind === 'create' ? 'itemForm.createTitle' : 'itemForm.editTitle'),
  );

  protected cadenceLabel(c: Cadence): TranslationKey {
    return CADENCE_LABEL[c];
  }

  private async save(): Promise<undefined> {
    const d = this.draft();
    const cadence = isCadence(d.cadence) ? d.cadence : 'monthly';
    const body = {
      title: d.title.trim(),
      description: d.description.trim() || null,
      cadence,
      workUnitId: d.workUnitId ? Number(d.workUnitId) : null,
    };
    const mode = this.mode();
    const pillar = isPillarCode(d.pillar) ? d.pillar : null;
    const request =
      mode.kind === 'create'
        ? this.data.createItem(this.periodId(), this.agency().id, { ...body, pillar: pillar ?? mode.pillar })
        : this.data.updateItem(mode.item.id, body);
    this.saved.emit(await firstValueFrom(request));
    this.open.set(false);
    return undefined;
  }
}
