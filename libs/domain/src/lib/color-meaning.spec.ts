import { COLOR_WORDS, scoreColorMeaning, scoreColorName } from './color-meaning';
import { COLOR_NAMES } from './ratings';
import { colorForScore, DEFAULT_THRESHOLDS } from './scoring';

describe('what a colour means', () => {
  it('says which score band a score colour stands for, with the period thresholds', () => {
    expect(scoreColorName('red', DEFAULT_THRESHOLDS)).toEqual({
      id: 'Merah (skor di bawah 50 %)',
      en: 'Red (score under 50%)',
    });
    expect(scoreColorMeaning('yellow', { green: 75, yellow: 40 })).toEqual({
      id: 'skor 40 % hingga di bawah 75 %',
      en: 'score 40% to under 75%',
    });
    expect(scoreColorMeaning('green', { green: 75, yellow: 40 }).id).toBe('skor 75 % atau lebih');
    expect(scoreColorMeaning('grey', DEFAULT_THRESHOLDS).en).toBe('no item rated yet');
  });

  it('agrees with the colour rule at the band edges', () => {
    const t = { green: 80, yellow: 50 };
    expect(colorForScore(49.9, t)).toBe('red');
    expect(colorForScore(50, t)).toBe('yellow');
    expect(colorForScore(79.9, t)).toBe('yellow');
    expect(colorForScore(80, t)).toBe('green');
    expect(scoreColorMeaning('yellow', t).en).toBe('score 50% to under 80%');
  });

  it('keeps item words (missing, weak, complete) apart from score words', () => {
    expect(COLOR_NAMES.red.id).toBe('Merah (tidak ada)');
    expect(scoreColorName('red', DEFAULT_THRESHOLDS).id).not.toContain('tidak ada');
    for (const color of ['red', 'yellow', 'green', 'grey'] as const) {
      expect(COLOR_NAMES[color].id.startsWith(COLOR_WORDS[color].id)).toBe(true);
    }
  });
});
