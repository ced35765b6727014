// dyad web UI: the actor view (loaded after app.js, whose helpers it uses).
'use strict';

// ---- actor ------------------------------------------------------------------------------------------------

/** A CAMEO actor code with its name: "Japan (JPN)", or the code alone where no entity names it. */
function actorName(code, name) {
  return name ? `${name} (${code})` : code;
}

async function topActors(out) {
  const top = await api('api/actors/top?limit=30');
  out.replaceChildren(el('h2', {}, 'Most active actors'), el('table', { className: 'list', id: 'top-actors' },
    el('tr', {}, ['actor', 'country', 'events', 'mean Goldstein', 'articles'].map(h => el('th', {}, h))),
    top.items.map(a => el('tr', {},
      el('td', {}, el('a', { href: '#/actor/' + encodeURIComponent(a.actor) }, actorName(a.actor, a.name))),
      el('td', {}, a.country || ''), el('td', {}, a.events), el('td', {}, num(a.mean_goldstein, 2)),
      el('td', {}, a.documents)))));
}

function partnerTable(actor, partners, name) {
  if (!partners.items.length) return el('p', { className: 'muted' }, 'No counted event with another actor.');
  const most = Math.max(1, ...partners.items.map(p => p.events));
  const mine = actor.slice(0, 3);
  return el('table', { className: 'list', id: 'partners' },
    el('tr', {}, ['partner', 'events', '', 'started by ' + name, 'mean Goldstein', 'articles', ''].map(h => el('th', {}, h))),
    partners.items.map(p => {
      const bar = el('span', { className: 'rankbar' });
      bar.style.width = Math.round(120 * p.events / most) + 'px';
      const other = String(p.partner).slice(0, 3);
      return el('tr', {}, el('td', {}, el('a', { href: '#/actor/' + encodeURIComponent(p.partner) }, actorName(p.partner, p.name))),
        el('td', {}, el('a', { href: hashOf('actor/' + encodeURIComponent(actor), { partner: p.partner }) }, String(p.events))),
        el('td', {}, bar), el('td', {}, p.as_source), el('td', {}, num(p.mean_goldstein, 2)), el('td', {}, p.documents),
        el('td', {}, /^[A-Z]{3}$/.test(mine) && /^[A-Z]{3}$/.test(other) && mine !== other
          ? el('a', { href: `#/dyad/${mine}/${other}?by=month` }, 'timeline') : ''));
    }));
}

function quoteList(quotes) {
  if (!quotes.items.length) return el('p', { className: 'muted' }, 'No quote.');
  return el('div', { id: 'actor-quotes' }, quotes.items.map(q => el('div', {},
    el('div', { className: 'muted' }, q.date, ' · ', q.speaker || 'unnamed', q.via ? ' citing ' + q.via : '', ' · ',
      el('a', { href: hashOf('doc/' + encodeURIComponent(q.doc_id), { quote: q.n }) }, q.title || q.doc_id)),
    el('blockquote', {}, q.quote))));
}

/** The view of #/actor/CODE?from=&to=&partner=&offset=&quotes=: its name, partners, events (paged) and quotes. */
async function actorView(actor, params) {
  const code = actor.toUpperCase();
  const form = el('form', { className: 'bar' }, el('label', {}, 'Actor (CAMEO or country code)',
    el('input', { name: 'actor', value: code, placeholder: 'KORGOV', required: true })), el('button', { type: 'submit' }, 'Show'));
  form.addEventListener('submit', ev => {
    ev.preventDefault();
    location.hash = '#/actor/' + encodeURIComponent(String(new FormData(form).get('actor')).trim().toUpperCase());
  });
  const title = el('h1', {}, code ? 'Actor ' + code : 'Actors');
  const out = el('div', {});
  show(title, form, out);
  if (!code) {
    try {
      await topActors(out);
    } catch (e) {
      out.replaceChildren(failed(e));
    }
    return;
  }
  const filter = { from: params.get('from') || '', to: params.get('to') || '', partner: params.get('partner') || '' };
  const offset = Number(params.get('offset') || 0);
  const quotesAt = Number(params.get('quotes') || 0);
  const go = changed => { location.hash = hashOf('actor/' + encodeURIComponent(code), { ...filter, offset, quotes: quotesAt, ...changed }); };
  try {
    const q = new URLSearchParams({ actor: code, offset: String(offset), limit: '25' });
    for (const [k, v] of Object.entries(filter)) if (v) q.set(k, v);
    const [who, partners, events, quotes] = await Promise.all([
      api(`api/actors/${encodeURIComponent(code)}`),
      api(`api/actors/${encodeURIComponent(code)}/partners?limit=20`),
      api('api/events?' + q),
      api(`api/quotes?actor=${encodeURIComponent(code)}&limit=20&offset=${quotesAt}`)]);
    const best = who.names[0];
    const name = best ? best.name : code;
    title.replaceChildren(actorName(code, best && best.name));
    const field = (key, label, type) => el('label', {}, label, el('input', { name: key, type, value: filter[key] }));
    const eventForm = el('form', { className: 'bar' }, field('from', 'From', 'date'), field('to', 'To', 'date'),
      el('label', {}, 'With partner', el('input', { name: 'partner', value: filter.partner, placeholder: 'JPN', size: 10 })),
      el('button', { type: 'submit' }, 'Filter'));
    eventForm.addEventListener('submit', ev => {
      ev.preventDefault();
      const f = new FormData(eventForm);
      Object.assign(filter, { from: f.get('from'), to: f.get('to'), partner: String(f.get('partner') || '').trim().toUpperCase() });
      go({ offset: 0 });
    });
    out.replaceChildren(
      el('p', { className: 'muted', id: 'actor-names' }, who.names.length
        ? 'Named ' + who.names.map(n => `${n.name}${n.country ? ' (' + n.country + ')' : ''}, ${n.type.toLowerCase()}, in ${n.documents} article(s)`).join('; ')
        : 'No entity carries this code; it may stand for a country or a sector.'),
      el('h2', {}, 'Dealt with most'), partnerTable(code, partners, name),
      el('h2', {}, `Events (${events.total})`), eventForm,
      el('div', { id: 'actor-events' }, eventTable(events.items)), pager(events, o => go({ offset: o }), 'event(s)'),
      el('h2', {}, `Quotes (${quotes.total})`), quoteList(quotes), pager(quotes, o => go({ quotes: o }), 'quote(s)'));
  } catch (e) {
    out.replaceChildren(failed(e));
  }
}
