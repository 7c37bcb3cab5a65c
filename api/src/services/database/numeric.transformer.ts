import { ValueTransformer } from 'typeorm';

/** pg returns NUMERIC as a string to keep precision; scores have one decimal and fit a JS number. */
export const numericTransformer: ValueTransformer = {
  to: (v: number | null | undefined) => v,
  from: (v: string | null) => (v === null || v === undefined ? null : Number(v)),
};
