// dyad web UI: the article view (loaded after app.js, whose helpers it uses).
'use strict';

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

/**
 * The text as it is read: a line break inside a paragraph of hard-wrapped wire copy (a lone newline before a
 * word) is shown as a space. One character for one, so every offset still points where it did.
 */
function reflowed(text) {
  return text.replace(/(?<=[^\n])\n(?=[^\s])/g, ' ');
}

/**
 * The text cut at every span boundary; each piece knows the facts that cover it. Text only, never HTML.
 * {@code segs} gets, for each fact, the pieces that show it.
 */
function highlighted(x, onPick, segs) {
  const text = reflowed(x.text);
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
    for (const s of covering) {
      if (!segs.has(s.fact)) segs.set(s.fact, []);
      segs.get(s.fact).push(seg);
    }
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

/** The fact a link names: ?event=V3, ?quote=2 (from 1, in text order) or ?entity=E1. */
function linked(x, params) {
  if (params.get('event')) return x.events.find(v => v.id === params.get('event'));
  if (params.get('quote')) return x.quotes[Number(params.get('quote')) - 1];
  if (params.get('entity')) return x.entities.find(e => e.id === params.get('entity'));
  return undefined;
}

/** The link parameter of a fact, as {@link linked} reads it. */
function linkOf(fact) {
  if ('evidence' in fact) return { event: fact.id };
  if ('cue' in fact) return { quote: fact.n };
  if ('mentions' in fact) return { entity: fact.id };
  return {};
}

async function articleView(id, params) {
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
  const segs = new Map();
  const pick = (facts, seg) => {
    document.querySelectorAll('#article-text .selected').forEach(s => s.classList.remove('selected'));
    const order = f => ('evidence' in f ? 0 : 'cue' in f ? 1 : 'mentions' in f ? 3 : 2);
    const unique = [...new Set(facts)].sort((a, b) => order(a) - order(b));
    const marked = seg ? [seg] : (segs.get(unique[0]) || []);
    marked.forEach(s => s.classList.add('selected'));
    if (!seg && marked.length) marked[0].scrollIntoView({ block: 'center' });
    panel.replaceChildren(...unique.map(f => details(x, f)));
    replaceHash(hashOf('doc/' + encodeURIComponent(x.id), linkOf(unique[0])));
  };
  const text = highlighted(x, pick, segs);
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
    el('p', { className: 'muted' }, `${x.date} (${x.dateSource.toLowerCase()})`, x.credit ? ' · ' + x.credit : '', ' · ', x.id,
      ' · line breaks inside paragraphs are shown as spaces'),
    legend,
    el('div', { className: 'article' }, text,
      el('div', { className: 'side' }, panel,
        el('div', { className: 'panel' }, el('h2', {}, `Quotes (${x.quotes.length})`), quotes),
        el('div', { className: 'panel' }, el('h2', {}, `Events (${x.events.length})`), events))));
  const fact = linked(x, params);
  if (fact) pick([fact]);
  else if ([...params.keys()].length) panel.prepend(el('p', { className: 'error' }, 'The linked fact is not in this article.'));
}
