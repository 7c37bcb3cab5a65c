export const PILLAR_CODES = [
  'berorientasi-pelayanan',
  'akuntabel',
  'kompeten',
  'harmonis',
  'loyal',
  'adaptif',
  'kolaboratif',
  'bangga-melayani-bangsa',
] as const;

export type PillarCode = (typeof PILLAR_CODES)[number];

export interface Pillar {
  code: PillarCode;
  position: number;
  /** Two-letter abbreviation used in narrow matrix headers. */
  short: string;
  nameId: string;
  nameEn: string;
}

export const PILLARS: readonly Pillar[] = [
  {
    code: 'berorientasi-pelayanan',
    position: 1,
    short: 'BP',
    nameId: 'Berorientasi Pelayanan',
    nameEn: 'Service Oriented',
  },
  { code: 'akuntabel', position: 2, short: 'AK', nameId: 'Akuntabel', nameEn: 'Accountable' },
  { code: 'kompeten', position: 3, short: 'KO', nameId: 'Kompeten', nameEn: 'Competent' },
  { code: 'harmonis', position: 4, short: 'HA', nameId: 'Harmonis', nameEn: 'Harmonious' },
  { code: 'loyal', position: 5, short: 'LO', nameId: 'Loyal', nameEn: 'Loyal' },
  { code: 'adaptif', position: 6, short: 'AD', nameId: 'Adaptif', nameEn: 'Adaptive' },
  { code: 'kolaboratif', position: 7, short: 'KL', nameId: 'Kolaboratif', nameEn: 'Collaborative' },
  {
    code: 'bangga-melayani-bangsa',
    position: 8,
    short: 'BMB',
    nameId: 'Bangga Melayani Bangsa',
    nameEn: 'Proud to Serve the Nation',
  },
];

export function isPillarCode(value: unknown): value is PillarCode {
  return typeof value === 'string' && (PILLAR_CODES as readonly string[]).includes(value);
}

export function pillarByCode(code: PillarCode): Pillar {
  const pillar = PILLARS.find((p) => p.code === code);
  if (!pillar) throw new Error(`Unknown pillar ${code}`);
  return pillar;
}
