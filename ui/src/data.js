// Data loading beyond the view's own answers: the ends of a pair with no
// path, the article list (dates, file names) and the opening words of
// untitled articles, and assemble(), which turns the answers into what is
// drawn, with the client-side filters.

import { api } from './api.js';
import { st, known, cached, remember, normEdge } from './store.js';

// assemble turns neighbourhood answers, paths and the ends of a pair with
// no path into the nodes and edges to draw, with the client-side filters:
// the API filters predicates and dates, and the paths query types; the
// neighbourhood view hides the disabled types here.
export function assemble(results, paths, ends = []) {
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
export async function pathEnds(path) {
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

// articleList is the promise of GET /api/articles, asked once: the
// timeline's dates, and the file names evidence does not carry.
let articleList = null;

export const articleFiles = new Map(); // article id -> file name

export function articles() {
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
export const firstWords = new Map(); // article id -> "“Opening words of the text…”"

// loadFirstWords fetches the opening words of the articles of evs that have
// neither title nor source.
export async function loadFirstWords(evs) {
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
export function untitled(ev) {
  const a = (ev && ev.article) || {};
  return !a.title && !a.source && !a.file && !articleFiles.has(a.id);
}
