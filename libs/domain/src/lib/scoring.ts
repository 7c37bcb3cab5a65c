import { CellColor, MAX_POINTS_PER_ITEM, RATING_POINTS } from './ratings';

/** Percentages at or above which a score turns green or yellow. */
export interface Thresholds {
  green: number;
  yellow: number;
}

export const DEFAULT_THRESHOLDS: Readonly<Thresholds> = { green: 80, yellow: 50 };

/** The colours a score earns at or above its threshold, best first; below them all a score is red. */
export const THRESHOLD_COLORS = ['green', 'yellow'] as const satisfies ReadonlyArray<keyof Thresholds & CellColor>;

export interface ColorCounts {
  red: number;
  yellow: number;
  green: number;
  grey: number;
}

export const EMPTY_COUNTS: Readonly<ColorCounts> = { red: 0, yellow: 0, green: 0, grey: 0 };

export function ratedCount(c: ColorCounts): number {
  return c.red + c.yellow + c.green;
}

export function pointsOf(c: ColorCounts): number {
  return c.red * RATING_POINTS.red + c.yellow * RATING_POINTS.yellow + c.green * RATING_POINTS.green;
}

/** Pillar score in percent; null when nothing is rated (grey items never count as red). */
export function pillarScore(c: ColorCounts): number | null {
  const rated = ratedCount(c);
  if (rated === 0) return null;
  // Integer arithmetic first, so the result equals PostgreSQL's numeric round(…, 1) exactly.
  return Math.round((pointsOf(c) * 1000) / (MAX_POINTS_PER_ITEM * rated)) / 10;
}

/** Agency index: mean of the pillar scores that exist. */
export function agencyIndex(pillarScores: ReadonlyArray<number | null>): number | null {
  const present = pillarScores.filter((s): s is number => s !== null);
  if (present.length === 0) return null;
  const tenths = present.reduce((sum, s) => sum + Math.round(s * 10), 0);
  return Math.round(tenths / present.length) / 10;
}

/** National and regional figures aggregate agencies the same way: the mean of agency indexes. */
export function aggregateIndex(agencyIndexes: ReadonlyArray<number | null>): number | null {
  return agencyIndex(agencyIndexes);
}

/** A score's colour: grey without a score, else the best colour whose threshold it reaches, else red. */
export function colorForScore(score: number | null, t: Thresholds = DEFAULT_THRESHOLDS): CellColor {
  if (score === null) return 'grey';
  return THRESHOLD_COLORS.find((c) => score >= t[c]) ?? 'red';
}

export function validateThresholds(t: Thresholds): string | null {
  if (![t.green, t.yellow].every((v) => Number.isFinite(v) && v >= 0 && v <= 100)) {
    return 'Thresholds must be percentages between 0 and 100';
  }
  if (t.yellow > t.green) return 'The yellow threshold must not be above the green threshold';
  return null;
}

export function addCounts(a: ColorCounts, b: ColorCounts): ColorCounts {
  return { red: a.red + b.red, yellow: a.yellow + b.yellow, green: a.green + b.green, grey: a.grey + b.grey };
}

export function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
