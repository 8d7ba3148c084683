import { scaleUtc } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { dateTicks } from './date-ticks';

const dec = (day: number, hour = 0) => Date.UTC(2025, 11, day, hour);

describe('dateTicks', () => {
  it('the reported case: a one-day axis no longer reads "Dec 2, Dec 2, Dec 2, Dec 2, Dec 3"', () => {
    const domain = [dec(2), dec(3)] as const;
    // What the dashboard drew before: d3's six-hourly ticks, each formatted as a day.
    const scale = scaleUtc().domain(domain);
    const before = scale.ticks(4).map((tick) => scale.tickFormat(4, '%b %-d')(tick));
    expect(before).toEqual(['Dec 2', 'Dec 2', 'Dec 2', 'Dec 2', 'Dec 3']);

    expect(dateTicks(domain, 4, { wholeDays: true }).map((tick) => tick.label)).toEqual(['2 Dec', '3 Dec']);
    expect(dateTicks(domain, 4).map((tick) => tick.label)).toEqual([
      '2 Dec, 00:00',
      '2 Dec, 06:00',
      '2 Dec, 12:00',
      '2 Dec, 18:00',
      '3 Dec, 00:00',
    ]);
  });

  it('never repeats a label, and shows the year only when the axis crosses one', () => {
    const weeks = dateTicks([Date.UTC(2025, 0, 6), Date.UTC(2025, 2, 3)], 6, { wholeDays: true });
    expect(new Set(weeks.map((tick) => tick.label)).size).toBe(weeks.length);
    expect(weeks.every((tick) => /^\d{1,2} [A-Z][a-z]{2}$/.test(tick.label))).toBe(true);

    const newYear = dateTicks([dec(30), Date.UTC(2026, 0, 2)], 6, { wholeDays: true }).map((tick) => tick.label);
    expect(newYear).toEqual(['30 Dec 2025', '31 Dec 2025', '1 Jan 2026', '2 Jan 2026']);
  });

  it('puts whole-day ticks on midnights only', () => {
    const ticks = dateTicks([dec(1), dec(4)], 12, { wholeDays: true });
    expect(ticks.map((tick) => tick.value)).toEqual([dec(1), dec(2), dec(3), dec(4)]);
  });
});
