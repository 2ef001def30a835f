// offthread.js runs the force layout of a big view in a Web Worker
// (layout-worker.js, built to dist/layout.js), so the page's main thread
// stays free while it works: a 20,000-node overview's layout took a second
// of it. The page names the worker's script in a <link id="layout-worker">
// (index.html), which the server rewrites to the build's fingerprinted name
// like every other file. Without a worker (none allowed, or it fails) the
// layout runs here, on the main thread, with the same result: it is seeded.

import { forceLayout } from './layout.js';

// layoutRuns counts the layouts sent to the worker (posted), those it
// finished (worker), those run here (mainThread) and those cancelled (for
// the tests).
export const layoutRuns = { posted: 0, worker: 0, mainThread: 0, cancelled: 0 };

let worker = null;
let broken = false;
let seq = 0;
const waiting = new Map(); // job id -> {resolve, reject, fallback, cancel}

// cancelLayouts drops the layouts still running or queued in the worker:
// each resolves to null. A layout cannot be stopped inside the worker (it
// is one synchronous run), so the worker is ended, and the next layout
// starts a fresh one; otherwise the new layout would wait behind the stale
// one (a 20,000-node overview's takes a second or more) while both
// compete with the page for the CPU.
export function cancelLayouts() {
  if (!waiting.size) return;
  worker.terminate();
  worker = null;
  const jobs = [...waiting.values()];
  waiting.clear();
  for (const job of jobs) {
    layoutRuns.cancelled++;
    job.cancel();
  }
}

function start() {
  if (worker || broken) return worker;
  const link = document.getElementById('layout-worker');
  try {
    if (!link || typeof Worker === 'undefined') throw new Error('no worker');
    worker = new Worker(link.href);
  } catch {
    broken = true;
    return null;
  }
  worker.onmessage = (ev) => {
    const job = waiting.get(ev.data.id);
    if (!job) return;
    waiting.delete(ev.data.id);
    if (ev.data.error) job.reject(new Error('layout: ' + ev.data.error));
    else job.resolve(ev.data);
  };
  // a worker that cannot load or dies: every job waiting is laid out here
  worker.onerror = (ev) => {
    ev.preventDefault();
    broken = true;
    worker.terminate();
    worker = null;
    for (const job of waiting.values()) job.fallback();
    waiting.clear();
  };
  return worker;
}

// layoutOffThread is forceLayout(nodes, edges, opts) (layout.js) run in the
// worker: nodes ({id, x, y, fixed}), edges ({s, t}); it resolves to a Map
// id -> {x, y}, the same places forceLayout gives, or to null when it was
// cancelled. A new layout is for the view drawn next: it cancels any still
// under way (cancelLayouts).
export function layoutOffThread(nodes, edges, opts = {}) {
  cancelLayouts();
  const here = () => {
    layoutRuns.mainThread++;
    return forceLayout(nodes, edges, opts);
  };
  const w = start();
  if (!w) return Promise.resolve(here());
  const n = nodes.length;
  const ids = new Array(n);
  const index = new Map();
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const fixed = new Uint8Array(n);
  nodes.forEach((nd, i) => {
    ids[i] = nd.id;
    index.set(nd.id, i);
    const placed = Number.isFinite(nd.x) && Number.isFinite(nd.y);
    xs[i] = placed ? nd.x : NaN;
    ys[i] = placed ? nd.y : NaN;
    fixed[i] = placed && nd.fixed ? 1 : 0;
  });
  const pairs = new Int32Array(edges.length * 2);
  let k = 0;
  for (const e of edges) {
    const a = index.get(e.s);
    const b = index.get(e.t);
    if (a === undefined || b === undefined) continue;
    pairs[k++] = a;
    pairs[k++] = b;
  }
  const flat = k === pairs.length ? pairs : pairs.slice(0, k);
  const id = ++seq;
  return new Promise((resolve, reject) => {
    waiting.set(id, {
      resolve: ({ X, Y }) => {
        layoutRuns.worker++;
        const out = new Map();
        for (let i = 0; i < n; i++) out.set(ids[i], { x: X[i], y: Y[i] });
        resolve(out);
      },
      reject,
      fallback: () => {
        try {
          resolve(here());
        } catch (err) {
          reject(err);
        }
      },
      cancel: () => resolve(null),
    });
    layoutRuns.posted++;
    w.postMessage({ id, ids, xs, ys, fixed, edges: flat, opts }, [xs.buffer, ys.buffer, fixed.buffer, flat.buffer]);
  });
}
