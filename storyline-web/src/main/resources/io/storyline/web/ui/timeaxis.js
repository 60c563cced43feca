// Time arithmetic for the timeline, in UTC milliseconds: axis ticks that fit their labels, and the grouping of
// events into days, weeks, months, quarters or years as the zoom requires. No DOM here.

export const DAY = 86400000;
/** Pixels per character of an 11px axis label, rounded up so estimated labels are never narrower than drawn ones. */
const CHAR_PX = 7;
const GAP_PX = 14;

const fmt = (options) => new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', ...options });
const dayMonth = fmt({ day: 'numeric', month: 'short' });
const dayMonthYear = fmt({ day: 'numeric', month: 'short', year: 'numeric' });
const monthYear = fmt({ month: 'short', year: 'numeric' });
const longMonthYear = fmt({ month: 'long', year: 'numeric' });
const longDay = fmt({ day: 'numeric', month: 'long', year: 'numeric' });

const addMonths = (t, k) => { const d = new Date(t); return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + k, 1); };
const floorDay = (t) => Math.floor(t / DAY) * DAY;
const floorMonths = (t, k) => { const d = new Date(t); return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - (d.getUTCMonth() % k), 1); };
const floorYears = (t, k) => Date.UTC(new Date(t).getUTCFullYear() - (((new Date(t).getUTCFullYear() % k) + k) % k), 0, 1);
/** Monday of the ISO week holding t (1970-01-01 was a Thursday). */
const floorWeek = (t) => floorDay(t) - ((Math.floor(t / DAY) + 3) % 7) * DAY;

/** Tick steps from finest to coarsest: the widest label each draws, where it starts and the next tick. */
const STEPS = [
  { days: 1, chars: 11, floor: floorDay, next: (t) => t + DAY },
  { days: 2, chars: 11, floor: (t) => Math.floor(t / (2 * DAY)) * 2 * DAY, next: (t) => t + 2 * DAY },
  { days: 7, chars: 11, floor: floorWeek, next: (t) => t + 7 * DAY },
  { days: 14, chars: 11, floor: (t) => floorWeek(t) - (Math.floor(floorWeek(t) / (7 * DAY)) % 2) * 7 * DAY, next: (t) => t + 14 * DAY },
  ...[1, 3, 6].map((k) => ({ days: 30 * k, chars: 8, floor: (t) => floorMonths(t, k), next: (t) => addMonths(t, k), month: true })),
  ...[1, 2, 5, 10, 25, 50, 100].map((k) => ({ days: 365 * k, chars: 4, floor: (t) => floorYears(t, k), next: (t) => Date.UTC(new Date(t).getUTCFullYear() + k, 0, 1), year: true })),
];

/**
 * Axis ticks for [t0, t1) drawn over `px` pixels: the finest step whose labels fit side by side, so no two labels
 * overlap. Each tick is {t, label}; a day label carries the year at the first tick and where the year changes.
 */
export function ticks(t0, t1, px) {
  const perDay = (px * DAY) / Math.max(t1 - t0, DAY);
  const step = STEPS.find((s) => s.days * perDay >= s.chars * CHAR_PX + GAP_PX) || STEPS[STEPS.length - 1];
  const out = [];
  let lastYear = null;
  for (let t = step.floor(t0); t < t1 && out.length < 500; t = step.next(t)) {
    if (t < t0) continue;
    const year = new Date(t).getUTCFullYear();
    const label = step.year ? String(year)
      : step.month ? monthYear.format(t)
        : (year !== lastYear ? dayMonthYear : dayMonth).format(t);
    lastYear = year;
    out.push({ t, label });
  }
  return out;
}

/** Ways to group events, finest first: each names its bucket for an event's first day, and says it in words. */
export const GROUPINGS = [
  { name: 'event', key: null },
  { name: 'day', key: floorDay, words: (t) => longDay.format(t), end: (t) => t + DAY },
  { name: 'week', key: floorWeek, words: (t) => `week of ${longDay.format(t)}`, end: (t) => t + 7 * DAY },
  { name: 'month', key: (t) => floorMonths(t, 1), words: (t) => longMonthYear.format(t), end: (t) => addMonths(t, 1) },
  { name: 'quarter', key: (t) => floorMonths(t, 3), words: (t) => `Q${Math.floor(new Date(t).getUTCMonth() / 3) + 1} ${new Date(t).getUTCFullYear()}`, end: (t) => addMonths(t, 3) },
  { name: 'year', key: (t) => floorYears(t, 1), words: (t) => String(new Date(t).getUTCFullYear()), end: (t) => Date.UTC(new Date(t).getUTCFullYear() + 1, 0, 1) },
];

/**
 * The rows to draw for these dated events: one per event when there are at most `maxRows`, else one per day, week,
 * month, quarter or year (the finest grouping that fits). Each row is {from, to, events, grouping, words}.
 */
export function rows(events, maxRows) {
  for (const g of GROUPINGS) {
    if (!g.key) {
      if (events.length <= maxRows) return events.map((e) => ({ from: e.t0, to: e.t1, events: [e], grouping: g.name }));
      continue;
    }
    const buckets = new Map();
    for (const e of events) {
      const k = g.key(e.t0);
      if (!buckets.has(k)) buckets.set(k, []);
      buckets.get(k).push(e);
    }
    if (buckets.size <= maxRows || g === GROUPINGS[GROUPINGS.length - 1]) {
      return [...buckets.entries()].sort((a, b) => a[0] - b[0]).map(([k, list]) => ({
        from: k, to: Math.max(g.end(k), ...list.map((e) => e.t1)), events: list, grouping: g.name, words: g.words(k),
      }));
    }
  }
  return [];
}
