export const RATING_COLORS = ['red', 'yellow', 'green'] as const;
export type RatingColor = (typeof RATING_COLORS)[number];

/** A read-model colour: `grey` marks an item or cell that has no rating yet. */
export const CELL_COLORS = ['red', 'yellow', 'green', 'grey'] as const;
export type CellColor = (typeof CELL_COLORS)[number];

/** Order used wherever colours are listed (legends, totals, exports): best to worst, unrated last. */
export const COLOR_ORDER: readonly CellColor[] = ['green', 'yellow', 'red', 'grey'];

export const RATING_POINTS: Readonly<Record<RatingColor, number>> = { red: 0, yellow: 1, green: 2 };
export const MAX_POINTS_PER_ITEM = 2;

/** Symbols that carry the colour's meaning for people who cannot see the colour. */
export const COLOR_SYMBOLS: Readonly<Record<CellColor, string>> = {
  green: '✓',
  yellow: '!',
  red: '✕',
  grey: '–',
};

export const COLOR_NAMES: Readonly<Record<CellColor, { id: string; en: string }>> = {
  green: { id: 'Hijau (lengkap)', en: 'Green (complete)' },
  yellow: { id: 'Kuning (lemah)', en: 'Yellow (weak)' },
  red: { id: 'Merah (tidak ada)', en: 'Red (missing)' },
  grey: { id: 'Abu-abu (belum dinilai)', en: 'Grey (not rated)' },
};

export function isRatingColor(value: unknown): value is RatingColor {
  return typeof value === 'string' && (RATING_COLORS as readonly string[]).includes(value);
}

export function pointsFor(color: RatingColor): number {
  return RATING_POINTS[color];
}
