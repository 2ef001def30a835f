// coopgraph UI: the controller. The URL fragment holds the view state
// (state.js); render() turns that state into API calls, the drawn graph and
// the panels. Server data is untrusted: it only ever reaches the page as
// text (dom.js), never as HTML.

import { api, onLoading } from './api.js';
import { parseState, formatState, LIMITS, TOPS } from './state.js';
import { Graph, BIG, themeColors } from './graph.js';
import { TYPES, PREDICATES, typeOf, predOf } from './vocab.js';
import { h, clear, $, highlight } from './dom.js';
import { typeIcon, predIcon } from './icons.js';
import { typeahead } from './typeahead.js';
import { download, pngBlob, svgString } from './export.js';

let st = parseState(location.hash);
let graph;
let renderGen = 0;
let lastBase = null; // what the layout was made for: focus + path + filters
let firstFrame = true;
let current = { paths: [], pathError: null, cut: [], overview: null }; // the last drawn answer
const cache = new Map(); // request key -> Promise
const known = new Map(); // entity id -> entity, everything seen so far

// ---- state and URL --------------------------------------------------------

// go changes the state, records it in the URL and redraws. replace keeps
// the browser history from filling up with small steps (hops, panels).
function go(patch, { replace = false } = {}) {
  st = { ...st, ...patch };
  const hash = formatState(st);
  const url = hash || location.pathname + location.search;
  if (hash !== location.hash) {
    if (replace) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
  }
  render();
}

// a view opened from history or a pasted link starts without the last
// view's error
window.addEventListener('popstate', () => {
  st = parseState(location.hash);
  clearError();
  render();
});
window.addEventListener('hashchange', () => {
  const next = parseState(location.hash);
  if (formatState(next) !== formatState(st)) {
    st = next;
    clearError();
    render();
  }
});

function filters() {
  return {
    preds: st.preds ? st.preds : undefined,
    types: st.types ? st.types : undefined,
    since: st.since,
    until: st.until,
    depth: st.depth,
    limit: st.limit,
    k: st.k,
  };
}

function cached(key, fn) {
  if (!cache.has(key)) {
    const p = fn();
    cache.set(key, p);
    p.catch(() => cache.delete(key));
  }
  return cache.get(key);
}

function remember(e) {
  if (e && typeof e === 'object' && e.id) {
    known.set(e.id, e);
    return e;
  }
  return known.get(e) || { id: e, name: String(e), type: '' };
}

// normEdge turns an API edge (subject and object as entities) into the
// drawn shape.
function normEdge(e) {
  const s = remember(e.subject);
  const o = remember(e.object);
  const p = predOf(e.predicate);
  return {
    id: e.id,
    source: s.id,
    target: o.id,
    predicate: e.predicate,
    label: p.label,
    width: p.width,
    subject: s,
    object: o,
    evidence: e.evidence,
  };
}

// ---- errors and loading -------------------------------------------------

function showError(err, what) {
  const box = $('#error');
  let msg = err && err.message ? err.message : String(err);
  if (err && err.status === 404 && what) msg = `${what}: ${msg} (not found)`;
  else if (err && err.status === 504) msg = `${what || 'The query'} took too long; try fewer steps or narrower filters. (${msg})`;
  else if (what) msg = `${what}: ${msg}`;
  $('#error-text').textContent = msg;
  box.hidden = false;
}

function clearError() {
  $('#error').hidden = true;
}

// ---- render ---------------------------------------------------------------

// render draws the current state. A failure is a bug: it is shown, and
// logged so that the browser tests see it.
function render() {
  return draw().catch((err) => {
    console.error(err);
    showError(err, 'Drawing the view');
    document.body.dataset.state = 'ready';
  });
}

async function draw() {
  const gen = ++renderGen;
  document.body.dataset.state = 'loading';
  applyLook();
  const f = filters();
  const fkey = JSON.stringify([f.preds, f.types, f.since, f.until]);
  const centres = [...new Set([...st.focus, ...st.expand])];
  if (!centres.length && !st.path) return drawOverview(gen, fkey);
  const jobs = centres.map((id) =>
    cached(`n|${id}|${fkey}|${f.depth}|${f.limit}`, async () => {
      const res = await api.neighbors(id, f);
      if (!(res.nodes || []).some((n) => n.id === id || n.name === id)) {
        const ent = await api.entity(id);
        const e = ent.entity || ent;
        res.nodes = [e, ...(res.nodes || [])];
      }
      return res;
    }).then(
      (res) => ({ ok: true, id, res }),
      (err) => ({ ok: false, id, err }),
    ),
  );
  let pathJob = null;
  if (st.path) {
    const { from, to } = st.path;
    pathJob = cached(`p|${from}|${to}|${st.k}|${fkey}`, () => api.paths(from, to, f)).then(
      (res) => ({ ok: true, res }),
      (err) => ({ ok: false, err }),
    );
  }
  const results = await Promise.all(jobs);
  const pathResult = pathJob ? await pathJob : null;
  let ends = [];
  if (pathResult && !pathResult.ok && pathResult.err.status === 404) ends = await pathEnds(st.path);
  if (gen !== renderGen) return;
  if (firstFrame) performance.mark('coopgraph:data');

  let paths = [];
  current.pathError = null;
  if (pathResult) {
    if (pathResult.ok) {
      paths = (pathResult.res.paths || []).map((p) => ({
        nodes: (p.nodes || []).map(remember),
        edges: (p.edges || []).map(normEdge),
      }));
      if (!paths.length) current.pathError = 'No connection found with these filters.';
    } else if (pathResult.err.status === 404) {
      // the two ends stay on the canvas, named
      const names = ends.map((e) => e.name);
      current.pathError = names.length === 2 ? `No connection found between ${names[0]} and ${names[1]} with these filters.` : 'No connection found: one of the two ends is not in the graph.';
    } else {
      current.pathError = pathResult.err.message;
      showError(pathResult.err, 'Finding the connection');
    }
  }
  current.paths = paths;
  const failed = results.filter((r) => !r.ok);
  if (failed.length) {
    const r = failed[0];
    showError(r.err, `Loading the neighbourhood of ${known.get(r.id)?.name || r.id}`);
  }
  const view = assemble(results, paths, ends);
  current.cut = results.filter((r) => r.ok && r.res.truncated).map((r) => ({ id: r.id, shown: (r.res.nodes || []).length, total: r.res.total }));

  const path = paths[Math.min(st.pathIdx, Math.max(0, paths.length - 1))];
  const hopEdge = path && st.hop >= 0 ? path.edges[Math.min(st.hop, path.edges.length - 1)] : null;
  // panels first: the caption takes room from the canvas in presentation
  if (st.mode === 'present' && hopEdge && hopEdge.evidence && untitled(hopEdge.evidence[0])) {
    await articles().catch(() => {}); // the file name that stands for its title
    await loadFirstWords(hopEdge.evidence.slice(0, 1));
    if (gen !== renderGen) return;
  }
  $('#empty').hidden = view.nodes.length > 0 || !!current.pathError;
  renderSteps(paths);
  renderCaption(path, hopEdge);
  renderNode();
  renderLimits();
  syncControls();

  // expansions keep what is placed; the rest (depth and size too) lays out
  // anew, so that the URL alone gives the picture
  const base = JSON.stringify([st.focus, st.path, st.k, fkey, st.depth, st.limit, st.mode]);
  const relayout = base !== lastBase;
  const big = view.nodes.length + view.edges.length > BIG;
  graph.setLook(st.mode === 'present' || st.theme === 'hc' ? 'hc' : 'light', st.mode === 'present', big);
  graph.resize();
  const pathRows = paths.map((p) => p.nodes.map((n) => n.id));
  const opts = { pathRows: pathRows.length ? pathRows : null, labelEdges: view.edges.length <= 25 && st.mode !== 'present' };
  if (relayout && !pathRows.length && st.expand.length) {
    // A link to a grown view: grow it again in the order it grew, each
    // step placing only its new nodes, so the picture is the one shared
    // (the layout is seeded: the same steps give the same places).
    const order = [...new Set(st.focus)];
    const staged = [];
    for (const id of st.expand) {
      if (order.includes(id)) continue;
      order.push(id);
      staged.push([...order]);
    }
    const first = assemble(results.filter((r) => st.focus.includes(r.id)), paths, ends);
    graph.update(first.nodes, first.edges, { ...opts, relayout: true });
    for (const ids of staged.slice(0, -1)) {
      const v = assemble(results.filter((r) => ids.includes(r.id)), paths, ends);
      graph.update(v.nodes, v.edges, opts);
    }
    graph.update(view.nodes, view.edges, opts);
  } else {
    graph.update(view.nodes, view.edges, { ...opts, relayout });
  }

  graph.mark({
    focus: view.focus,
    // on a projector only the path being told is highlighted
    onpath: view.onpath.size ? (st.mode === 'present' && path ? pathSet(path, true) : pathSet(path)) : null,
    hop: hopEdge ? [hopEdge.id, hopEdge.source, hopEdge.target] : null,
    picked: st.edge,
  });
  placeCamera(relayout, path, hopEdge);
  lastBase = base;
  if (firstFrame) performance.mark('coopgraph:drawn');
  await renderEvidence();
  if (gen !== renderGen) return;
  await settled(gen);
}

// placeCamera frames the view. Presentation holds the whole chosen path
// above the caption with the current hop in the middle; a link's zoom and
// pan are restored as they were; a new view is fitted; a grown one stays
// where it is, so what is on screen does not move.
function placeCamera(relayout, path, hopEdge) {
  if (path && st.mode === 'present') {
    const ids = path.nodes.map((n) => n.id);
    if (hopEdge) graph.fit(ids, !firstFrame, [hopEdge.source, hopEdge.target]);
    else graph.fit(ids, !firstFrame);
  } else if (firstFrame && st.view) graph.viewport(st.view);
  else if (relayout) graph.fit(path ? [...pathSet(path)] : null, false);
}

// settled waits for the canvas to show the drawn state, then marks the
// first stable frame once.
async function settled(gen) {
  await graph.frame();
  if (gen !== renderGen) return;
  if (firstFrame) {
    // the first stable frame: data in, laid out, drawn and painted. Tests
    // and benchmarks read these marks (ms since navigation start).
    firstFrame = false;
    performance.mark('coopgraph:frame');
    window.coopgraphFirstFrame = performance.now();
  }
  document.body.dataset.state = 'ready';
}

// assemble turns neighbourhood answers, paths and the ends of a pair with
// no path into the nodes and edges to draw, with the client-side filters:
// the API filters predicates and dates, and the paths query types; the
// neighbourhood view hides the disabled types here.
function assemble(results, paths, ends = []) {
  const N = new Map();
  const E = new Map();
  const focus = [];
  for (const r of results) {
    if (!r.ok) continue;
    for (const n of r.res.nodes || []) N.set(n.id, remember(n));
    for (const e of r.res.edges || []) E.set(e.id, normEdge(e));
    const self = (r.res.nodes || []).find((n) => n.id === r.id || n.name === r.id);
    if (self && st.focus.includes(r.id)) focus.push(self.id);
  }
  for (const p of paths) {
    for (const n of p.nodes) N.set(n.id, n);
    for (const e of p.edges) E.set(e.id, e);
  }
  for (const e of ends) {
    N.set(e.id, e);
    focus.push(e.id);
  }
  const onpath = new Set();
  for (const p of paths) {
    p.nodes.forEach((n) => onpath.add(n.id));
    p.edges.forEach((e) => onpath.add(e.id));
  }
  const keep = (n) => focus.includes(n.id) || onpath.has(n.id) || !st.types || st.types.includes(n.type);
  const nodes = [...N.values()].filter(keep);
  const ids = new Set(nodes.map((n) => n.id));
  let edges = [...E.values()].filter(
    (e) => ids.has(e.source) && ids.has(e.target) && (onpath.has(e.id) || !st.preds || st.preds.includes(e.predicate)),
  );
  const linked = new Set();
  edges.forEach((e) => {
    linked.add(e.source);
    linked.add(e.target);
  });
  const shown = nodes.filter((n) => linked.has(n.id) || focus.includes(n.id) || st.expand.includes(n.id) || onpath.has(n.id));
  const shownIds = new Set(shown.map((n) => n.id));
  edges = edges.filter((e) => shownIds.has(e.source) && shownIds.has(e.target));
  return { nodes: shown, edges, focus, onpath };
}

// pathEnds fetches the two ends of a pair with no path, so the canvas
// keeps them and the note names them.
async function pathEnds(path) {
  const one = async (id) => {
    if (known.has(id)) return known.get(id);
    try {
      const res = await cached(`e1|${id}`, () => api.entity(id));
      return remember(res.entity || res);
    } catch {
      return null;
    }
  };
  const ends = await Promise.all([one(path.from), one(path.to)]);
  return ends.every(Boolean) ? ends : [];
}

// drawOverview draws the whole graph (its largest component, or its best
// connected part) from one request: the first view, and the view for a
// large graph. A click on a node focuses it.
async function drawOverview(gen, fkey) {
  current.paths = [];
  current.pathError = null;
  current.cut = [];
  let res;
  try {
    res = await cached(`o|${st.top}`, () => api.overview(st.top));
  } catch (err) {
    if (gen !== renderGen) return;
    showError(err, 'Loading the overview');
    res = { nodes: [], edges: [] };
  }
  if (gen !== renderGen) return;
  if (firstFrame) performance.mark('coopgraph:data');
  const nodes = [];
  for (const n of res.nodes || []) {
    const e = known.get(n.id);
    if (!e || !e.aliases) known.set(n.id, n);
    if (!st.types || st.types.includes(n.type)) nodes.push(n);
  }
  const ids = new Set(nodes.map((n) => n.id));
  const edges = [];
  for (const e of res.edges || []) {
    if (!ids.has(e.source) || !ids.has(e.target)) continue;
    if (st.preds && !st.preds.includes(e.predicate)) continue;
    const p = predOf(e.predicate);
    edges.push({ id: e.id, source: e.source, target: e.target, predicate: e.predicate, label: p.label, width: p.width });
  }
  current.overview = { shown: nodes.length, total: res.total_nodes || nodes.length, edges: edges.length, totalEdges: res.total_edges || edges.length, truncated: !!res.truncated };
  $('#empty').hidden = nodes.length > 0;
  renderSteps([]);
  renderCaption(null, null);
  renderNode();
  renderLimits();
  syncControls();
  const base = JSON.stringify(['overview', st.top, fkey, st.mode]);
  const relayout = base !== lastBase;
  const big = nodes.length + edges.length > BIG;
  graph.setLook(st.mode === 'present' || st.theme === 'hc' ? 'hc' : 'light', st.mode === 'present', big);
  graph.resize();
  // short edges: the whole graph in view at a zoom where hubs' names read
  graph.update(nodes, edges, { relayout, labelEdges: edges.length <= 25, length: 70 });
  graph.mark({ picked: st.edge });
  placeCamera(relayout, null, null);
  lastBase = base;
  if (firstFrame) performance.mark('coopgraph:drawn');
  await renderEvidence();
  if (gen !== renderGen) return;
  await settled(gen);
}

// renderLimits says where an answer was cut, "200 of 611", with a way to
// get more.
function renderLimits() {
  const box = clear($('#limits'));
  const more = (label, fn) => h('button', { type: 'button', className: 'more', onclick: fn }, label);
  const fmt = (n) => n.toLocaleString('en');
  if (!st.focus.length && !st.expand.length && !st.path && current.overview) {
    const o = current.overview;
    box.appendChild(
      h('span', null, o.truncated ? `Overview: ${fmt(o.shown)} of ${fmt(o.total)} entities, the best connected` : `Overview: all ${fmt(o.shown)} entities of the largest component`),
    );
    const next = TOPS.find((t) => t > st.top);
    if (o.truncated && next && o.total > o.shown) box.appendChild(more(`Show ${fmt(Math.min(next, o.total))}`, () => go({ top: next })));
    box.hidden = false;
    return;
  }
  const cut = current.cut || [];
  if (!cut.length) {
    box.hidden = true;
    return;
  }
  for (const c of cut) {
    const name = known.get(c.id)?.name || c.id;
    const what = c.shown < c.total ? `${fmt(c.shown)} of ${fmt(c.total)} entities` : `all ${fmt(c.total)} entities, not every edge among them`;
    box.appendChild(h('span', { className: 'cut' }, `${name}: ${what}`));
  }
  const next = LIMITS.find((l) => l > st.limit);
  if (next) box.appendChild(more(`Show up to ${fmt(next)}`, () => go({ limit: next })));
  else box.appendChild(h('span', { className: 'muted' }, ` (the most one view asks for)`));
  box.hidden = false;
}

// pathSet is the ids of the nodes and edges of every path found (only of
// the given path when alone), with the chosen path's elements as the
// brightest (all are highlighted).
function pathSet(path, alone = false) {
  const set = new Set();
  for (const p of alone ? [] : current.paths) {
    p.nodes.forEach((n) => set.add(n.id));
    p.edges.forEach((e) => set.add(e.id));
  }
  if (path) {
    path.nodes.forEach((n) => set.add(n.id));
    path.edges.forEach((e) => set.add(e.id));
  }
  return set;
}

function applyLook() {
  const b = document.body;
  b.classList.toggle('present', st.mode === 'present');
  b.classList.toggle('hc', st.mode === 'present' || st.theme === 'hc');
  $('#contrast').setAttribute('aria-pressed', String(st.theme === 'hc'));
}

// ---- the connection finder -------------------------------------------

// arrowFor spells one step of a path: "—leads→", "←leads—" when the path
// walks the edge against its direction, "—signed-with—" for a symmetric one.
function arrowFor(e, fromId) {
  const p = predOf(e.predicate);
  if (p.symmetric) return `—${e.predicate}—`;
  return e.source === fromId ? `—${e.predicate}→` : `←${e.predicate}—`;
}

function renderSteps(paths) {
  const box = $('#path-box');
  const list = clear($('#steps'));
  const note = $('#path-note');
  if (!st.path) {
    box.hidden = true;
    return;
  }
  box.hidden = false;
  note.textContent = current.pathError || (paths.length ? `${paths.length} shortest path${paths.length > 1 ? 's' : ''}; click a step for its evidence, or use ← → to step.` : '');
  note.classList.toggle('warn', !!current.pathError);
  paths.forEach((p, pi) => {
    const chain = h('p', { className: 'chain' });
    p.nodes.forEach((n, i) => {
      chain.appendChild(h('span', { className: 'step-node' }, typeIcon(n.type, 14), n.name));
      const e = p.edges[i];
      if (!e) return;
      chain.appendChild(document.createTextNode(' '));
      chain.appendChild(
        h(
          'button',
          {
            type: 'button',
            className: 'step-edge' + (pi === st.pathIdx && i === st.hop ? ' current' : ''),
            title: 'Show the evidence for this step',
            'data-edge': e.id,
            onclick: () => go({ pathIdx: pi, hop: i, edge: e.id }, { replace: true }),
          },
          arrowFor(e, n.id),
        ),
      );
      chain.appendChild(document.createTextNode(' '));
    });
    list.appendChild(
      h(
        'li',
        { className: 'path' + (pi === st.pathIdx ? ' chosen' : ''), 'data-path': pi },
        h('span', { className: 'path-len' }, `${p.edges.length} step${p.edges.length === 1 ? '' : 's'}`),
        chain,
      ),
    );
  });
}

// stepsFocus puts the keyboard on the first step once Find has an answer
// (after the panel is laid out: a hidden panel takes no focus).
function stepsFocus() {
  if (!focusSteps || !st.path || (!current.paths.length && !current.pathError)) return;
  focusSteps = false;
  const first = $('#steps .step-edge');
  if (first) first.focus();
}

// step moves the hop through the chosen path (arrow keys).
function step(d) {
  const p = current.paths[st.pathIdx];
  if (!p || !p.edges.length) return;
  const hop = Math.max(0, Math.min(p.edges.length - 1, st.hop + d));
  go({ hop, edge: p.edges[hop].id }, { replace: true });
}

function switchPath(d) {
  const n = current.paths.length;
  if (n < 2) return;
  const pathIdx = (st.pathIdx + d + n) % n;
  const p = current.paths[pathIdx];
  go({ pathIdx, hop: 0, edge: p.edges[0] ? p.edges[0].id : '' }, { replace: true });
}

// ---- evidence ---------------------------------------------------------------

function termsOf(ent) {
  const e = known.get(ent.id) || ent;
  return [e.name, ...(e.aliases || [])];
}

// articleList is the promise of GET /api/articles, asked once: the
// timeline's dates, and the file names evidence does not carry.
let articleList = null;
const articleFiles = new Map(); // article id -> file name
function articles() {
  if (!articleList) {
    articleList = api.articles().then((res) => {
      const list = Array.isArray(res) ? res : res.articles || [];
      for (const a of list) {
        const x = a.article || a;
        if (x.id && x.file) articleFiles.set(x.id, x.file);
      }
      return list;
    });
    articleList.catch(() => {
      articleList = null;
    });
  }
  return articleList;
}

// firstWords holds, for articles with neither title nor source, the
// opening words of their text, which name them better than a file name.
const firstWords = new Map(); // article id -> "“Opening words of the text…”"

// loadFirstWords fetches the opening words of the articles of evs that have
// neither title nor source.
async function loadFirstWords(evs) {
  const ids = [...new Set(evs.map((ev) => ev && ev.article).filter((a) => a && a.id && !a.title && !a.source && !firstWords.has(a.id)).map((a) => a.id))];
  await Promise.all(
    ids.slice(0, 20).map(async (id) => {
      try {
        const res = await cached(`a|${id}`, () => api.article(id));
        const art = res.article || res;
        const line = String(art.text || '').split('\n').map((l) => l.trim()).find((l) => l) || '';
        const words = line.split(/\s+/);
        if (line) firstWords.set(id, '“' + words.slice(0, 10).join(' ') + (words.length > 10 ? '…' : '') + '”');
      } catch {
        // the file name or "Untitled article" stands in
      }
    }),
  );
}

// untitled says whether evidence cites an article by nothing but its id,
// until the file names are in.
function untitled(ev) {
  const a = (ev && ev.article) || {};
  return !a.title && !a.source && !a.file && !articleFiles.has(a.id);
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
function cite(a) {
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

function evidenceItem(ev, subject, object, big) {
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

async function renderEvidence() {
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

function renderCaption(path, hopEdge) {
  const cap = $('#caption');
  if (st.mode !== 'present') {
    cap.hidden = true;
    return;
  }
  cap.hidden = false;
  clear(cap);
  if (!path) {
    cap.appendChild(
      h('p', { className: 'cap-hint' }, st.path ? current.pathError || 'Finding the connection…' : 'Find a connection between two entities to step through it here.'),
    );
    return;
  }
  if (!hopEdge) {
    cap.appendChild(h('p', { className: 'cap-step' }, `${path.nodes[0].name} → ${path.nodes[path.nodes.length - 1].name}: ${path.edges.length} steps`));
    cap.appendChild(h('p', { className: 'cap-hint' }, 'Press → to step through the connection, ← to go back, Esc to leave.'));
    return;
  }
  const i = path.edges.indexOf(hopEdge);
  const fromNode = path.nodes[i];
  const toNode = path.nodes[i + 1];
  cap.appendChild(
    h(
      'p',
      { className: 'cap-step' },
      h('span', { className: 'cap-count' }, `Step ${i + 1} of ${path.edges.length}`),
      h('span', { className: 'ent' }, typeIcon(fromNode.type, 30), fromNode.name),
      h('span', { className: 'pred' }, ` ${arrowFor(hopEdge, fromNode.id)} `),
      h('span', { className: 'ent' }, typeIcon(toNode.type, 30), toNode.name),
    ),
  );
  const evs = hopEdge.evidence || [];
  const ev = evs[0];
  if (ev) cap.appendChild(h('ol', { className: 'evidence-list' }, evidenceItem(ev, hopEdge.subject, hopEdge.object, true)));
  if (evs.length > 1) cap.appendChild(h('p', { className: 'cap-hint' }, `and ${evs.length - 1} more sentence${evs.length > 2 ? 's' : ''}`));
}

// ---- node details -----------------------------------------------------------

function renderNode() {
  const box = $('#node-box');
  const e = st.node && known.get(st.node);
  if (!e) {
    box.hidden = true;
    return;
  }
  box.hidden = false;
  const body = clear($('#node'));
  body.appendChild(h('p', { className: 'node-name' }, typeIcon(e.type, 20), e.name));
  body.appendChild(h('p', { className: 'muted' }, typeOf(e.type).label));
  if (e.aliases && e.aliases.length) body.appendChild(h('p', null, 'Also called: ', e.aliases.join('; ')));
  const expanded = st.expand.includes(e.id);
  body.appendChild(
    h(
      'div',
      { className: 'buttons' },
      h('button', { type: 'button', onclick: () => go({ focus: [e.id], expand: [], node: e.id, path: null, hop: -1, edge: '' }) }, 'Focus on this'),
      expanded
        ? h('button', { type: 'button', onclick: () => go({ expand: st.expand.filter((x) => x !== e.id) }) }, 'Collapse')
        : null,
      h('button', { type: 'button', onclick: () => setFinder('from', e) }, 'Connect from here'),
      h('button', { type: 'button', onclick: () => setFinder('to', e) }, 'Connect to here'),
    ),
  );
}

// ---- controls ---------------------------------------------------------------

let searchTA;
let fromTA;
let toTA;

function setFinder(which, e) {
  (which === 'from' ? fromTA : toTA).set(e);
  const other = which === 'from' ? toTA.value() : fromTA.value();
  if (other) findPath();
}

function findPath() {
  const from = fromTA.value();
  const to = toTA.value();
  if (!from || !to) {
    showError(new Error('Choose both ends of the connection.'), 'Connection finder');
    return;
  }
  clearError();
  focusSteps = true;
  go({ path: { from, to }, k: Number($('#k').value) || 3, pathIdx: 0, hop: -1, edge: '', node: '' });
}

// focusSteps asks that, once the paths are listed, the keyboard is on their
// first step, so the arrow keys step through them at once.
let focusSteps = false;

function syncControls() {
  for (const box of document.querySelectorAll('#pred-filters input')) box.checked = !st.preds || st.preds.includes(box.value);
  for (const box of document.querySelectorAll('#type-filters input')) box.checked = !st.types || st.types.includes(box.value);
  $('#k').value = String(st.k);
  $('#depth').value = String(st.depth);
  $('#limit').value = String(st.limit);
  if (!st.path) {
    // the connection was dropped (Clear, history, a link): so are its ends;
    // ends being typed for a connection not yet asked for stay
    if (hadPath) {
      fromTA.set(null);
      toTA.set(null);
    }
  } else {
    const f = known.get(st.path.from);
    const t = known.get(st.path.to);
    if (f && !fromTA.value()) fromTA.set(f);
    if (t && !toTA.value()) toTA.set(t);
    if (current.paths[0]) {
      const p = current.paths[0];
      if (!fromTA.value() || fromTA.value() === st.path.from) fromTA.set(p.nodes[0]);
      if (!toTA.value() || toTA.value() === st.path.to) toTA.set(p.nodes[p.nodes.length - 1]);
    }
  }
  hadPath = !!st.path;
  timelineSync();
  fitPanel();
  stepsFocus();
}

// fitPanel gives the details panel room only when it has something to show.
function fitPanel() {
  const empty = ['#path-box', '#evidence-box', '#node-box'].every((sel) => $(sel).hidden);
  if (document.body.classList.contains('no-panel') !== empty) {
    document.body.classList.toggle('no-panel', empty);
    graph.resize();
  }
}

let hadPath = false;

function buildFilters() {
  const preds = $('#pred-filters');
  for (const p of PREDICATES) {
    preds.appendChild(
      h(
        'label',
        { className: 'check' },
        h('input', { type: 'checkbox', value: p.id, checked: true, onchange: onFilter }),
        predIcon(p.id),
        h('span', null, p.label),
      ),
    );
  }
  const types = $('#type-filters');
  for (const t of TYPES) {
    types.appendChild(
      h('label', { className: 'check' }, h('input', { type: 'checkbox', value: t.id, checked: true, onchange: onFilter }), typeIcon(t.id), h('span', null, t.label)),
    );
  }
  const legend = $('#legend');
  legend.appendChild(h('ul', null, TYPES.map((t) => h('li', null, typeIcon(t.id, 16), t.label))));
  legend.appendChild(h('ul', null, PREDICATES.map((p) => h('li', null, predIcon(p.id, 40, 12), p.id))));
}

function onFilter() {
  const pick = (sel, all) => {
    const on = [...document.querySelectorAll(sel)].filter((b) => b.checked).map((b) => b.value);
    return on.length === all.length ? null : on;
  };
  go({ preds: pick('#pred-filters input', PREDICATES), types: pick('#type-filters input', TYPES) });
}

// ---- timeline -------------------------------------------------------------

let dates = []; // distinct article dates, ascending
let bucketLen = 7; // a timeline bar is a month (YYYY-MM) or a year (YYYY)

async function loadTimeline() {
  const box = $('#timeline');
  try {
    const list = await articles();
    const counts = new Map();
    for (const a of list) {
      const d = (a.article && a.article.date) || a.date;
      if (d) counts.set(d, (counts.get(d) || 0) + 1);
    }
    dates = [...counts.keys()].sort();
    clear(box);
    if (!dates.length) {
      box.appendChild(h('p', { className: 'muted' }, 'No dated articles.'));
      return;
    }
    // one bar per month from the first article to the last, or per year
    // when that would be more than four years of months
    const y0 = Number(dates[0].slice(0, 4));
    const y1 = Number(dates[dates.length - 1].slice(0, 4));
    const m0 = y0 * 12 + Number(dates[0].slice(5, 7)) - 1;
    const m1 = y1 * 12 + Number(dates[dates.length - 1].slice(5, 7)) - 1;
    const yearly = m1 - m0 > 48;
    bucketLen = yearly ? 4 : 7;
    const keys = [];
    if (yearly) for (let y = y0; y <= y1; y++) keys.push(String(y));
    else for (let m = m0; m <= m1; m++) keys.push(`${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`);
    const per = new Map(keys.map((k) => [k, 0]));
    for (const [d, c] of counts) per.set(d.slice(0, bucketLen), (per.get(d.slice(0, bucketLen)) || 0) + c);
    const max = Math.max(...per.values());
    const bars = h('div', { className: 'tl-bars', 'aria-hidden': 'true' });
    for (const k of keys) {
      const n = per.get(k);
      const bar = h('span', { className: 'tl-bar', title: `${k}: ${n} article${n === 1 ? '' : 's'}`, 'data-bucket': k });
      bar.style.height = `${Math.round((n / max) * 100)}%`;
      bars.appendChild(bar);
    }
    box.appendChild(h('p', { className: 'tl-axis' }, h('span', null, keys[0]), h('span', null, keys[keys.length - 1])));
    const mk = (id, label, value) =>
      h('label', { className: 'range' }, h('span', null, label), h('input', { type: 'range', id, min: 0, max: dates.length - 1, step: 1, value, oninput: onTimeInput, onchange: onTimeChange }));
    box.insertBefore(bars, box.lastChild);
    box.appendChild(mk('since', 'From', 0));
    box.appendChild(mk('until', 'Until', dates.length - 1));
    box.appendChild(h('p', { className: 'range-out', id: 'range-out' }));
    box.appendChild(h('button', { type: 'button', id: 'time-all', onclick: () => go({ since: '', until: '' }) }, 'All time'));
    timelineSync();
  } catch (err) {
    clear(box);
    box.appendChild(h('p', { className: 'warn' }, 'The timeline is not available: ' + err.message));
  }
}

function idxOf(date, fallback) {
  if (!date) return fallback;
  let i = dates.findIndex((d) => d >= date);
  if (i < 0) i = dates.length - 1;
  return i;
}

function timelineSync() {
  const since = $('#since');
  const until = $('#until');
  if (!since || !dates.length) return;
  since.value = String(idxOf(st.since, 0));
  let u = st.until ? dates.length - 1 - [...dates].reverse().findIndex((d) => d <= st.until) : dates.length - 1;
  if (u > dates.length - 1) u = 0;
  until.value = String(u);
  showRange();
}

function showRange() {
  const a = dates[Number($('#since').value)];
  const b = dates[Number($('#until').value)];
  $('#range-out').textContent = st.since || st.until ? `Network as stated ${a} – ${b}` : `All articles, ${a} – ${b}`;
  for (const bar of document.querySelectorAll('#timeline .tl-bar')) {
    const k = bar.dataset.bucket;
    bar.classList.toggle('out', k < a.slice(0, bucketLen) || k > b.slice(0, bucketLen));
  }
}

function onTimeInput() {
  const s = $('#since');
  const u = $('#until');
  if (Number(s.value) > Number(u.value)) {
    if (this === s) u.value = s.value;
    else s.value = u.value;
  }
  showRange();
}

function onTimeChange() {
  const si = Number($('#since').value);
  const ui = Number($('#until').value);
  go({ since: si > 0 ? dates[si] : '', until: ui < dates.length - 1 ? dates[ui] : '' });
}

// ---- export ---------------------------------------------------------------

async function exportPNG() {
  try {
    const blob = await pngBlob(graph.cy, themeColors(graph.theme).bg);
    download(blob, 'coopgraph.png');
  } catch (err) {
    showError(err, 'Exporting PNG');
  }
}

function exportSVG() {
  try {
    const t = themeColors(graph.theme);
    const text = svgString(graph.cy, t.bg, t.text);
    download(new Blob([text], { type: 'image/svg+xml' }), 'coopgraph.svg');
  } catch (err) {
    showError(err, 'Exporting SVG');
  }
}

// ---- presentation -------------------------------------------------------

function present(on) {
  if (on) {
    const el = document.documentElement;
    if (el.requestFullscreen && !document.fullscreenElement) el.requestFullscreen().catch(() => {});
    const p = current.paths[st.pathIdx];
    go({ mode: 'present', hop: p && st.hop < 0 && p.edges.length ? 0 : st.hop, edge: p && st.hop < 0 && p.edges[0] ? p.edges[0].id : st.edge });
  } else {
    if (document.fullscreenElement && document.exitFullscreen) document.exitFullscreen().catch(() => {});
    go({ mode: 'explore' });
  }
}

document.addEventListener('fullscreenchange', () => {
  if (!document.fullscreenElement && st.mode === 'present') go({ mode: 'explore' });
});

function onKey(ev) {
  const t = ev.target;
  if (t && (t.tagName === 'INPUT' || t.tagName === 'SELECT' || t.tagName === 'TEXTAREA')) return;
  if (ev.altKey || ev.ctrlKey || ev.metaKey) return;
  switch (ev.key) {
    case 'ArrowRight':
      step(st.hop < 0 ? 1 : 1);
      break;
    case 'ArrowLeft':
      step(-1);
      break;
    case 'ArrowDown':
      switchPath(1);
      break;
    case 'ArrowUp':
      switchPath(-1);
      break;
    case 'Escape':
      if (st.mode === 'present') present(false);
      else if (st.edge) go({ edge: '' }, { replace: true });
      return;
    case 'f':
      graph.fit(null, true);
      return;
    case '+':
    case '=':
      graph.zoomBy(1.25);
      return;
    case '-':
      graph.zoomBy(0.8);
      return;
    default:
      return;
  }
  if (current.paths.length) ev.preventDefault();
}

// openNode is a click on a node: in the overview it focuses the node, else
// it expands it (a focus or an expanded node just shows its details).
function openNode(id) {
  if (!st.focus.length && !st.expand.length && !st.path) {
    go({ focus: [id], expand: [], node: id, hop: -1, edge: '', view: null });
    return;
  }
  const expand = st.focus.includes(id) || st.expand.includes(id) ? st.expand : [...st.expand, id];
  go({ expand, node: id });
}

// onGraphKey lets the keyboard walk the graph once it has focus (Tab):
// arrows move to the nearest node that way, Enter opens it as a click does.
function onGraphKey(ev) {
  const dirs = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowDown: [0, 1], ArrowUp: [0, -1] };
  if (ev.key === 'Enter' || ev.key === ' ') {
    if (graph.cursor) {
      ev.preventDefault();
      openNode(graph.cursor);
    }
    return;
  }
  if (!dirs[ev.key] || current.paths.length) return; // with a path, arrows step it
  ev.preventDefault();
  ev.stopPropagation();
  const id = graph.moveCursor(dirs[ev.key]);
  if (id) $('#graph-status').textContent = `${known.get(id)?.name || id}, ${typeOf(known.get(id)?.type).label}. Enter opens it.`;
}

// ---- start ----------------------------------------------------------------

function start() {
  graph = new Graph($('#cy'));
  window.coopgraph = { graph, state: () => st, paths: () => current.paths };
  onLoading((slow) => {
    $('#loading').hidden = !slow;
  });
  buildFilters();
  const err = (e) => showError(e, 'Search');
  searchTA = typeahead($('#q'), {
    onError: err,
    onChoose: (e) => {
      clearError();
      go({ focus: [e.id], expand: [], node: e.id, path: null, hop: -1, edge: '', pathIdx: 0 });
    },
  });
  fromTA = typeahead($('#from'), { onError: err, onChoose: () => {} });
  toTA = typeahead($('#to'), { onError: err, onChoose: () => {} });
  $('#finder').addEventListener('submit', (ev) => {
    ev.preventDefault();
    findPath();
  });
  $('#clear-path').addEventListener('click', () => {
    fromTA.set(null);
    toTA.set(null);
    go({ path: null, hop: -1, pathIdx: 0, edge: '' });
  });
  $('#k').addEventListener('change', () => {
    if (st.path) go({ k: Number($('#k').value), pathIdx: 0, hop: -1 });
  });
  $('#fit').addEventListener('click', () => graph.fit(null, true));
  $('#zoom-in').addEventListener('click', () => graph.zoomBy(1.25));
  $('#zoom-out').addEventListener('click', () => graph.zoomBy(0.8));
  $('#export-png').addEventListener('click', exportPNG);
  $('#export-svg').addEventListener('click', exportSVG);
  $('#contrast').addEventListener('click', () => go({ theme: st.theme === 'hc' ? '' : 'hc' }, { replace: true }));
  $('#present').addEventListener('click', () => present(st.mode !== 'present'));
  $('#leave').addEventListener('click', () => present(false));
  $('#error-close').addEventListener('click', clearError);
  $('#evidence-close').addEventListener('click', () => go({ edge: '' }, { replace: true }));
  document.addEventListener('keydown', onKey);
  window.addEventListener('resize', () => graph.resize());

  graph.onTap({ node: openNode, edge: (id) => go({ edge: id }, { replace: true }) });
  graph.onViewport((v) => {
    // the zoom and pan go into the URL as they settle, without a redraw
    st.view = v;
    const hash = formatState(st);
    if (hash !== location.hash) history.replaceState(null, '', hash || location.pathname + location.search);
  });
  $('#depth').addEventListener('change', () => go({ depth: Number($('#depth').value) }));
  $('#limit').addEventListener('change', () => go({ limit: Number($('#limit').value) }));
  $('#cy').addEventListener('keydown', onGraphKey);

  render();
  loadTimeline();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
