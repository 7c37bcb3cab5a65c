import { makePeriod } from '../../../testing/fixtures';
import { defaultPeriodId, resolvePeriodId, visiblePeriods } from './period-choice';

const periods = [
  makePeriod({ id: 1, year: 2024, state: 'closed' }),
  makePeriod({ id: 4, year: 2026, state: 'draft' }),
  makePeriod({ id: 3, year: 2025, state: 'evaluation' }),
  makePeriod({ id: 2, year: 2025, state: 'closed' }),
];

describe('period choice', () => {
  it('lists non-draft periods, newest first', () => {
    expect(visiblePeriods(periods).map((p) => p.id)).toEqual([3, 2, 1]);
  });

  it('defaults to the newest period that is not a draft', () => {
    expect(defaultPeriodId(periods)).toBe(3);
    expect(defaultPeriodId([makePeriod({ state: 'draft' })])).toBeNull();
  });

  it('keeps a requested period only if it can be shown', () => {
    expect(resolvePeriodId(periods, 1)).toBe(1);
    expect(resolvePeriodId(periods, 4)).toBe(3);
    expect(resolvePeriodId(periods, 99)).toBe(3);
  });
});
