import type { Batch } from '@pantau/domain';
import type { Queryable } from '../scores/score-sql';
import { bulkInsert, syncSequence } from './bulk-insert';
import { writeDataset } from './dataset';
import { nationalAgencies } from './reference/agency-list';

export const DEMO_USERS = [
  { username: 'admin', displayName: 'Admin KemenPANRB', role: 'admin' },
  { username: 'evaluator', displayName: 'Analis Evaluasi Wilayah Tengah', role: 'evaluator' },
  { username: 'evaluator2', displayName: 'Analis Evaluasi Wilayah Timur', role: 'evaluator' },
  { username: 'evaluator3', displayName: 'Analis Evaluasi Wilayah Barat & Pusat', role: 'evaluator' },
  { username: 'leader', displayName: 'Deputi Bidang Reformasi Birokrasi', role: 'leadership' },
] as const;

export const KALTENG_CODE = 'PROV-62';
export const PALANGKARAYA_CODE = 'KOTA-62.71';

/** The national demo: every agency of the programme, 2024 closed and 2025 under evaluation. */
export async function seedDemo(db: Queryable, passwordHash: string): Promise<void> {
  await bulkInsert(
    db,
    'app_user',
    [
      ['id', 'int'],
      ['username', 'text'],
      ['display_name', 'text'],
      ['password_hash', 'text'],
      ['role', 'text'],
    ],
    DEMO_USERS.map((u, i) => [i + 1, u.username, u.displayName, passwordHash, u.role]),
  );
  const evaluatorByBatch: Record<Batch, number> = { tengah: 2, timur: 3, barat: 4, pusat: 4 };
  await writeDataset(db, {
    seed: 20250101,
    agencies: nationalAgencies(),
    periods: [
      {
        name: 'Evaluasi Rencana Aksi BerAKHLAK 2024',
        year: 2024,
        state: 'closed',
        instrumentVersion: '2024.1',
        ratedShare: { pusat: 1, barat: 1, tengah: 1, timur: 1 },
        followUpShare: 0.45,
      },
      {
        name: 'Evaluasi Rencana Aksi BerAKHLAK 2025',
        year: 2025,
        state: 'evaluation',
        instrumentVersion: '2025.1',
        ratedShare: { pusat: 0.85, barat: 0.7, tengah: 0.45, timur: 0.35 },
        followUpShare: 0,
      },
    ],
    itemsPerPillar: [6, 8],
    extraRatings: [0, 0],
    publicationsPerItem: null,
    evaluatorByBatch,
    inProgressCodes: [KALTENG_CODE],
  });
  // Teams bound to an agency: the province's own team, its coordination team, and a city's team in it.
  await db.query(
    `INSERT INTO app_user (id, username, display_name, password_hash, role, agency_id)
     SELECT t.id, t.username, t.display_name, $1, t.role, a.id
     FROM (VALUES ($2::int, 'kalteng', 'Tim Provinsi Kalimantan Tengah', 'agency', $3::text),
                  ($2 + 1, 'koordinator-kalteng', 'Biro Organisasi & BPSDM Kalimantan Tengah', 'coordinator', $3),
                  ($2 + 2, 'palangkaraya', 'Tim Kota Palangka Raya', 'agency', $4)) AS t(id, username, display_name, role, code)
     JOIN agency a ON a.code = t.code`,
    [passwordHash, DEMO_USERS.length + 1, KALTENG_CODE, PALANGKARAYA_CODE],
  );
  await syncSequence(db, 'app_user');
  await db.query(
    `INSERT INTO evaluator_assignment (period_id, evaluator_id, agency_id)
     SELECT p.id, CASE a.batch_code WHEN 'tengah' THEN $1::int WHEN 'timur' THEN $2::int ELSE $3::int END, a.id
     FROM period p CROSS JOIN agency a`,
    [evaluatorByBatch.tengah, evaluatorByBatch.timur, evaluatorByBatch.barat],
  );
}
