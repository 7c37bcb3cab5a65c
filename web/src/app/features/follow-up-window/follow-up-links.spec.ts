import { followUpListParams, overdueShare, sumTallies, WINDOW_MEASURES } from './follow-up-links';

const TALLY = { total: 10, open: 4, responded: 3, accepted: 2, rejected: 1, overdue: 3 };

describe('follow-up window links', () => {
  it("opens a province's list in the state counted, with the list page's query names", () => {
    expect(followUpListParams(2, { province: 62 }, 'open')).toEqual({ period: 2, province: 62, state: 'open' });
    expect(followUpListParams(2, { province: 62 }, 'overdue')).toEqual({ period: 2, province: 62, overdue: 'true' });
    expect(followUpListParams(2, { province: 62 }, 'total')).toEqual({ period: 2, province: 62 });
  });

  it("opens a batch's list, or every follow-up shown when no batch is chosen", () => {
    expect(followUpListParams(2, { batch: 'tengah' }, 'rejected')).toEqual({
      period: 2,
      batch: 'tengah',
      state: 'rejected',
    });
    expect(followUpListParams(2, { batch: null }, 'responded')).toEqual({ period: 2, state: 'responded' });
    expect(followUpListParams(2, {}, 'accepted')).toEqual({ period: 2, state: 'accepted' });
  });

  it('links every measure to a different list', () => {
    const lists = WINDOW_MEASURES.map((m) => JSON.stringify(followUpListParams(1, { province: 5 }, m)));
    expect(new Set(lists).size).toBe(WINDOW_MEASURES.length);
  });

  it('sums the batches for the "all batches" row and gives the overdue share', () => {
    expect(sumTallies([TALLY, TALLY])).toEqual({
      total: 20,
      open: 8,
      responded: 6,
      accepted: 4,
      rejected: 2,
      overdue: 6,
    });
    expect(overdueShare(TALLY)).toBe(30);
    expect(overdueShare({ ...TALLY, total: 0, overdue: 0 })).toBeNull();
  });
});
