/** A page of a longer list: the items asked for, and how many there are in all. */
export interface Page<T> {
  items: T[];
  total: number;
}

/** `?page=&pageSize=` of the paged lists (1-based; the page size has a per-route maximum). */
export interface PagingParams {
  page?: number;
  pageSize?: number;
}

/** `?flag=true|false` query values: query strings carry text. */
export type QueryFlag = 'true' | 'false';
