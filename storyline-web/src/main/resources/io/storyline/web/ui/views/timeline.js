// A storyline's events on a time axis that stays readable from 5 to 5,000 events: one labelled row per event, or
// per day, week, month… when more events are in view than rows fit; zoom (buttons, wheel, +/−) and pan (drag, arrow
// keys); undated events in their own lane; filters by date, language, entity and source kept in the URL. Dates are
// shown in the API's words (`when`), never formatted from machine values here.
import { h, s, fill, link, badge, empty } from '../dom.js';
import { get, query } from '../api.js';
import { DAY, ticks, rows } from '../timeaxis.js';
import { articleItem, articleTitle, sourceName } from '../refs.js';

const ROW = 24, TOP = 34, PAD = 8, MAX_ROWS = 40, CARD_PAGE = 60, LABEL_PX = 6.6;
const FILTERS = ['from', 'to', 'lang', 'entity', 'source'];

export async function renderTimeline(view, id, params = new URLSearchParams()) {
  const t = await get(`/api/storylines/${encodeURIComponent(id)}/timeline`);
  const values = Object.fromEntries(FILTERS.map((f) => [f, params.get(f) || '']));
  const events = t.events.filter((e) => keep(e, values, t.articles));
  const dated = events.filter((e) => e.date).map((e) => ({ ...e, t0: Date.parse(e.date.earliest), t1: Date.parse(e.date.latest) + DAY }));
  const undated = events.filter((e) => !e.date);
  const state = { id, values, articles: t.articles, dated, undated, shown: CARD_PAGE };
  const all = dated.length ? [Math.min(...dated.map((e) => e.t0)), Math.max(...dated.map((e) => e.t1))] : null;
  state.full = all && pad(all);
  state.window = zoomFrom(params.get('view')) || state.full;

  const chart = h('div', { class: 'timeline', id: 'timeline' });
  const cards = h('div', { class: 'cards', id: 'cards' });
  const summary = h('p', { class: 'meta', id: 'in-view', 'aria-live': 'polite' });
  state.chart = chart; state.cards = cards; state.summary = summary;
  fill(view,
    h('p', { class: 'meta' }, h('a', { href: '#/' }, '← Storylines')),
    h('h1', {}, t.storyline.label),
    h('p', { class: 'meta' }, `${t.storyline.events} events · ${t.storyline.articles} articles · `,
      t.storyline.languages.map((l) => badge(l))),
    filterForm(t, values),
    events.length < t.events.length
      ? h('p', { class: 'hint', id: 'filtered' }, `${events.length} of ${t.events.length} events match the filters.`) : null,
    dated.length ? [controls(state), chart] : empty(events.length ? 'None of these events has a known date.' : 'No event matches the filters.'),
    undated.length ? undatedLane(undated, state) : null,
    h('p', { class: 'hint' }, 'A bar covers every day an event may have happened (a month-precise date spans its month). ',
      'With many events in view, a bar groups the events of a day, week, month or year: choose it to zoom in. ',
      'Drag, scroll sideways or use the arrow keys to move in time; Ctrl + wheel, the buttons or + and − zoom.'),
    h('h2', { id: 'cards-h' }, 'Events'), summary, cards);
  if (dated.length) draw(state);
  else showCards(state, []);
  let width = chart.clientWidth;
  const onResize = () => {
    if (!chart.isConnected) { window.removeEventListener('resize', onResize); return; }
    if (chart.clientWidth !== width) { width = chart.clientWidth; draw(state); }
  };
  window.addEventListener('resize', onResize);
}

/** Whether an event passes the filters: its date may fall in the range, and a language, entity and source match. */
function keep(e, f, articles) {
  if ((f.from || f.to) && !e.date) return false;
  if (f.from && e.date.latest < f.from) return false;
  if (f.to && e.date.earliest > f.to) return false;
  if (f.lang && !e.languages.includes(f.lang)) return false;
  if (f.entity && !e.keyEntities.some((k) => k.id === f.entity)) return false;
  if (f.source) {
    const wanted = f.source.toLowerCase();
    if (!e.articleIds.some((a) => articles[a] && `${articles[a].source} ${articles[a].url || ''}`.toLowerCase().includes(wanted))) return false;
  }
  return true;
}

function filterForm(t, values) {
  const entities = new Map();
  t.events.forEach((e) => e.keyEntities.forEach((k) => entities.set(k.id, k.name)));
  const sources = [...new Set(Object.values(t.articles).map(sourceName))].sort();
  const form = h('form', { class: 'filters', id: 'timeline-filters', 'aria-label': 'Filter events' },
    h('label', {}, 'From', h('input', { type: 'date', name: 'from', value: values.from })),
    h('label', {}, 'To', h('input', { type: 'date', name: 'to', value: values.to })),
    h('label', {}, 'Language', h('select', { name: 'lang' }, h('option', { value: '' }, 'Any'),
      t.storyline.languages.map((l) => h('option', { value: l, selected: l === values.lang }, l)))),
    h('label', {}, 'Entity', h('select', { name: 'entity' }, h('option', { value: '' }, 'Any'),
      [...entities].sort((a, b) => a[1].localeCompare(b[1])).map(([id, name]) => h('option', { value: id, selected: id === values.entity }, name)))),
    h('label', {}, 'Source', h('input', { name: 'source', value: values.source, list: 'timeline-sources' }),
      h('datalist', { id: 'timeline-sources' }, sources.slice(0, 200).map((x) => h('option', { value: x })))),
    h('div', { class: 'buttons' }, h('button', { type: 'submit' }, 'Filter'),
      h('a', { href: `#/storyline/${encodeURIComponent(t.storyline.id)}`, class: 'reset' }, 'Clear')));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const f = new FormData(form);
    location.hash = `#/storyline/${encodeURIComponent(t.storyline.id)}${query(Object.fromEntries(FILTERS.map((k) => [k, f.get(k)])))}`;
  });
  return form;
}

function controls(state) {
  const zoom = (factor) => () => { state.window = scale(state.window, factor, 0.5, state.full); draw(state); };
  const move = (share) => () => { state.window = shift(state.window, share, state.full); draw(state); };
  return h('div', { class: 'zoom', role: 'toolbar', 'aria-label': 'Timeline zoom and pan', 'aria-controls': 'timeline' },
    h('button', { type: 'button', class: 'secondary', onclick: move(-0.5), 'aria-label': 'Earlier' }, '←'),
    h('button', { type: 'button', class: 'secondary', onclick: zoom(0.5), 'aria-label': 'Zoom in' }, '+'),
    h('button', { type: 'button', class: 'secondary', onclick: zoom(2), 'aria-label': 'Zoom out' }, '−'),
    h('button', { type: 'button', class: 'secondary', onclick: move(0.5), 'aria-label': 'Later' }, '→'),
    h('button', { type: 'button', class: 'secondary', onclick: () => { state.window = state.full; draw(state); } }, 'Show all'));
}

/** Draws the axis and rows for the current window, and the cards of the events in it. */
function draw(state) {
  const [v0, v1] = state.window;
  const W = Math.max(280, state.chart.clientWidth || 960);
  const x = (t) => PAD + ((t - v0) / (v1 - v0)) * (W - 2 * PAD);
  const inView = state.dated.filter((e) => e.t1 > v0 && e.t0 < v1);
  const lines = rows(inView, MAX_ROWS);
  const height = TOP + Math.max(lines.length, 1) * ROW + PAD;
  const tickList = ticks(v0, v1, W - 2 * PAD);
  const svg = s('svg', { class: 'timeline-svg', width: W, height, viewBox: `0 0 ${W} ${height}`, tabindex: '0',
    role: 'group', 'aria-label': `Timeline: ${inView.length} events from ${words(v0)} to ${words(v1 - DAY)}`,
    'data-grouping': lines.length ? lines[0].grouping : 'event' },
    s('rect', { class: 'backdrop', x: 0, y: 0, width: W, height }),
    s('line', { class: 'axis', x1: PAD, x2: W - PAD, y1: TOP - 10, y2: TOP - 10 }),
    tickList.map((tk) => s('g', { class: 'tick' },
      s('line', { class: 'grid', x1: x(tk.t), x2: x(tk.t), y1: TOP - 14, y2: height - PAD }),
      s('text', { class: 'tick-label', x: x(tk.t) + 3, y: TOP - 16 }, tk.label))),
    lines.map((r, i) => bar(r, i, x, W, state)));
  svg.addEventListener('keydown', (ev) => {
    const act = { ArrowLeft: () => shift(state.window, -0.2, state.full), ArrowRight: () => shift(state.window, 0.2, state.full),
      '+': () => scale(state.window, 0.5, 0.5, state.full), '=': () => scale(state.window, 0.5, 0.5, state.full),
      '-': () => scale(state.window, 2, 0.5, state.full) }[ev.key];
    if (!act || ev.target !== svg) return;
    ev.preventDefault();
    state.window = act();
    draw(state);
    state.chart.querySelector('svg').focus();
  });
  svg.addEventListener('wheel', (ev) => {
    const sideways = Math.abs(ev.deltaX) > Math.abs(ev.deltaY);
    if (!ev.ctrlKey && !sideways) return; // a plain wheel scrolls the page
    ev.preventDefault();
    const at = (ev.offsetX - PAD) / (W - 2 * PAD);
    state.window = sideways ? shift(state.window, ev.deltaX / (W - 2 * PAD), state.full)
      : scale(state.window, ev.deltaY > 0 ? 1.25 : 0.8, Math.min(1, Math.max(0, at)), state.full);
    draw(state);
  }, { passive: false });
  dragToPan(svg, W, state);
  fill(state.chart, svg);
  fitLabels(svg);
  const url = new URL(location.href);
  const hash = url.hash.replace(/([?&])view=[^&]*&?/, '$1').replace(/[?&]$/, '');
  const zoomed = state.window[0] !== state.full[0] || state.window[1] !== state.full[1];
  history.replaceState(null, '', zoomed ? `${hash}${hash.includes('?') ? '&' : '?'}view=${day(v0)}..${day(v1)}` : hash);
  showCards(state, inView);
}

/** One row: a bar over its days and its label (the gist, or how many events a group holds) beside it. */
function bar(r, i, x, W, state) {
  const y = TOP + i * ROW;
  const x0 = Math.max(PAD, x(r.from)), x1 = Math.min(W - PAD, x(r.to));
  const w = Math.max(4, x1 - x0);
  const single = r.events.length === 1 && r.grouping === 'event';
  const e = r.events[0];
  const text = single ? `${e.when}: ${e.gist}` : `${r.events.length} event${r.events.length > 1 ? 's' : ''}, ${r.words}: ${top(r.events).gist}`;
  const right = W - PAD - (x0 + w + 4), left = x0 - PAD - 4;
  const after = right >= left || right > 160;
  const room = Math.floor(after ? right : left);
  const label = clip(text, Math.floor(room / LABEL_PX));
  const tooltip = single ? [text, ...e.articleIds.map((a) => `• ${articleTitle(state.articles, a)}`)].join('\n')
    : `${r.events.length} events, ${r.words}. Choose to zoom in.`;
  return s('a', { href: single ? `#card-${cssId(e.id)}` : '#', class: `event ${single ? e.date.granularity : 'group'}`,
    'data-event': single ? e.id : null, 'data-count': r.events.length, 'aria-label': tooltip,
    onclick: (ev) => {
      ev.preventDefault();
      if (single) select(state, e.id);
      else { state.window = pad([r.from, r.to], 0.02); draw(state); }
    } },
    s('title', {}, tooltip),
    s('rect', { x: x0, y: y + 3, width: w, height: ROW - 8, rx: 2 }),
    label ? s('text', { class: 'bar-label', x: after ? x0 + w + 4 : x0 - 4, y: y + ROW / 2 + 3, 'text-anchor': after ? 'start' : 'end',
      'data-room': room, 'data-full': text }, label) : null);
}

/** Drops an axis label that would run off the edge, and shortens each bar label, as drawn in its font, until it fits the room beside its bar. */
function fitLabels(svg) {
  const width = Number(svg.getAttribute('width'));
  for (const t of svg.querySelectorAll('.tick-label')) {
    if (Number(t.getAttribute('x')) + t.getComputedTextLength() > width - 2) t.remove(); // no label cut at the edge
  }
  for (const t of svg.querySelectorAll('.bar-label')) {
    const room = Number(t.dataset.room), full = t.dataset.full;
    if (t.getComputedTextLength() <= room) continue;
    let lo = 0, hi = t.textContent.length;
    while (lo < hi) { // the longest prefix that fits
      const mid = Math.ceil((lo + hi) / 2);
      t.textContent = clip(full, mid);
      if (t.getComputedTextLength() <= room) lo = mid; else hi = mid - 1;
    }
    t.textContent = clip(full, lo);
    if (!t.textContent) t.remove();
  }
}

function dragToPan(svg, W, state) {
  let from = null;
  svg.addEventListener('pointerdown', (ev) => { if (ev.button === 0 && !ev.target.closest('a')) from = ev.clientX; });
  svg.addEventListener('pointerup', (ev) => {
    if (from === null) return;
    const dx = ev.clientX - from;
    from = null;
    if (Math.abs(dx) < 5) return;
    state.window = shift(state.window, -dx / (W - 2 * PAD), state.full);
    draw(state);
  });
}

function undatedLane(undated, state) {
  return h('section', { class: 'undated', 'aria-labelledby': 'undated-h' },
    h('h2', { id: 'undated-h' }, `Date unknown (${undated.length})`),
    h('ul', { class: 'lane' }, undated.map((e) => h('li', {},
      h('a', { href: `#card-${cssId(e.id)}`, 'data-event': e.id, onclick: (ev) => { ev.preventDefault(); select(state, e.id); } },
        `${e.when}: ${clip(e.gist, 90)}`)))));
}

/** The cards of these events, a page at a time. */
function showCards(state, dated) {
  const events = dated.concat(state.undated);
  state.inView = events;
  state.summary.dataset.count = dated.length;
  state.summary.textContent = `${dated.length} dated event${dated.length === 1 ? '' : 's'} in view`
    + (state.undated.length ? `, then ${state.undated.length} of unknown date` : '');
  const list = events.slice(0, state.shown);
  fill(state.cards, list.map((e) => card(e, state.articles)),
    events.length > list.length ? h('button', { type: 'button', class: 'secondary more', onclick: () => {
      state.shown += CARD_PAGE;
      showCards(state, dated);
    } }, `Show more events (${events.length - list.length} left)`) : null);
}

function select(state, id) {
  let cardEl = document.getElementById(`card-${cssId(id)}`);
  if (!cardEl) {
    const e = state.inView.find((x) => x.id === id);
    if (!e) return;
    cardEl = card(e, state.articles);
    state.cards.prepend(cardEl);
  }
  document.querySelectorAll('.card.selected').forEach((c) => c.classList.remove('selected'));
  cardEl.classList.add('selected');
  cardEl.scrollIntoView({ block: 'nearest' });
  cardEl.focus({ preventScroll: true });
}

function card(e, articles) {
  return h('article', { class: 'card', id: `card-${cssId(e.id)}`, tabindex: '-1', 'data-event': e.id },
    h('h3', {}, e.when, e.confidence
      ? [' ', h('span', { class: `badge confidence ${e.confidence}`, title: `confidence ${e.dateConfidence.toFixed(2)}` }, e.confidence)]
      : null),
    h('p', {}, e.gist),
    h('p', { class: 'meta' }, 'Languages: ', e.languages.map((l) => badge(l))),
    e.keyEntities.length ? h('p', {}, 'Key entities: ', e.keyEntities.map((k, i) => [i ? ', ' : '', link('entity', k.id, k.name)])) : null,
    h('p', { class: 'sources-h' }, `Sources (${e.articleIds.length}):`),
    h('ul', { class: 'sources' }, e.articleIds.map((a) => articleItem(articles, a))));
}

/** The event with most sources, to name a group by. */
function top(events) {
  return events.reduce((best, e) => (e.articleIds.length > best.articleIds.length ? e : best), events[0]);
}

function clip(text, chars) {
  if (chars < 6) return '';
  return text.length <= chars ? text : `${text.slice(0, chars - 1)}…`;
}

function pad([a, b], share = 0.03) {
  const span = Math.max(b - a, 7 * DAY);
  const mid = (a + b) / 2;
  return [mid - span * (0.5 + share), mid + span * (0.5 + share)];
}

function scale([a, b], factor, at, full) {
  const span = Math.min(Math.max((b - a) * factor, 2 * DAY), (full[1] - full[0]) * 4);
  const pivot = a + (b - a) * at;
  return [pivot - span * at, pivot + span * (1 - at)];
}

function shift([a, b], share, full) {
  const d = (b - a) * share;
  const lo = full[0] - (b - a) / 2, hi = full[1] + (b - a) / 2;
  const s0 = Math.min(Math.max(a + d, lo), hi - (b - a));
  return [s0, s0 + (b - a)];
}

function zoomFrom(value) {
  const m = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(value || '');
  if (!m) return null;
  const a = Date.parse(m[1]), b = Date.parse(m[2]);
  return b > a ? [a, b] : null;
}

const day = (t) => new Date(t).toISOString().slice(0, 10);
const words = (t) => new Date(t).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

function cssId(id) {
  return String(id).replace(/[^A-Za-z0-9_-]/g, '_');
}
