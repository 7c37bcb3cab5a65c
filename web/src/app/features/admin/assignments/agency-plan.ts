import { AgencySummary, AssignmentView } from '@pantau/domain';

/** One agency of the list with the evaluator who rates it in the period, if any. */
export interface AgencyRow {
  agency: AgencySummary;
  assignment: AssignmentView | null;
}

/** Whose agencies the list shows: everyone's, those without an evaluator, or one evaluator's. */
export type HolderFilter = 'all' | 'none' | number;

/** `?evaluator=` as the URL holds it: an evaluator's id, `none`, or anything else for everyone's. */
export function holderFilter(value: string | null): HolderFilter {
  if (value === 'none') return 'none';
  const id = Number(value);
  return value && Number.isInteger(id) && id > 0 ? id : 'all';
}

export function agencyRows(
  agencies: readonly AgencySummary[],
  assignments: readonly AssignmentView[],
  filter: { query: string; holder: HolderFilter; locale: string },
): AgencyRow[] {
  const byAgency = new Map(assignments.map((a) => [a.agencyId, a]));
  const q = filter.query.trim().toLocaleLowerCase(filter.locale);
  const rows: AgencyRow[] = [];
  for (const agency of agencies) {
    const assignment = byAgency.get(agency.id) ?? null;
    if (filter.holder === 'none' && assignment) continue;
    if (typeof filter.holder === 'number' && assignment?.evaluatorId !== filter.holder) continue;
    if (q && !agency.name.toLocaleLowerCase(filter.locale).includes(q) && !agency.code.toLowerCase().includes(q)) {
      continue;
    }
    rows.push({ agency, assignment });
  }
  return rows;
}

/** What giving the chosen agencies to one evaluator changes. */
export interface AgencyPlan {
  /** The agencies that change hands (the ones the evaluator already has are left out). */
  agencyIds: number[];
  /** Of those, the ones taken from another evaluator, by that evaluator's name. */
  movedFrom: ReadonlyMap<string, number>;
  moved: number;
  /** Chosen agencies the evaluator already has. */
  unchanged: number;
}

export function agencyPlan(
  chosen: readonly number[],
  assignments: readonly AssignmentView[],
  evaluatorId: number,
): AgencyPlan {
  const byAgency = new Map(assignments.map((a) => [a.agencyId, a]));
  const agencyIds: number[] = [];
  const movedFrom = new Map<string, number>();
  let unchanged = 0;
  for (const id of new Set(chosen)) {
    const current = byAgency.get(id);
    if (current?.evaluatorId === evaluatorId) {
      unchanged++;
      continue;
    }
    if (current) movedFrom.set(current.evaluatorName, (movedFrom.get(current.evaluatorName) ?? 0) + 1);
    agencyIds.push(id);
  }
  const moved = [...movedFrom.values()].reduce((sum, n) => sum + n, 0);
  return { agencyIds, movedFrom, moved, unchanged };
}
