export interface TableData {
  caption: string;
  columns: string[];
  /** The first cell of each row is its header. */
  rows: string[][];
}
