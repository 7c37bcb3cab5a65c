import {
  addCounts,
  aggregateIndex,
  CellColor,
  colorForScore,
  ColorCounts,
  EMPTY_COUNTS,
  MatrixResponse,
  PillarCode,
} from '@pantau/domain';

export interface TotalsCell extends ColorCounts {
  pillar: PillarCode;
  score: number | null;
  color: CellColor;
}

export interface MatrixTotals {
  agencies: number;
  index: number | null;
  color: CellColor;
  cells: TotalsCell[];
  items: ColorCounts;
}

/** The averages row: agencies are aggregated as the brief says, the mean of their scores, never of items. */
export function matrixTotals(m: MatrixResponse): MatrixTotals {
  const t = m.period.thresholds;
  const index = aggregateIndex(m.rows.map((r) => r.index));
  const cells = m.pillars.map((pillar, i): TotalsCell => {
    const score = aggregateIndex(m.rows.map((r) => r.cells[i]?.score ?? null));
    const counts = m.rows.reduce((sum, r) => addCounts(sum, r.cells[i] ?? EMPTY_COUNTS), { ...EMPTY_COUNTS });
    return { pillar, score, color: colorForScore(score, t), ...counts };
  });
  return {
    agencies: m.rows.length,
    index,
    color: colorForScore(index, t),
    cells,
    items: cells.reduce((sum, c) => addCounts(sum, c), { ...EMPTY_COUNTS }),
  };
}
