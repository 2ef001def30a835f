// coopgraph UI: the controller. The URL fragment holds the view state
// (state.js, store.js); render() turns that state into API calls, the
// drawn graph and the panels. Server data is untrusted: it only ever
// reaches the page as text (dom.js), never as HTML. By concern: data.js
// (loading), finder.js (the connection finder), evidence.js, timeline.js,
// keys.js, presentation.js, panel.js; only graph.js touches the renderer.

import { api, onLoading } from './api.js';
import { formatState, LIMITS, TOPS } from './state.js';
import { Graph, BIG } from './graph.js';
import { layoutRuns } from './offthread.js';
import { TYPES, PREDICATES, predOf } from './vocab.js';
import { h, clear, $ } from './dom.js';
import { typeIcon, predIcon } from './icons.js';
import { typeahead } from './typeahead.js';
import { download } from './export.js';
import { st, graph, setGraph, setRender, current, known, cached, filters, remember, normEdge, go, showError, clearError } from './store.js';
import { assemble, pathEnds, articles, loadFirstWords, untitled } from './data.js';
import { renderSteps, stepsFocus, initFinder, syncFinder } from './finder.js';
import { renderEvidence } from './evidence.js';
import { fitPanel, renderNode } from './panel.js';
import { loadTimeline, timelineSync } from './timeline.js';
import { applyLook, renderCaption, present } from './presentation.js';
import { onKey, openNode, onGraphKey } from './keys.js';

let renderGen = 0;
let lastBase = null; // what the layout was made for: focus + path + filters
let firstFrame = true;

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
  current.cut = results.filter((r) => r.ok && r.res.truncated).map((r) => ({ id: r.id, shown: (r.res.nodes || []).length, total: r.res.total, atLeast: !!r.res.total_lower_bound }));

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
    await graph.update(first.nodes, first.edges, { ...opts, relayout: true });
    for (const ids of staged.slice(0, -1)) {
      if (gen !== renderGen) return;
      const v = assemble(results.filter((r) => ids.includes(r.id)), paths, ends);
      await graph.update(v.nodes, v.edges, opts);
    }
    if (gen !== renderGen) return;
    await graph.update(view.nodes, view.edges, opts);
  } else {
    // a big view's layout runs in a worker: another render may begin
    // meanwhile, and then this one stops here
    await graph.update(view.nodes, view.edges, { ...opts, relayout });
  }
  if (gen !== renderGen) return;

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
  await graph.overview(nodes, edges, base, { relayout, labelEdges: edges.length <= 25, length: 70 });
  if (gen !== renderGen) return;
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
    const what = c.shown < c.total ? `${fmt(c.shown)} of ${c.atLeast ? 'at least ' : ''}${fmt(c.total)} entities` : `all ${fmt(c.total)} entities, not every edge among them`;
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

let searchTA;




function syncControls() {
  for (const box of document.querySelectorAll('#pred-filters input')) box.checked = !st.preds || st.preds.includes(box.value);
  for (const box of document.querySelectorAll('#type-filters input')) box.checked = !st.types || st.types.includes(box.value);
  $('#k').value = String(st.k);
  $('#depth').value = String(st.depth);
  $('#limit').value = String(st.limit);
  syncFinder();
  timelineSync();
  fitPanel();
  stepsFocus();
}



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

// ---- export ---------------------------------------------------------------

async function exportPNG() {
  try {
    download(await graph.png(), 'coopgraph.png');
  } catch (err) {
    showError(err, 'Exporting PNG');
  }
}

function exportSVG() {
  try {
    download(new Blob([graph.svg()], { type: 'image/svg+xml' }), 'coopgraph.svg');
  } catch (err) {
    showError(err, 'Exporting SVG');
  }
}

// ---- start ----------------------------------------------------------------

function start() {
  setGraph(new Graph($('#cy')));
  setRender(render);
  window.coopgraph = { graph, state: () => st, paths: () => current.paths, layoutRuns };
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
  initFinder(err);
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
