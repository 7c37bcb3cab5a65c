import {
  BATCH_NAMES,
  BATCHES,
  CellColor,
  COLOR_NAMES,
  COLOR_ORDER,
  colorForScore,
  CountsByColor,
  DEFAULT_THRESHOLDS,
  PILLARS,
  round1,
  SummaryResponse,
  Thresholds,
} from '@pantau/domain';
import { Lang } from '../../core/i18n/lang';
import { ChartData } from '../../ui/chart/series';
import { CELL_PALETTE } from '../../ui/traffic-light/palette';

export type { ChartData, Series } from '../../ui/chart/series';
export { chartTable } from '../../ui/chart/series';

export const ACCENT = '#1d4f91';

function share(part: number, whole: number): number | null {
  return whole > 0 ? round1((part / whole) * 100) : null;
}

function totalOf(c: CountsByColor): number {
  return c.red + c.yellow + c.green + c.grey;
}

/** Share of all items (unrated included) in each colour, best first. */
export function itemShares(totals: CountsByColor): Array<{ color: CellColor; count: number; percent: number | null }> {
  const total = totalOf(totals);
  return COLOR_ORDER.map((color) => ({ color, count: totals[color], percent: share(totals[color], total) }));
}

/** Stacked bars: for each pillar, the percentage of its items in each colour. */
export function pillarColorShares(summary: SummaryResponse, lang: Lang): ChartData {
  const pillars = PILLARS.map((p) => ({ pillar: p, row: summary.pillars.find((r) => r.pillar === p.code) })).filter(
    (x): x is { pillar: (typeof PILLARS)[number]; row: SummaryResponse['pillars'][number] } => x.row !== undefined,
  );
  return {
    labels: pillars.map(({ pillar }) => (lang === 'id' ? pillar.nameId : pillar.nameEn)),
    keys: pillars.map(({ pillar }) => pillar.code),
    series: COLOR_ORDER.map((color) => ({
      key: color,
      label: COLOR_NAMES[color][lang],
      color: CELL_PALETTE[color].background,
      values: pillars.map(({ row }) => share(row[color], totalOf(row))),
      counts: pillars.map(({ row }) => row[color]),
    })),
  };
}

/** One bar per batch, coloured by the batch's own traffic light. */
export function batchIndexes(summary: SummaryResponse, lang: Lang, seriesLabel: string): ChartData {
  const rows = BATCHES.map((batch) => summary.batches.find((b) => b.batch === batch)).filter((b) => b !== undefined);
  return {
    labels: rows.map((b) => BATCH_NAMES[b.batch][lang]),
    keys: rows.map((b) => b.batch),
    series: [
      {
        key: 'index',
        label: seriesLabel,
        values: rows.map((b) => b.index),
        color: rows.map((b) => CELL_PALETTE[b.color].background),
        counts: rows.map((b) => b.agencies),
      },
    ],
  };
}

/** Histogram of agency indexes; each bucket takes the colour its lower bound would get. */
export function indexDistribution(
  summary: SummaryResponse,
  seriesLabel: string,
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
): ChartData {
  const buckets = [...summary.distribution].sort((a, b) => a.from - b.from);
  return {
    labels: buckets.map((b) => `${b.from}–${b.to}`),
    keys: buckets.map((b) => `${b.from}-${b.to}`),
    series: [
      {
        key: 'agencies',
        label: seriesLabel,
        values: buckets.map((b) => b.agencies),
        color: buckets.map((b) => CELL_PALETTE[colorForScore(b.from, thresholds)].background),
      },
    ],
  };
}

/**
 * National index and the green share of rated items per period, oldest first. Rated items only, so a
 * period still under evaluation (many grey items) does not look like a decline.
 */
export function indexTrend(summaries: readonly SummaryResponse[], labels: { index: string; green: string }): ChartData {
  const ordered = [...summaries].sort((a, b) => a.period.year - b.period.year || a.period.id - b.period.id);
  return {
    labels: ordered.map((s) => s.period.name),
    keys: ordered.map((s) => String(s.period.id)),
    series: [
      { key: 'index', label: labels.index, color: ACCENT, values: ordered.map((s) => s.index) },
      {
        key: 'green',
        label: labels.green,
        color: CELL_PALETTE.green.background,
        values: ordered.map((s) => share(s.totals.green, s.totals.red + s.totals.yellow + s.totals.green)),
      },
    ],
  };
}

/** Index of the largest and smallest non-null value, for a one-line spoken summary. */
export function extremes(values: readonly (number | null)[]): { max: number; min: number } | null {
  let max = -1;
  let min = -1;
  values.forEach((v, i) => {
    if (v === null) return;
    if (max < 0 || v > (values[max] as number)) max = i;
    if (min < 0 || v < (values[min] as number)) min = i;
  });
  return max < 0 ? null : { max, min };
}
