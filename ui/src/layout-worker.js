// The layout worker (built to dist/layout.js): runs forceLayout (layout.js)
// off the page's main thread, so that a big view's layout (about a second
// for 20,000 nodes) leaves the page free meanwhile. offthread.js sends it
// the nodes and edges as flat arrays and gets the places back the same way.

import { forceLayout } from './layout.js';

// a message: { id, ids: [node id], xs, ys: Float64Array (NaN: not placed
// yet), fixed: Uint8Array, edges: Int32Array of node index pairs, opts }
self.onmessage = (ev) => {
  const { id, ids, xs, ys, fixed, edges, opts } = ev.data;
  try {
    const nodes = ids.map((nid, i) => (Number.isFinite(xs[i]) ? { id: nid, x: xs[i], y: ys[i], fixed: fixed[i] === 1 } : { id: nid }));
    const links = [];
    for (let k = 0; k < edges.length; k += 2) links.push({ s: ids[edges[k]], t: ids[edges[k + 1]] });
    const placed = forceLayout(nodes, links, opts);
    const X = new Float64Array(ids.length);
    const Y = new Float64Array(ids.length);
    ids.forEach((nid, i) => {
      const p = placed.get(nid);
      X[i] = p.x;
      Y[i] = p.y;
    });
    self.postMessage({ id, X, Y }, [X.buffer, Y.buffer]);
  } catch (err) {
    self.postMessage({ id, error: String((err && err.message) || err) });
  }
};
