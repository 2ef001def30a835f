// The evidence panel: the sentences behind an edge, each with the two
// entities' names and aliases marked (whole words only), and a citation
// of its article by title, source, opening words or file.

import { api } from './api.js';
import { st, known, cached, normEdge } from './store.js';
import { articles, articleFiles, firstWords, loadFirstWords, untitled } from './data.js';
import { predOf } from './vocab.js';
import { h, clear, $, highlight } from './dom.js';
import { typeIcon } from './icons.js';
import { fitPanel } from './panel.js';

function termsOf(ent) {
  const e = known.get(ent.id) || ent;
  return [e.name, ...(e.aliases || [])];
}
// webURL is the http(s) URL source is, or null: only those become links.
function webURL(source) {
  let u;
  try {
    u = new URL(source);
  } catch {
    return null;
  }
  return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
}

// sourceOf shows an article's source: an http(s) URL as a link that opens
// apart from the app, anything else as text.
function sourceOf(source, className) {
  const href = webURL(source);
  if (!href) return h('span', { className }, source);
  return h('a', { className, href, target: '_blank', rel: 'noopener noreferrer' }, source);
}

// cite says where evidence comes from: the article's title, date and
// source; an article without a title is named by its source, else its file.
export function cite(a) {
  const file = a.file || articleFiles.get(a.id) || '';
  let name;
  if (a.title) name = h('span', { className: 'title' }, a.title);
  else if (a.source) name = sourceOf(a.source, 'source named');
  else if (firstWords.get(a.id)) name = h('span', { className: 'title first-words', title: file || undefined }, firstWords.get(a.id));
  else if (file) name = h('span', { className: 'file' }, file);
  else name = h('span', { className: 'title' }, 'Untitled article');
  return h(
    'p',
    { className: 'cite' },
    name,
    a.date ? h('span', { className: 'date' }, a.date) : null,
    a.title && a.source ? sourceOf(a.source, 'source') : null,
  );
}

export function evidenceItem(ev, subject, object, big) {
  const a = ev.article || {};
  const sentence = h('blockquote', { className: 'sentence' }, highlight(ev.sentence || '', [...termsOf(subject), ...termsOf(object)]));
  return h('li', { className: 'evidence' + (big ? ' big' : '') }, sentence, cite(a));
}

function edgeTitle(e) {
  const p = predOf(e.predicate);
  return h(
    'p',
    { className: 'edge-title' },
    h('span', { className: 'ent' }, typeIcon(e.subject.type, 16), e.subject.name),
    h('span', { className: 'pred' }, p.symmetric ? ` —${e.predicate}— ` : ` —${e.predicate}→ `),
    h('span', { className: 'ent' }, typeIcon(e.object.type, 16), e.object.name),
  );
}

export async function renderEvidence() {
  const box = $('#evidence-box');
  box.hidden = !st.edge;
  fitPanel();
  if (!st.edge) return;
  const body = clear($('#evidence'));
  body.appendChild(h('p', { className: 'muted' }, 'Loading the evidence…'));
  const want0 = st.edge;
  let e;
  try {
    const want = st.edge;
    const res = await cached(`e|${want}`, () => api.edge(want));
    if (want !== st.edge) return;
    e = normEdge(res.edge || res);
  } catch (err) {
    clear(body);
    body.appendChild(h('p', { className: 'warn' }, 'The evidence could not be loaded: ' + err.message));
    return;
  }
  const evs = e.evidence || [];
  if (evs.some(untitled)) {
    // name untitled articles by their files
    const want = st.edge;
    await articles().catch(() => {});
    if (want !== st.edge) return;
  }
  await loadFirstWords(evs);
  if (want0 !== st.edge) return;
  clear(body);
  const arts = new Set(evs.map((x) => x.article && x.article.id));
  body.appendChild(edgeTitle(e));
  body.appendChild(
    h('p', { className: 'muted' }, `${evs.length} sentence${evs.length === 1 ? '' : 's'} from ${arts.size} article${arts.size === 1 ? '' : 's'}`),
  );
  body.appendChild(h('ol', { className: 'evidence-list' }, evs.map((ev) => evidenceItem(ev, e.subject, e.object))));
}
