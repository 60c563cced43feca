// The followed feeds: state, counts, last success, last error and next poll; add, pause, resume, remove.
import { h, fill, badge, empty, errorBox, safeUrl } from '../dom.js';
import { get, post } from '../api.js';

/** A moment as the reader's local date and time, or 'never'. */
function when(iso) {
  if (!iso) return 'never';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? String(iso) : d.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}

const STATE_HINT = {
  new: 'not polled yet', ok: 'the last poll succeeded', failing: 'the last poll failed', paused: 'not polled until resumed',
};

/** Renders the page; {@code notice} says what the last action did. */
export async function renderSources(view, notice = '') {
  const list = await get('/api/sources');
  const message = h('p', { class: 'hint', id: 'sources-message', role: 'status', 'aria-live': 'polite' }, notice);
  const act = (fn) => async (ev) => {
    ev.preventDefault();
    try {
      const done = await fn();
      await renderSources(view, done);
    } catch (err) {
      message.replaceChildren(errorBox(err));
    }
  };
  const input = h('input', { type: 'url', name: 'url', id: 'source-url', required: true, maxlength: 2000, placeholder: 'https://example.org/rss.xml', size: 40 });
  fill(view,
    h('h1', {}, 'Sources'),
    h('p', { class: 'meta' }, list.watching
      ? 'This server polls these RSS/Atom feeds and stores new articles as they arrive.'
      : 'This server does not poll these feeds: start it with "storyline serve --watch", or run "storyline watch".'),
    h('form', { class: 'inline', id: 'add-source', onsubmit: act(async () => {
      const added = await post('/api/sources', { url: input.value.trim() });
      return `Following ${added.url}.`;
    }) },
    h('label', { for: 'source-url' }, 'Feed address', input), h('button', { type: 'submit' }, 'Follow')),
    message,
    list.items.length ? h('table', { id: 'sources' },
      h('thead', {}, h('tr', {}, ['Feed', 'State', 'Articles', 'Problems', 'Last success', 'Next poll', 'Last error', '']
        .map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, list.items.map((s) => h('tr', { 'data-url': s.url },
        h('td', {}, safeUrl(s.url) ? h('a', { href: safeUrl(s.url), rel: 'noopener noreferrer' }, s.title || s.url) : (s.title || s.url),
          s.title ? h('div', { class: 'meta' }, s.url) : null),
        h('td', { class: 'state' }, badge(s.state, s.state === 'failing' ? 'confidence low' : '', STATE_HINT[s.state])),
        h('td', { class: 'articles' }, String(s.articles)),
        h('td', { class: 'problems' }, String(s.problems)),
        h('td', {}, when(s.lastSuccess)),
        h('td', {}, s.nextPoll ? when(s.nextPoll) : '–'),
        h('td', { class: 'last-error' }, s.lastError || ''),
        h('td', {},
          h('button', { type: 'button', class: 'secondary', 'aria-label': `${s.state === 'paused' ? 'Resume' : 'Pause'} ${s.url}`, onclick: act(async () => {
            await post(`/api/sources/${s.state === 'paused' ? 'resume' : 'pause'}`, { url: s.url });
            return `${s.state === 'paused' ? 'Resumed' : 'Paused'} ${s.url}.`;
          }) }, s.state === 'paused' ? 'Resume' : 'Pause'),
          ' ',
          h('button', { type: 'button', class: 'secondary', 'aria-label': `Remove ${s.url}`, onclick: act(async () => {
            await post('/api/sources/remove', { url: s.url });
            return `Stopped following ${s.url}; its articles stay.`;
          }) }, 'Remove'))))))
      : empty('No feeds followed yet: add a feed address above.'));
}
