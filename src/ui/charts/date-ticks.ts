import { scaleUtc } from 'd3-scale';

const DAY_MS = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const twoDigits = (n: number) => String(n).padStart(2, '0');

export interface DateTick {
  value: number;
  label: string;
}

/**
 * Ticks for a UTC date axis whose labels are all different and readable: day
 * first and the month as a word ("2 Dec", like the rest of the app), the year
 * only when the axis crosses one, and the time only when two ticks fall on the
 * same day. With `wholeDays`, for data counted per day, ticks sit only on
 * midnights, so a short axis shows "2 Dec, 3 Dec" rather than four "Dec 2"s.
 */
export function dateTicks(domain: readonly [number, number], count: number, { wholeDays = false } = {}): DateTick[] {
  let values = scaleUtc().domain(domain).ticks(count).map(Number);
  if (wholeDays) values = values.filter((value) => value % DAY_MS === 0);
  const dayOf = (value: number) => Math.floor(value / DAY_MS);
  const showTime = values.some((value, i) => i > 0 && dayOf(value) === dayOf(values[i - 1]!));
  const years = new Set(values.map((value) => new Date(value).getUTCFullYear()));
  const seen = new Set<string>();
  const ticks: DateTick[] = [];
  for (const value of values) {
    const date = new Date(value);
    let label = `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]}`;
    if (years.size > 1) label += ` ${date.getUTCFullYear()}`;
    if (showTime) label += `, ${twoDigits(date.getUTCHours())}:${twoDigits(date.getUTCMinutes())}`;
    // A label already on the axis would say nothing new.
    if (seen.has(label)) continue;
    seen.add(label);
    ticks.push({ value, label });
  }
  return ticks;
}
