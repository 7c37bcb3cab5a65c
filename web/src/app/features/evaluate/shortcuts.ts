import { RatingColor } from '@pantau/domain';
import { TranslationKey } from '../../core/i18n/dictionary';

export type ShortcutAction =
  | { kind: 'rate'; color: RatingColor }
  | { kind: 'next' }
  | { kind: 'previous' }
  | { kind: 'nextUnrated' }
  | { kind: 'note' }
  | { kind: 'help' };

/** 1/2/3 follow the points (0, 1, 2); r/y/g are the colours' initials. */
const KEYS: Readonly<Record<string, ShortcutAction>> = {
  '1': { kind: 'rate', color: 'red' },
  '2': { kind: 'rate', color: 'yellow' },
  '3': { kind: 'rate', color: 'green' },
  r: { kind: 'rate', color: 'red' },
  y: { kind: 'rate', color: 'yellow' },
  g: { kind: 'rate', color: 'green' },
  j: { kind: 'next' },
  ArrowDown: { kind: 'next' },
  ArrowRight: { kind: 'next' },
  k: { kind: 'previous' },
  ArrowUp: { kind: 'previous' },
  ArrowLeft: { kind: 'previous' },
  u: { kind: 'nextUnrated' },
  n: { kind: 'note' },
  '?': { kind: 'help' },
};

export function shortcutFor(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>,
): ShortcutAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  return KEYS[key] ?? null;
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
export const SHORTCUT_HELP: ReadonlyArray<{ keys: readonly string[]; label: TranslationKey }> = [
  { keys: ['1', 'R'], label: 'shortcuts.red' },
  { keys: ['2', 'Y'], label: 'shortcuts.yellow' },
  { keys: ['3', 'G'], label: 'shortcuts.green' },
  { keys: ['J', '↓', '→'], label: 'shortcuts.next' },
  { keys: ['K', '↑', '←'], label: 'shortcuts.previous' },
  { keys: ['U'], label: 'shortcuts.nextUnrated' },
  { keys: ['N'], label: 'shortcuts.note' },
  { keys: ['Ctrl', 'Enter'], label: 'shortcuts.saveNote' },
  { keys: ['Esc'], label: 'shortcuts.leaveField' },
  { keys: ['?'], label: 'shortcuts.help' },
];
