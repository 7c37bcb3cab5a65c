import { TableData } from './table-data';

/** Chart-library-neutral data: one label per category, one series per line or bar stack. */
export interface Series {
  key: string;
  label: string;
  values: (number | null)[];
  /** One colour for the whole series, or one per category. */
  color: string | string[];
  /** Raw counts behind percentage values, for the text alternative. */
  counts?: number[];
  /** Drawn dashed, for a line that measures something else (e.g. a survey beside the evaluation). */
  dashed?: boolean;
  /** Drawn thicker, for the headline line among several. */
  emphasis?: boolean;
}

export interface ChartData {
  labels: string[];
  /** What each category stands for (a pillar code, a batch…), for the links behind its bars. */
  keys?: string[];
  series: Series[];
}

/** The same numbers as a table, the charts' text alternative. */
export function chartTable(
  data: ChartData,
  caption: string,
  categoryHeader: string,
  format: (value: number | null, count: number | undefined) => string,
): TableData {
  return {
    caption,
    columns: [categoryHeader, ...data.series.map((s) => s.label)],
    rows: data.labels.map((label, i) => [label, ...data.series.map((s) => format(s.values[i] ?? null, s.counts?.[i]))]),
  };
}
