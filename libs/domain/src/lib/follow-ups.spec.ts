import {
  agenciesMayAnswer,
  awaitsAnswer,
  evaluatorsMayDecide,
  FOLLOW_UP_STATES,
  isFollowUpActive,
  isFollowUpOverdue,
  needsFollowUp,
} from './follow-ups';
import { PERIOD_STATES } from './periods';

describe('follow-up state groups', () => {
  it('waits for the agency while open or sent back', () => {
    expect(FOLLOW_UP_STATES.filter(awaitsAnswer)).toEqual(['open', 'rejected']);
  });

  it('is active until accepted', () => {
    expect(FOLLOW_UP_STATES.filter(isFollowUpActive)).toEqual(['open', 'responded', 'rejected']);
  });

  it('lets agencies answer once results are out and until the period closes', () => {
    expect(PERIOD_STATES.filter(agenciesMayAnswer)).toEqual(['published', 'follow-up']);
  });

  it('lets evaluators decide only in the follow-up window', () => {
    expect(PERIOD_STATES.filter(evaluatorsMayDecide)).toEqual(['follow-up']);
  });
});

describe('which items need a follow-up', () => {
  it('takes red items always and yellow ones only when the period says so', () => {
    expect(needsFollowUp('red', false)).toBe(true);
    expect(needsFollowUp('yellow', false)).toBe(false);
    expect(needsFollowUp('yellow', true)).toBe(true);
    expect(needsFollowUp('green', true)).toBe(false);
    expect(needsFollowUp('grey', true)).toBe(false);
  });
});

describe('overdue follow-up', () => {
  it('is overdue from the day after its due day, while waiting for the agency', () => {
    expect(isFollowUpOverdue('open', '2025-03-01', '2025-03-01')).toBe(false);
    expect(isFollowUpOverdue('open', '2025-03-01', '2025-03-02')).toBe(true);
    expect(isFollowUpOverdue('rejected', '2024-12-31', '2025-01-01')).toBe(true);
  });

  it('is never overdue once answered or accepted', () => {
    expect(isFollowUpOverdue('responded', '2025-03-01', '2025-04-01')).toBe(false);
    expect(isFollowUpOverdue('accepted', '2025-03-01', '2025-04-01')).toBe(false);
  });
});
