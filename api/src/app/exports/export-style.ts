import { CellColor, COLOR_ORDER, COLOR_SYMBOLS, COLOR_WORDS, scoreColorMeaning, Thresholds } from '@pantau/domain';

/** Light fills with dark ink of the same hue: readable in print and at least 4.5:1 contrast. */
export const CELL_FILL: Readonly<Record<CellColor, string>> = {
  green: 'C6EFCE',
  yellow: 'FFEB9C',
  red: 'FFC7CE',
  grey: 'E7E6E6',
};
export const CELL_INK: Readonly<Record<CellColor, string>> = {
  green: '006100',
  yellow: '6B4100',
  red: '9C0006',
  grey: '404040',
};
export const HEADER_FILL = '1F3864';

export interface LegendEntry {
  color: CellColor;
  symbol: string;
  name: string;
  rule: string;
}

/** The colour rule of the period in words (the band of scores each colour stands for), for every report's legend. */
export function legend(t: Thresholds): LegendEntry[] {
  return COLOR_ORDER.map((color) => ({
    color,
    symbol: COLOR_SYMBOLS[color],
    name: COLOR_WORDS[color].id,
    rule: scoreColorMeaning(color, t).id,
  }));
}

const ID_NUMBER = new Intl.NumberFormat('id-ID', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** "85,0" as Indonesian readers write it; a dash when there is no score. */
export function scoreText(score: number | null): string {
  return score === null ? '–' : ID_NUMBER.format(score);
}
