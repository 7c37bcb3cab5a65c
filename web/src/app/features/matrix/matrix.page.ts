import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  inject,
  linkedSignal,
  untracked,
  viewChild,
} from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import {
  AGENCY_TYPE_NAMES,
  AGENCY_TYPES,
  BATCH_NAMES,
  BATCHES,
  CellColor,
  COLOR_ORDER,
  DEFAULT_THRESHOLDS,
  EMPTY_COUNTS,
  isAgencyType,
  isBatch,
  isPillarCode,
  MatrixResponse,
  PILLARS,
} from '@pantau/domain';
import { errorText } from '../../core/api/error-message';
import { COLOR_WORD } from '../../core/i18n/domain-labels';
import { I18nService } from '../../core/i18n/i18n.service';
import { I18N_PIPES } from '../../core/i18n/i18n.pipes';
import { resolvePeriodId } from '../../core/periods/period-choice';
import { PeriodsService } from '../../core/periods/periods.service';
import { ColorLegend } from '../../ui/color-legend/color-legend';
import { MatrixGrid } from '../../ui/matrix-grid/matrix-grid';
import { MatrixSort, sortRows, SortKey, isSortKey, defaultDirFor } from '../../ui/matrix-grid/matrix-sort';
import { PeriodSelect } from '../../ui/period-select/period-select';
import { EmptyState } from '../../ui/state/empty-state';
import { ErrorState } from '../../ui/state/error-state';
import { LoadingState } from '../../ui/state/loading-state';
import { MatrixDataService } from './matrix-data.service';
import { MatrixExport } from './matrix-export';
import {
  hasFilters,
  MatrixFilters,
  MatrixQuery,
  NO_FILTERS,
  parseMatrixQuery,
  sameFilters,
  toApiParams,
  toUrlParams,
} from './matrix-query';
import {
  filterRows,
  hasRowFilter,
  MatrixRowFilter,
  NO_ROW_FILTER,
  parseRowFilter,
  rowFilterUrlParams,
  sameRowFilter,
} from './matrix-row-filter';

const SEARCH_DELAY_MS = 300;

@Component({
  selector: 'pantau-matrix-page',
  imports: [I18N_PIPES, ColorLegend, MatrixGrid, PeriodSelect, MatrixExport, LoadingState, EmptyState, ErrorState],
  templateUrl: './matrix.page.html',
  styleUrl: './matrix.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class MatrixPage {
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly data = inject(MatrixDataService);
  private readonly periodsService = inject(PeriodsService);
  protected readonly i18n = inject(I18nService);

  private readonly grid = viewChild(MatrixGrid);
  private readonly params = toSignal(this.route.queryParamMap, { requireSync: true });
  protected readonly query = computed(() => parseMatrixQuery(this.params()));
  protected readonly filters = computed<MatrixFilters>(
    () => {
      const { batch, type, province, q } = this.query();
      return { batch, type, province, q };
    },
    { equal: sameFilters },
  );

  protected readonly rowFilter = computed(() => parseRowFilter(this.params()), { equal: sameRowFilter });

  protected readonly sort = computed(() => this.query().sort, {
    equal: (a, b) => a.key === b.key && a.dir === b.dir,
  });

  protected readonly periods = rxResource({ stream: () => this.periodsService.list() });
  protected readonly periodList = computed(() => (this.periods.hasValue() ? this.periods.value() : []));
  protected readonly periodId = computed(() => resolvePeriodId(this.periodList(), this.query().period));
  protected readonly period = computed(() => this.periodList().find((p) => p.id === this.periodId()) ?? null);

  protected readonly provinces = rxResource({ stream: () => this.data.provinces() });
  protected readonly provinceOptions = computed(() => {
    const list = this.provinces.hasValue() ? this.provinces.value() : [];
    return [...list].sort((a, b) => a.name.localeCompare(b.name, this.i18n.locale()));
  });

  protected readonly matrix = rxResource({
    params: () => {
      const periodId = this.periodId();
      return periodId === null ? undefined : { periodId, filters: this.filters() };
    },
    stream: ({ params }) => this.data.matrix(params.periodId, toApiParams(params.filters)),
  });

  /** Keeps the last result on screen while new filters load, so the grid does not flash. */
  private readonly shown = linkedSignal<MatrixResponse | null, MatrixResponse | null>({
    source: () => (this.matrix.hasValue() ? this.matrix.value() : null),
    computation: (value, previous) => value ?? (this.matrix.status() === 'error' ? null : (previous?.value ?? null)),
  });

  protected readonly rows = computed(() => {
    const shown = this.shown();
    return shown ? sortRows(filterRows(shown.rows, this.rowFilter()), this.sort(), this.i18n.locale()) : [];
  });
  protected readonly total = computed(() => this.shown()?.total ?? 0);
  protected readonly pillars = computed(() => this.shown()?.pillars ?? PILLARS.map((p) => p.code));
  protected readonly thresholds = computed(() => this.period()?.thresholds ?? DEFAULT_THRESHOLDS);
  protected readonly exportParams = computed(() => toApiParams(this.filters(), this.sort()));
  protected readonly exportName = computed(() => `matriks-berakhlak-${this.period()?.year ?? ''}`.replace(/-$/, ''));
  protected readonly rowFiltered = computed(() => hasRowFilter(this.rowFilter()));
  protected readonly filtered = computed(() => hasFilters(this.filters()) || this.rowFiltered());
  /** The index band in words, when the URL narrows the matrix to one (from the overview's distribution chart). */
  protected readonly band = computed(() => {
    const { min, max } = this.rowFilter();
    if (min === null && max === null) return null;
    return this.i18n.translate('matrixFilter.band', {
      min: this.i18n.number(min ?? 0, '1.0-1'),
      max: this.i18n.number(max ?? 100, '1.0-1'),
    });
  });

  protected readonly tallies = computed(() => {
    const counts = { ...EMPTY_COUNTS };
    for (const row of this.rows()) counts[row.color]++;
    return COLOR_ORDER.map((color) => ({ color, count: counts[color] }));
  });

  protected readonly loadError = computed(() => {
    const failure = this.periods.error() ?? this.matrix.error();
    return failure ? errorText((k, p) => this.i18n.translate(k, p), failure) : null;
  });

  protected readonly colors = COLOR_ORDER;
  protected readonly pillarOptions = PILLARS.map((p) => p.code);
  protected readonly batches = BATCHES.map((b) => ({ value: b, names: BATCH_NAMES[b] }));
  protected readonly types = AGENCY_TYPES.map((t) => ({ value: t, names: AGENCY_TYPE_NAMES[t] }));
  protected readonly sortKeys = computed<{ value: SortKey; label: string }[]>(() => [
    { value: 'name', label: this.i18n.translate('matrix.agency') },
    { value: 'index', label: this.i18n.translate('matrix.index') },
    ...this.pillars().map((code) => ({ value: code, label: this.i18n.pillarName(code) })),
  ]);

  /** The search box answers at once; the URL (and the request) follow after a short pause. */
  protected readonly searchText = linkedSignal(() => this.query().q);
  private searchTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    // Write the chosen default period into the URL so a shared link shows the same period.
    effect(() => {
      const id = this.periodId();
      if (id !== null && id !== this.query().period) this.update({ period: id }, true);
    });
    // New filters or a new order start from the top; a language switch keeps the place.
    effect(() => {
      this.filters();
      this.sort();
      untracked(() => this.grid()?.scrollToTop());
    });
    inject(DestroyRef).onDestroy(() => clearTimeout(this.searchTimer));
  }

  protected update(patch: Partial<MatrixQuery & MatrixRowFilter>, replaceUrl = false): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { ...toUrlParams(patch), ...rowFilterUrlParams(patch) },
      queryParamsHandling: 'merge',
      replaceUrl,
    });
  }

  protected onBatch(value: string): void {
    this.update({ batch: isBatch(value) ? value : null });
  }

  protected onType(value: string): void {
    this.update({ type: isAgencyType(value) ? value : null });
  }

  protected onProvince(value: string): void {
    this.update({ province: value ? Number(value) : null });
  }

  protected onColor(value: string): void {
    this.update({ color: (COLOR_ORDER as readonly string[]).includes(value) ? (value as CellColor) : null });
  }

  protected onPillar(value: string): void {
    this.update({ pillar: isPillarCode(value) ? value : null });
  }

  protected clearBand(): void {
    this.update({ min: null, max: null });
  }

  protected onSearch(value: string): void {
    this.searchText.set(value);
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => this.update({ q: value }, true), SEARCH_DELAY_MS);
  }

  protected submitSearch(event: Event): void {
    event.preventDefault();
    clearTimeout(this.searchTimer);
    this.update({ q: this.searchText() }, true);
  }

  protected onSortKey(value: string): void {
    if (isSortKey(value)) this.update({ sort: { key: value, dir: defaultDirFor(value) } });
  }

  protected onSortDir(value: string): void {
    if (value === 'asc' || value === 'desc') this.update({ sort: { key: this.sort().key, dir: value } });
  }

  protected onSort(sort: MatrixSort): void {
    this.update({ sort });
  }

  protected resetFilters(): void {
    clearTimeout(this.searchTimer);
    this.update({ ...NO_FILTERS, ...NO_ROW_FILTER });
  }

  protected retry(): void {
    if (this.periods.error()) this.periods.reload();
    else this.matrix.reload();
  }

  protected colorWord(color: CellColor): string {
    return this.i18n.translate(COLOR_WORD[color]);
  }
}
