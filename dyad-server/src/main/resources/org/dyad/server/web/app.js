// dyad web UI: plain JavaScript, no build step. Every text that comes from the store is put in the page with
// textContent (el() below makes text nodes of strings), never as HTML.
'use strict';

const QUADS = [
  ['verbal_coop', 'Verbal cooperation', '--coop-v'],
  ['material_coop', 'Material cooperation', '--coop-m'],
  ['verbal_conflict', 'Verbal conflict', '--conf-v'],
  ['material_conflict', 'Material conflict', '--conf-m'],
];
const SVG = 'http://www.w3.org/2000/svg';

/** An element with attributes and children; string children become text nodes. */
function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'onclick') e.addEventListener('click', v);
    else if (k === 'className') e.className = v;
    else e.setAttribute(k, String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    e.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
  return e;
}

function svg(tag, attrs, ...children) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, String(v));
  for (const c of children) e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
  return e;
}

async function api(path) {
  const r = await fetch(path, { headers: { Accept: 'application/json' } });
  const body = await r.json().catch(() => ({ error: r.statusText, status: r.status }));
  if (!r.ok) throw new Error(body.error || ('HTTP ' + r.status));
  return body;
}

function show(...nodes) {
  const main = document.getElementById('main');
  main.replaceChildren(...nodes);
}

function failed(e) {
  return el('p', { className: 'error' }, String(e.message || e));
}

function num(v, digits) {
  return v === null || v === undefined ? '' : Number(v).toFixed(digits);
}

/** The view of the hash (#/view/a/b?k=v) without drawing it again: the URL of the view as it now stands. */
function replaceHash(hash) {
  history.replaceState(null, '', hash);
}

/** A view's hash with its parameters, the empty ones left out. */
function hashOf(path, params) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') p.set(k, v);
  const q = p.toString();
  return '#/' + path + (q ? '?' + q : '');
}

/** Previous / next buttons over a list that answers {total, offset, limit}. */
function pager(r, go, noun) {
  const page = Math.floor(r.offset / r.limit) + 1;
  const pages = Math.max(1, Math.ceil(r.total / r.limit));
  return el('div', { className: 'pager' },
    el('button', { type: 'button', disabled: r.offset <= 0, onclick: () => go(Math.max(0, r.offset - r.limit)) }, 'Previous'),
    el('span', { className: 'muted' }, `page ${page} of ${pages} · ${r.total} ${noun}`),
    el('button', { type: 'button', disabled: r.offset + r.limit >= r.total, onclick: () => go(r.offset + r.limit) }, 'Next'));
}

/** The link that opens an event's article scrolled to its evidence, selected. */
function eventLink(e, label) {
  return el('a', { href: hashOf('doc/' + encodeURIComponent(e.doc_id), { event: e.event_id }) }, label);
}

function eventTable(items) {
  if (!items.length) return el('p', { className: 'muted' }, 'No event.');
  return el('table', { className: 'list events' },
    el('tr', {}, ['date', 'source', 'event', 'target', 'Goldstein', 'modality', 'evidence', 'article'].map(h => el('th', {}, h))),
    items.map(e => el('tr', {}, el('td', {}, e.date || e.day), el('td', {}, e.source_name || e.source || ''),
      el('td', {}, `${e.code} ${e.event}`), el('td', {}, e.target_name || e.target || ''), el('td', {}, num(e.goldstein, 1)),
      el('td', {}, e.modality), el('td', {}, eventLink(e, e.evidence)),
      el('td', {}, eventLink(e, e.title || e.doc_id)))));
}

function route() {
  const hash = location.hash.replace(/^#\/?/, '');
  const [path, query] = hash.split('?');
  const parts = path.split('/').map(decodeURIComponent);
  const params = new URLSearchParams(query || '');
  document.querySelectorAll('nav a[data-view]').forEach(a =>
    a.classList.toggle('active', a.dataset.view === (parts[0] === 'doc' ? 'search' : parts[0] || 'search')));
  if (parts[0] === 'doc' && parts[1]) return articleView(parts.slice(1).join('/'), params);
  if (parts[0] === 'dyad') return dyadView(parts[1] || '', parts[2] || '', params);
  if (parts[0] === 'actor') return actorView(parts[1] || '', params);
  return searchView(params);
}

// ---- search -----------------------------------------------------------------------------------------------

async function searchView(params) {
  const field = (name, label, type) => el('label', {}, label,
    el('input', { name, type: type || 'search', value: params.get(name) || '' }));
  const form = el('form', { className: 'bar' }, field('q', 'Words'), field('from', 'From', 'date'),
    field('to', 'To', 'date'), field('actor', 'Actor'), el('button', { type: 'submit' }, 'Search'));
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    const p = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (v) p.set(k, v);
    location.hash = '#/search?' + p;
  });
  const results = el('div', {}, el('p', { className: 'muted' }, 'Searching…'));
  show(el('h1', {}, 'Articles'), form, results);
  try {
    const r = await api('api/documents?' + params);
    const list = el('ol', { className: 'results' }, r.items.map(d => el('li', {},
      el('a', { href: '#/doc/' + encodeURIComponent(d.id) }, d.title || d.id),
      ' ', el('span', { className: 'muted' }, d.date, d.credit ? ' · ' + d.credit : ''),
      el('div', { className: 'snippet' }, (d.snippet || '').replace(/\s+/g, ' ')))));
    const go = offset => { const p = new URLSearchParams(params); p.set('offset', String(offset)); location.hash = '#/search?' + p; };
    results.replaceChildren(r.items.length ? list : el('p', { className: 'muted' }, 'No article found.'),
      pager(r, go, 'article(s)'));
  } catch (e) {
    results.replaceChildren(failed(e));
  }
}

window.addEventListener('hashchange', route);
window.addEventListener('DOMContentLoaded', route);
