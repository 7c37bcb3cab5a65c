import { isTypingTarget, keysFor, SHORTCUT_HELP, shortcutFor } from './shortcuts';

const key = (k: string, mods: Partial<Pick<KeyboardEvent, 'ctrlKey' | 'metaKey' | 'altKey'>> = {}) =>
  shortcutFor({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods });

describe('rating shortcuts', () => {
  it('rates with 1/2/3 and with r/y/g in either case', () => {
    expect(key('1')).toEqual({ kind: 'rate', color: 'red' });
    expect(key('2')).toEqual({ kind: 'rate', color: 'yellow' });
    expect(key('3')).toEqual({ kind: 'rate', color: 'green' });
    expect(key('R')).toEqual({ kind: 'rate', color: 'red' });
    expect(key('y')).toEqual({ kind: 'rate', color: 'yellow' });
    expect(key('g')).toEqual({ kind: 'rate', color: 'green' });
  });

  it('moves with j/k and the arrow keys', () => {
    expect(key('j')).toEqual({ kind: 'next' });
    expect(key('ArrowDown')).toEqual({ kind: 'next' });
    expect(key('ArrowRight')).toEqual({ kind: 'next' });
    expect(key('k')).toEqual({ kind: 'previous' });
    expect(key('ArrowUp')).toEqual({ kind: 'previous' });
    expect(key('u')).toEqual({ kind: 'nextUnrated' });
  });

  it('focuses the note with n and opens help with ?', () => {
    expect(key('n')).toEqual({ kind: 'note' });
    expect(key('?')).toEqual({ kind: 'help' });
  });

  it('leaves browser shortcuts alone', () => {
    expect(key('r', { ctrlKey: true })).toBeNull();
    expect(key('g', { metaKey: true })).toBeNull();
    expect(key('x')).toBeNull();
    expect(key('Enter')).toBeNull();
  });

  it('lists the keys it handles, as they are printed on the keyboard', () => {
    expect(SHORTCUT_HELP.find((s) => s.label === 'shortcuts.red')?.keys).toEqual(['1', 'R']);
    expect(SHORTCUT_HELP.find((s) => s.label === 'shortcuts.next')?.keys).toEqual(['J', '↓', '→']);
    expect(SHORTCUT_HELP.find((s) => s.label === 'shortcuts.saveNote')?.keys).toEqual(['Ctrl', 'Enter']);
    expect(keysFor({ kind: 'rate', color: 'green' })).toEqual(['3', 'G']);
    expect(keysFor({ kind: 'note' })).toEqual(['N']);
  });

  it('handles every letter, digit and sign its help lists for the screen', () => {
    const typed = SHORTCUT_HELP.filter((s) => s.label !== 'shortcuts.saveNote').flatMap((s) => s.keys);
    const signs = typed.filter((k) => /^[A-Z0-9?]$/.test(k));
    expect(signs.length).toBeGreaterThan(8);
    for (const k of signs) expect(key(k)).not.toBeNull();
  });

  it('knows when the user is typing', () => {
    expect(isTypingTarget(document.createElement('textarea'))).toBe(true);
    expect(isTypingTarget(document.createElement('input'))).toBe(true);
    expect(isTypingTarget(document.createElement('select'))).toBe(true);
    const checkbox = document.createElement('input');
    checkbox.type = 'checkbox';
    expect(isTypingTarget(checkbox)).toBe(false);
    expect(isTypingTarget(document.createElement('button'))).toBe(false);
    expect(isTypingTarget(document.body)).toBe(false);
  });
});
