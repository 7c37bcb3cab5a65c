export const BATCHES = ['barat', 'tengah', 'timur', 'pusat'] as const;
export type Batch = (typeof BATCHES)[number];

export const BATCH_NAMES: Readonly<Record<Batch, { id: string; en: string }>> = {
  barat: { id: 'Barat', en: 'West' },
  tengah: { id: 'Tengah', en: 'Central' },
  timur: { id: 'Timur', en: 'East' },
  pusat: { id: 'Pusat', en: 'Central government' },
};

export const AGENCY_TYPES = ['kementerian', 'lembaga', 'provinsi', 'kabupaten', 'kota'] as const;
export type AgencyType = (typeof AGENCY_TYPES)[number];

export const AGENCY_TYPE_NAMES: Readonly<Record<AgencyType, { id: string; en: string }>> = {
  kementerian: { id: 'Kementerian', en: 'Ministry' },
  lembaga: { id: 'Lembaga', en: 'Agency' },
  provinsi: { id: 'Provinsi', en: 'Province' },
  kabupaten: { id: 'Kabupaten', en: 'Regency' },
  kota: { id: 'Kota', en: 'City' },
};

export function isBatch(value: unknown): value is Batch {
  return typeof value === 'string' && (BATCHES as readonly string[]).includes(value);
}

export function isAgencyType(value: unknown): value is AgencyType {
  return typeof value === 'string' && (AGENCY_TYPES as readonly string[]).includes(value);
}
