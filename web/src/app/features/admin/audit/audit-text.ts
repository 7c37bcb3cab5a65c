import { TranslationKey } from '../../../core/i18n/dictionary';
import { ID } from '../../../core/i18n/id';

/** Dictionary words for an action, a group of actions or an entity type; null when the dictionary has none. */
function known(key: string): TranslationKey | null {
  return Object.prototype.hasOwnProperty.call(ID, key) ? (key as TranslationKey) : null;
}

export const actionKey = (action: string) => known(`audit.action.${action}`);
export const entityKey = (entityType: string) => known(`audit.entity.${entityType}`);

/** `rating.created` belongs to `rating`; an action without a dot is a group of one. */
export function actionGroup(action: string): string | null {
  const dot = action.indexOf('.');
  return dot > 0 ? action.slice(0, dot) : null;
}

export const groupKey = (group: string) => known(`audit.group.${group}`);

export interface ActionGroup {
  group: string | null;
  actions: string[];
}

/** The actions on record, grouped by what comes before the first dot, groups in the order first seen. */
export function groupActions(actions: readonly string[]): ActionGroup[] {
  const groups = new Map<string | null, string[]>();
  for (const action of actions) {
    const group = actionGroup(action);
    groups.set(group, [...(groups.get(group) ?? []), action]);
  }
  return [...groups].map(([group, list]) => ({ group, actions: list }));
}
