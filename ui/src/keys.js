// The keyboard: arrows step through a path (or, on the graph, between
// entities), Esc leaves, F fits, + and − zoom; and what a click on a node
// means.

import { st, known, current, graph, go } from './store.js';
import { typeOf } from './vocab.js';
import { $ } from './dom.js';
import { step, switchPath } from './finder.js';
import { present } from './presentation.js';

export function onKey(ev) {
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
export function openNode(id) {
  if (!st.focus.length && !st.expand.length && !st.path) {
    go({ focus: [id], expand: [], node: id, hop: -1, edge: '', view: null });
    return;
  }
  const expand = st.focus.includes(id) || st.expand.includes(id) ? st.expand : [...st.expand, id];
  go({ expand, node: id });
}

// onGraphKey lets the keyboard walk the graph once it has focus (Tab):
// arrows move to the nearest node that way, Enter opens it as a click does.
export function onGraphKey(ev) {
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
