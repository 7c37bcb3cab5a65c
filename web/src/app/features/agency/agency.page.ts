import { ChangeDetectionStrategy, Component, computed, effect, inject, input, numberAttribute } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { Router, RouterLink } from '@angular/router';
import {
  AGENCY_TYPE_NAMES,
  BATCH_NAMES,
  CellColor,
  DEFAULT_THRESHOLDS,
  FollowUpState,
  isPillarCode,
  ItemView,
  PILLARS,
  colorForScore,
  pillarScore,
} from '@pantau/domain';
import { errorText } from '../../core/api/error-message';
import { TranslationKey } from '../../core/i18n/dictionary';
import { FOLLOW_UP_STATE_LABEL } from '../../core/i18n/domain-labels';
import { I18N_PIPES } from '../../core/i18n/i18n.pipes';
import { I18nService } from '../../core/i18n/i18n.service';
import { resolvePeriodId } from '../../core/periods/period-choice';
import { PeriodsService } from '../../core/periods/periods.service';
import { PeriodSelect } from '../../ui/period-select/period-select';
import { EmptyState } from '../../ui/state/empty-state';
import { ErrorState } from '../../ui/state/error-state';
import { LoadingState } from '../../ui/state/loading-state';
import { TrafficLight } from '../../ui/traffic-light/traffic-light';
import { AgencyDataService } from './agency-data.service';

/** First pass: the plan's items by pillar with their current colour. Rating history and charts come later. */
@Component({
  selector: 'pantau-agency-page',
  imports: [I18N_PIPES, RouterLink, PeriodSelect, TrafficLight, LoadingState, ErrorState, EmptyState],
  templateUrl: './agency.page.html',
  styleUrl: './agency.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class AgencyPage {
  private readonly data = inject(AgencyDataService);
  private readonly periodsService = inject(PeriodsService);
  private readonly router = inject(Router);
  protected readonly i18n = inject(I18nService);

  /** Route and query params, bound by the router. */
  readonly id = input.required({ transform: numberAttribute });
  readonly pillar = input<string | undefined>();
  readonly period = input<string | undefined>();

  protected readonly periods = rxResource({ stream: () => this.periodsService.list() });
  protected readonly periodList = computed(() => (this.periods.hasValue() ? this.periods.value() : []));
  protected readonly periodId = computed(() => resolvePeriodId(this.periodList(), Number(this.period()) || null));
  protected readonly thresholds = computed(
    () => this.periodList().find((p) => p.id === this.periodId())?.thresholds ?? DEFAULT_THRESHOLDS,
  );

  protected readonly trend = rxResource({ params: () => this.id(), stream: ({ params }) => this.data.trend(params) });
  protected readonly items = rxResource({
    params: () => {
      const periodId = this.periodId();
      return periodId === null ? undefined : { periodId, agencyId: this.id() };
    },
    stream: ({ params }) => this.data.items(params.periodId, params.agencyId),
  });

  protected readonly agency = computed(() => (this.trend.hasValue() ? this.trend.value().agency : null));
  protected readonly agencyMeta = computed(() => {
    const a = this.agency();
    return a
      ? `${a.code} · ${this.i18n.name(AGENCY_TYPE_NAMES[a.type])} · ${this.i18n.name(BATCH_NAMES[a.batch])}`
      : '';
  });
  protected readonly focusPillar = computed(() => {
    const p = this.pillar();
    return isPillarCode(p) ? p : null;
  });

  protected readonly groups = computed(() => {
    const items = this.items.hasValue() ? this.items.value() : [];
    return PILLARS.map((pillar) => {
      const list = items.filter((i) => i.pillar === pillar.code);
      const counts = { red: 0, yellow: 0, green: 0, grey: 0 };
      for (const item of list) counts[this.colorOf(item)]++;
      const score = pillarScore(counts);
      return { pillar, items: list, score, color: colorForScore(score, this.thresholds()) };
    }).filter((g) => g.items.length > 0);
  });

  protected readonly error = computed(() => {
    const failure = this.items.error() ?? this.trend.error() ?? this.periods.error();
    return failure ? errorText((k, p) => this.i18n.translate(k, p), failure) : null;
  });

  constructor() {
    effect(() => {
      const code = this.focusPillar();
      if (code && this.groups().length > 0) {
        setTimeout(() => document.getElementById(`pillar-${code}`)?.scrollIntoView({ block: 'start' }), 0);
      }
    });
  }

  protected colorOf(item: ItemView): CellColor {
    return item.rating?.color ?? 'grey';
  }

  protected followUpLabel(state: FollowUpState): TranslationKey {
    return FOLLOW_UP_STATE_LABEL[state];
  }

  protected onPeriod(periodId: number): void {
    void this.router.navigate([], { queryParams: { period: periodId }, queryParamsHandling: 'merge' });
  }

  protected retry(): void {
    this.periods.reload();
    this.trend.reload();
    this.items.reload();
  }
}
