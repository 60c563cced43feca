// An article: its text with every annotation layer highlighted, debris toggled, provenance on hover.
import { h, fill, badge, link, safeUrl, languageName } from '../dom.js';
import { get } from '../api.js';

export async function renderArticle(view, id) {
  const a = await get(`/api/articles/${encodeURIComponent(id)}`);
  const spans = collect(a);
  const layers = [...new Set(spans.filter((x) => x.layer !== 'removed').map((x) => x.layer))];
  const text = h('div', { class: 'article-text hide-debris', id: 'article-text', lang: a.lang || undefined }, segments(a.text, spans));
  const toggle = h('input', { type: 'checkbox', id: 'show-debris' });
  toggle.addEventListener('change', () => text.classList.toggle('hide-debris', !toggle.checked));
  const url = a.url && safeUrl(a.url);
  fill(view,
    h('h1', { lang: a.lang || undefined }, a.title || a.id),
    h('dl', { class: 'facts' },
      fact('Published', published(a)),
      fact('Source', [a.source, url ? [' · ', h('a', { href: url, rel: 'noopener noreferrer nofollow' }, 'original')] : null]),
      fact('Language', a.lang ? [badge(a.lang), ` ${languageName(a.lang)}, confidence ${a.langConfidence} (${a.langSource})`] : null),
      fact('Happened', eventDate(a)),
      fact('Event', a.event ? [h('a', { href: `#/storyline/${encodeURIComponent(a.event.storylineId || '')}`, class: 'event-link',
        onclick: a.event.storylineId ? null : (ev) => ev.preventDefault() }, a.event.when), `: ${a.event.gist}`] : null),
      fact('Storyline', a.storyline ? link('storyline', a.storyline.id, a.storyline.label) : null),
      fact('Id', a.id),
      fact('Analysis', a.meta && a.meta.analysis ? h('span', { class: 'partial', id: 'article-partial' }, `analysed in part: ${a.meta.analysis.replace(/^partial: /, '')}`) : null)),
    a.entities && a.entities.length ? h('section', { 'aria-labelledby': 'entities-h' },
      h('h2', { id: 'entities-h' }, `Entities (${a.entities.length})`),
      h('ul', { class: 'chips', id: 'article-entities' }, a.entities.map((e) => h('li', {},
        link('entity', e.id, e.name), ' ', badge(e.type || '?', '', 'type'), h('span', { class: 'meta' }, ` ×${e.mentions}`))))) : null,
    a.quotes && a.quotes.length ? h('section', { 'aria-labelledby': 'quotes-h' },
      h('h2', { id: 'quotes-h' }, `Quotes (${a.quotes.length})`),
      h('ul', { class: 'plain quotes', id: 'article-quotes' }, a.quotes.map((q) => h('li', {},
        h('blockquote', { lang: a.lang || undefined }, q.text),
        h('p', { class: 'meta' }, '— ', q.speakerId ? link('entity', q.speakerId, q.speakerName || q.speakerId) : (q.speakerName || 'speaker unknown')))))) : null,
    h('h2', { id: 'text-h' }, 'Text'),
    h('div', { class: 'legend' },
      h('label', { class: 'toggle', for: 'show-debris' }, toggle, `Show removed debris (${a.removed.length})`),
      layers.map((l) => h('span', {}, h('span', { class: `swatch ann-${l}` }), l))),
    text,
    h('p', { class: 'hint' }, 'Hover over a highlight to see which stage or rule produced it.'));
}

/** A term and its description, or nothing when there is no value. */
function fact(term, value) {
  const empty = value === null || value === undefined || (Array.isArray(value) && value.every((v) => v === null));
  return empty ? null : h('div', {}, h('dt', {}, term), h('dd', {}, value));
}

/** The publication date in words, with its precision and where it was found ("July 2024 · month · from jsonld:datePublished"). */
function published(a) {
  const p = a.published;
  if (!p) return null;
  return [h('span', { class: 'published' }, p.words), h('span', { class: 'meta' }, ` · to the ${p.granularity} · from ${p.source}`)];
}

/** The date of the reported happening in the API's words, with its confidence (number on hover). */
function eventDate(a) {
  const e = a.annotations && a.annotations.eventDate;
  if (!e || !e.words) return null;
  return [e.words, e.confidenceWord ? [' ', badge(e.confidenceWord, 'confidence', `confidence ${e.confidence.toFixed(2)}`)] : null];
}

/** Every span to draw: debris, then each annotation layer whose items have start and end. */
function collect(a) {
  const out = a.removed.map((r) => ({ layer: 'removed', start: r.start, end: swallow(a.text, r.start, r.end), title: `removed: ${r.reason} (${r.stage})` }));
  for (const [layer, value] of Object.entries(a.annotations || {})) {
    if (!Array.isArray(value)) continue;
    for (const item of value) {
      if (item && Number.isInteger(item.start) && Number.isInteger(item.end) && item.end > item.start && item.end <= a.text.length) {
        out.push({ layer, start: item.start, end: item.end, title: describe(layer, item), entityId: item.entityId });
      }
    }
  }
  return out;
}

/** Debris that starts a line takes the blank lines after it along, so hiding it leaves no blank gap. */
function swallow(text, start, end) {
  if (start > 0 && text[start - 1] !== '\n') return end;
  const after = /^\s*/.exec(text.slice(end, end + 200))[0];
  return after.includes('\n') ? end + after.length : end;
}

function describe(layer, item) {
  const skip = new Set(['start', 'end', 'stage']);
  const fields = Object.entries(item).filter(([k, v]) => !skip.has(k) && v !== null && typeof v !== 'object')
    .map(([k, v]) => `${k}: ${v}`);
  return `${layer}${fields.length ? ' — ' + fields.join(', ') : ''}${item.stage ? ` (${item.stage})` : ''}`;
}

/** Cuts the text at every span boundary; each piece carries the classes and titles of the spans covering it. */
function segments(text, spans) {
  const cuts = [...new Set([0, text.length, ...spans.flatMap((x) => [x.start, x.end])])].sort((p, q) => p - q);
  const out = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i], cuts[i + 1]];
    const piece = text.slice(from, to);
    const over = spans.filter((x) => x.start <= from && x.end >= to);
    if (!over.length) { out.push(piece); continue; }
    const classes = over.map((x) => (x.layer === 'removed' ? 'debris' : `ann ann-${x.layer}`)).join(' ');
    const title = over.map((x) => x.title).join('\n');
    const entity = over.find((x) => x.entityId);
    out.push(entity && !over.some((x) => x.layer === 'removed')
      ? h('a', { class: classes, title, href: `#/entity/${encodeURIComponent(entity.entityId)}` }, piece)
      : h('span', { class: classes, title }, piece));
  }
  return out;
}
