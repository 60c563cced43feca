// The overview: storylines (label, date span, languages, counts) and the newest articles.
import { h, fill, link, badge, empty, date } from '../dom.js';
import { get, query, capabilities } from '../api.js';

const FILTERS = ['from', 'to', 'lang', 'entity'];

export async function renderHome(view, params = new URLSearchParams()) {
  const values = Object.fromEntries(FILTERS.map((f) => [f, params.get(f) || '']));
  const filtered = FILTERS.some((f) => values[f]);
  const [health, stats, storylines, articles] = await Promise.all([
    capabilities(), get('/api/stats'), get(`/api/storylines${query({ ...values, limit: 50 })}`), get('/api/articles?limit=20'),
  ]);
  document.getElementById('status').textContent =
    `${stats.articles} articles · ${Object.keys(stats.languages).length} languages · ${stats.storylines} storylines`;
  fill(view,
    h('h1', {}, 'Storylines'),
    stats.storylines ? filterForm(stats, values) : null,
    storylines.items.length ? storylineTable(storylines.items) : filtered ? empty('No storyline matches the filters.') : empty(
      h('strong', {}, 'No storylines yet. '),
      health.capabilities.storylines
        ? 'Storylines appear once enough articles report related events.'
        : 'Storylines appear here once the storyline stage has grouped the articles into events.',
      ' Meanwhile, read the newest articles below or ', h('a', { href: '#/search' }, 'search'), '.'),
    h('h2', {}, 'Newest articles'),
    articleList(articles));
}

/** Date range, language and entity filters, kept in the URL (#/?from=…&lang=…). */
function filterForm(stats, values) {
  const form = h('form', { class: 'filters', id: 'storyline-filters', 'aria-label': 'Filter storylines' },
    h('label', {}, 'Active from', h('input', { type: 'date', name: 'from', value: values.from })),
    h('label', {}, 'Active to', h('input', { type: 'date', name: 'to', value: values.to })),
    h('label', {}, 'Language', h('select', { name: 'lang' }, h('option', { value: '' }, 'Any'),
      Object.keys(stats.languages).sort().map((l) => h('option', { value: l, selected: l === values.lang }, l)))),
    h('label', {}, 'Entity id', h('input', { name: 'entity', value: values.entity, placeholder: 'e.g. jens-stoltenberg' })),
    h('div', { class: 'buttons' }, h('button', { type: 'submit' }, 'Filter'), h('a', { href: '#/' }, 'Clear')));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const f = new FormData(form);
    location.hash = `#/${query(Object.fromEntries(FILTERS.map((k) => [k, f.get(k)])))}`;
  });
  return form;
}

function storylineTable(items) {
  return h('table', { class: 'storylines' },
    h('caption', { class: 'hint' }, 'Storylines, most recently active first'),
    h('thead', {}, h('tr', {}, ['Storyline', 'When', 'Languages', 'Events', 'Articles'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, items.map((s) => h('tr', {},
      h('td', {}, link('storyline', s.id, s.label)),
      h('td', { 'data-label': 'When' }, s.span ? s.span.words : 'date unknown'),
      h('td', { 'data-label': 'Languages' }, s.languages.map((l) => badge(l))),
      h('td', { 'data-label': 'Events' }, String(s.events)),
      h('td', { 'data-label': 'Articles' }, String(s.articles))))));
}

/** A list of article hits with a "More" button following the cursor. */
export function articleList(page, params = {}) {
  const list = h('ul', { class: 'plain articles' });
  const more = h('button', { class: 'secondary', type: 'button' }, 'More articles');
  let next = page.next;
  const add = (items) => items.forEach((a) => list.append(h('li', {},
    link('article', a.id, a.title || a.id), ' ', badge(a.lang, '', 'language'),
    h('span', { class: 'meta' }, ` ${date(a.published)} · ${a.source}`))));
  add(page.items);
  more.hidden = !next;
  more.addEventListener('click', async () => {
    const p = await get(`/api/articles${query({ ...params, limit: 20, cursor: next })}`);
    add(p.items);
    next = p.next;
    more.hidden = !next;
  });
  return h('div', {}, page.items.length ? list : empty('No articles yet. Ingest some with ', h('code', {}, 'storyline ingest'), '.'), more);
}
