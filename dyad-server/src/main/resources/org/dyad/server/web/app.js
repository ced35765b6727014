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

function route() {
  const hash = location.hash.replace(/^#\/?/, '');
  const [path, query] = hash.split('?');
  const parts = path.split('/').map(decodeURIComponent);
  const params = new URLSearchParams(query || '');
  document.querySelectorAll('nav a[data-view]').forEach(a =>
    a.classList.toggle('active', a.dataset.view === (parts[0] === 'doc' ? 'search' : parts[0] || 'search')));
  if (parts[0] === 'doc' && parts[1]) return articleView(parts.slice(1).join('/'));
  if (parts[0] === 'dyad') return dyadView(parts[1] || '', parts[2] || '', params.get('by') || 'month');
  if (parts[0] === 'actor') return actorView(parts[1] || '');
  return searchView(params);
}

// ---- search -----------------------------------------------------------------------------------------------

async function searchView(params) {
  const page = Number(params.get('page') || 1);
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
  const q = new URLSearchParams(params);
  q.set('page', String(page));
  try {
    const r = await api('api/documents?' + q);
    const list = el('ol', { className: 'results' }, r.items.map(d => el('li', {},
      el('a', { href: '#/doc/' + encodeURIComponent(d.id) }, d.title || d.id),
      ' ', el('span', { className: 'muted' }, d.date, d.credit ? ' · ' + d.credit : ''),
      el('div', { className: 'snippet' }, (d.snippet || '').replace(/\s+/g, ' ')))));
    const pages = Math.max(1, Math.ceil(r.total / r.size));
    const go = n => { const p = new URLSearchParams(params); p.set('page', String(n)); location.hash = '#/search?' + p; };
    const pager = el('div', { className: 'pager' },
      el('button', { disabled: page <= 1, onclick: () => go(page - 1) }, 'Previous'),
      el('span', { className: 'muted' }, `page ${page} of ${pages} · ${r.total} article(s)`),
      el('button', { disabled: page >= pages, onclick: () => go(page + 1) }, 'Next'));
    results.replaceChildren(r.items.length ? list : el('p', { className: 'muted' }, 'No article found.'), pager);
  } catch (e) {
    results.replaceChildren(failed(e));
  }
}

// ---- article ----------------------------------------------------------------------------------------------

/** The facts of an extraction as spans of its text, each with its kind. */
function spansOf(x) {
  const spans = [];
  for (const e of x.entities) for (const m of e.mentions) spans.push({ kind: 'ent', start: m.start, end: m.end, fact: e });
  for (const t of x.timexes) spans.push({ kind: 'timex', start: t.start, end: t.end, fact: t });
  x.quotes.forEach((q, i) => {
    q.n = i + 1;
    spans.push({ kind: 'quote', start: q.start, end: q.end, fact: q });
    if (q.speaker && q.speaker.mention) {
      spans.push({ kind: 'speaker', start: q.speaker.mention.start, end: q.speaker.mention.end, fact: q });
    }
  });
  for (const v of x.events) spans.push({ kind: 'event', start: v.evidence.start, end: v.evidence.end, fact: v });
  return spans.filter(s => s.end > s.start);
}

/** The text cut at every span boundary; each piece knows the facts that cover it. Text only, never HTML. */
function highlighted(x, onPick) {
  const text = x.text;
  const spans = spansOf(x);
  const cuts = new Set([0, text.length]);
  for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].filter(c => c >= 0 && c <= text.length).sort((a, b) => a - b);
  const box = el('div', { className: 'text', id: 'article-text' });
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const covering = spans.filter(s => s.start <= a && s.end >= b);
    const piece = text.slice(a, b);
    if (!covering.length) { box.appendChild(document.createTextNode(piece)); continue; }
    const classes = new Set(['seg']);
    for (const s of covering) {
      classes.add(s.kind);
      if (s.kind === 'ent') classes.add('ent-' + s.fact.type);
    }
    const seg = el('span', { className: [...classes].join(' ') }, piece);
    const speakers = covering.filter(s => s.kind === 'quote' || s.kind === 'speaker')
      .map(s => s.fact.speaker ? s.fact.speaker.name : '');
    if (speakers.length) seg.dataset.speaker = speakers.join('; ');
    seg.addEventListener('click', () => onPick(covering.map(s => s.fact), seg));
    box.appendChild(seg);
  }
  return box;
}

function entityName(x, id) {
  const e = id && x.entities.find(e => e.id === id);
  return e ? e.name : null;
}

function actorLabel(x, a) {
  if (!a) return '—';
  const name = entityName(x, a.entity);
  return [a.actor || a.country || '', name ? '(' + name + ')' : ''].join(' ').trim() || '—';
}

function details(x, fact) {
  const dl = (...pairs) => el('dl', {}, pairs.filter(p => p[1] !== null && p[1] !== undefined && p[1] !== '')
    .flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, String(v))]));
  if ('code' in fact && 'evidence' in fact) {
    return el('div', { className: 'fact event-fact' }, el('h3', {}, `Event ${fact.code} · ${fact.name}`),
      dl(['source', actorLabel(x, fact.source)], ['target', actorLabel(x, fact.target)], ['date', fact.date],
        ['modality', fact.modality.join(', ')], ['Goldstein', fact.goldstein], ['QuadClass', fact.quadClass],
        ['PLOVER', fact.plover], ['place', fact.place ? fact.place.name : null],
        ['historical', fact.historical ? 'yes' : null], ['rule', fact.rule], ['evidence', fact.evidence.text]));
  }
  if ('cue' in fact) {
    const s = fact.speaker;
    return el('div', { className: 'fact quote-fact' }, el('h3', {}, (fact.direct ? 'Quote' : 'Reported speech') + ' ' + fact.n),
      dl(['speaker', s ? s.name : 'unnamed'], ['country', s ? s.country : null],
        ['via', fact.via ? fact.via.name : null], ['cue', fact.cue], ['text', fact.text]));
  }
  if ('mentions' in fact) {
    return el('div', { className: 'fact' }, el('h3', {}, fact.name),
      dl(['type', fact.type], ['actor', fact.actor], ['country', fact.country], ['role', fact.role],
        ['mentions', fact.mentions.length]),
      fact.actor ? el('a', { href: '#/actor/' + encodeURIComponent(fact.actor) }, 'Actor view') : null);
  }
  return el('div', { className: 'fact' }, el('h3', {}, 'Date: ' + fact.text),
    dl(['value', fact.value], ['type', fact.type], ['mod', fact.mod]));
}

async function articleView(id) {
  show(el('p', { className: 'muted' }, 'Loading…'));
  let x;
  try {
    x = await api('api/documents/' + encodeURIComponent(id));
  } catch (e) {
    show(el('h1', {}, 'Article'), failed(e));
    return;
  }
  const panel = el('div', { className: 'panel', id: 'details' },
    el('p', { className: 'muted' }, 'Click a highlighted quote, event, name or date to see what dyad read there.'));
  let selected = null;
  const pick = (facts, seg) => {
    if (selected) selected.classList.remove('selected');
    selected = seg || null;
    if (selected) selected.classList.add('selected');
    const order = f => ('evidence' in f ? 0 : 'cue' in f ? 1 : 'mentions' in f ? 3 : 2);
    const unique = [...new Set(facts)].sort((a, b) => order(a) - order(b));
    panel.replaceChildren(...unique.map(f => details(x, f)));
  };
  const text = highlighted(x, pick);
  const legend = el('div', { className: 'legend' }, el('span', { className: 'seg ent ent-PERSON' }, 'person'),
    el('span', { className: 'seg ent ent-COUNTRY' }, 'country / place'), el('span', { className: 'seg ent ent-ORGANIZATION' }, 'organisation'),
    el('span', { className: 'seg timex' }, 'date'), el('span', { className: 'seg quote' }, 'quote'),
    el('span', { className: 'seg speaker' }, 'speaker'), el('span', { className: 'seg event' }, 'event'));
  const quotes = el('ul', { className: 'facts', id: 'quote-list' }, x.quotes.map(q => el('li', { onclick: () => pick([q]) },
    el('strong', {}, q.speaker ? q.speaker.name : 'unnamed'), ': ', q.text.length > 120 ? q.text.slice(0, 117) + '…' : q.text)));
  const events = el('ul', { className: 'facts', id: 'event-list' }, x.events.map(v => el('li', { onclick: () => pick([v]) },
    el('strong', {}, v.code), ' ', v.name, ' — ', actorLabel(x, v.source), ' → ', actorLabel(x, v.target),
    v.modality.some(m => m === 'negated' || m === 'hypothetical') ? el('em', {}, ' (' + v.modality.join(', ') + ')') : null)));
  show(el('h1', {}, x.title || x.id),
    el('p', { className: 'muted' }, `${x.date} (${x.dateSource.toLowerCase()})`, x.credit ? ' · ' + x.credit : '', ' · ', x.id),
    legend,
    el('div', { className: 'article' }, text,
      el('div', { className: 'side' }, panel,
        el('div', { className: 'panel' }, el('h2', {}, `Quotes (${x.quotes.length})`), quotes),
        el('div', { className: 'panel' }, el('h2', {}, `Events (${x.events.length})`), events))));
}

// ---- dyad -------------------------------------------------------------------------------------------------

function periodEnd(start, by) {
  const d = new Date(start + 'T00:00:00Z');
  if (by === 'week') d.setUTCDate(d.getUTCDate() + 6);
  else if (by === 'month') { d.setUTCMonth(d.getUTCMonth() + 1); d.setUTCDate(0); }
  else if (by === 'year') { d.setUTCFullYear(d.getUTCFullYear() + 1, 0, 0); }
  return d.toISOString().slice(0, 10);
}

function color(varName) {
  return getComputedStyle(document.documentElement).getPropertyValue(varName).trim();
}

/** Stacked bars of events by QuadClass per period, and the mean Goldstein value as a line (right axis). */
function chart(items, onPick) {
  const W = 900, H = 330, L = 44, R = 48, T = 30, B = 48;
  const step = Math.max(1, Math.ceil(Math.max(1, ...items.map(p => p.events)) / 5));
  const max = step * Math.ceil(Math.max(1, ...items.map(p => p.events)) / step);
  const band = (W - L - R) / Math.max(1, items.length);
  const y = v => T + (H - T - B) * (1 - v / max);
  const g = v => T + (H - T - B) * (1 - (v + 10) / 20);
  const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, id: 'chart', role: 'img', 'aria-label': 'dyad timeline' });
  for (let v = 0; v <= max; v += step) {
    root.appendChild(svg('line', { x1: L, x2: W - R, y1: y(v), y2: y(v), class: 'axis' }));
    root.appendChild(svg('text', { x: L - 6, y: y(v) + 4, 'text-anchor': 'end' }, String(v)));
  }
  for (const v of [-10, 0, 10]) {
    root.appendChild(svg('text', { x: W - R + 6, y: g(v) + 4 }, (v > 0 ? '+' : '') + v));
  }
  root.appendChild(svg('text', { x: 4, y: T - 16 }, 'events'));
  root.appendChild(svg('text', { x: W - 4, y: T - 16, 'text-anchor': 'end' }, 'mean Goldstein'));
  const labelEvery = Math.ceil(items.length / 12);
  const line = [];
  items.forEach((p, i) => {
    const x0 = L + i * band;
    const w = Math.max(2, band * 0.7);
    let base = 0;
    const group = svg('g', { class: 'period', 'data-period': p.period });
    group.appendChild(svg('rect', { class: 'hit', x: x0, y: T, width: band, height: H - T - B }));
    for (const [key, , cssVar] of QUADS) {
      const n = p[key] || 0;
      if (!n) continue;
      group.appendChild(svg('rect', { class: 'bar ' + key, x: x0 + (band - w) / 2, y: y(base + n), width: w,
        height: y(base) - y(base + n), fill: color(cssVar) }, svg('title', {}, `${p.period}: ${n} ${key.replace('_', ' ')}`)));
      base += n;
    }
    if (p.mean_goldstein !== null && p.mean_goldstein !== undefined) {
      const cx = x0 + band / 2, cy = g(p.mean_goldstein);
      line.push(`${cx},${cy}`);
      const point = svg('circle', { class: 'point', cx, cy, r: 4 },
        svg('title', {}, `${p.period}: mean Goldstein ${num(p.mean_goldstein, 2)}`));
      point.addEventListener('click', () => onPick(p));
      group.appendChild(point);
    }
    if (i % labelEvery === 0) {
      root.appendChild(svg('text', { x: x0 + band / 2, y: H - B + 16, 'text-anchor': 'middle' }, p.period));
    }
    group.addEventListener('click', () => onPick(p));
    root.appendChild(group);
  });
  if (line.length > 1) root.appendChild(svg('polyline', { class: 'goldstein', points: line.join(' ') }));
  root.querySelectorAll('circle.point').forEach(c => root.appendChild(c.parentNode.removeChild(c)));
  return root;
}

function eventTable(items) {
  if (!items.length) return el('p', { className: 'muted' }, 'No event.');
  return el('table', { className: 'list' },
    el('tr', {}, ['day', 'source', 'event', 'target', 'Goldstein', 'modality', 'evidence', 'article'].map(h => el('th', {}, h))),
    items.map(e => el('tr', {}, el('td', {}, e.day), el('td', {}, e.source_name || e.source || ''),
      el('td', {}, `${e.code} ${e.event}`), el('td', {}, e.target_name || e.target || ''), el('td', {}, num(e.goldstein, 1)),
      el('td', {}, e.modality), el('td', {}, e.evidence),
      el('td', {}, el('a', { href: '#/doc/' + encodeURIComponent(e.doc_id) }, e.title || e.doc_id)))));
}

async function countryCodes() {
  try {
    const r = await api('api/actors/top?limit=200');
    return [...new Set(r.items.map(a => (a.actor || '').slice(0, 3)).filter(c => /^[A-Z]{3}$/.test(c)))].sort();
  } catch (e) {
    return [];
  }
}

async function dyadView(a, b, by) {
  const list = el('datalist', { id: 'countries' });
  const input = (name, value) => el('label', {}, name === 'a' ? 'Country' : 'and country',
    el('input', { name, value, list: 'countries', size: 6, maxlength: 3, placeholder: name === 'a' ? 'JPN' : 'KOR', required: true }));
  const sel = el('select', { name: 'by' }, ['day', 'week', 'month', 'year'].map(p => el('option', { value: p, selected: p === by }, p)));
  const form = el('form', { className: 'bar' }, input('a', a), input('b', b), el('label', {}, 'by', sel),
    el('button', { type: 'submit' }, 'Show'), list);
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    const f = new FormData(form);
    location.hash = `#/dyad/${String(f.get('a')).toUpperCase()}/${String(f.get('b')).toUpperCase()}?by=${f.get('by')}`;
  });
  const out = el('div', {});
  show(el('h1', {}, 'Two countries over time'), form, out);
  countryCodes().then(codes => list.replaceChildren(...codes.map(c => el('option', { value: c }))));
  if (!a || !b) {
    out.replaceChildren(el('p', { className: 'muted' }, 'Pick two countries (ISO codes such as JPN and KOR).'));
    return;
  }
  out.replaceChildren(el('p', { className: 'muted' }, 'Loading…'));
  try {
    const t = await api(`api/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}/timeline?by=${encodeURIComponent(by)}`);
    if (!t.items.length) {
      out.replaceChildren(el('p', { className: 'muted' }, `No counted event between ${t.a} and ${t.b}.`));
      return;
    }
    const events = el('div', { id: 'point-events' }, el('p', { className: 'muted' }, 'Click a period to list its events.'));
    const pickPeriod = async p => {
      const to = periodEnd(p.period, t.by);
      events.replaceChildren(el('p', { className: 'muted' }, 'Loading…'));
      try {
        const r = await api(`api/dyads/${t.a}/${t.b}/events?from=${p.period}&to=${to}`);
        events.replaceChildren(el('h2', {}, `${t.a}–${t.b}, ${p.period} to ${to}: ${r.items.length} event(s), mean Goldstein ${num(p.mean_goldstein, 2)}`),
          eventTable(r.items));
      } catch (e) {
        events.replaceChildren(failed(e));
      }
    };
    const total = t.items.reduce((s, p) => s + p.events, 0);
    out.replaceChildren(
      el('p', { className: 'muted' }, `${total} counted event(s) between ${t.a} and ${t.b} in ${t.items.length} ${t.by}(s); `,
        'negated, hypothetical and historical events are not counted.'),
      el('div', { className: 'key' }, QUADS.map(([, label, v]) => el('span', {}, el('i', { style: null, 'data-var': v }), label)),
        el('span', {}, '● mean Goldstein (right axis)')),
      el('div', { className: 'chart' }, chart(t.items, pickPeriod)), events);
    out.querySelectorAll('.key i').forEach(i => { i.style.background = color(i.dataset.var); });
  } catch (e) {
    out.replaceChildren(failed(e));
  }
}

// ---- actor ------------------------------------------------------------------------------------------------

async function actorView(actor) {
  const form = el('form', { className: 'bar' }, el('label', {}, 'Actor (CAMEO or country code)',
    el('input', { name: 'actor', value: actor, placeholder: 'KORGOV', required: true })), el('button', { type: 'submit' }, 'Show'));
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    location.hash = '#/actor/' + encodeURIComponent(String(new FormData(form).get('actor')).trim().toUpperCase());
  });
  const out = el('div', {});
  show(el('h1', {}, actor ? 'Actor ' + actor : 'Actors'), form, out);
  if (!actor) {
    try {
      const top = await api('api/actors/top?limit=30');
      out.replaceChildren(el('h2', {}, 'Most active actors'), el('table', { className: 'list' },
        el('tr', {}, ['actor', 'events', 'mean Goldstein', 'articles'].map(h => el('th', {}, h))),
        top.items.map(a => el('tr', {}, el('td', {}, el('a', { href: '#/actor/' + encodeURIComponent(a.actor) }, a.actor)),
          el('td', {}, a.events), el('td', {}, num(a.mean_goldstein, 2)), el('td', {}, a.documents)))));
    } catch (e) {
      out.replaceChildren(failed(e));
    }
    return;
  }
  try {
    const [partners, quotes] = await Promise.all([
      api(`api/actors/${encodeURIComponent(actor)}/partners?limit=20`),
      api(`api/quotes?actor=${encodeURIComponent(actor)}&limit=50`)]);
    const most = Math.max(1, ...partners.items.map(p => p.events));
    const mine = actor.slice(0, 3);
    out.replaceChildren(
      el('h2', {}, 'Dealt with most'),
      partners.items.length ? el('table', { className: 'list', id: 'partners' },
        el('tr', {}, ['partner', 'events', '', 'started by ' + actor, 'mean Goldstein', 'articles', ''].map(h => el('th', {}, h))),
        partners.items.map(p => {
          const bar = el('span', { className: 'rankbar' });
          bar.style.width = Math.round(120 * p.events / most) + 'px';
          const other = String(p.partner).slice(0, 3);
          return el('tr', {}, el('td', {}, el('a', { href: '#/actor/' + encodeURIComponent(p.partner) }, p.partner)),
            el('td', {}, p.events), el('td', {}, bar), el('td', {}, p.as_source), el('td', {}, num(p.mean_goldstein, 2)),
            el('td', {}, p.documents),
            el('td', {}, /^[A-Z]{3}$/.test(mine) && /^[A-Z]{3}$/.test(other) && mine !== other
              ? el('a', { href: `#/dyad/${mine}/${other}?by=month` }, 'timeline') : ''));
        })) : el('p', { className: 'muted' }, 'No counted event.'),
      el('h2', {}, `Quotes (${quotes.items.length})`),
      quotes.items.length ? el('div', { id: 'actor-quotes' }, quotes.items.map(q => el('div', {},
        el('div', { className: 'muted' }, q.date, ' · ', q.speaker || 'unnamed', q.via ? ' citing ' + q.via : '', ' · ',
          el('a', { href: '#/doc/' + encodeURIComponent(q.doc_id) }, q.title || q.doc_id)),
        el('blockquote', {}, q.quote)))) : el('p', { className: 'muted' }, 'No quote.'));
  } catch (e) {
    out.replaceChildren(failed(e));
  }
}

window.addEventListener('hashchange', route);
window.addEventListener('DOMContentLoaded', route);
