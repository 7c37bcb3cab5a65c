import { AGENCY_TYPE_NAMES, BATCH_NAMES, PillarCode, pillarByCode } from '@pantau/domain';
import type { MatrixQuery } from '../matrix/dto/matrix-query.dto';

/** Who asked for a report, when, and with which filters: printed on every export. */
export interface ExportMeta {
  generatedAt: Date;
  generatedBy: string;
  filters: Array<{ label: string; value: string }>;
}

export type MatrixFilters = Pick<MatrixQuery, 'batch' | 'type' | 'province' | 'q' | 'sort'>;

function sortLabel(sort: string): string {
  const desc = sort.startsWith('-');
  const key = desc ? sort.slice(1) : sort;
  const names: Record<string, string> = { name: 'nama', code: 'kode', index: 'indeks' };
  const what = names[key] ?? `pilar ${pillarByCode(key as PillarCode).nameId}`;
  return `${what} ${desc ? 'menurun' : 'menaik'}`;
}

/**
 * The filters in words, Indonesian first. `scope` names what the user may see at all when that is not every
 * agency (an agency team's own agency, a regional leader's batch); with neither a scope nor a filter the
 * report covers "seluruh instansi".
 */
export function describeFilters(
  f: MatrixFilters,
  provinceName?: string | null,
  scope?: string | null,
): ExportMeta['filters'] {
  const out: ExportMeta['filters'] = [];
  if (scope) out.push({ label: 'Cakupan', value: scope });
  if (f.batch) out.push({ label: 'Wilayah', value: BATCH_NAMES[f.batch].id });
  if (f.type) out.push({ label: 'Jenis', value: AGENCY_TYPE_NAMES[f.type].id });
  if (f.province) out.push({ label: 'Provinsi', value: provinceName ? `${provinceName} (${f.province})` : f.province });
  if (f.q) out.push({ label: 'Pencarian', value: `"${f.q}"` });
  if (out.length === 0) out.push({ label: 'Cakupan', value: 'Seluruh instansi' });
  if (f.sort) out.push({ label: 'Urutan', value: sortLabel(f.sort) });
  return out;
}

export function filtersLine(meta: ExportMeta): string {
  return meta.filters.map((f) => `${f.label}: ${f.value}`).join(' · ');
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 30);

/** e.g. matriks-berakhlak-2025-timur-provinsi.xlsx */
export function matrixFileName(year: number, f: MatrixFilters, ext: string): string {
  const parts = [
    'matriks-berakhlak',
    String(year),
    f.batch,
    f.type,
    f.province && `prov-${f.province}`,
    f.q && slug(f.q),
  ];
  return `${parts
    .filter(Boolean)
    .map((p) => slug(String(p)))
    .join('-')}.${ext}`;
}

/** e.g. rencana-aksi-prov-62-2025.csv */
export function itemsFileName(agencyCode: string, year: number, ext: string): string {
  return `rencana-aksi-${slug(agencyCode)}-${year}.${ext}`;
}

/** Jakarta time, as the people reading the report live by it. */
export function formatWib(d: Date): string {
  const s = new Intl.DateTimeFormat('id-ID', {
    timeZone: 'Asia/Jakarta',
    dateStyle: 'long',
    timeStyle: 'short',
  }).format(d);
  return `${s} WIB`;
}
