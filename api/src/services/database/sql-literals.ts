/** A text constant of our own (a state, a colour) as an SQL literal; never for values from a request. */
export function sqlText(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** `expr IN ('a', 'b')` for a group defined in libs/domain; `separator` keeps entity CHECKs as migrated. */
export function sqlIn(expr: string, values: readonly string[], separator = ', '): string {
  return `${expr} IN (${values.map(sqlText).join(separator)})`;
}
