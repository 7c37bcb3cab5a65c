import { isTypingTarget, shortcutFor } from './shortcuts';

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
