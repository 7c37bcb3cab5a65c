export const AUDIT_PAGE_SIZE_MAX = 200;
/** An export holds at most this many events, the newest; the file says so, and how many matched. */
export const AUDIT_EXPORT_MAX_ROWS = 20_000;
/** An action (`rating.created`) or a group of actions (`rating.`). */
export const AUDIT_ACTION_PATTERN = /^[a-z][a-z-]*(\.[a-z][a-z-]*)*\.?$/;
