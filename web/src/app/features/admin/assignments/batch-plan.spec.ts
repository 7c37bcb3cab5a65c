import { AssignmentView } from '@pantau/domain';
import { makeAgency } from '../../../../testing/fixtures';
import { batchAssignmentPlan } from './batch-plan';

const assigned = (agencyId: number, evaluatorId: number) => ({ agencyId, evaluatorId }) as unknown as AssignmentView;

describe('batchAssignmentPlan', () => {
  const agencies = [1, 2, 3, 4].map((id) => makeAgency(id, { batch: 'timur' }));
  const current = [assigned(1, 7), assigned(2, 8)];

  it('gives only the unassigned agencies by default', () => {
    expect(batchAssignmentPlan(agencies, current, 7, true)).toEqual({ agencyIds: [3, 4], moved: 0 });
  });

  it('can move agencies from other evaluators, and counts them', () => {
    expect(batchAssignmentPlan(agencies, current, 7, false)).toEqual({ agencyIds: [2, 3, 4], moved: 1 });
  });

  it('has nothing to do when the evaluator already holds the batch', () => {
    const all = agencies.map((a) => assigned(a.id, 7));
    expect(batchAssignmentPlan(agencies, all, 7, false)).toEqual({ agencyIds: [], moved: 0 });
  });
});
