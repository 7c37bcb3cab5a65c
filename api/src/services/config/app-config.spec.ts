import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JWT_SECRET_FILE, loadConfig, projectRoot } from './app-config';

/** The secret that an earlier version of this repository committed as its development default. */
const COMMITTED_SECRET = ['dev', 'only', 'change', 'me', 'pantau', 'berakhlak'].join('-');

describe('configuration', () => {
  it('finds the project root from the source tree', () => {
    expect(existsSync(join(projectRoot(), 'nx.json'))).toBe(true);
    expect(loadConfig({ NODE_ENV: 'test' }).dataDir).toBe(join(projectRoot(), '.data'));
  });

  it('refuses to start in production without a secret, and anywhere with a short or once-committed one', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
    for (const NODE_ENV of ['production', 'development', 'test']) {
      expect(() => loadConfig({ NODE_ENV, JWT_SECRET: COMMITTED_SECRET })).toThrow(/never published/);
      expect(() => loadConfig({ NODE_ENV, JWT_SECRET: 'short' })).toThrow(/at least 32 characters/);
    }
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) }).seedDemo).toBe(false);
  });

  it('makes a random secret once for a local start and keeps it in the data folder', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'pantau-config-'));
    try {
      const first = loadConfig({ DATA_DIR: dataDir }).jwtSecret;
      expect(first).toMatch(/^[0-9a-f]{64}$/);
      expect(readFileSync(join(dataDir, JWT_SECRET_FILE), 'utf8').trim()).toBe(first);
      expect(statSync(join(dataDir, JWT_SECRET_FILE)).mode & 0o077).toBe(0);
      expect(loadConfig({ DATA_DIR: dataDir }).jwtSecret).toBe(first);
      expect(loadConfig({ DATA_DIR: dataDir, NODE_ENV: 'test' }).jwtSecret).not.toBe(first);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('seeds demo data in production only when asked', () => {
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), SEED_DEMO: '1' }).seedDemo).toBe(true);
    expect(loadConfig({ NODE_ENV: 'test' }).seedDemo).toBe(true);
  });

  it('names the variable and the allowed range when a value is wrong', () => {
    expect(() => loadConfig({ NODE_ENV: 'test', PORT: 'abc' })).toThrow(/PORT must be an integer between 1 and 65535/);
    expect(() => loadConfig({ NODE_ENV: 'test', SEED_DEMO: 'maybe' })).toThrow(/SEED_DEMO must be 1\/0/);
  });
});
