import { AgencySummary, AssignmentView } from '@pantau/domain';

/**
 * Which of a batch's agencies go to the evaluator: all of them, or only those nobody has yet. Agencies the
 * evaluator already has are left out; `moved` counts those taken from another evaluator.
 */
export function batchAssignmentPlan(
  agencies: readonly AgencySummary[],
  assignments: readonly AssignmentView[],
  evaluatorId: number,
  onlyUnassigned: boolean,
): { agencyIds: number[]; moved: number } {
  const current = new Map(assignments.map((a) => [a.agencyId, a.evaluatorId]));
  const agencyIds: number[] = [];
  let moved = 0;
  for (const agency of agencies) {
    const holder = current.get(agency.id);
    if (holder === evaluatorId) continue;
    if (holder !== undefined) {
      if (onlyUnassigned) continue;
      moved++;
    }
    agencyIds.push(agency.id);
  }
  return { agencyIds, moved };
}
