// Builds DOM nodes safely: strings always become text nodes, never HTML.

/** h('a', {href: '#/x', class: 'c'}, 'text', child) — attributes 'on…' take functions. */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

/** The same for SVG elements. */
export function s(tag, attrs = {}, ...children) {
  const el = document.createElementNS('http://www.w3.org/2000/svg', tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

function setAttrs(el, attrs) {
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
}

function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

/** Replaces the children of el. */
export function fill(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

/** A safe link target for a URL from an article: only http(s), else null. */
export function safeUrl(url) {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch { return null; }
}

/** A link to a view of this UI; the id is URL-encoded. */
export function link(kind, id, ...text) {
  return h('a', { href: `#/${kind}/${encodeURIComponent(id)}` }, ...(text.length ? text : [id]));
}

export function languageName(code) {
  try { return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) || code; } catch { return code; }
}

export function badge(text, extra = '', title = null) {
  return h('span', { class: `badge ${extra}`.trim(), title }, text);
}

export function empty(...text) {
  return h('div', { class: 'empty', role: 'status' }, ...text);
}

export function errorBox(err) {
  return h('div', { class: 'error', role: 'alert' }, err.message || String(err));
}

export function date(iso) {
  return iso ? String(iso).slice(0, 10) : '';
}
