import {
  AgencySummary,
  CellColor,
  colorForScore,
  DEFAULT_THRESHOLDS,
  FollowUpView,
  ItemView,
  MatrixCell,
  MatrixResponse,
  MatrixRow,
  PeriodView,
  PILLAR_CODES,
  RatingView,
  SummaryResponse,
} from '@pantau/domain';

export function makePeriod(overrides: Partial<PeriodView> = {}): PeriodView {
  return {
    id: 1,
    name: 'Evaluasi 2025',
    year: 2025,
    state: 'published',
    thresholds: DEFAULT_THRESHOLDS,
    instrumentVersion: '2025.1',
    instrumentFrozen: true,
    followUpDays: 30,
    followUpOnYellow: true,
    allowedTransitions: ['follow-up'],
    ...overrides,
  };
}

export function makeAgency(id: number, overrides: Partial<AgencySummary> = {}): AgencySummary {
  return {
    id,
    code: `ag${id}`,
    name: `Instansi ${id}`,
    type: 'kabupaten',
    batch: 'barat',
    parentId: null,
    ...overrides,
  };
}

export function makeCell(
  pillar: MatrixCell['pillar'],
  score: number | null,
  counts: Partial<MatrixCell> = {},
): MatrixCell {
  return { pillar, score, color: colorForScore(score), red: 0, yellow: 0, green: 0, grey: 0, ...counts };
}

/** A row whose eight pillar scores are all `score` (null = unrated). */
export function makeRow(agency: AgencySummary, score: number | null, index: number | null = score): MatrixRow {
  const color: CellColor = colorForScore(index);
  return { agency, index, color, cells: PILLAR_CODES.map((p) => makeCell(p, score)) };
}

export function makeMatrix(rows: MatrixRow[], period = makePeriod()): MatrixResponse {
  return { period, pillars: [...PILLAR_CODES], rows, total: rows.length };
}

export function makeSummary(overrides: Partial<SummaryResponse> = {}): SummaryResponse {
  return {
    period: makePeriod(),
    agencies: 10,
    agenciesEvaluated: 8,
    index: 66.5,
    totals: { red: 10, yellow: 20, green: 60, grey: 10 },
    pillars: PILLAR_CODES.map((pillar) => ({
      pillar,
      score: 70,
      color: 'yellow',
      red: 1,
      yellow: 2,
      green: 6,
      grey: 1,
    })),
    batches: [
      { batch: 'timur', agencies: 3, index: 48, color: 'red' },
      { batch: 'barat', agencies: 4, index: 82, color: 'green' },
    ],
    distribution: [
      { from: 90, to: 100, agencies: 1 },
      { from: 40, to: 50, agencies: 2 },
      { from: 70, to: 80, agencies: 5 },
    ],
    followUps: { open: 12, overdue: 3, responded: 4, accepted: 2, rejected: 1 },
    ...overrides,
  };
}

export function makeRating(overrides: Partial<RatingView> = {}): RatingView {
  return {
    id: 1,
    color: 'green',
    points: 2,
    note: null,
    recommendation: null,
    evaluator: { id: 2, displayName: 'Analis Wilayah Tengah' },
    createdAt: '2026-01-05T09:00:00.000Z',
    version: 1,
    ...overrides,
  };
}

export function makeItem(id: number, overrides: Partial<ItemView> = {}): ItemView {
  return {
    id,
    planId: 1,
    agencyId: 471,
    periodId: 2,
    pillar: 'akuntabel',
    criterionId: null,
    workUnit: { id: 10, name: 'Dinas Kesehatan' },
    title: `Butir ${id}`,
    description: `Uraian butir ${id}`,
    cadence: 'monthly',
    version: 0,
    rating: null,
    publications: {
      frequency: 'monthly',
      lastPublishedAt: '2025-12-18',
      channels: ['banner'],
      count: 3,
      overdue: false,
    },
    suggestion: { color: 'green', reason: 'Spanduk diperbarui bulanan.', reasonEn: 'Banners renewed monthly.' },
    followUp: null,
    ...overrides,
  };
}

export function makeFollowUp(id: number, overrides: Partial<FollowUpView> = {}): FollowUpView {
  return {
    id,
    itemId: 100 + id,
    agencyId: 101,
    periodId: 1,
    state: 'open',
    dueDate: '2026-12-14',
    overdue: false,
    response: null,
    evidenceUrl: null,
    respondedAt: null,
    decisionNote: null,
    decidedAt: null,
    itemTitle: `Butir tindak lanjut ${id}`,
    pillar: 'harmonis',
    agencyName: 'Provinsi Kalimantan Tengah',
    ratingColor: 'red',
    ratingNote: 'Kegiatan belum berjalan.',
    ...overrides,
  };
}
