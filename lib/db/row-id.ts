/**
 * A row id from an address (`/admin/stories/12`, `?revision=3`): digits only, at least 1 and within
 * PostgreSQL's integer, or null. Anything else (`abc`, `-1`, `2147483648`) is no row of ours, and
 * passed on it would fail the query instead of answering "not found".
 */
/** The largest id PostgreSQL's integer holds: id and version schemas cap their input here too. */
export const INT4_MAX = 2_147_483_647;

export function rowIdFrom(value: string | string[] | undefined): number | null {
  const text = Array.isArray(value) ? value[0] : value;
  if (text === undefined || !/^\d{1,10}$/.test(text)) return null;
  const id = Number(text);
  return id >= 1 && id <= INT4_MAX ? id : null;
}
