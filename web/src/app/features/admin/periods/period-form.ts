import { ChangeDetectionStrategy, Component, computed, inject, input, model, output, signal } from '@angular/core';
import { applyWhen, PathKind, schema, SchemaPath, SchemaPathRules, validate } from '@angular/forms/signals';
import { DEFAULT_FOLLOW_UP_DAYS, DEFAULT_THRESHOLDS, FIELD_LIMITS, PeriodView } from '@pantau/domain';
import { firstValueFrom } from 'rxjs';
import { TranslationKey } from '../../../core/i18n/dictionary';
import { I18N_PIPES } from '../../../core/i18n/i18n.pipes';
import { I18nService } from '../../../core/i18n/i18n.service';
import { Dialog } from '../../../ui/dialog/dialog';
import { DialogFormActions } from '../../../ui/dialog/dialog-form-actions';
import { dialogForm, FIELD_KIT, textLimit } from '../../../ui/field';
import { AdminDataService } from '../admin-data.service';

export interface PeriodDraft {
  name: string;
  year: string;
  instrumentVersion: string;
  green: string;
  yellow: string;
  followUpDays: string;
  followUpOnYellow: boolean;
}

const int = (value: string) => (/^\d+$/.test(value.trim()) ? Number(value) : NaN);
const within = (value: string, min: number, max: number) => int(value) >= min && int(value) <= max;

/** A whole number from `min` to `max`, typed as text. */
function wholeNumber<K extends PathKind>(
  path: SchemaPath<string, SchemaPathRules.Supported, K>,
  min: number,
  max: number,
  message: TranslationKey,
): void {
  validate(path, ({ value }) => (within(value(), min, max) ? null : { kind: 'range', message }));
}

/** Year and instrument version are chosen when the period is created and fixed afterwards. */
const newPeriodSchema = schema<PeriodDraft>((p) => {
  wholeNumber(p.year, 2020, 2100, 'periodForm.yearInvalid');
  validate(p.instrumentVersion, ({ value }) =>
    /^[0-9A-Za-z.-]{1,20}$/.test(value().trim()) ? null : { kind: 'pattern', message: 'periodForm.versionInvalid' },
  );
});

/** The same rules as the API's period DTOs. */
export const periodSchema = (creating: () => boolean) =>
  schema<PeriodDraft>((p) => {
    textLimit(p.name, FIELD_LIMITS.periodName, {
      tooShort: 'periodForm.nameInvalid',
      tooLong: 'periodForm.nameInvalid',
    });
    applyWhen(p, creating, newPeriodSchema);
    wholeNumber(p.green, 0, 100, 'periodForm.thresholdInvalid');
    wholeNumber(p.yellow, 0, 100, 'periodForm.thresholdInvalid');
    validate(p.yellow, ({ value, valueOf }) => {
      const green = valueOf(p.green);
      const above = within(value(), 0, 100) && within(green, 0, 100) && int(value()) > int(green);
      return above ? { kind: 'order', message: 'periodForm.yellowAboveGreen' } : null;
    });
    wholeNumber(p.followUpDays, 1, 365, 'periodForm.daysInvalid');
  });

/** Creates a period or changes its name, thresholds and follow-up rules. */
@Component({
  selector: 'pantau-period-form',
  imports: [I18N_PIPES, Dialog, DialogFormActions, FIELD_KIT],
  templateUrl: './period-form.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PeriodForm {
  private readonly data = inject(AdminDataService);
  private readonly i18n = inject(I18nService);

  readonly open = model(false);
  /** null creates a new period. */
  readonly period = input<PeriodView | null>(null);
  readonly saved = output<PeriodView>();

  protected readonly draft = signal<PeriodDraft>(this.empty());
  private readonly dialog = dialogForm({
    model: this.draft,
    schema: periodSchema(() => !this.period()),
    open: this.open,
    initial: () => {
      const p = this.period();
      return p
        ? {
            name: p.name,
            year: String(p.year),
            instrumentVersion: p.instrumentVersion,
            green: String(p.thresholds.green),
            yellow: String(p.thresholds.yellow),
            followUpDays: String(p.followUpDays),
            followUpOnYellow: p.followUpOnYellow,
          }
        : this.empty();
    },
    send: () => this.save(),
  });
  protected readonly periodForm = this.dialog.form;
  protected readonly busy = this.dialog.busy;
  protected readonly error = this.dialog.error;
  protected readonly heading = computed(() =>
    this.i18n.translate(this.period() ? 'periodForm.editTitle' : 'periodForm.createTitle'),
  );

  private async save(): Promise<undefined> {
    const d = this.draft();
    const common = {
      name: d.name.trim(),
      greenThreshold: Number(d.green),
      yellowThreshold: Number(d.yellow),
      followUpDays: Number(d.followUpDays),
      followUpOnYellow: d.followUpOnYellow,
    };
    const p = this.period();
    const request = p
      ? this.data.updatePeriod(p.id, common)
      : this.data.createPeriod({ ...common, year: Number(d.year), instrumentVersion: d.instrumentVersion.trim() });
    this.saved.emit(await firstValueFrom(request));
    this.open.set(false);
    return undefined;
  }

  private empty(): PeriodDraft {
    const year = new Date().getFullYear() + 1;
    return {
      name: `Evaluasi Rencana Aksi BerAKHLAK ${year}`,
      year: String(year),
      instrumentVersion: `${year}.1`,
      green: String(DEFAULT_THRESHOLDS.green),
      yellow: String(DEFAULT_THRESHOLDS.yellow),
      followUpDays: String(DEFAULT_FOLLOW_UP_DAYS),
      followUpOnYellow: false,
    };
  }
}
