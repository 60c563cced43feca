// The hash router: #/, #/storyline/ID?from=…&to=…&lang=…&entity=…&source=…&view=…, #/article/ID, #/entity/ID, #/entities,
// #/search?q=…, #/sources
import { fill, errorBox } from './dom.js';
import { renderHome } from './views/home.js';
import { renderTimeline } from './views/timeline.js';
import { renderArticle } from './views/article.js';
import { renderEntity, renderEntities } from './views/entity.js';
import { renderSearch } from './views/search.js';
import { renderSources } from './views/sources.js';

const routes = [
  [/^\/?(?:\?(.*))?$/, 'home', (m) => (view) => renderHome(view, new URLSearchParams(m[1] || ''))],
  [/^\/storyline\/([^/?]+)(?:\?(.*))?$/, 'home', (m) => (view) => renderTimeline(view, decodeURIComponent(m[1]), new URLSearchParams(m[2] || ''))],
  [/^\/article\/([^/?]+)$/, null, (m) => (view) => renderArticle(view, decodeURIComponent(m[1]))],
  [/^\/entity\/([^/?]+)$/, 'entities', (m) => (view) => renderEntity(view, decodeURIComponent(m[1]))],
  [/^\/entities(?:\?(.*))?$/, 'entities', (m) => (view) => renderEntities(view, new URLSearchParams(m[1] || ''))],
  [/^\/search(?:\?(.*))?$/, 'search', (m) => (view) => renderSearch(view, new URLSearchParams(m[1] || ''))],
  [/^\/sources$/, 'sources', () => (view) => renderSources(view)],
];

let firstView = true;

async function route() {
  const view = document.getElementById('view');
  const path = location.hash.replace(/^#/, '') || '/';
  for (const [pattern, nav, make] of routes) {
    const m = path.match(pattern);
    if (!m) continue;
    document.querySelectorAll('[data-nav]').forEach((a) => a.toggleAttribute('aria-current', a.dataset.nav === nav));
    document.querySelectorAll('[data-nav][aria-current]').forEach((a) => a.setAttribute('aria-current', 'page'));
    try {
      await make(m)(view);
    } catch (err) {
      fill(view, errorBox(err));
    }
    const heading = view.querySelector('h1');
    document.title = heading ? `${heading.textContent} · Storyline` : 'Storyline';
    // After navigation, move focus to the new content (not on first load, so Tab starts at the skip link).
    if (!firstView && !view.contains(document.activeElement)) view.focus({ preventScroll: true });
    firstView = false;
    view.dataset.ready = path;
    return;
  }
  fill(view, errorBox(new Error(`No page at '${path}'.`)));
}

window.addEventListener('hashchange', route);
route();
