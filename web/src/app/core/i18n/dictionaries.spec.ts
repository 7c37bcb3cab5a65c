import { EN } from './en';
import { ID } from './id';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  it('have exactly the same keys in Indonesian and English', () => {
    expect(Object.keys(EN).sort()).toEqual(Object.keys(ID).sort());
  });

  it('translate every key to a non-empty text', () => {
    for (const dict of [ID, EN]) {
      for (const [key, text] of Object.entries(dict)) {
        expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
      }
    }
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(ID) as (keyof typeof ID)[]) {
      expect({ key, placeholders: placeholders(EN[key]) }).toEqual({ key, placeholders: placeholders(ID[key]) });
    }
  });
});
