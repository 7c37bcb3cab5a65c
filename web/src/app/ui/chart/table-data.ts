import { LinkTarget } from '../link-target';

export interface TableData {
  caption: string;
  columns: string[];
  /** The first cell of each row is its header. */
  rows: string[][];
  /** Where each cell leads, parallel to `rows` (null: plain text). */
  links?: (LinkTarget | null)[][];
}
