// The connection finder: the two ends, the k paths as steps (each a
// button that opens its evidence), stepping through them, and the
// keyboard on the first step once Find has answered.

import { st, known, current, go, showError, clearError } from './store.js';
import { predOf } from './vocab.js';
import { h, clear, $ } from './dom.js';
import { typeIcon } from './icons.js';
import { typeahead } from './typeahead.js';

let fromTA;
let toTA;
let hadPath = false;

// arrowFor spells one step of a path: "—leads→", "←leads—" when the path
// walks the edge against its direction, "—signed-with—" for a symmetric one.
export function arrowFor(e, fromId) {
  const p = predOf(e.predicate);
  if (p.symmetric) return `—${e.predicate}—`;
  return e.source === fromId ? `—${e.predicate}→` : `←${e.predicate}—`;
}

export function renderSteps(paths) {
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
export function stepsFocus() {
  if (!focusSteps || !st.path || (!current.paths.length && !current.pathError)) return;
  focusSteps = false;
  const first = $('#steps .step-edge');
  if (first) first.focus();
}

// step moves the hop through the chosen path (arrow keys).
export function step(d) {
  const p = current.paths[st.pathIdx];
  if (!p || !p.edges.length) return;
  const hop = Math.max(0, Math.min(p.edges.length - 1, st.hop + d));
  go({ hop, edge: p.edges[hop].id }, { replace: true });
}

export function switchPath(d) {
  const n = current.paths.length;
  if (n < 2) return;
  const pathIdx = (st.pathIdx + d + n) % n;
  const p = current.paths[pathIdx];
  go({ pathIdx, hop: 0, edge: p.edges[0] ? p.edges[0].id : '' }, { replace: true });
}

export function setFinder(which, e) {
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

// syncFinder shows the view's connection in the finder's boxes.
export function syncFinder() {
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
}

// initFinder wires the finder's boxes and buttons.
export function initFinder(onError) {
  fromTA = typeahead($('#from'), { onError, onChoose: () => {} });
  toTA = typeahead($('#to'), { onError, onChoose: () => {} });
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
}
