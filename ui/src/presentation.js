// Presentation: full screen, high contrast, the chosen path told one step
// at a time with its evidence as the caption.

import { st, current, go } from './store.js';
import { h, clear, $ } from './dom.js';
import { typeIcon } from './icons.js';
import { arrowFor } from './finder.js';
import { evidenceItem } from './evidence.js';

export function applyLook() {
  const b = document.body;
  b.classList.toggle('present', st.mode === 'present');
  b.classList.toggle('hc', st.mode === 'present' || st.theme === 'hc');
  $('#contrast').setAttribute('aria-pressed', String(st.theme === 'hc'));
}

export function renderCaption(path, hopEdge) {
  const cap = $('#caption');
  if (st.mode !== 'present') {
    cap.hidden = true;
    return;
  }
  cap.hidden = false;
  clear(cap);
  if (!path) {
    cap.appendChild(
      h('p', { className: 'cap-hint' }, st.path ? current.pathError || 'Finding the connection…' : 'Find a connection between two entities to step through it here.'),
    );
    return;
  }
  if (!hopEdge) {
    cap.appendChild(h('p', { className: 'cap-step' }, `${path.nodes[0].name} → ${path.nodes[path.nodes.length - 1].name}: ${path.edges.length} steps`));
    cap.appendChild(h('p', { className: 'cap-hint' }, 'Press → to step through the connection, ← to go back, Esc to leave.'));
    return;
  }
  const i = path.edges.indexOf(hopEdge);
  const fromNode = path.nodes[i];
  const toNode = path.nodes[i + 1];
  cap.appendChild(
    h(
      'p',
      { className: 'cap-step' },
      h('span', { className: 'cap-count' }, `Step ${i + 1} of ${path.edges.length}`),
      h('span', { className: 'ent' }, typeIcon(fromNode.type, 30), fromNode.name),
      h('span', { className: 'pred' }, ` ${arrowFor(hopEdge, fromNode.id)} `),
      h('span', { className: 'ent' }, typeIcon(toNode.type, 30), toNode.name),
    ),
  );
  const evs = hopEdge.evidence || [];
  const ev = evs[0];
  if (ev) cap.appendChild(h('ol', { className: 'evidence-list' }, evidenceItem(ev, hopEdge.subject, hopEdge.object, true)));
  if (evs.length > 1) cap.appendChild(h('p', { className: 'cap-hint' }, `and ${evs.length - 1} more sentence${evs.length > 2 ? 's' : ''}`));
}

export function present(on) {
  if (on) {
    const el = document.documentElement;
    if (el.requestFullscreen && !document.fullscreenElement) el.requestFullscreen().catch(() => {});
    const p = current.paths[st.pathIdx];
    go({ mode: 'present', hop: p && st.hop < 0 && p.edges.length ? 0 : st.hop, edge: p && st.hop < 0 && p.edges[0] ? p.edges[0].id : st.edge });
  } else {
    if (document.fullscreenElement && document.exitFullscreen) document.exitFullscreen().catch(() => {});
    go({ mode: 'explore' });
  }
}

document.addEventListener('fullscreenchange', () => {
  if (!document.fullscreenElement && st.mode === 'present') go({ mode: 'explore' });
});
