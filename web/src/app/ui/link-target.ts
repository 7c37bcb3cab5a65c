import { Params } from '@angular/router';

/** Where a number or a bar leads: a route and its query parameters (the filters of the page it opens). */
export interface LinkTarget {
  path: string;
  queryParams: Params;
}
