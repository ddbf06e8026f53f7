/**
 * ISO-8601 instants as the API takes them: `2026-11-25T10:57:00Z`, with optional fractions of a second (up to 6
 * digits) and a `Z` or `±hh:mm` offset. Date.parse alone rolls impossible dates over (30 February becomes 2 March),
 * so the calendar is checked field by field.
 */
const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,6})?(Z|([+-])(\d{2}):(\d{2}))$/;

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

export function isIsoInstant(text: string): boolean {
  const m = ISO_INSTANT.exec(text);
  if (!m) return false;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const offsetOk = m[8] === 'Z' || (Number(m[10]) <= 23 && Number(m[11]) <= 59);
  return (
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysIn(year, month) &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59 &&
    offsetOk
  );
}
