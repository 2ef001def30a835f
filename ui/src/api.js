// The client of the coopgraph HTTP API (/api/..., same origin only).
// Every call goes through request(), which drives the loading indicator
// and turns error answers ({"error": {"code", "message"}}) into ApiError.

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

let inflight = 0;
let slowTimer = 0;
const listeners = new Set();

// onLoading registers fn(isSlow): called with true when a request has been
// outstanding for more than SLOW_MS, and with false when none is.
export function onLoading(fn) {
  listeners.add(fn);
}

const SLOW_MS = 250;

function begin() {
  inflight++;
  if (inflight === 1) {
    slowTimer = setTimeout(() => listeners.forEach((fn) => fn(true)), SLOW_MS);
  }
}

function end() {
  inflight--;
  if (inflight === 0) {
    clearTimeout(slowTimer);
    listeners.forEach((fn) => fn(false));
  }
}

export function pending() {
  return inflight;
}

async function request(path, params, signal) {
  const qs = new URLSearchParams();
  if (params) {
    for (const [k, v] of Object.entries(params)) {
      if (v === undefined || v === null || v === '') continue;
      qs.set(k, Array.isArray(v) ? v.join(',') : String(v));
    }
  }
  const url = path + (qs.toString() ? '?' + qs : '');
  begin();
  try {
    let res;
    try {
      res = await fetch(url, { headers: { Accept: 'application/json' }, signal });
    } catch (e) {
      if (e.name === 'AbortError') throw e;
      throw new ApiError(0, 'network', 'The server cannot be reached.');
    }
    let body = null;
    try {
      body = await res.json();
    } catch {
      body = null;
    }
    if (!res.ok) {
      const err = body && body.error;
      const msg = (err && err.message) || res.statusText || 'Request failed';
      throw new ApiError(res.status, (err && err.code) || String(res.status), msg);
    }
    if (body === null) throw new ApiError(res.status, 'bad-json', 'The server answered with something that is not JSON.');
    return body;
  } finally {
    end();
  }
}

const id = (x) => encodeURIComponent(x);

export const api = {
  search: (q, limit, signal) => request('/api/search', { q, limit }, signal),
  entity: (eid) => request('/api/entities/' + id(eid)),
  neighbors: (eid, f) =>
    request('/api/entities/' + id(eid) + '/neighbors', {
      depth: f.depth || 1,
      limit: f.limit,
      predicates: f.preds,
      types: f.types,
      since: f.since,
      until: f.until,
    }),
  paths: (from, to, f) =>
    request('/api/paths', {
      from,
      to,
      k: f.k,
      predicates: f.preds,
      types: f.types,
      since: f.since,
      until: f.until,
    }),
  edge: (eid) => request('/api/edges/' + id(eid)),
  articles: () => request('/api/articles'),
  article: (aid) => request('/api/articles/' + id(aid)),
  overview: (limit) => request('/api/overview', { limit }),
};
