import { AssignmentView } from '@pantau/domain';

export type AssignmentStatus = 'ready' | 'inProgress' | 'notStarted' | 'done';
export type StatusFilter = 'all' | 'open' | 'done';

export function statusOf(a: Pick<AssignmentView, 'rated' | 'total' | 'evaluatedAt'>): AssignmentStatus {
  if (a.evaluatedAt) return 'done';
  if (a.total > 0 && a.rated >= a.total) return 'ready';
  return a.rated > 0 ? 'inProgress' : 'notStarted';
}

/**
 * Work first: agencies only a click from done, then those under way (closest to done first), then untouched
 * ones, then the done.
 */
const ORDER: Readonly<Record<AssignmentStatus, number>> = { ready: 0, inProgress: 1, notStarted: 2, done: 3 };

export function workOrder(list: readonly AssignmentView[], locale: string): AssignmentView[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  const share = (a: AssignmentView) => (a.total > 0 ? a.rated / a.total : 0);
  return [...list].sort(
    (a, b) =>
      ORDER[statusOf(a)] - ORDER[statusOf(b)] || share(b) - share(a) || collator.compare(a.agencyName, b.agencyName),
  );
}

export function filterAssignments(
  list: readonly AssignmentView[],
  query: string,
  status: StatusFilter,
  locale: string,
): AssignmentView[] {
  const q = query.trim().toLocaleLowerCase(locale);
  return list.filter((a) => {
    if (status === 'done' && !a.evaluatedAt) return false;
    if (status === 'open' && a.evaluatedAt) return false;
    if (!q) return true;
    return a.agencyName.toLocaleLowerCase(locale).includes(q) || a.agencyCode.toLocaleLowerCase(locale).includes(q);
  });
}
