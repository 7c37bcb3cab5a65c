import { AssignmentView } from '@pantau/domain';
import { makeAgency } from '../../../../testing/fixtures';
import { agencyPlan, agencyRows, holderFilter } from './agency-plan';

const held = (agencyId: number, evaluatorId: number, evaluatorName: string) =>
  ({ agencyId, evaluatorId, evaluatorName }) as AssignmentView;

describe('agency assignments', () => {
  const agencies = [
    makeAgency(1, { name: 'Kota Palangka Raya', code: 'KOTA-62.71' }),
    makeAgency(2, { name: 'Kabupaten Kapuas', code: 'KAB-62.03' }),
    makeAgency(3, { name: 'Provinsi Kalimantan Tengah', code: 'PROV-62' }),
  ];
  const current = [held(1, 7, 'Evaluator Barat'), held(2, 8, 'Evaluator Timur')];

  it('lists every agency with its evaluator, those without one, or one evaluator’s', () => {
    const ids = (holder: 'all' | 'none' | number, query = '') =>
      agencyRows(agencies, current, { query, holder, locale: 'id-ID' }).map((r) => r.agency.id);
    expect(ids('all')).toEqual([1, 2, 3]);
    expect(ids('none')).toEqual([3]);
    expect(ids(8)).toEqual([2]);
    expect(ids('all', 'kab-62')).toEqual([2]);
    expect(agencyRows(agencies, current, { query: '', holder: 'all', locale: 'id-ID' })[0]!.assignment).toBe(
      current[0],
    );
  });

  it('moves agencies from other evaluators, counting them by evaluator, and leaves his own alone', () => {
    const plan = agencyPlan([1, 2, 3, 2], current, 8);
    expect(plan.agencyIds).toEqual([1, 3]);
    expect(plan.moved).toBe(1);
    expect([...plan.movedFrom]).toEqual([['Evaluator Barat', 1]]);
    expect(plan.unchanged).toBe(1);
  });

  it('has nothing to change when the evaluator already holds every chosen agency', () => {
    expect(agencyPlan([2], current, 8)).toEqual({ agencyIds: [], movedFrom: new Map(), moved: 0, unchanged: 1 });
  });

  it('reads the evaluator filter from the URL, anything unknown as everyone', () => {
    expect(holderFilter('8')).toBe(8);
    expect(holderFilter('none')).toBe('none');
    expect(holderFilter(null)).toBe('all');
    expect(holderFilter('')).toBe('all');
    expect(holderFilter('-3')).toBe('all');
    expect(holderFilter('x')).toBe('all');
  });
});
