import { makePeriod } from '../../../testing/fixtures';
import { daysUntil } from './follow-up-card';
import { defaultFollowUpPeriod } from './follow-ups.page';

describe('follow-up helpers', () => {
  it('opens the inbox at the newest period whose results are out', () => {
    const periods = [
      makePeriod({ id: 1, year: 2024, state: 'closed' }),
      makePeriod({ id: 2, year: 2025, state: 'evaluation' }),
    ];
    expect(defaultFollowUpPeriod(periods)).toBe(1);
    expect(defaultFollowUpPeriod([...periods, makePeriod({ id: 3, year: 2025, state: 'follow-up' })])).toBe(3);
    expect(defaultFollowUpPeriod([makePeriod({ id: 5, state: 'evaluation' })])).toBe(5);
  });

  it('counts whole days to the due date in the local calendar', () => {
    const now = new Date(2026, 10, 23, 22, 0);
    expect(daysUntil('2026-11-23', now)).toBe(0);
    expect(daysUntil('2026-11-30', now)).toBe(7);
    expect(daysUntil('2026-11-20', now)).toBe(-3);
  });
});
