import { Batch, PILLARS, PillarCode, RATING_POINTS, RatingColor } from '@pantau/domain';
import { recomputeAll, Queryable } from '../scores/score-sql';
import { bulkInsert, syncSequence } from './bulk-insert';
import { AgencySeed } from './reference/agency-list';
import { CRITERIA, ITEM_TEMPLATES } from './reference/item-templates';
import { CENTRAL_WORK_UNITS, CHANNEL_URL_PATTERNS, LOCAL_WORK_UNITS } from './reference/work-units';
import { createRng, Rng } from './rng';

/** Seeded periods open for plans on the second day of their year. */
const openedAt = (year: number) => `${year}-01-02T01:00:00Z`;

export interface PeriodSeed {
  name: string;
  year: number;
  state: 'closed' | 'evaluation' | 'follow-up' | 'published' | 'open';
  instrumentVersion: string;
  /** Share of items already rated, per batch (1 for finished periods). */
  ratedShare: Record<Batch, number>;
  /** Red items of this period that get a follow-up. */
  followUpShare: number;
}

export interface DatasetOptions {
  seed: number;
  agencies: AgencySeed[];
  periods: PeriodSeed[];
  itemsPerPillar: [number, number];
  /** Extra re-ratings per rated item, beyond the first. */
  extraRatings: [number, number];
  /** Publications per item; null derives them from the item's colour, as in real plans. */
  publicationsPerItem: [number, number] | null;
  evaluatorByBatch: Record<Batch, number | null>;
  /** Agencies whose evaluation is half-way in every running period (the demo's own team, for instance). */
  inProgressCodes?: string[];
  /** Agencies are generated in chunks to keep memory flat at large scales. */
  chunkSize?: number;
  onProgress?: (done: number, total: number) => void;
}

const BATCH_QUALITY: Record<Batch, number> = { pusat: 0.74, barat: 0.66, tengah: 0.58, timur: 0.47 };
/** Pillar effects; Adaptif is the weakest pillar, as in the national BerAKHLAK survey. */
const PILLAR_EFFECT: Record<PillarCode, number> = {
  'berorientasi-pelayanan': 0.05,
  akuntabel: 0.04,
  kompeten: 0,
  harmonis: 0.02,
  loyal: 0.07,
  adaptif: -0.17,
  kolaboratif: -0.05,
  'bangga-melayani-bangsa': 0.03,
};

const NOTES: Record<RatingColor, string[]> = {
  red: [
    'Kegiatan belum ditemukan di instansi; tidak ada bukti pelaksanaan.',
    'Dokumen rencana aksi ada, tetapi kegiatan belum berjalan.',
    'Tidak ada tautan publikasi yang dapat diverifikasi.',
  ],
  yellow: [
    'Kegiatan berjalan, tetapi baru sebatas benchmarking.',
    'Publikasi hanya sesekali melalui media daring.',
    'Informasi hanya tersedia di situs web utama instansi.',
  ],
  green: ['Lengkap; publikasi rutin dan menjangkau publik.', 'Bukti pelaksanaan lengkap dan konsisten.', ''],
};
const RECOMMENDATIONS: Record<RatingColor, string[]> = {
  red: [
    'Segera laksanakan kegiatan dan unggah bukti pelaksanaan.',
    'Tetapkan penanggung jawab dan jadwal pelaksanaan yang jelas.',
  ],
  yellow: [
    'Perluas publikasi melalui spanduk/poster yang diperbarui setiap bulan.',
    'Tingkatkan frekuensi publikasi agar menjangkau seluruh masyarakat.',
  ],
  green: ['Pertahankan dan lanjutkan inovasi.', ''],
};

const clamp = (x: number, lo = 0.02, hi = 0.98) => Math.min(hi, Math.max(lo, x));
const DAY = 86_400_000;
const isoDate = (t: number) => new Date(t).toISOString().slice(0, 10);

function drawColor(rng: Rng, q: number): RatingColor {
  const pGreen = clamp(q - 0.12);
  const pRed = clamp((1 - q) * 0.6);
  const u = rng.next();
  if (u < pGreen) return 'green';
  if (u < pGreen + pRed) return 'red';
  return 'yellow';
}

function slugOf(code: string): string {
  return code.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

/** Publication dates and channels that a real item of this colour tends to have, ending at `refDate`. */
function publicationsFor(
  rng: Rng,
  color: RatingColor | null,
  cadence: string,
  refDate: number,
  fixed: [number, number] | null,
): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  if (fixed) {
    const n = rng.int(fixed[0], fixed[1]);
    for (let k = 0; k < n; k++) {
      out.push([
        rng.pick(['banner', 'poster', 'social-media', 'online-news', 'website'] as const),
        refDate - rng.int(0, 150) * DAY,
      ]);
    }
    return out;
  }
  if (color === 'green') {
    const weekly = cadence === 'weekly' && rng.next() < 0.7;
    const step = weekly ? 7 : 28 + rng.int(0, 4);
    for (let t = refDate - rng.int(0, 5) * DAY; t > refDate - 150 * DAY; t -= step * DAY) {
      out.push([rng.pick(['banner', 'poster', 'poster', 'social-media'] as const), t]);
    }
  } else if (color === 'yellow') {
    const onlyWebsite = rng.next() < 0.35;
    const n = rng.int(1, 2);
    for (let k = 0; k < n; k++) {
      out.push([
        onlyWebsite ? 'website' : rng.pick(['mass-media', 'online-news', 'website'] as const),
        refDate - rng.int(5, 85) * DAY,
      ]);
    }
  } else if (rng.next() < 0.3) {
    out.push([rng.pick(['website', 'other'] as const), refDate - rng.int(100, 200) * DAY]);
  }
  return out;
}

/**
 * Writes a deterministic dataset: agencies, work units, instruments, periods, plans and items, ratings,
 * publications, follow-ups, survey results, and the maintained counts. The demo seed and the benchmark
 * both use it, with different sizes.
 */
export async function writeDataset(db: Queryable, o: DatasetOptions): Promise<void> {
  const rng = createRng(o.seed);
  const versions = [...new Set(o.periods.map((p) => p.instrumentVersion))];
  await bulkInsert(
    db,
    'instrument',
    [
      ['version', 'text'],
      ['stage', 'text'],
      ['frozen_at', 'timestamptz'],
    ],
    versions.map((v) => [v, 'final', new Date().toISOString()]),
  );
  const criteria: Array<[number, string, string, string, string]> = [];
  const criteriaByVersionPillar = new Map<string, number[]>();
  for (const v of versions) {
    for (const p of PILLARS) {
      for (const c of CRITERIA[p.code]) {
        const id = criteria.length + 1;
        criteria.push([id, v, p.code, c.code, c.text]);
        const key = `${v}:${p.code}`;
        criteriaByVersionPillar.set(key, [...(criteriaByVersionPillar.get(key) ?? []), id]);
      }
    }
  }
  await bulkInsert(
    db,
    'criterion',
    [
      ['id', 'int'],
      ['instrument_version', 'text'],
      ['pillar_code', 'text'],
      ['code', 'text'],
      ['text', 'text'],
    ],
    criteria,
  );
  const periodIds = o.periods.map((_, i) => i + 1);
  await bulkInsert(
    db,
    'period',
    [
      ['id', 'int'],
      ['name', 'text'],
      ['year', 'smallint'],
      ['state', 'text'],
      ['instrument_version', 'text'],
      ['published_at', 'timestamptz'],
      ['opened_at', 'timestamptz'],
    ],
    o.periods.map((p, i) => [
      periodIds[i],
      p.name,
      p.year,
      p.state,
      p.instrumentVersion,
      ['published', 'follow-up', 'closed'].includes(p.state) ? `${p.year + 1}-01-15T03:00:00Z` : null,
      openedAt(p.year),
    ]),
  );

  const agencyIds = new Map<string, number>();
  o.agencies.forEach((a, i) => agencyIds.set(a.code, i + 1));
  await bulkInsert(
    db,
    'agency',
    [
      ['id', 'int'],
      ['code', 'text'],
      ['name', 'text'],
      ['type', 'text'],
      ['batch_code', 'text'],
      ['province_code', 'text'],
      ['parent_id', 'int'],
    ],
    o.agencies.map((a, i) => [
      i + 1,
      a.code,
      a.name,
      a.type,
      a.batch,
      a.provinceCode,
      a.parentCode ? agencyIds.get(a.parentCode) : null,
    ]),
  );

  const ids = { workUnit: 0, plan: 0, item: 0, rating: 0, publication: 0, followUp: 0, survey: 0 };
  const chunkSize = o.chunkSize ?? 400;
  for (let start = 0; start < o.agencies.length; start += chunkSize) {
    const chunk = o.agencies.slice(start, start + chunkSize);
    const rows = {
      workUnits: [] as unknown[][],
      plans: [] as unknown[][],
      items: [] as unknown[][],
      ratings: [] as unknown[][],
      current: [] as unknown[][],
      publications: [] as unknown[][],
      followUps: [] as unknown[][],
      surveys: [] as unknown[][],
    };
    for (const agency of chunk) {
      const agencyId = agencyIds.get(agency.code)!;
      const quality = BATCH_QUALITY[agency.batch] + rng.normal(0.11);
      const unitNames = rng.shuffle(agency.batch === 'pusat' ? CENTRAL_WORK_UNITS : LOCAL_WORK_UNITS).slice(0, 4);
      const unitIds = unitNames.map((name) => {
        ids.workUnit += 1;
        rows.workUnits.push([ids.workUnit, agencyId, name]);
        return ids.workUnit;
      });
      const slug = slugOf(agency.code);
      o.periods.forEach((period, pi) => {
        const periodId = periodIds[pi]!;
        const refDate = Date.UTC(period.year, 11, 20);
        const drift = (period.year - o.periods[0]!.year) * 0.04;
        ids.plan += 1;
        const planId = ids.plan;
        const inProgress = o.inProgressCodes?.includes(agency.code) ?? false;
        const agencyRated = inProgress || rng.next() < period.ratedShare[agency.batch] * 1.15;
        // Some agencies of a running evaluation are already finished and marked done by their evaluator.
        const agencyDone = period.ratedShare[agency.batch] >= 1 || (!inProgress && agencyRated && rng.next() < 0.45);
        const evaluatedAt = agencyDone ? `${period.year + 1}-01-10T03:00:00Z` : null;
        const evaluator = o.evaluatorByBatch[agency.batch];
        rows.plans.push([planId, agencyId, periodId, evaluatedAt, evaluatedAt ? evaluator : null]);
        ids.survey += 1;
        const s = (base: number) => Math.round(Math.min(99, Math.max(35, base * 100 + 22 + rng.normal(4))) * 10) / 10;
        const va = s(quality + drift);
        const en = s(quality + drift - 0.03);
        const eb = s(quality + drift - 0.06);
        rows.surveys.push([ids.survey, agencyId, periodId, va, en, eb, Math.round(((va + en + eb) / 3) * 10) / 10]);
        for (const pillar of PILLARS) {
          const templates = rng.shuffle(ITEM_TEMPLATES[pillar.code]);
          const n = rng.int(o.itemsPerPillar[0], o.itemsPerPillar[1]);
          const criteriaIds = criteriaByVersionPillar.get(`${period.instrumentVersion}:${pillar.code}`) ?? [];
          for (let k = 0; k < n; k++) {
            const t = templates[k % templates.length]!;
            ids.item += 1;
            const itemId = ids.item;
            const unitIdx = rng.int(0, unitIds.length - 1);
            const title = t.title.replace('{unit}', unitNames[unitIdx]!) + (k >= templates.length ? ` (${k + 1})` : '');
            rows.items.push([
              itemId,
              planId,
              agencyId,
              periodId,
              pillar.code,
              criteriaIds.length ? rng.pick(criteriaIds) : null,
              unitIds[unitIdx],
              title,
              t.description,
              t.cadence,
              // Plans were written when the period opened: publication overdue counts from then.
              openedAt(period.year),
            ]);
            const rated = agencyDone || (agencyRated && rng.next() < 0.85);
            let color: RatingColor | null = null;
            let followUpState: 'accepted' | 'rejected' | 'responded' | 'open' | null = null;
            let reRatingId: number | null = null;
            if (rated) {
              color = drawColor(rng, quality + PILLAR_EFFECT[pillar.code] + drift);
              const extra = rng.int(o.extraRatings[0], o.extraRatings[1]);
              const history: RatingColor[] = [];
              for (let e = 0; e < extra; e++) history.push(drawColor(rng, quality - 0.1));
              history.push(color);
              if (color === 'red' && period.followUpShare > 0 && rng.next() < period.followUpShare) {
                followUpState = rng.pick(['accepted', 'accepted', 'rejected', 'responded', 'open'] as const);
                // An accepted follow-up records the evaluator's re-rating as the item's newest rating.
                if (followUpState === 'accepted') history.push(rng.next() < 0.6 ? 'yellow' : 'green');
              }
              history.forEach((c, v) => {
                ids.rating += 1;
                const at = new Date(Date.UTC(period.year + 1, 0, 5 + v * 30, 2 + rng.int(0, 8), rng.int(0, 59)));
                rows.ratings.push([
                  ids.rating,
                  itemId,
                  c,
                  RATING_POINTS[c],
                  rng.pick(NOTES[c]) || null,
                  rng.pick(RECOMMENDATIONS[c]) || null,
                  evaluator,
                  v + 1,
                  at.toISOString(),
                ]);
              });
              if (followUpState === 'accepted') reRatingId = ids.rating;
              rows.current.push([itemId, ids.rating, history.length]);
            }
            for (const [channel, t0] of publicationsFor(rng, color, t.cadence, refDate, o.publicationsPerItem)) {
              ids.publication += 1;
              const url = CHANNEL_URL_PATTERNS[channel as keyof typeof CHANNEL_URL_PATTERNS]
                .replace('{slug}', slug)
                .replace('{n}', String(ids.publication));
              rows.publications.push([ids.publication, itemId, channel, url, isoDate(t0)]);
            }
            if (followUpState) {
              ids.followUp += 1;
              const due = isoDate(Date.UTC(period.year + 1, 1, 14));
              const state = followUpState;
              const responded = state !== 'open';
              const decided = state === 'accepted' || state === 'rejected';
              rows.followUps.push([
                ids.followUp,
                itemId,
                periodId,
                agencyId,
                state,
                due,
                responded ? 'Kegiatan telah dilaksanakan; bukti terlampir.' : null,
                responded ? `https://${slug}.go.id/tindak-lanjut/${itemId}` : null,
                responded ? `${period.year + 1}-02-01T03:00:00Z` : null,
                state === 'accepted' ? 'accept' : state === 'rejected' ? 'reject' : null,
                state === 'accepted'
                  ? 'Bukti memadai.'
                  : state === 'rejected'
                    ? 'Bukti belum menunjukkan pelaksanaan.'
                    : null,
                decided ? `${period.year + 1}-02-10T03:00:00Z` : null,
                decided ? evaluator : null,
                reRatingId,
              ]);
            }
          }
        }
      });
    }
    await bulkInsert(
      db,
      'work_unit',
      [
        ['id', 'int'],
        ['agency_id', 'int'],
        ['name', 'text'],
      ],
      rows.workUnits,
    );
    await bulkInsert(
      db,
      'action_plan',
      [
        ['id', 'int'],
        ['agency_id', 'int'],
        ['period_id', 'int'],
        ['evaluated_at', 'timestamptz'],
        ['evaluated_by', 'int'],
      ],
      rows.plans,
    );
    await bulkInsert(
      db,
      'plan_item',
      [
        ['id', 'int'],
        ['plan_id', 'int'],
        ['agency_id', 'int'],
        ['period_id', 'int'],
        ['pillar_code', 'text'],
        ['criterion_id', 'int'],
        ['work_unit_id', 'int'],
        ['title', 'text'],
        ['description', 'text'],
        ['cadence', 'text'],
        ['created_at', 'timestamptz'],
      ],
      rows.items,
    );
    await bulkInsert(
      db,
      'rating',
      [
        ['id', 'bigint'],
        ['item_id', 'int'],
        ['color', 'text'],
        ['points', 'smallint'],
        ['note', 'text'],
        ['recommendation', 'text'],
        ['evaluator_id', 'int'],
        ['version', 'int'],
        ['created_at', 'timestamptz'],
      ],
      rows.ratings,
    );
    for (let k = 0; k < rows.current.length; k += 20_000) {
      const part = rows.current.slice(k, k + 20_000);
      await db.query(
        `UPDATE plan_item i SET current_rating_id = c.rating_id, version = c.version
         FROM unnest($1::int[], $2::bigint[], $3::int[]) AS c(item_id, rating_id, version) WHERE i.id = c.item_id`,
        [part.map((r) => r[0]), part.map((r) => r[1]), part.map((r) => r[2])],
      );
    }
    await bulkInsert(
      db,
      'publication',
      [
        ['id', 'bigint'],
        ['item_id', 'int'],
        ['channel', 'text'],
        ['url', 'text'],
        ['published_at', 'date'],
      ],
      rows.publications,
    );
    await bulkInsert(
      db,
      'follow_up',
      [
        ['id', 'int'],
        ['item_id', 'int'],
        ['period_id', 'int'],
        ['agency_id', 'int'],
        ['state', 'text'],
        ['due_date', 'date'],
        ['response', 'text'],
        ['evidence_url', 'text'],
        ['responded_at', 'timestamptz'],
        ['decision', 'text'],
        ['decision_note', 'text'],
        ['decided_at', 'timestamptz'],
        ['decided_by', 'int'],
        ['rating_id', 'bigint'],
      ],
      rows.followUps,
    );
    await bulkInsert(
      db,
      'survey_result',
      [
        ['id', 'int'],
        ['agency_id', 'int'],
        ['period_id', 'int'],
        ['values_alignment', 'float8'],
        ['engagement', 'float8'],
        ['employer_branding', 'float8'],
        ['overall', 'float8'],
      ],
      rows.surveys,
    );
    o.onProgress?.(Math.min(start + chunkSize, o.agencies.length), o.agencies.length);
  }
  for (const t of [
    'criterion',
    'period',
    'agency',
    'work_unit',
    'action_plan',
    'plan_item',
    'rating',
    'publication',
    'follow_up',
    'survey_result',
  ]) {
    await syncSequence(db, t);
  }
  await recomputeAll(db);
}
