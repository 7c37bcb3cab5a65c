import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

/** The login that serves requests on the embedded server and in tests; migrations run as the owner. */
export const SERVING_ROLE = 'pantau_app';
/** Where a local start keeps the serving login's password, in the data folder. */
export const SERVING_PASSWORD_FILE = 'pg-serving-password';

/** The user name in a connection URL. */
export const loginOf = (url: string): string => decodeURIComponent(new URL(url).username || 'postgres');

/** The same server and database reached as another login. */
export function asLogin(url: string, user: string, password: string): string {
  const u = new URL(url);
  u.username = encodeURIComponent(user);
  u.password = encodeURIComponent(password);
  return u.toString();
}

/**
 * Creates (or updates) the serving login on a server the app administers itself (embedded, tests): not a superuser,
 * cannot create databases or roles, owns nothing. Needs a superuser connection.
 */
export async function ensureServingLogin(superuserUrl: string, password: string): Promise<void> {
  const ds = new DataSource({ ...dataSourceOptions(superuserUrl, 1), entities: [], migrations: [] });
  await ds.initialize();
  try {
    await ds.query(
      `DO $$ BEGIN
         IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${SERVING_ROLE}') THEN
           CREATE ROLE ${SERVING_ROLE} LOGIN;
         END IF;
       END $$`,
    );
    await ds.query(
      `ALTER ROLE ${SERVING_ROLE} WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD '${password.replace(/'/g, "''")}'`,
    );
  } finally {
    await ds.destroy();
  }
}

/**
 * What the serving login may do, set by the owner after every migration run (so new tables are covered): read and
 * write the data, use the sequences, never create anything; on the history tables (the audit trail, ratings) only
 * INSERT and SELECT, so neither the application nor anyone with its password can change history (their triggers
 * guard against the owner too).
 */
export async function grantServingLogin(owner: DataSource, role: string): Promise<void> {
  const [{ quoted }] = (await owner.query(`SELECT quote_ident($1) AS quoted`, [role])) as Array<{ quoted: string }>;
  await owner.transaction(async (m) => {
    await m.query(`REVOKE CREATE ON SCHEMA public FROM PUBLIC`);
    await m.query(`GRANT USAGE ON SCHEMA public TO ${quoted}`);
    await m.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${quoted}`);
    await m.query(`REVOKE TRUNCATE, REFERENCES, TRIGGER ON ALL TABLES IN SCHEMA public FROM ${quoted}`);
    await m.query(`GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO ${quoted}`);
    for (const history of ['audit_event', 'rating'])
      await m.query(`REVOKE UPDATE, DELETE ON ${history} FROM ${quoted}`);
    await m.query(`REVOKE INSERT, UPDATE, DELETE ON migrations FROM ${quoted}`);
  });
}
