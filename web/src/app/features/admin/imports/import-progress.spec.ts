import { newImportId, overallPercent } from './import-progress';

describe('import progress', () => {
  it('moves forward through upload and server phases', () => {
    expect(overallPercent({ stage: 'uploading', percent: 50 })).toBe(10);
    expect(overallPercent({ stage: 'server', progress: { phase: 'reading', done: 0, total: 0 } })).toBe(20);
    expect(overallPercent({ stage: 'server', progress: { phase: 'validating', done: 50, total: 100 } })).toBe(45);
    expect(overallPercent({ stage: 'server', progress: { phase: 'writing', done: 100, total: 100 } })).toBe(90);
    expect(overallPercent({ stage: 'finished' })).toBe(100);
    expect(overallPercent({ stage: 'uploading', percent: null })).toBeNull();
  });

  it('makes ids the server accepts as UUIDs', () => {
    expect(newImportId()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
