import { RatingColor } from '@pantau/domain';
import { TranslationKey } from '../../core/i18n/dictionary';

export type ShortcutAction =
  | { kind: 'rate'; color: RatingColor }
  | { kind: 'next' }
  | { kind: 'previous' }
  | { kind: 'nextUnrated' }
  | { kind: 'note' }
  | { kind: 'help' };

interface Shortcut {
  /** Alternative keys, as KeyboardEvent.key has them (letters in lower case). */
  keys: readonly string[];
  /** What the screen does; null for keys a field handles itself (listed for help only). */
  action: ShortcutAction | null;
  label: TranslationKey;
}

/** Every shortcut of the rating screen, once: the key handler, the on-screen list and aria-keyshortcuts read it. */
const SHORTCUTS: readonly Shortcut[] = [
  // 1/2/3 follow the points (0, 1, 2); r/y/g are the colours' initials.
  { keys: ['1', 'r'], action: { kind: 'rate', color: 'red' }, label: 'shortcuts.red' },
  { keys: ['2', 'y'], action: { kind: 'rate', color: 'yellow' }, label: 'shortcuts.yellow' },
  { keys: ['3', 'g'], action: { kind: 'rate', color: 'green' }, label: 'shortcuts.green' },
  { keys: ['j', 'ArrowDown', 'ArrowRight'], action: { kind: 'next' }, label: 'shortcuts.next' },
  { keys: ['k', 'ArrowUp', 'ArrowLeft'], action: { kind: 'previous' }, label: 'shortcuts.previous' },
  { keys: ['u'], action: { kind: 'nextUnrated' }, label: 'shortcuts.nextUnrated' },
  { keys: ['n'], action: { kind: 'note' }, label: 'shortcuts.note' },
  { keys: ['Control+Enter'], action: null, label: 'shortcuts.saveNote' },
  { keys: ['Escape'], action: null, label: 'shortcuts.leaveField' },
  { keys: ['?'], action: { kind: 'help' }, label: 'shortcuts.help' },
];

const KEYS: ReadonlyMap<string, ShortcutAction> = new Map(
  SHORTCUTS.flatMap((s) => (s.action ? s.keys.map((k) => [k, s.action!] as const) : [])),
);

const SHOWN: Readonly<Record<string, string>> = {
  ArrowDown: '↓',
  ArrowRight: '→',
  ArrowUp: '↑',
  ArrowLeft: '←',
  Control: 'Ctrl',
  Escape: 'Esc',
};

/** A key as the user sees it on the keyboard; a chord (Control+Enter) as its keys. */
const shown = (key: string): string[] => key.split('+').map((k) => SHOWN[k] ?? (k.length === 1 ? k.toUpperCase() : k));

export function shortcutFor(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>,
): ShortcutAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  return KEYS.get(key) ?? null;
}

/** While the user types, letters are letters: shortcuts wait until focus leaves the field. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (target as HTMLInputElement).type;
  return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file'].includes(type);
}

/** The list shown on screen and in the help dialog. */
export const SHORTCUT_HELP: ReadonlyArray<{ keys: readonly string[]; label: TranslationKey }> = SHORTCUTS.map((s) => ({
  keys: s.keys.flatMap(shown),
  label: s.label,
}));

/** The keys that do `action`, as shown (and as aria-keyshortcuts names them). */
export function keysFor(action: ShortcutAction): readonly string[] {
  const wanted = JSON.stringify(action);
  return SHORTCUTS.filter((s) => JSON.stringify(s.action) === wanted).flatMap((s) => s.keys.flatMap(shown));
}
