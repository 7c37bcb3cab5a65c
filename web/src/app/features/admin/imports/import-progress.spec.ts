import { overallPercent, placeInLine } from './import-progress';

describe('import progress', () => {
  it('moves forward through upload, queue and server phases', () => {
    expect(overallPercent({ stage: 'uploading', percent: 50 })).toBe(10);
    expect(overallPercent({ stage: 'server', progress: { phase: 'queued', done: 0, total: 0, position: 3 } })).toBe(20);
    expect(overallPercent({ stage: 'server', progress: { phase: 'reading', done: 0, total: 0 } })).toBe(20);
    expect(overallPercent({ stage: 'server', progress: { phase: 'validating', done: 50, total: 100 } })).toBe(45);
    expect(overallPercent({ stage: 'server', progress: { phase: 'writing', done: 100, total: 100 } })).toBe(90);
    expect(overallPercent({ stage: 'finished' })).toBe(100);
    expect(overallPercent({ stage: 'uploading', percent: null })).toBeNull();
  });

  it('says a place in line as people say it, in either language', () => {
    expect([1, 2, 3].map((n) => placeInLine(n, 'id'))).toEqual(['ke-1', 'ke-2', 'ke-3']);
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23].map((n) => placeInLine(n, 'en'))).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
    ]);
  });
});
