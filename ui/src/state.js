// The view state lives in the URL fragment, so a view can be shared and
// reloaded: #focus=ID,ID&expand=ID&path=FROM,TO&k=3&preds=leads&types=Person
// &since=2024-01-01&until=2024-06-30&mode=present&hop=2&edge=ID&theme=hc
// &depth=2&limit=500&top=2000&v=ZOOM,PANX,PANY
//
// Lists are comma-separated and each item is percent-encoded, so ids and
// names holding commas survive.

export const DEFAULT_K = 3;

// The neighbourhood and overview sizes the controls offer, with the
// defaults: the API's own neighbourhood default, and its overview default.
export const LIMITS = [50, 200, 500, 1000];
export const DEFAULT_LIMIT = 200;
export const TOPS = [500, 2000, 5000, 20000];
export const DEFAULT_TOP = 2000;

export function emptyState() {
  return {
    focus: [], // entities whose neighbourhoods are drawn
    expand: [], // nodes the user expanded by a click
    path: null, // {from, to}: the connection finder's question
    k: DEFAULT_K,
    pathIdx: 0, // which of the k paths is stepped through
    hop: -1, // the hop of that path shown, -1 for none
    preds: null, // enabled predicates, null for all
    types: null, // enabled entity types, null for all
    since: '',
    until: '',
    mode: 'explore', // or 'present'
    theme: '', // '' (light) or 'hc' (high contrast)
    edge: '', // the edge whose evidence is open
    node: '', // the node whose details are open
    depth: 1, // hops of each neighbourhood
    limit: DEFAULT_LIMIT, // entities of each neighbourhood at most
    top: DEFAULT_TOP, // entities of the overview at most
    view: null, // {z, x, y}: the zoom and pan, so a link restores the picture
  };
}

const list = (v) => (v ? v.split(',').filter(Boolean).map(decodeURIComponent) : []);
const int = (v, d) => {
  const n = parseInt(v, 10);
  return Number.isFinite(n) ? n : d;
};
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function parseState(hash) {
  const st = emptyState();
  const q = new Map();
  for (const part of (hash || '').replace(/^#/, '').split('&')) {
    if (!part) continue;
    const i = part.indexOf('=');
    if (i < 0) q.set(part, '');
    else q.set(part.slice(0, i), part.slice(i + 1));
  }
  st.focus = list(q.get('focus'));
  st.expand = list(q.get('expand'));
  const p = list(q.get('path'));
  if (p.length === 2) st.path = { from: p[0], to: p[1] };
  st.k = Math.min(10, Math.max(1, int(q.get('k'), DEFAULT_K)));
  st.pathIdx = Math.max(0, int(q.get('p'), 0));
  st.hop = Math.max(-1, int(q.get('hop'), -1));
  if (q.has('preds')) st.preds = list(q.get('preds'));
  if (q.has('types')) st.types = list(q.get('types'));
  const since = decodeURIComponent(q.get('since') || '');
  const until = decodeURIComponent(q.get('until') || '');
  if (DATE.test(since)) st.since = since;
  if (DATE.test(until)) st.until = until;
  st.mode = q.get('mode') === 'present' ? 'present' : 'explore';
  st.theme = q.get('theme') === 'hc' ? 'hc' : '';
  st.edge = decodeURIComponent(q.get('edge') || '');
  st.node = decodeURIComponent(q.get('node') || '');
  st.depth = Math.min(3, Math.max(1, int(q.get('depth'), 1)));
  st.limit = Math.min(LIMITS[LIMITS.length - 1], Math.max(1, int(q.get('limit'), DEFAULT_LIMIT)));
  st.top = Math.min(TOPS[TOPS.length - 1], Math.max(1, int(q.get('top'), DEFAULT_TOP)));
  const v = (q.get('v') || '').split(',').map(Number);
  if (v.length === 3 && v.every(Number.isFinite) && v[0] > 0) st.view = { z: v[0], x: v[1], y: v[2] };
  return st;
}

export function formatState(st) {
  const parts = [];
  const enc = (xs) => xs.map(encodeURIComponent).join(',');
  if (st.focus.length) parts.push('focus=' + enc(st.focus));
  if (st.expand.length) parts.push('expand=' + enc(st.expand));
  if (st.depth !== 1) parts.push('depth=' + st.depth);
  if (st.limit !== DEFAULT_LIMIT) parts.push('limit=' + st.limit);
  if (st.top !== DEFAULT_TOP) parts.push('top=' + st.top);
  if (st.path) parts.push('path=' + enc([st.path.from, st.path.to]));
  if (st.path && st.k !== DEFAULT_K) parts.push('k=' + st.k);
  if (st.path && st.pathIdx > 0) parts.push('p=' + st.pathIdx);
  if (st.path && st.hop >= 0) parts.push('hop=' + st.hop);
  if (st.preds) parts.push('preds=' + enc(st.preds));
  if (st.types) parts.push('types=' + enc(st.types));
  if (st.since) parts.push('since=' + st.since);
  if (st.until) parts.push('until=' + st.until);
  if (st.mode === 'present') parts.push('mode=present');
  if (st.theme) parts.push('theme=' + st.theme);
  if (st.edge) parts.push('edge=' + encodeURIComponent(st.edge));
  if (st.node) parts.push('node=' + encodeURIComponent(st.node));
  // six significant digits: Cytoscape's pan is in screen pixels, sigma's
  // camera in units of the whole graph's box (0 to 1), where one decimal
  // would put a reloaded view up to a twentieth of the screen away
  if (st.view) parts.push('v=' + [st.view.z.toFixed(4), String(Number(st.view.x.toPrecision(6))), String(Number(st.view.y.toPrecision(6)))].join(','));
  return parts.length ? '#' + parts.join('&') : '';
}
