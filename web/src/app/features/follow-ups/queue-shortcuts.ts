import { RatingColor } from '@pantau/domain';
import { TranslationKey } from '../../core/i18n/dictionary';

export type QueueAction =
  | { kind: 'accept'; color: RatingColor }
  | { kind: 'reject' }
  | { kind: 'next' }
  | { kind: 'previous' }
  | { kind: 'exit' };

interface QueueShortcut {
  /** Alternative keys, as KeyboardEvent.key has them (letters in lower case). */
  keys: readonly string[];
  /** What the queue does; null for keys the reason field handles itself (listed for help only). */
  action: QueueAction | null;
  label: TranslationKey;
}

/** The decision queue's shortcuts, once: the key handler, the on-screen list and aria-keyshortcuts read them. */
const SHORTCUTS: readonly QueueShortcut[] = [
  // As on the rating screen: 1/2/3 follow the points, r/y/g are the colours' initials.
  { keys: ['1', 'r'], action: { kind: 'accept', color: 'red' }, label: 'queue.key.red' },
  { keys: ['2', 'y'], action: { kind: 'accept', color: 'yellow' }, label: 'queue.key.yellow' },
  { keys: ['3', 'g'], action: { kind: 'accept', color: 'green' }, label: 'queue.key.green' },
  { keys: ['x'], action: { kind: 'reject' }, label: 'queue.key.reject' },
  { keys: ['j', 'ArrowDown'], action: { kind: 'next' }, label: 'queue.key.next' },
  { keys: ['k', 'ArrowUp'], action: { kind: 'previous' }, label: 'queue.key.previous' },
  { keys: ['Control+Enter'], action: null, label: 'queue.key.send' },
  { keys: ['Escape'], action: { kind: 'exit' }, label: 'queue.key.exit' },
];

const KEYS: ReadonlyMap<string, QueueAction> = new Map(
  SHORTCUTS.flatMap((s) => (s.action ? s.keys.map((k) => [k, s.action!] as const) : [])),
);

const SHOWN: Readonly<Record<string, string>> = { ArrowDown: '↓', ArrowUp: '↑', Control: 'Ctrl', Escape: 'Esc' };
const shown = (key: string): string[] => key.split('+').map((k) => SHOWN[k] ?? (k.length === 1 ? k.toUpperCase() : k));

export function queueActionFor(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>,
): QueueAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  return KEYS.get(key) ?? null;
}

export const QUEUE_SHORTCUT_HELP: ReadonlyArray<{ keys: readonly string[]; label: TranslationKey }> = SHORTCUTS.map(
  (s) => ({ keys: s.keys.flatMap(shown), label: s.label }),
);

/** aria-keyshortcuts for the control that does `action` (its keys as the attribute names them). */
export function ariaKeysFor(action: QueueAction): string {
  const wanted = JSON.stringify(action);
  return SHORTCUTS.filter((s) => JSON.stringify(s.action) === wanted)
    .flatMap((s) => s.keys.map((k) => (k.length === 1 ? k.toUpperCase() : k)))
    .join(' ');
}

/** Where the queue stands after the current follow-up is decided: it leaves, and the one after it comes up. */
export function afterDecision(
  ids: readonly number[],
  index: number,
  decidedId: number,
): { ids: number[]; index: number } {
  const rest = ids.filter((id) => id !== decidedId);
  return { ids: rest, index: Math.max(0, Math.min(index, rest.length - 1)) };
}

/** One step along the queue, staying within it. */
export function step(index: number, length: number, delta: 1 | -1): number {
  return Math.max(0, Math.min(index + delta, length - 1));
}
