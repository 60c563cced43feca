// Search with filters; hits found only through another language's or script's name are marked.
import { h, fill, link, badge, empty, date } from '../dom.js';
import { get, query } from '../api.js';

const FIELDS = ['q', 'lang', 'from', 'to', 'source', 'entity', 'sort'];

export async function renderSearch(view, params) {
  const stats = await get('/api/stats');
  const values = Object.fromEntries(FIELDS.map((f) => [f, params.get(f) || '']));
  const form = h('form', { class: 'filters', role: 'search', id: 'search-form' },
    h('label', { class: 'q' }, 'Search all languages (words, "phrases", AND, OR, NOT)',
      h('input', { type: 'search', name: 'q', id: 'q', value: values.q, autofocus: true })),
    h('label', {}, 'Language', h('select', { name: 'lang', id: 'lang' },
      h('option', { value: '' }, 'Any'),
      Object.entries(stats.languages).map(([l, n]) => h('option', { value: l, selected: l === values.lang }, `${l} (${n})`)))),
    h('label', {}, 'Published from', h('input', { type: 'date', name: 'from', value: values.from })),
    h('label', {}, 'Published to', h('input', { type: 'date', name: 'to', value: values.to })),
    h('label', {}, 'Source', h('input', { name: 'source', value: values.source })),
    h('label', {}, 'Entity id', h('input', { name: 'entity', value: values.entity })),
    h('label', {}, 'Order', h('select', { name: 'sort' },
      [['relevance', 'Best match'], ['newest', 'Newest'], ['oldest', 'Oldest']].map(([v, t]) => h('option', { value: v, selected: v === values.sort }, t)))),
    h('button', { type: 'submit' }, 'Search'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const f = new FormData(form);
    location.hash = `#/search${query(Object.fromEntries(FIELDS.map((k) => [k, f.get(k)])))}`;
  });
  const results = h('section', { id: 'results', 'aria-live': 'polite', 'aria-labelledby': 'results-h' });
  fill(view, h('h1', {}, 'Search'), form, results);
  if (FIELDS.some((f) => values[f])) await show(results, values);
}

async function show(results, values) {
  const r = await get(`/api/search${query({ ...values, limit: 20 })}`);
  const list = h('ul', { class: 'plain hits' });
  const more = h('button', { class: 'secondary', type: 'button', hidden: !r.next }, 'More results');
  let next = r.next;
  r.hits.forEach((hit) => list.append(item(hit)));
  more.addEventListener('click', async () => {
    const p = await get(`/api/search${query({ ...values, limit: 20, cursor: next })}`);
    p.hits.forEach((hit) => list.append(item(hit)));
    next = p.next;
    more.hidden = !next;
  });
  const variants = r.expansions.flatMap((e) => e.variants);
  fill(results,
    h('h2', { id: 'results-h' }, `${r.total}${r.totalExact ? '' : '+'} results`, h('span', { class: 'meta' }, ` in ${r.tookMillis} ms`)),
    variants.length ? h('p', { class: 'hint' }, `Also searched for other names of what you asked: ${variants.join(', ')}`) : null,
    r.hits.length ? list : empty('Nothing found. Try fewer words, another spelling, or fewer filters.'),
    more);
}

function item(hit) {
  const cross = !hit.direct && hit.via.length;
  return h('li', { 'data-id': hit.id, 'data-lang': hit.lang, class: cross ? 'cross-hit' : null },
    link('article', hit.id, hit.title || hit.id), ' ', badge(hit.lang, '', 'language'),
    cross ? badge(`cross-language hit via '${hit.via.join("', '")}'`, 'cross', 'The query did not match this article itself; another name of the same entity did.') : null,
    h('span', { class: 'meta' }, ` ${date(hit.published)} · ${hit.source}`),
    hit.snippets.map((sn) => h('p', { class: 'snippet' }, marked(sn))));
}

/** The snippet's text with its highlights in <mark>, built as nodes. */
function marked(sn) {
  const out = [];
  let at = 0;
  for (const r of sn.highlights) {
    out.push(sn.text.slice(at, r.start), h('mark', {}, sn.text.slice(r.start, r.end)));
    at = r.end;
  }
  out.push(sn.text.slice(at));
  return out;
}
