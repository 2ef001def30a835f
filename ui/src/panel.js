// The details panel: the chosen entity, and room for the panel only when
// it has something to show.

import { st, known, graph, go } from './store.js';
import { typeOf } from './vocab.js';
import { h, clear, $ } from './dom.js';
import { typeIcon } from './icons.js';
import { setFinder } from './finder.js';

// fitPanel gives the details panel room only when it has something to show.
export function fitPanel() {
  const empty = ['#path-box', '#evidence-box', '#node-box'].every((sel) => $(sel).hidden);
  if (document.body.classList.contains('no-panel') !== empty) {
    document.body.classList.toggle('no-panel', empty);
    graph.resize();
  }
}

export function renderNode() {
  const box = $('#node-box');
  const e = st.node && known.get(st.node);
  if (!e) {
    box.hidden = true;
    return;
  }
  box.hidden = false;
  const body = clear($('#node'));
  body.appendChild(h('p', { className: 'node-name' }, typeIcon(e.type, 20), e.name));
  body.appendChild(h('p', { className: 'muted' }, typeOf(e.type).label));
  if (e.aliases && e.aliases.length) body.appendChild(h('p', null, 'Also called: ', e.aliases.join('; ')));
  const expanded = st.expand.includes(e.id);
  body.appendChild(
    h(
      'div',
      { className: 'buttons' },
      h('button', { type: 'button', onclick: () => go({ focus: [e.id], expand: [], node: e.id, path: null, hop: -1, edge: '' }) }, 'Focus on this'),
      expanded
        ? h('button', { type: 'button', onclick: () => go({ expand: st.expand.filter((x) => x !== e.id) }) }, 'Collapse')
        : null,
      h('button', { type: 'button', onclick: () => setFinder('from', e) }, 'Connect from here'),
      h('button', { type: 'button', onclick: () => setFinder('to', e) }, 'Connect to here'),
    ),
  );
}
