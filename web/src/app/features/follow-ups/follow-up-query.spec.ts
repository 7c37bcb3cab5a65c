import { convertToParamMap } from '@angular/router';
import { parseFollowUpQuery, toApiParams, toUrlParams } from './follow-up-query';

const parse = (query: Record<string, string>, role: Parameters<typeof parseFollowUpQuery>[1] = 'admin') =>
  parseFollowUpQuery(convertToParamMap(query), role);

describe('follow-up list URL', () => {
  it('reads every filter other screens link with', () => {
    const f = parse({
      period: '2',
      state: 'open',
      overdue: 'true',
      batch: 'tengah',
      province: '62',
      agencyType: 'kota',
      agency: '7',
      pillar: 'adaptif',
      q: ' palangka ',
      sort: 'agency',
      page: '3',
    });
    expect(f).toEqual({
      period: 2,
      assigned: false,
      state: 'open',
      overdue: true,
      batch: 'tengah',
      province: 62,
      agencyType: 'kota',
      agency: 7,
      pillar: 'adaptif',
      q: 'palangka',
      sort: 'agency',
      page: 3,
    });
  });

  it('falls back to no filter for values the API would refuse', () => {
    const f = parse({
      state: 'lost',
      batch: 'utara',
      province: '-1',
      pillar: 'x',
      sort: 'name',
      page: '0',
      q: 'a'.repeat(101),
    });
    expect(f).toMatchObject({ state: null, batch: null, province: null, pillar: null, sort: 'due', page: 1, q: '' });
  });

  it('keeps an evaluator on his own agencies unless the URL says assigned=all, and nobody else', () => {
    expect(parse({}, 'evaluator').assigned).toBe(true);
    expect(parse({ assigned: 'me' }, 'evaluator').assigned).toBe(true);
    expect(parse({ assigned: 'all' }, 'evaluator').assigned).toBe(false);
    expect(parse({ assigned: 'me' }, 'leadership').assigned).toBe(false);
  });

  it('reads the period as notifications name it', () => {
    expect(parse({ periodId: '5' }).period).toBe(5);
  });

  it('writes a change back to the URL: defaults leave it, and any filter starts again at page 1', () => {
    expect(toUrlParams({ state: 'open', overdue: true })).toEqual({ state: 'open', overdue: true, page: null });
    expect(toUrlParams({ overdue: false, q: '', sort: 'due' })).toEqual({
      overdue: null,
      q: null,
      sort: null,
      page: null,
    });
    expect(toUrlParams({ page: 4 })).toEqual({ page: 4 });
    expect(toUrlParams({ assigned: false })).toEqual({ assigned: 'all', page: null });
    expect(toUrlParams({ assigned: true })).toEqual({ assigned: null, page: null });
    expect(toUrlParams({ period: 2 })).toEqual({ period: 2, periodId: null, page: null });
  });

  it('asks the API with its own names, and only for the filters set', () => {
    expect(toApiParams(parse({ province: '62', overdue: 'true', agency: '7', page: '2' }), 9)).toEqual({
      periodId: 9,
      page: 2,
      pageSize: 25,
      overdue: 'true',
      province: 62,
      agencyId: 7,
    });
    expect(toApiParams(parse({ sort: 'pillar', q: 'kota' }, 'evaluator'), 9, 100)).toEqual({
      periodId: 9,
      page: 1,
      pageSize: 100,
      assigned: 'me',
      q: 'kota',
      sort: 'pillar',
    });
  });
});
