// Articles named as readers know them: by title, with language, publication date and source, from the
// `articles` map (id -> {title, source, url, lang, published}) that the timeline and entity endpoints return.
import { h, link } from './dom.js';

/** A list item linking to the article by its title, followed by its language, date and source. */
export function articleItem(articles, id) {
  const ref = articles[id];
  return h('li', {}, link('article', id, articleTitle(articles, id)),
    ref ? h('span', { class: 'meta' }, ` ${[ref.lang, ref.published, sourceName(ref)].filter(Boolean).join(' · ')}`) : null);
}

export function articleTitle(articles, id) {
  const ref = articles[id];
  return (ref && ref.title) || `article ${id.slice(0, 12)}`;
}

/** Where an article comes from, briefly: its URL's host, else the last part of its source path. */
export function sourceName(ref) {
  try { if (ref.url) return new URL(ref.url).hostname; } catch { /* not a URL: use the source */ }
  const parts = String(ref.source || '').split(/[\\/]/).filter(Boolean);
  return parts.length > 1 ? parts.slice(-2).join('/') : parts[0] || '';
}
