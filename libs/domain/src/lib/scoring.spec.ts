import { agencyIndex, colorForScore, DEFAULT_THRESHOLDS, pillarScore, validateThresholds } from './scoring';

describe('pillar score', () => {
  it('is points over twice the rated items, in percent', () => {
    expect(pillarScore({ red: 1, yellow: 1, green: 2, grey: 0 })).toBe(62.5);
  });

  it('leaves unrated items out of the denominator instead of counting them as red', () => {
    expect(pillarScore({ red: 0, yellow: 0, green: 1, grey: 5 })).toBe(100);
  });

  it('is null when nothing is rated', () => {
    expect(pillarScore({ red: 0, yellow: 0, green: 0, grey: 3 })).toBeNull();
  });

  it('rounds to one decimal the way PostgreSQL rounds numerics', () => {
    expect(pillarScore({ red: 1, yellow: 1, green: 1, grey: 0 })).toBe(50);
    expect(pillarScore({ red: 2, yellow: 0, green: 1, grey: 0 })).toBe(33.3);
    expect(pillarScore({ red: 0, yellow: 1, green: 2, grey: 0 })).toBe(83.3);
  });
});

describe('agency index', () => {
  it('is the mean of the pillar scores that exist', () => {
    expect(agencyIndex([100, 50, null])).toBe(75);
  });

  it('is null without any rated pillar', () => {
    expect(agencyIndex([null, null])).toBeNull();
  });

  it('rounds a half tenth up', () => {
    expect(agencyIndex([62.4, 62.5])).toBe(62.5);
  });
});

describe('cell colour', () => {
  it('follows the default thresholds at their boundaries', () => {
    expect(colorForScore(80, DEFAULT_THRESHOLDS)).toBe('green');
    expect(colorForScore(79.9, DEFAULT_THRESHOLDS)).toBe('yellow');
    expect(colorForScore(50, DEFAULT_THRESHOLDS)).toBe('yellow');
    expect(colorForScore(49.9, DEFAULT_THRESHOLDS)).toBe('red');
    expect(colorForScore(null, DEFAULT_THRESHOLDS)).toBe('grey');
    expect(colorForScore(0, DEFAULT_THRESHOLDS)).toBe('red');
  });

  it('uses the period thresholds', () => {
    expect(colorForScore(70, { green: 70, yellow: 40 })).toBe('green');
  });

  it('rejects thresholds where yellow is above green', () => {
    expect(validateThresholds({ green: 40, yellow: 60 })).toMatch(/yellow/);
    expect(validateThresholds({ green: 80, yellow: 50 })).toBeNull();
  });
});
