import { CellColor } from './ratings';
import { Thresholds } from './scoring';

export interface ColorWords {
  readonly id: string;
  readonly en: string;
}

/** The colours' own names. */
export const COLOR_WORDS: Readonly<Record<CellColor, ColorWords>> = {
  green: { id: 'Hijau', en: 'Green' },
  yellow: { id: 'Kuning', en: 'Yellow' },
  red: { id: 'Merah', en: 'Red' },
  grey: { id: 'Abu-abu', en: 'Grey' },
};

const percent = (value: number): ColorWords => ({ id: `${String(value).replace('.', ',')} %`, en: `${value}%` });

/**
 * What the colour of a score says (a pillar cell, an agency's index, a region's mean) under the period's thresholds:
 * the band the score falls in. The colour of one item's rating says something else (missing, weak, complete):
 * those words are COLOR_NAMES.
 */
export function scoreColorMeaning(color: CellColor, t: Thresholds): ColorWords {
  const green = percent(t.green);
  const yellow = percent(t.yellow);
  switch (color) {
    case 'green':
      return { id: `skor ${green.id} atau lebih`, en: `score ${green.en} or more` };
    case 'yellow':
      return { id: `skor ${yellow.id} hingga di bawah ${green.id}`, en: `score ${yellow.en} to under ${green.en}` };
    case 'red':
      return { id: `skor di bawah ${yellow.id}`, en: `score under ${yellow.en}` };
    case 'grey':
      return { id: 'belum ada butir yang dinilai', en: 'no item rated yet' };
  }
}

/** A score's colour with its meaning: "Merah (skor di bawah 50 %)". */
export function scoreColorName(color: CellColor, t: Thresholds): ColorWords {
  const meaning = scoreColorMeaning(color, t);
  return { id: `${COLOR_WORDS[color].id} (${meaning.id})`, en: `${COLOR_WORDS[color].en} (${meaning.en})` };
}
