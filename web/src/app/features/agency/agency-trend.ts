import { PILLARS, TrendPoint, TrendResponse } from '@pantau/domain';
import { Lang } from '../../core/i18n/lang';
import { ChartData } from '../../ui/chart/series';

export const INDEX_COLOR = '#1d4f91';
export const SURVEY_COLOR = '#7a3e9d';
/** Older periods lighter, the newest darkest: readable in order without a legend. */
const PERIOD_SHADES: Readonly<Record<number, readonly string[]>> = {
  1: ['#1d4f91'],
  2: ['#8fb0da', '#1d4f91'],
  3: ['#8fb0da', '#4f7fc0', '#1d4f91'],
  4: ['#8fb0da', '#4f7fc0', '#1d4f91', '#0d2f5c'],
};
const MAX_PERIODS = 4;

function oldestFirst(points: readonly TrendPoint[]): TrendPoint[] {
  return [...points].sort((a, b) => a.year - b.year || a.periodId - b.periodId);
}

/** The evaluation index and the BerAKHLAK survey index across periods, oldest first; empty periods left out. */
export function indexAndSurvey(trend: TrendResponse, labels: { index: string; survey: string }): ChartData {
  const points = oldestFirst(trend.points).filter((p) => p.index !== null || (p.survey?.overall ?? null) !== null);
  return {
    labels: points.map((p) => String(p.year)),
    series: [
      { key: 'index', label: labels.index, color: INDEX_COLOR, emphasis: true, values: points.map((p) => p.index) },
      {
        key: 'survey',
        label: labels.survey,
        color: SURVEY_COLOR,
        dashed: true,
        values: points.map((p) => p.survey?.overall ?? null),
      },
    ],
  };
}

/** Pillar scores grouped by pillar, one bar per period with scores (the most recent, at most four). */
export function pillarScoresByPeriod(trend: TrendResponse, lang: Lang): ChartData {
  const points = oldestFirst(trend.points)
    .filter((p) => p.pillars.some((x) => x.score !== null))
    .slice(-MAX_PERIODS);
  const shades = PERIOD_SHADES[points.length] ?? [];
  return {
    labels: PILLARS.map((p) => (lang === 'id' ? p.nameId : p.nameEn)),
    series: points.map((point, i) => ({
      key: String(point.periodId),
      label: String(point.year),
      color: shades[i] ?? INDEX_COLOR,
      values: PILLARS.map((p) => point.pillars.find((x) => x.pillar === p.code)?.score ?? null),
    })),
  };
}

export function hasAnyValue(data: ChartData): boolean {
  return data.series.some((s) => s.values.some((v) => v !== null));
}
