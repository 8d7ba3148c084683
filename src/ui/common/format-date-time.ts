const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** What a stored time that is no possible date shows as, instead of "NaN NaN NaN, NaN:NaN". */
export const UNKNOWN_DATE = 'unknown date';

const twoDigits = (n: number) => String(n).padStart(2, '0');

/**
 * A moment in the trainee's local time, as "27 Nov 2026, 16:02": day first and
 * the month as a word, so no reader confuses day and month; a 24-hour clock.
 *
 * Built by hand rather than with toLocaleString because the first Intl call on
 * a page loads the browser's locale data: about 50 ms of main thread on a slow
 * phone, in the middle of painting a debrief or a history. The app's text is
 * English throughout, so the English month names lose nothing.
 */
export function formatDateTime(ms: number): string {
  const date = new Date(ms);
  // Past ±8.64e15 ms, or NaN, a Date is invalid and every getter gives NaN.
  if (Number.isNaN(date.getTime())) return UNKNOWN_DATE;
  const month = MONTHS[date.getMonth()] ?? '';
  return `${date.getDate()} ${month} ${date.getFullYear()}, ${twoDigits(date.getHours())}:${twoDigits(date.getMinutes())}`;
}
