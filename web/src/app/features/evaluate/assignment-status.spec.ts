import { AssignmentView } from '@pantau/domain';
import { filterAssignments, statusOf, workOrder } from './assignment-status';

const a = (agencyId: number, agencyName: string, rated: number, total: number, evaluatedAt: string | null = null) =>
  ({
    agencyId,
    agencyName,
    agencyCode: `KAB-${agencyId}`,
    batch: 'tengah',
    evaluatorId: 2,
    evaluatorName: 'Analis',
    rated,
    total,
    evaluatedAt,
  }) satisfies AssignmentView;

const LIST = [
  a(1, 'Kabupaten Alor', 57, 57, '2026-01-10T03:00:00Z'),
  a(2, 'Kabupaten Banggai', 0, 60),
  a(3, 'Kabupaten Balangan', 47, 55),
  a(4, 'Kota Palu', 40, 40),
];

describe('assignment status', () => {
  it('names the state of each agency', () => {
    expect(LIST.map(statusOf)).toEqual(['done', 'notStarted', 'inProgress', 'ready']);
  });

  it('puts the work that is closest to done first', () => {
    expect(workOrder(LIST, 'id').map((x) => x.agencyId)).toEqual([4, 3, 2, 1]);
  });

  it('searches by name or code and filters by done', () => {
    expect(filterAssignments(LIST, 'bang', 'all', 'id').map((x) => x.agencyId)).toEqual([2]);
    expect(filterAssignments(LIST, 'kab-3', 'all', 'id').map((x) => x.agencyId)).toEqual([3]);
    expect(filterAssignments(LIST, '', 'done', 'id').map((x) => x.agencyId)).toEqual([1]);
    expect(filterAssignments(LIST, '', 'open', 'id')).toHaveLength(3);
  });
});
