import { Client } from 'pg';
import { createTestApp, TestApp } from '../testing/test-app';

/** Ways a login could try to rewrite or erase the audit trail; every one must fail for the serving login. */
const TAMPERING: Array<[string, string]> = [
  ['update a row', `UPDATE audit_event SET action = 'tampered'`],
  ['delete rows', `DELETE FROM audit_event`],
  ['truncate', `TRUNCATE audit_event`],
  [
    'upsert over a row',
    `INSERT INTO audit_event (id, action, entity_type) SELECT id, 'x', 'x' FROM audit_event LIMIT 1 ON CONFLICT (id) DO UPDATE SET action = 'tampered'`,
  ],
  ['switch triggers off for the session', `SET session_replication_role = replica`],
  ['disable the trigger', `ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only`],
  ['drop the trigger', `DROP TRIGGER audit_event_append_only ON audit_event`],
  [
    'replace the trigger function',
    `CREATE OR REPLACE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$`,
  ],
  ['drop the table', `DROP TABLE audit_event CASCADE`],
  ['rename the table away', `ALTER TABLE audit_event RENAME TO audit_event_old`],
  ['take ownership', `ALTER TABLE audit_event OWNER TO CURRENT_USER`],
  // GRANT without the right only warns: what matters is that the update after it still fails.
  ['grant itself UPDATE', `GRANT UPDATE ON audit_event TO CURRENT_USER; UPDATE audit_event SET action = 'tampered'`],
  ['become the owner', `SET ROLE postgres`],
  ['create a shadowing table', `CREATE TABLE public.audit_event_copy (id int)`],
  ['add a rule', `CREATE RULE keep_out AS ON INSERT TO audit_event DO INSTEAD NOTHING`],
  ['delete ratings', `DELETE FROM rating`],
];

describe('database logins', () => {
  let t: TestApp;
  let serving: Client;
  let owner: Client;
  const fingerprint = async () =>
    (
      await owner.query(
        `SELECT count(*)::int AS n, md5(string_agg(id::text || action || coalesce(entity_id, ''), ',' ORDER BY id)) AS sum
         FROM audit_event`,
      )
    ).rows[0];

  beforeAll(async () => {
    t = await createTestApp();
    await t.login('admin'); // leaves audit rows, as a running app does
    serving = new Client({ connectionString: t.databaseUrl });
    owner = new Client({ connectionString: t.ownerUrl });
    await serving.connect();
    await owner.connect();
  });
  afterAll(async () => {
    await serving.end();
    await owner.end();
    await t.close();
  });

  it('serves requests as a login that is not a superuser and owns nothing', async () => {
    const { rows } = await serving.query(
      `SELECT current_user AS login, r.rolsuper, r.rolcreaterole, r.rolcreatedb, r.rolbypassrls,
              (SELECT count(*)::int FROM pg_class c WHERE c.relowner = r.oid) AS owned
       FROM pg_roles r WHERE r.rolname = current_user`,
    );
    expect(rows[0]).toEqual({
      login: 'pantau_app',
      rolsuper: false,
      rolcreaterole: false,
      rolcreatedb: false,
      rolbypassrls: false,
      owned: 0,
    });
    const pool = await t.db.query(`SELECT current_user AS login`);
    expect(pool[0].login).toBe('pantau_app');
  });

  it('may only add to and read the audit trail', async () => {
    const { rows } = await serving.query(
      `SELECT p, has_table_privilege('audit_event', p) AS granted
       FROM unnest(ARRAY['SELECT','INSERT','UPDATE','DELETE','TRUNCATE','REFERENCES','TRIGGER']) p`,
    );
    expect(Object.fromEntries(rows.map((r) => [r.p, r.granted]))).toEqual({
      SELECT: true,
      INSERT: true,
      UPDATE: false,
      DELETE: false,
      TRUNCATE: false,
      REFERENCES: false,
      TRIGGER: false,
    });
  });

  it.each(TAMPERING)('cannot %s', async (_what, sql) => {
    const before = await fingerprint();
    await serving.query('BEGIN');
    try {
      await expect(serving.query(sql)).rejects.toThrow(
        /permission denied|must be owner|must be superuser|not allowed|append-only/,
      );
    } finally {
      await serving.query('ROLLBACK');
    }
    expect(await fingerprint()).toEqual(before);
  });

  it('leaves the trigger as a second guard against the owner', async () => {
    await expect(owner.query(`UPDATE audit_event SET action = 'x'`)).rejects.toThrow(/append-only/);
    await expect(owner.query(`DELETE FROM audit_event`)).rejects.toThrow(/append-only/);
    await expect(owner.query(`TRUNCATE audit_event`)).rejects.toThrow(/append-only/);
  });
});
