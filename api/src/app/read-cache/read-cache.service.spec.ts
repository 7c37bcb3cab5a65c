import type { DataSource } from 'typeorm';
import type { AppConfigService } from '../../services/config/app-config.service';
import { MAX_AGE_MS, ReadCache, stampXmax } from './read-cache.service';

const cacheOf = (mb: number) =>
  new ReadCache({} as DataSource, { values: { readCacheMb: mb } } as unknown as AppConfigService);

describe('ReadCache', () => {
  it('returns an answer only under the stamp it was computed with', () => {
    const c = cacheOf(1);
    c.put('k', '10:12:10,11', { a: 1 });
    expect(c.get('k', '10:12:10,11')?.body.toString()).toBe('{"a":1}');
    expect(c.get('k', '10:13:10,11')).toBeUndefined();
    expect(c.get('k', '10:12:10,11')).toBeUndefined(); // dropped on the mismatch
  });

  it('forgets answers older than the maximum age', () => {
    const c = cacheOf(1);
    const e = c.put('k', '5:5:', [1]);
    expect(c.get('k', '5:5:', e.storedAt + MAX_AGE_MS - 1)).toBeDefined();
    expect(c.get('k', '5:5:', e.storedAt + MAX_AGE_MS + 1)).toBeUndefined();
  });

  it('frees answers under older stamps when a newer one is stored', () => {
    const c = cacheOf(1);
    c.put('a', '5:5:', 'x');
    c.put('b', '5:7:6', 'y');
    expect(c.size.entries).toBe(1);
    expect(c.get('b', '5:7:6')).toBeDefined();
  });

  it('stays within its memory, dropping the least recently used first', () => {
    const c = cacheOf(1); // 1 MiB, answers up to 256 KiB kept
    const big = 'x'.repeat(200 * 1024);
    for (const k of ['a', 'b', 'c', 'd']) c.put(k, '1:1:', big);
    c.get('a', '1:1:'); // a becomes the most recently used
    c.put('e', '1:1:', big);
    c.put('f', '1:1:', big);
    expect(c.size.bytes).toBeLessThanOrEqual(1024 * 1024);
    expect(c.get('a', '1:1:')).toBeDefined();
    expect(c.get('b', '1:1:')).toBeUndefined();
  });

  it('does not keep an answer larger than a quarter of its memory, but still returns it', () => {
    const c = cacheOf(1);
    const e = c.put('k', '1:1:', 'y'.repeat(300 * 1024));
    expect(e.body.length).toBeGreaterThan(300 * 1024);
    expect(c.size.entries).toBe(0);
  });

  it('lends an answer being computed only to requests under the same stamp, until it is done', async () => {
    const c = cacheOf(1);
    let finish!: () => void;
    const answer = new Promise<void>((r) => (finish = r)).then(() => c.put('k', '1:1:', 1));
    c.computing('k', '1:1:', answer);
    expect(c.pending('k', '1:1:')).toBe(answer);
    expect(c.pending('k', '1:2:')).toBeUndefined();
    expect(c.pending('other', '1:1:')).toBeUndefined();
    finish();
    await answer;
    expect(c.pending('k', '1:1:')).toBeUndefined();
  });

  it('reads xmax from a stamp', () => {
    expect(stampXmax('752:760:752,755')).toBe(760n);
  });
});
