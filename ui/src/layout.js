// Layouts. Cytoscape's cose is quadratic per iteration and far too slow for
// a few thousand nodes, so the explore view uses a force layout of its own:
// Fruchterman-Reingold with repulsion only between nodes in neighbouring
// grid cells (linear per iteration), a fixed number of iterations, and a
// seeded start, so the same graph always gets the same picture. Nodes marked
// fixed keep their place, which lets a view grow without reshuffling.

// hash gives a stable pseudo-random number in [0, 1) for a string.
function hash(str) {
  let h = 2166136261;
  for (let i = 0; i < str.length; i++) {
    h ^= str.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return ((h >>> 0) % 100000) / 100000;
}

// forceLayout places nodes ({id, x, y, fixed}) joined by edges ({s, t}) and
// returns a Map id -> {x, y}. Nodes with x/y and fixed stay where they are;
// nodes with x/y but not fixed start there.
export function forceLayout(nodes, edges, opts = {}) {
  const n = nodes.length;
  if (!n) return new Map();
  const L = opts.length || 90; // ideal edge length
  const index = new Map(nodes.map((nd, i) => [nd.id, i]));
  const X = new Float64Array(n);
  const Y = new Float64Array(n);
  const fixed = new Uint8Array(n);
  const placed = new Uint8Array(n);
  const adj = Array.from({ length: n }, () => []);
  const E = [];
  for (const e of edges) {
    const a = index.get(e.s);
    const b = index.get(e.t);
    if (a === undefined || b === undefined || a === b) continue;
    E.push(a, b);
    adj[a].push(b);
    adj[b].push(a);
  }
  nodes.forEach((nd, i) => {
    if (Number.isFinite(nd.x) && Number.isFinite(nd.y)) {
      X[i] = nd.x;
      Y[i] = nd.y;
      placed[i] = 1;
      if (nd.fixed) fixed[i] = 1;
    }
  });
  // Start: breadth first from placed nodes (or from the best-connected
  // node), each new node near its first placed neighbour; unreachable nodes
  // on a sunflower spiral around the centre.
  const order = [];
  const seen = new Uint8Array(n);
  const queue = [];
  for (let i = 0; i < n; i++) if (placed[i]) { seen[i] = 1; queue.push(i); }
  if (!queue.length && n) {
    let best = 0;
    for (let i = 1; i < n; i++) if (adj[i].length > adj[best].length) best = i;
    seen[best] = 1;
    queue.push(best);
    placed[best] = 1;
  }
  for (let qi = 0; qi < queue.length; qi++) {
    const v = queue[qi];
    for (const w of adj[v]) {
      if (seen[w]) continue;
      seen[w] = 1;
      queue.push(w);
      order.push([w, v]);
    }
  }
  const fresh = n - queue.length + order.length; // nodes the walk places
  if (n > 300 && order.length > n / 2 && fresh > n / 2) {
    // A big graph placed mostly afresh: lay the walk's order out on a
    // sunflower spiral, about one node per L² of area, so the force steps
    // start uncrowded (crowded grid cells make them slow) with neighbours
    // near one another.
    const golden = Math.PI * (3 - Math.sqrt(5));
    const [r0] = queue;
    let k = 1;
    for (const [w] of order) {
      if (placed[w]) continue;
      const r = L * 0.75 * Math.sqrt(k);
      X[w] = X[r0] + Math.cos(k * golden) * r;
      Y[w] = Y[r0] + Math.sin(k * golden) * r;
      placed[w] = 1;
      k++;
    }
  }
  for (const [w, v] of order) {
    if (placed[w]) continue;
    const a = hash(nodes[w].id) * Math.PI * 2;
    const r = L * (0.6 + hash(nodes[w].id + '.') * 0.8);
    X[w] = X[v] + Math.cos(a) * r;
    Y[w] = Y[v] + Math.sin(a) * r;
    placed[w] = 1;
  }
  let cx = 0;
  let cy = 0;
  let cnt = 0;
  for (let i = 0; i < n; i++) if (placed[i]) { cx += X[i]; cy += Y[i]; cnt++; }
  if (cnt) { cx /= cnt; cy /= cnt; }
  let spiral = 0;
  const golden = Math.PI * (3 - Math.sqrt(5));
  for (let i = 0; i < n; i++) {
    if (placed[i]) continue;
    const r = L * 0.8 * Math.sqrt(spiral + Math.sqrt(cnt + 1) * 4);
    X[i] = cx + Math.cos(spiral * golden) * r;
    Y[i] = cy + Math.sin(spiral * golden) * r;
    spiral++;
  }

  const iters = opts.iterations || (n > 1000 ? 50 : n > 300 ? 100 : 250);
  // Big graphs get a stronger (still short-range) repulsion, or their
  // many long edges pull them into a crowded ball that is slow to lay out.
  const k2 = L * L * (n > 300 ? 4 : 1);
  const cap = n > 300; // and a bounded pull, so long edges do not crush the rest
  // repulsion reaches this far: everywhere in small graphs (so a star's
  // leaves spread round their centre), nearby only in big ones
  const cell = n <= 150 ? 1e9 : L * 1.5;
  const cell2 = cell * cell;
  const DX = new Float64Array(n);
  const DY = new Float64Array(n);
  // a uniform grid, rebuilt each step by counting sort: cellOf[i] is node
  // i's cell, and the nodes of cell c are byCell[start[c] .. start[c+1]).
  const cellOf = new Int32Array(n);
  const byCell = new Int32Array(n);
  let start = new Int32Array(1);
  let temp = L * (n > 1000 ? 4 : 2);
  const cool = Math.pow(0.02, 1 / iters);
  const pull = n > 300 ? 0.002 : 0.01;
  for (let it = 0; it < iters; it++) {
    DX.fill(0);
    DY.fill(0);
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (let i = 0; i < n; i++) {
      if (X[i] < minX) minX = X[i];
      if (X[i] > maxX) maxX = X[i];
      if (Y[i] < minY) minY = Y[i];
      if (Y[i] > maxY) maxY = Y[i];
    }
    // cells no smaller than the repulsion's reach, and at most 512 a side
    const size = Math.max(cell, (maxX - minX) / 512, (maxY - minY) / 512);
    const gw = Math.floor((maxX - minX) / size) + 1;
    const gh = Math.floor((maxY - minY) / size) + 1;
    if (start.length < gw * gh + 1) start = new Int32Array(gw * gh + 1);
    else start.fill(0, 0, gw * gh + 1);
    for (let i = 0; i < n; i++) {
      const c = Math.floor((Y[i] - minY) / size) * gw + Math.floor((X[i] - minX) / size);
      cellOf[i] = c;
      start[c + 1]++;
    }
    for (let c = 0; c < gw * gh; c++) start[c + 1] += start[c];
    const fill = start.slice(0, gw * gh);
    for (let i = 0; i < n; i++) byCell[fill[cellOf[i]]++] = i;
    for (let i = 0; i < n; i++) {
      const c = cellOf[i];
      const cx0 = c % gw;
      const cy0 = (c - cx0) / gw;
      const xi = X[i];
      const yi = Y[i];
      for (let gy = Math.max(0, cy0 - 1); gy <= Math.min(gh - 1, cy0 + 1); gy++) {
        for (let gx = Math.max(0, cx0 - 1); gx <= Math.min(gw - 1, cx0 + 1); gx++) {
          const cc = gy * gw + gx;
          for (let q = start[cc], e = start[cc + 1]; q < e; q++) {
            const j = byCell[q];
            if (j <= i) continue;
            let dx = xi - X[j];
            let dy = yi - Y[j];
            let d2 = dx * dx + dy * dy;
            if (d2 > cell2) continue;
            if (d2 < 0.01) {
              dx = ((i * 7919) % 13) - 6 + 0.5;
              dy = ((j * 104729) % 13) - 6 + 0.5;
              d2 = dx * dx + dy * dy;
            }
            const f = k2 / d2;
            DX[i] += dx * f;
            DY[i] += dy * f;
            DX[j] -= dx * f;
            DY[j] -= dy * f;
          }
        }
      }
    }
    for (let e = 0; e < E.length; e += 2) {
      const a = E[e];
      const b = E[e + 1];
      const dx = X[a] - X[b];
      const dy = Y[a] - Y[b];
      const d = Math.sqrt(dx * dx + dy * dy) + 0.01;
      const f = (cap ? Math.min(d, L) : d) / L;
      DX[a] -= dx * f;
      DY[a] -= dy * f;
      DX[b] += dx * f;
      DY[b] += dy * f;
    }
    for (let i = 0; i < n; i++) {
      if (fixed[i]) continue;
      // a weak pull to the centre keeps unconnected parts from drifting off
      DX[i] -= (X[i] - cx) * pull;
      DY[i] -= (Y[i] - cy) * pull;
      const d = Math.sqrt(DX[i] * DX[i] + DY[i] * DY[i]);
      if (d > 0) {
        const m = Math.min(d, temp) / d;
        X[i] += DX[i] * m;
        Y[i] += DY[i] * m;
      }
    }
    temp *= cool;
  }
  const out = new Map();
  nodes.forEach((nd, i) => out.set(nd.id, { x: X[i], y: Y[i] }));
  return out;
}

// pathLayout places the nodes of paths (arrays of node ids, from the same
// start to the same end) so that each reads left to right: the start at the
// left, the end at the right, each path on its own lane, the shortest in the
// middle. Returns a Map id -> {x, y}.
export function pathLayout(paths, opts = {}) {
  const dx = opts.dx || 240;
  const dy = opts.dy || 150;
  const out = new Map();
  const longest = Math.max(1, ...paths.map((p) => p.length - 1));
  const width = longest * dx;
  paths.forEach((p, pi) => {
    const lane = pi === 0 ? 0 : (pi % 2 ? 1 : -1) * Math.ceil(pi / 2);
    const steps = Math.max(1, p.length - 1);
    p.forEach((id, i) => {
      if (out.has(id)) return;
      const end = i === 0 || i === p.length - 1;
      out.set(id, { x: (i / steps) * width, y: end ? 0 : lane * dy });
    });
  });
  return out;
}
