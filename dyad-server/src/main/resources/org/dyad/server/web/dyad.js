// dyad web UI: the timeline of two countries (loaded after app.js, whose helpers it uses).
'use strict';

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

/**
 * Stacked bars of events by QuadClass per period on a continuous axis (a period without an event is a gap), the
 * mean Goldstein value as a line (right axis), events dated only to a month or a year as a band over the span
 * they stand for, and a second dyad's events as a dashed line.
 */
function chart(t, other, onPick) {
  const items = t.items;
  const W = 900, H = 330, L = 44, R = 48, T = 30, B = 48;
  const highest = Math.max(1, ...items.map(p => p.events), ...(other ? other.items.map(p => p.events) : []),
    ...t.vague.map(v => v.events));
  const step = Math.max(1, Math.ceil(highest / 5));
  const max = step * Math.ceil(highest / step);
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
  const at = day => { let i = 0; while (i + 1 < items.length && items[i + 1].period <= day) i++; return i; };
  const last = items.length ? periodEnd(items[items.length - 1].period, t.by) : '';
  for (const v of t.vague.filter(v => items.length && v.to >= items[0].period && v.from <= last)) {
    const i0 = at(v.from), i1 = at(v.to);
    root.appendChild(svg('rect', { class: 'vague', x: L + i0 * band, y: y(v.events), width: (i1 - i0 + 1) * band,
      height: y(0) - y(v.events) }, svg('title', {}, `${v.events} event(s) dated only to ${v.date}`)));
  }
  const labelEvery = Math.ceil(items.length / 12);
  const lines = [[]];
  items.forEach((p, i) => {
    const x0 = L + i * band;
    const w = Math.max(1, band * 0.7);
    let base = 0;
    const group = svg('g', { class: 'period', 'data-period': p.period, 'data-events': p.events });
    group.appendChild(svg('rect', { class: 'hit', x: x0, y: T, width: band, height: H - T - B }));
    for (const [key, , cssVar] of QUADS) {
      const n = p[key] || 0;
      if (!n) continue;
      group.appendChild(svg('rect', { class: 'bar ' + key, x: x0 + (band - w) / 2, y: y(base + n), width: w,
        height: y(base) - y(base + n), fill: color(cssVar) }, svg('title', {}, `${p.period}: ${n} ${key.replace('_', ' ')}`)));
      base += n;
    }
    if (p.mean_goldstein === null || p.mean_goldstein === undefined) {
      if (lines[lines.length - 1].length) lines.push([]);
    } else {
      const cx = x0 + band / 2, cy = g(p.mean_goldstein);
      lines[lines.length - 1].push(`${cx},${cy}`);
      const point = svg('circle', { class: 'point', cx, cy, r: Math.min(4, Math.max(1.5, band / 3)) },
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
  for (const line of lines.filter(l => l.length > 1)) {
    root.appendChild(svg('polyline', { class: 'goldstein', points: line.join(' ') }));
  }
  if (other) {
    const counts = new Map(other.items.map(p => [p.period, p.events]));
    const pts = items.map((p, i) => `${L + i * band + band / 2},${y(counts.get(p.period) || 0)}`);
    root.appendChild(svg('polyline', { class: 'compare', points: pts.join(' ') },
      svg('title', {}, `${other.a}–${other.b}: events per ${other.by}`)));
  }
  root.querySelectorAll('circle.point').forEach(c => root.appendChild(c.parentNode.removeChild(c)));
  return root;
}

async function countryCodes() {
  try {
    const r = await api('api/actors/top?limit=200');
    return [...new Set(r.items.map(a => a.country || (a.actor || '').slice(0, 3)).filter(c => /^[A-Z]{3}$/.test(c)))].sort();
  } catch (e) {
    return [];
  }
}

function timelineOf(a, b, by, from, to) {
  const q = new URLSearchParams({ by });
  if (from) q.set('from', from);
  if (to) q.set('to', to);
  return api(`api/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}/timeline?${q}`);
}

/** The view of #/dyad/A/B?by=&from=&to=&compare=C/D&period=: every parameter is in the URL, so a view is shared. */
async function dyadView(a, b, params) {
  const by = params.get('by') || 'month';
  const state = { by, from: params.get('from') || '', to: params.get('to') || '', compare: params.get('compare') || '' };
  const list = el('datalist', { id: 'countries' });
  const input = (name, value) => el('label', {}, name === 'a' ? 'Country' : 'and country',
    el('input', { name, value, list: 'countries', size: 6, maxlength: 3, placeholder: name === 'a' ? 'JPN' : 'KOR', required: true }));
  const sel = el('select', { name: 'by' }, ['day', 'week', 'month', 'year'].map(p => el('option', { value: p, selected: p === by }, p)));
  const date = (name, label) => el('label', {}, label, el('input', { name, type: 'date', value: state[name] }));
  const form = el('form', { className: 'bar' }, input('a', a), input('b', b), el('label', {}, 'by', sel),
    date('from', 'From'), date('to', 'To'),
    el('label', {}, 'Compare with', el('input', { name: 'compare', value: state.compare, placeholder: 'USA/CHN', size: 8 })),
    el('button', { type: 'submit' }, 'Show'), list);
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    const f = new FormData(form);
    const p = Object.fromEntries(['by', 'from', 'to', 'compare'].map(k => [k, String(f.get(k) || '').toUpperCase()]));
    p.by = p.by.toLowerCase();
    location.hash = hashOf(`dyad/${String(f.get('a')).toUpperCase()}/${String(f.get('b')).toUpperCase()}`, p);
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
    const [c, d] = /^[A-Za-z]{3}\/[A-Za-z]{3}$/.test(state.compare) ? state.compare.split('/') : [];
    let t = await timelineOf(a, b, by, state.from, state.to);
    let other = c ? await timelineOf(c, d, by, state.from, state.to) : null;
    if (other && !(state.from && state.to) && t.items.length + other.items.length) {
      // One axis for both: from the first period of either to the last of either.
      const periods = [...t.items, ...other.items].map(p => p.period).sort();
      const from = state.from || periods[0], to = state.to || periodEnd(periods[periods.length - 1], by);
      [t, other] = await Promise.all([timelineOf(a, b, by, from, to), timelineOf(c, d, by, from, to)]);
    }
    if (!t.items.length && !t.vague.length) {
      out.replaceChildren(el('p', { className: 'muted' }, `No counted event between ${t.a} and ${t.b}.`));
      return;
    }
    const events = el('div', { id: 'point-events' }, el('p', { className: 'muted' }, 'Click a period to list its events.'));
    const pickPeriod = async (p, offset) => {
      const to = periodEnd(p.period, t.by);
      replaceHash(hashOf(`dyad/${t.a}/${t.b}`, { ...state, period: p.period }));
      document.querySelectorAll('#chart g.period.picked').forEach(g => g.classList.remove('picked'));
      const g = document.querySelector(`#chart g.period[data-period="${p.period}"]`);
      if (g) g.classList.add('picked');
      events.replaceChildren(el('p', { className: 'muted' }, 'Loading…'));
      try {
        const r = await api(`api/dyads/${t.a}/${t.b}/events?from=${p.period}&to=${to}&limit=50&offset=${offset || 0}`);
        events.replaceChildren(el('h2', {}, `${t.a}–${t.b}, ${p.period} to ${to}: ${r.total} event(s), mean Goldstein ${num(p.mean_goldstein, 2)}`),
          eventTable(r.items), r.total > r.limit ? pager(r, o => pickPeriod(p, o), 'event(s)') : '');
      } catch (e) {
        events.replaceChildren(failed(e));
      }
    };
    const total = t.items.reduce((s, p) => s + p.events, 0);
    const vague = t.vague.reduce((s, v) => s + v.events, 0);
    out.replaceChildren(
      el('p', { className: 'muted' }, `${total} counted event(s) between ${t.a} and ${t.b} in ${t.items.length} ${t.by}(s); `,
        'negated, hypothetical and historical events are not counted.',
        vague ? ` ${vague} more dated only to a month or a year are drawn as bands over that span, not in a ${t.by}.` : ''),
      el('div', { className: 'key' }, QUADS.map(([, label, v]) => el('span', {}, el('i', { style: null, 'data-var': v }), label)),
        el('span', {}, '● mean Goldstein (right axis)'), vague ? el('span', {}, el('i', { className: 'vague-key' }), 'dated to a month or year') : '',
        other ? el('span', {}, `- - ${other.a}–${other.b} events`) : ''),
      el('div', { className: 'chart' }, chart(t, other, pickPeriod)), events);
    out.querySelectorAll('.key i[data-var]').forEach(i => { i.style.background = color(i.dataset.var); });
    const period = params.get('period');
    const picked = period && t.items.find(p => p.period === period);
    if (picked) pickPeriod(picked);
  } catch (e) {
    out.replaceChildren(failed(e));
  }
}
