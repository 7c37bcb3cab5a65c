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
import { DEFAULT_FOLLOW_UP_DAYS, DEFAULT_THRESHOLDS, PeriodView } from '@pantau/domain';
import { errorText } from '../../../core/api/error-message';
import { TranslationKey } from '../../../core/i18n/dictionary';
import { I18N_PIPES } from '../../../core/i18n/i18n.pipes';
import { I18nService } from '../../../core/i18n/i18n.service';
import { Dialog } from '../../../ui/dialog/dialog';
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

export type PeriodErrors = Partial<Record<keyof PeriodDraft, TranslationKey>>;

const int = (value: string) => (/^\d+$/.test(value.trim()) ? Number(value) : NaN);

export function validatePeriod(d: PeriodDraft, creating: boolean): PeriodErrors {
  const errors: PeriodErrors = {};
  const name = d.name.trim();
  if (name.length < 3 || name.length > 120) errors.name = 'periodForm.nameInvalid';
  if (creating) {
    const year = int(d.year);
    if (!(year >= 2020 && year <= 2100)) errors.year = 'periodForm.yearInvalid';
    if (!/^[0-9A-Za-z.-]{1,20}$/.test(d.instrumentVersion.trim()))
      errors.instrumentVersion = 'periodForm.versionInvalid';
  }
  const green = int(d.green);
  const yellow = int(d.yellow);
  if (!(green >= 0 && green <= 100)) errors.green = 'periodForm.thresholdInvalid';
  if (!(yellow >= 0 && yellow <= 100)) errors.yellow = 'periodForm.thresholdInvalid';
  else if (!errors.green && yellow > green) errors.yellow = 'periodForm.yellowAboveGreen';
  const days = int(d.followUpDays);
  if (!(days >= 1 && days <= 365)) errors.followUpDays = 'periodForm.daysInvalid';
  return errors;
}

/** Creates a period or changes its name, thresholds and follow-up rules. */
@Component({
  selector: 'pantau-period-form',
  imports: [I18N_PIPES, Dialog],
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
  protected readonly submitted = signal(false);
  protected readonly busy = signal(false);
  private readonly failure = signal<unknown>(null);

  protected readonly heading = computed(() =>
    this.i18n.translate(this.period() ? 'periodForm.editTitle' : 'periodForm.createTitle'),
  );
  private readonly errors = computed(() => validatePeriod(this.draft(), !this.period()));
  protected readonly shown = computed<PeriodErrors>(() => (this.submitted() ? this.errors() : {}));
  protected readonly error = computed(() => {
    const failure = this.failure();
    return failure ? errorText((k, p) => this.i18n.translate(k, p), failure) : null;
  });

  constructor() {
    effect(() => {
      if (!this.open()) return;
      const p = this.period();
      untracked(() => {
        this.draft.set(
          p
            ? {
                name: p.name,
                year: String(p.year),
                instrumentVersion: p.instrumentVersion,
                green: String(p.thresholds.green),
                yellow: String(p.thresholds.yellow),
                followUpDays: String(p.followUpDays),
                followUpOnYellow: p.followUpOnYellow,
              }
            : this.empty(),
        );
        this.submitted.set(false);
        this.failure.set(null);
      });
    });
  }

  protected patch(change: Partial<PeriodDraft>): void {
    this.draft.update((d) => ({ ...d, ...change }));
  }

  protected submit(event: Event): void {
    event.preventDefault();
    this.submitted.set(true);
    this.failure.set(null);
    if (Object.keys(this.errors()).length > 0) return;
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
    this.busy.set(true);
    request.subscribe({
      next: (saved) => {
        this.busy.set(false);
        this.saved.emit(saved);
        this.open.set(false);
      },
      error: (err: unknown) => {
        this.busy.set(false);
        this.failure.set(err);
      },
    });
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
