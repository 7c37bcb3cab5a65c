import { allowedTransitions, canTransition, planEditable, ratingAllowed, resultsVisibleToAgency } from './periods';

describe('period lifecycle', () => {
  it('moves only forward one step at a time', () => {
    expect(canTransition('draft', 'open')).toBe(true);
    expect(canTransition('open', 'evaluation')).toBe(true);
    expect(canTransition('evaluation', 'published')).toBe(true);
    expect(canTransition('published', 'follow-up')).toBe(true);
    expect(canTransition('follow-up', 'closed')).toBe(true);
    expect(canTransition('draft', 'evaluation')).toBe(false);
    expect(canTransition('evaluation', 'open')).toBe(false);
    expect(allowedTransitions('closed')).toEqual([]);
  });

  it('locks agency edits after the open state', () => {
    expect(planEditable('open')).toBe(true);
    expect(planEditable('evaluation')).toBe(false);
  });

  it('hides results from agencies until they are published', () => {
    expect(resultsVisibleToAgency('evaluation')).toBe(false);
    expect(resultsVisibleToAgency('published')).toBe(true);
    expect(resultsVisibleToAgency('closed')).toBe(true);
  });

  it('allows ratings in evaluation, and in follow-up only for followed-up items', () => {
    expect(ratingAllowed('evaluation', false)).toBe(true);
    expect(ratingAllowed('follow-up', true)).toBe(true);
    expect(ratingAllowed('follow-up', false)).toBe(false);
    expect(ratingAllowed('closed', true)).toBe(false);
  });
});
