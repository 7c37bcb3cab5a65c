import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_JWT_SECRET, loadConfig, projectRoot } from './app-config';

describe('configuration', () => {
  it('finds the project root from the source tree', () => {
    expect(existsSync(join(projectRoot(), 'nx.json'))).toBe(true);
    expect(loadConfig({}).dataDir).toBe(join(projectRoot(), '.data'));
  });

  it('refuses to start in production with the default secret', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: DEFAULT_JWT_SECRET })).toThrow(/JWT_SECRET/);
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) }).seedDemo).toBe(false);
  });

  it('seeds demo data in production only when asked', () => {
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), SEED_DEMO: '1' }).seedDemo).toBe(true);
    expect(loadConfig({}).seedDemo).toBe(true);
  });

  it('names the variable and the allowed range when a value is wrong', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT must be an integer between 1 and 65535/);
    expect(() => loadConfig({ SEED_DEMO: 'maybe' })).toThrow(/SEED_DEMO must be 1\/0/);
  });
});
