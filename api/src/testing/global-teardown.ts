import { rmSync } from 'node:fs';
import type { EmbeddedDatabase } from '../services/database/embedded-postgres';

export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as Record<string, unknown>)['__TEST_PG__'] as
    { db: EmbeddedDatabase; dir: string } | undefined;
  if (!state) return;
  await state.db.stop();
  rmSync(state.dir, { recursive: true, force: true });
}
