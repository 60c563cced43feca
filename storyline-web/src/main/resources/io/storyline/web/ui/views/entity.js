// The entity list and an entity's page: variants across languages and scripts, mentions over time,
// co-occurring entities, and the rename, retype, merge and split corrections (each confirmed before it is sent).
import { h, s, fill, link, badge, empty, errorBox, languageName } from '../dom.js';
import { get, post, query, capabilities, ApiError } from '../api.js';
import { articleItem } from '../refs.js';

export async function renderEntities(view, params) {
  const health = await capabilities();
  const q = params.get('q') || '';
  const page = await get(`/api/entities${query({ q, limit: 50 })}`);
  const input = h('input', { type: 'search', name: 'q', id: 'entity-q', value: q });
  fill(view,
    h('h1', {}, 'Entities'),
    h('form', { class: 'inline', role: 'search', onsubmit: (e) => { e.preventDefault(); location.hash = `#/entities${query({ q: input.value })}`; } },
      h('label', { for: 'entity-q' }, 'Name or variant', input), h('button', { type: 'submit' }, 'Find')),
    page.items.length ? h('table', {},
      h('thead', {}, h('tr', {}, ['Entity', 'Type', 'Mentions', 'Languages'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, page.items.map((e) => h('tr', {},
        h('td', {}, link('entity', e.id, e.name)), h('td', {}, e.type), h('td', {}, String(e.mentions)),
        h('td', {}, e.languages.map((l) => badge(l)))))))
      : empty(health.capabilities.entities ? 'No entity matches.' : 'Entities appear here once the entity stage has run over the articles.'));
}

export async function renderEntity(view, id) {
  let d;
  try {
    d = await get(`/api/entities/${encodeURIComponent(id)}`);
  } catch (err) {
    const health = await capabilities();
    if (err instanceof ApiError && err.status === 404 && !health.capabilities.entities) {
      fill(view, h('h1', {}, id), empty('Entity pages fill in once the entity stage has run over the articles.'));
      return;
    }
    throw err;
  }
  const e = d.entity;
  const message = h('p', { class: 'hint', role: 'status', 'aria-live': 'polite' });
  fill(view,
    h('p', { class: 'meta' }, h('a', { href: '#/entities' }, '← Entities')),
    h('h1', {}, e.name),
    h('p', { class: 'meta' }, `${e.type} · ${e.mentions} mentions · `, e.languages.map((l) => badge(l)), ` · id ${e.id}`),
    h('div', { class: 'two' },
      h('section', { 'aria-labelledby': 'variants-h' },
        h('h2', { id: 'variants-h' }, 'Names across languages and scripts'),
        d.variants.length ? h('table', {},
          h('thead', {}, h('tr', {}, ['Name', 'Language', 'Script', 'Mentions'].map((t) => h('th', { scope: 'col' }, t)))),
          h('tbody', {}, d.variants.map((v) => h('tr', {},
            h('td', { lang: v.lang }, v.text), h('td', { title: languageName(v.lang) }, v.lang), h('td', {}, v.script),
            h('td', {}, String(v.mentions)))))) : empty('No variants recorded.')),
      h('section', { 'aria-labelledby': 'chart-h' },
        h('h2', { id: 'chart-h' }, 'Mentions over time'),
        d.timeline.length ? chart(d.timeline) : empty('No dated mentions.'))),
    h('div', { class: 'two' },
      h('section', {}, h('h2', {}, 'Often mentioned with'),
        d.cooccurring.length ? h('ul', {}, d.cooccurring.map((c) => h('li', {}, link('entity', c.id, c.name), ` (${c.mentions})`)))
          : empty('No co-occurring entities.')),
      h('section', {}, h('h2', {}, 'Articles'),
        d.articleIds.length ? h('ul', { class: 'sources', id: 'entity-articles' }, d.articleIds.map((a) => articleItem(d.articles || {}, a))) : empty('No articles.'))),
    actions(e, d.variants, message), message);
}

function chart(timeline) {
  const W = 560, H = 160, B = 22;
  const max = Math.max(...timeline.map((m) => m.mentions), 1);
  const bw = (W - 20) / timeline.length;
  return s('svg', { class: 'chart', viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-labelledby': 'chart-title' },
    s('title', { id: 'chart-title' }, timeline.map((m) => `${m.month}: ${m.mentions}`).join(', ')),
    timeline.map((m, i) => {
      const bh = ((H - B - 8) * m.mentions) / max;
      return s('g', {},
        s('rect', { x: 10 + i * bw + 1, y: H - B - bh, width: Math.max(1, bw - 2), height: bh }, s('title', {}, `${m.month}: ${m.mentions} mentions`)),
        (timeline.length <= 12 || i % Math.ceil(timeline.length / 12) === 0)
          ? s('text', { x: 10 + i * bw + 1, y: H - 6 }, m.month) : null);
    }));
}

const TYPES = [['PER', 'person'], ['ORG', 'organisation'], ['LOC', 'place'], ['EVT', 'event'], ['PRO', 'product'], ['MISC', 'other']];

/**
 * The corrections. Each form asks first: submitting it shows what will change with Confirm and Cancel, and only
 * Confirm sends the request; the page then reloads to show the result.
 */
function actions(e, variants, message) {
  const ask = (describe, send) => (ev) => {
    ev.preventDefault();
    const form = new FormData(ev.target);
    const confirm = h('button', { type: 'button', class: 'confirm' }, 'Confirm');
    const cancel = h('button', { type: 'button' }, 'Cancel');
    confirm.addEventListener('click', async () => {
      try {
        const result = await send(form);
        message.textContent = `Done: ${JSON.stringify(result)}`;
        setTimeout(() => window.dispatchEvent(new HashChangeEvent('hashchange')), 600);
      } catch (err) {
        message.replaceChildren(errorBox(err));
      }
    });
    cancel.addEventListener('click', () => message.replaceChildren());
    message.replaceChildren(h('span', { class: 'question' }, describe(form)), ' ', confirm, ' ', cancel);
    confirm.focus();
  };
  const path = (verb) => `/api/entities/${encodeURIComponent(e.id)}/${verb}`;
  const ids = (f) => String(f.get('ids')).split(',').map((x) => x.trim()).filter(Boolean);
  const typeName = (code) => (TYPES.find(([c]) => c === code) || [code, code])[1];
  return h('section', { class: 'actions', 'aria-labelledby': 'actions-h' },
    h('h2', { id: 'actions-h' }, 'Corrections'),
    h('form', { class: 'inline', onsubmit: ask((f) => `Rename “${e.name}” to “${f.get('name')}”?`,
      (f) => post(path('rename'), { name: f.get('name') })) },
      h('label', {}, 'New name', h('input', { name: 'name', required: true, value: e.name, maxlength: 200 })),
      h('button', { type: 'submit' }, 'Rename')),
    h('form', { class: 'inline', onsubmit: ask((f) => `Change the type of “${e.name}” from ${typeName(e.type)} to ${typeName(f.get('type'))}?`,
      (f) => post(path('retype'), { type: f.get('type') })) },
      h('label', {}, 'Type', h('select', { name: 'type' },
        TYPES.map(([code, name]) => h('option', { value: code, selected: code === e.type ? true : null }, name)))),
      h('button', { type: 'submit' }, 'Retype')),
    h('form', { class: 'inline', onsubmit: ask((f) => `Merge ${ids(f).join(', ')} into “${e.name}”? Their names and articles move here.`,
      (f) => post(path('merge'), { ids: ids(f) })) },
      h('label', {}, 'Merge into this entity (ids, comma-separated)', h('input', { name: 'ids', required: true })),
      h('button', { type: 'submit' }, 'Merge')),
    variants.length > 1 ? h('form', { class: 'inline', onsubmit: ask((f) => `Split ${f.getAll('variant').join(', ')} off “${e.name}” into a new entity “${f.get('newname')}”?`,
      (f) => post(path('split'), { variants: f.getAll('variant'), name: f.get('newname') })) },
      h('fieldset', {}, h('legend', {}, 'Split these names off'),
        variants.map((v, i) => h('label', { class: 'toggle' }, h('input', { type: 'checkbox', name: 'variant', value: v.text, id: `split-${i}` }), `${v.text} (${v.lang})`))),
      h('label', {}, 'Name of the new entity', h('input', { name: 'newname', required: true, maxlength: 200 })),
      h('button', { type: 'submit' }, 'Split')) : null);
}
