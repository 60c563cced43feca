// A storyline's events on a time axis: each event spans the days its date may fall on (a month-precise
// event covers the month), with a card per event below. Dates are shown in the API's words (`when`), never
// formatted here; the confidence is a word with its number on hover.
import { h, s, fill, link, badge, empty } from '../dom.js';
import { get } from '../api.js';

const DAY = 86400000;
const W = 960, ROW = 18, LEFT = 10, RIGHT = 10, TOP = 26;

export async function renderTimeline(view, id) {
  const t = await get(`/api/storylines/${encodeURIComponent(id)}/timeline`);
  const dated = t.events.filter((e) => e.date);
  fill(view,
    h('p', { class: 'meta' }, h('a', { href: '#/' }, '← Storylines')),
    h('h1', {}, t.storyline.label),
    h('p', { class: 'meta' }, `${t.storyline.events} events · ${t.storyline.articles} articles · `,
      t.storyline.languages.map((l) => badge(l))),
    dated.length ? axis(dated) : empty('None of this storyline\u2019s events has a date yet.'),
    h('p', { class: 'hint' }, 'A bar covers every day an event may have happened: a month-precise date spans its month, a day-precise one a single day.'),
    h('div', { class: 'cards' }, t.events.map(card)));
}

function axis(events) {
  const t0 = Math.min(...events.map((e) => Date.parse(e.date.earliest)));
  const t1 = Math.max(...events.map((e) => Date.parse(e.date.latest) + DAY));
  const span = Math.max(t1 - t0, DAY);
  const x = (t) => LEFT + ((t - t0) / span) * (W - LEFT - RIGHT);
  const height = TOP + events.length * ROW + 10;
  const svg = s('svg', { class: 'timeline-svg', viewBox: `0 0 ${W} ${height}`, role: 'img', 'aria-labelledby': 'tl-title' },
    s('title', { id: 'tl-title' }, `Timeline of ${events.length} events`),
    s('line', { class: 'axis', x1: LEFT, x2: W - RIGHT, y1: TOP - 8, y2: TOP - 8 }),
    ticks(t0, t1).map((t) => [
      s('line', { class: 'axis', x1: x(t), x2: x(t), y1: TOP - 12, y2: TOP - 4 }),
      s('text', { x: x(t) + 2, y: TOP - 14 }, tickLabel(t))]),
    events.map((e, i) => {
      const a = Date.parse(e.date.earliest), b = Date.parse(e.date.latest) + DAY;
      const w = Math.max(4, x(b) - x(a));
      return s('a', { href: `#card-${cssId(e.id)}`, class: `event ${e.date.granularity}`, 'data-event': e.id,
        onclick: (ev) => { ev.preventDefault(); select(e.id); } },
        s('title', {}, `${e.when}: ${e.gist}`),
        s('rect', { x: x(a), y: TOP + i * ROW, width: w, height: ROW - 6, rx: 2 }));
    }));
  return svg;
}

/** An axis tick (the first of a month) as a month and year, "Jul 2024". */
function tickLabel(t) {
  return new Date(t).toLocaleDateString('en', { month: 'short', year: 'numeric', timeZone: 'UTC' });
}

function ticks(t0, t1) {
  const out = [];
  const d = new Date(t0);
  d.setUTCDate(1);
  const months = (t1 - t0) / (30 * DAY);
  const step = months > 36 ? 12 : months > 12 ? 3 : 1;
  for (let t = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1); t < t1; ) {
    out.push(t);
    const n = new Date(t);
    t = Date.UTC(n.getUTCFullYear(), n.getUTCMonth() + step, 1);
  }
  return out;
}

function select(id) {
  document.querySelectorAll('.card.selected').forEach((c) => c.classList.remove('selected'));
  const card = document.getElementById(`card-${cssId(id)}`);
  if (card) {
    card.classList.add('selected');
    card.scrollIntoView({ block: 'nearest' });
    card.focus();
  }
}

function cssId(id) {
  return String(id).replace(/[^A-Za-z0-9_-]/g, '_');
}

function card(e) {
  return h('article', { class: 'card', id: `card-${cssId(e.id)}`, tabindex: '-1', 'data-event': e.id },
    h('h3', {}, e.when, e.confidence
      ? [' ', h('span', { class: `badge confidence ${e.confidence}`, title: `confidence ${e.dateConfidence.toFixed(2)}` }, e.confidence)]
      : null),
    h('p', {}, e.gist),
    h('p', { class: 'meta' }, 'Languages: ', e.languages.map((l) => badge(l))),
    e.keyEntities.length ? h('p', {}, 'Key entities: ', e.keyEntities.map((k, i) => [i ? ', ' : '', link('entity', k.id, k.name)])) : null,
    h('p', {}, `Articles (${e.articleIds.length}): `, e.articleIds.map((a, i) => [i ? ', ' : '', link('article', a)])));
}
