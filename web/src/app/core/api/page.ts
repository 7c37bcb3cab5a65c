import { Page } from '@pantau/domain';

/** Lists arrive either bare or as `{ items, total }` while the API settles; accept both. */
export function itemsOf<T>(response: readonly T[] | Page<T>): T[] {
  return Array.isArray(response) ? [...response] : [...(response as Page<T>).items];
}

export type QueryParams = Record<string, string | number | boolean>;

/** Drops empty values so URLs stay short and the server sees only real filters. */
export function compactParams(params: Record<string, string | number | boolean | null | undefined>): QueryParams {
  const out: QueryParams = {};
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') out[key] = value;
  }
  return out;
}
