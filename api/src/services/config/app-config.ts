import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { keptSecret } from './kept-secret';

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  port: number;
  /** External PostgreSQL; when absent an embedded server is started under dataDir. */
  databaseUrl: string | null;
  /** The login that owns the tables and runs the migrations; requests are served as DATABASE_URL's login. */
  migrationDatabaseUrl: string | null;
  dataDir: string;
  embeddedPgPort: number;
  jwtSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlDays: number;
  demoPassword: string;
  seedDemo: boolean;
  corsOrigins: string[];
  bodyLimit: string;
  logLevel: string;
  webDir: string;
  schedulerEnabled: boolean;
  uploadLimitBytes: number;
  /** Imports read and written at once in this process; the others wait in line. */
  importConcurrency: number;
  /** Imports allowed to wait in line; past it an upload gets 503. */
  importQueueLimit: number;
  loginLimitPerAddress: number;
  loginLimitPerUsername: number;
  /** Session renewals a minute from one address, and for one user (counted once the token is verified). */
  refreshLimitPerAddress: number;
  refreshLimitPerUser: number;
  /** Memory for cached dashboard answers, in MB; 0 turns the cache off. */
  readCacheMb: number;
}

/** SHA-256 of secrets that were ever committed or documented: public, so never a key. */
const PUBLIC_SECRETS = new Set(['a57c135ea5722de90c658126cdc50e7a41c2d550ced92bdf6f1f1a294521502e']);
export const JWT_SECRET_FILE = 'jwt-secret';
let testSecret: string | null = null;
export const DEFAULT_DEMO_PASSWORD = 'berakhlak-demo';

function int(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new Error(`${name} must be an integer between ${min} and ${max}, got "${raw}"`);
  }
  return n;
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no'].includes(raw.toLowerCase())) return false;
  throw new Error(`${name} must be 1/0 or true/false, got "${raw}"`);
}

/** The repository (or image) root, found from this file whether it runs from source or from dist/. */
export function projectRoot(from = __dirname): string {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && JSON.parse(readFileSync(pkg, 'utf8')).name === 'pantau-berakhlak') return dir;
  }
  return process.cwd();
}

/** Reads and validates the environment once, at boot; an invalid value stops the start with a clear message. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const nodeEnv = env['NODE_ENV'] ?? 'development';
  if (!['development', 'production', 'test'].includes(nodeEnv)) {
    throw new Error(`NODE_ENV must be development, production or test, got "${nodeEnv}"`);
  }
  const production = nodeEnv === 'production';
  const root = projectRoot();
  const dataDir = resolve(env['DATA_DIR'] || resolve(root, '.data'));
  const jwtSecret = chooseJwtSecret(env['JWT_SECRET'], nodeEnv, dataDir);
  return {
    env: nodeEnv as AppConfig['env'],
    port: int(env, 'PORT', 3000, 1, 65535),
    databaseUrl: env['DATABASE_URL'] || null,
    migrationDatabaseUrl: env['DATABASE_MIGRATION_URL'] || null,
    dataDir,
    embeddedPgPort: int(env, 'EMBEDDED_PG_PORT', 54320, 1024, 65535),
    jwtSecret,
    accessTokenTtlSeconds: int(env, 'ACCESS_TOKEN_TTL_SECONDS', 900, 30, 86_400),
    refreshTokenTtlDays: int(env, 'REFRESH_TOKEN_TTL_DAYS', 7, 1, 90),
    demoPassword: env['DEMO_PASSWORD'] || DEFAULT_DEMO_PASSWORD,
    seedDemo: flag(env, 'SEED_DEMO', !production),
    corsOrigins: (env['CORS_ORIGINS'] ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    bodyLimit: env['BODY_LIMIT'] || '1mb',
    logLevel: env['LOG_LEVEL'] || (nodeEnv === 'test' ? 'warn' : 'info'),
    webDir: resolve(env['WEB_DIR'] || resolve(root, 'dist/web/browser')),
    schedulerEnabled: flag(env, 'SCHEDULER_ENABLED', nodeEnv !== 'test'),
    uploadLimitBytes: int(env, 'UPLOAD_LIMIT_BYTES', 10 * 1024 * 1024, 1024, 100 * 1024 * 1024),
    importConcurrency: int(env, 'IMPORT_CONCURRENCY', 1, 1, 64),
    importQueueLimit: int(env, 'IMPORT_QUEUE_LIMIT', 20, 0, 10_000),
    loginLimitPerAddress: int(env, 'LOGIN_LIMIT_PER_ADDRESS', 30, 1, 100_000),
    loginLimitPerUsername: int(env, 'LOGIN_LIMIT_PER_USERNAME', 10, 1, 100_000),
    refreshLimitPerAddress: int(env, 'REFRESH_LIMIT_PER_ADDRESS', 120, 1, 100_000),
    refreshLimitPerUser: int(env, 'REFRESH_LIMIT_PER_USER', 20, 1, 100_000),
    readCacheMb: int(env, 'READ_CACHE_MB', 64, 0, 4096),
  };
}

/**
 * JWT_SECRET when set (at least 32 characters, never a value that was ever public). Unset: production refuses to
 * start; tests get a random secret per process; a local start makes one once and keeps it in the data folder, so
 * sessions survive a restart.
 */
function chooseJwtSecret(given: string | undefined, nodeEnv: string, dataDir: string): string {
  if (given) {
    if (given.length < 32 || PUBLIC_SECRETS.has(createHash('sha256').update(given).digest('hex'))) {
      throw new Error(
        'JWT_SECRET must be a random value of at least 32 characters that was never published (e.g. openssl rand -hex 32)',
      );
    }
    return given;
  }
  if (nodeEnv === 'production') {
    throw new Error('JWT_SECRET must be set to a random value of at least 32 characters in production');
  }
  if (nodeEnv === 'test') return (testSecret ??= randomBytes(32).toString('hex'));
  return keptSecret(dataDir, JWT_SECRET_FILE);
}
