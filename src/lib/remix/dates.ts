// Used in the browser, at build time and in tests: calendar days as the slide index carries them
// ("2026-12-05") and as a Dutch reader reads them ("5 december 2026").

export const dutchMonths = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
] as const;

const isoDay = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written "YYYY-MM-DD". */
export function isIsoDate(text: string): boolean {
  const match = isoDay.exec(text);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** "5 december 2026" for "2026-12-05" (no time zone involved), or '' for anything else. */
export function dutchDate(iso: string): string {
  if (!isIsoDate(iso)) return '';
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return `${day} ${dutchMonths[month - 1]} ${year}`;
}
