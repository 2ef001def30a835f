// The app's shared state: the view (st, in the URL fragment), the graph
// canvas, what the server said (known entities, cached answers, the last
// drawn answer), and go(), which changes the view and redraws. Every other
// module reads and changes the view through here.

import { parseState, formatState } from './state.js';
import { predOf } from './vocab.js';
import { $ } from './dom.js';

export let st = parseState(location.hash);
export let graph;

// setGraph gives the modules the graph canvas (graph.js), once, at start.
export function setGraph(g) {
  graph = g;
}

// render draws the state; main.js sets it (setRender), so that go() can
// redraw without this module knowing how.
let render = () => {};
export function setRender(fn) {
  render = fn;
}
export let current = { paths: [], pathError: null, cut: [], overview: null }; // the last drawn answer
export const cache = new Map(); // request key -> Promise
export const known = new Map(); // entity id -> entity, everything seen so far

// ---- state and URL --------------------------------------------------------

// go changes the state, records it in the URL and redraws. replace keeps
// the browser history from filling up with small steps (hops, panels).
export function go(patch, { replace = false } = {}) {
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

export function filters() {
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

export function cached(key, fn) {
  if (!cache.has(key)) {
    const p = fn();
    cache.set(key, p);
    p.catch(() => cache.delete(key));
  }
  return cache.get(key);
}

export function remember(e) {
  if (e && typeof e === 'object' && e.id) {
    known.set(e.id, e);
    return e;
  }
  return known.get(e) || { id: e, name: String(e), type: '' };
}

// normEdge turns an API edge (subject and object as entities) into the
// drawn shape.
export function normEdge(e) {
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

export function showError(err, what) {
  const box = $('#error');
  let msg = err && err.message ? err.message : String(err);
  if (err && err.status === 404 && what) msg = `${what}: ${msg} (not found)`;
  else if (err && err.status === 504) msg = `${what || 'The query'} took too long; try fewer steps or narrower filters. (${msg})`;
  else if (what) msg = `${what}: ${msg}`;
  $('#error-text').textContent = msg;
  box.hidden = false;
}

export function clearError() {
  $('#error').hidden = true;
}
