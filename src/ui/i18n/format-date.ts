/**
 * A lecture's date (`YYYY-MM-DD`, as the catalog gives it) as a language writes it: "9 April 2021", 2021年4月9日.
 * Anything else is shown as it is.
 */
export function formatDate(iso: string, locale: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
