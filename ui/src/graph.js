// The graph canvas: Cytoscape.js with the coopgraph style, and the diff
// that turns a wanted set of nodes and edges into the drawn one without
// moving what is already placed.

import cytoscape from 'cytoscape';
import { TYPES, PREDICATES, typeOf } from './vocab.js';
import { forceLayout, pathLayout } from './layout.js';

// Above this many elements the canvas trades looks for speed: straight
// edges, no labels when zoomed out, a texture while panning.
export const BIG = 1200;

const THEMES = {
  light: { bg: '#fbfaf6', text: '#1b1b1b', edge: '#5c5c5c', path: '#D55E00', hop: '#000000', halo: '#fbfaf6' },
  hc: { bg: '#000000', text: '#ffffff', edge: '#c8c8c8', path: '#F0E442', hop: '#ffffff', halo: '#000000' },
};

export function themeColors(name) {
  return THEMES[name] || THEMES.light;
}

function style(theme, big, present) {
  const t = themeColors(theme);
  const hc = theme === 'hc';
  const font = present ? 22 : 12;
  const st = [
    {
      selector: 'node',
      style: {
        label: 'data(name)',
        'font-family': 'system-ui, "Segoe UI", Roboto, "Noto Sans", sans-serif',
        'font-size': font,
        'font-weight': present ? 600 : 400,
        color: t.text,
        'text-valign': 'bottom',
        'text-margin-y': 5,
        'text-wrap': 'ellipsis',
        'text-max-width': present ? 320 : 180,
        'text-outline-color': t.halo,
        'text-outline-width': present ? 3 : 2,
        'min-zoomed-font-size': big ? 9 : 5,
        width: present ? 44 : 28,
        height: present ? 44 : 28,
        'border-width': 1.5,
        'border-color': hc ? '#ffffff' : '#222222',
      },
    },
  ];
  for (const ty of TYPES) {
    st.push({
      selector: `node[type = "${ty.id}"]`,
      style: { shape: ty.shape, 'background-color': hc ? ty.hc : ty.color },
    });
  }
  st.push(
    { selector: 'node.focus', style: { width: present ? 60 : 40, height: present ? 60 : 40, 'border-width': 4, 'font-weight': 700 } },
    {
      selector: 'edge',
      style: {
        width: 'data(w)',
        'line-color': t.edge,
        'target-arrow-color': t.edge,
        'source-arrow-color': t.edge,
        'curve-style': big ? 'straight' : 'bezier',
        'arrow-scale': present ? 1.6 : 1.1,
        'font-size': present ? 18 : 10,
        color: t.text,
        'text-outline-color': t.halo,
        'text-outline-width': 2,
        'text-rotation': 'autorotate',
        'min-zoomed-font-size': 8,
      },
    },
  );
  for (const p of PREDICATES) {
    const s = {
      'target-arrow-shape': p.arrow,
      'line-style': p.dash.length ? 'dashed' : 'solid',
    };
    if (p.dash.length) s['line-dash-pattern'] = p.dash.map((d) => d * (present ? 1.6 : 1));
    st.push({ selector: `edge[predicate = "${p.id}"]`, style: s });
  }
  st.push(
    { selector: 'edge.labelled', style: { label: 'data(label)' } },
    { selector: '.dim', style: { opacity: hc ? 0.22 : 0.14 } },
    {
      selector: 'edge.onpath',
      style: { 'line-color': t.path, 'target-arrow-color': t.path, width: 'data(wp)', 'z-index': 10, label: 'data(label)' },
    },
    { selector: 'node.onpath', style: { 'border-width': 4, 'border-color': t.path, 'z-index': 10 } },
    { selector: 'edge.hop', style: { 'line-color': t.hop, 'target-arrow-color': t.hop, width: 'data(wh)', 'z-index': 20 } },
    { selector: 'node.hop', style: { 'border-width': 6, 'border-color': t.hop, 'z-index': 20 } },
    { selector: 'edge:selected', style: { 'line-color': t.path, 'target-arrow-color': t.path, 'overlay-opacity': 0.15, label: 'data(label)' } },
    { selector: 'node:selected', style: { 'overlay-opacity': 0.12 } },
    { selector: 'node.hidden, edge.hidden', style: { display: 'none' } },
  );
  return st;
}

export class Graph {
  constructor(container) {
    this.container = container;
    this.theme = 'light';
    this.present = false;
    this.big = false;
    this.cy = cytoscape({
      container,
      style: style('light', false, false),
      minZoom: 0.02,
      maxZoom: 6,
      boxSelectionEnabled: false,
      selectionType: 'single',
    });
  }

  // setLook switches theme ('light'/'hc'), presentation and big-graph mode.
  setLook(theme, present, big) {
    if (theme === this.theme && present === this.present && big === this.big) return;
    this.theme = theme;
    this.present = present;
    this.big = big;
    this.cy.style(style(theme, big, present));
    // Renderer options can only be given at creation; these are the public
    // knobs that matter for big graphs.
    const r = this.cy.renderer();
    if (r) {
      r.textureOnViewport = big;
      r.hideEdgesOnViewport = big;
    }
  }

  // update draws exactly the given nodes ([{id, name, type}]) and edges
  // ([{id, source, target, predicate, label}]). Nodes already drawn keep
  // their place unless relayout is set; pathRows (arrays of node ids) lay
  // out the connection finder's paths left to right. Returns whether
  // anything was added or removed.
  update(nodes, edges, { pathRows = null, relayout = false, labelEdges = false } = {}) {
    const cy = this.cy;
    const wantN = new Map(nodes.map((n) => [n.id, n]));
    const wantE = new Map(edges.map((e) => [e.id, e]));
    let changed = false;
    cy.startBatch();
    cy.elements().forEach((el) => {
      if (el.isNode() ? !wantN.has(el.id()) : !wantE.has(el.id())) {
        cy.remove(el);
        changed = true;
      }
    });
    const fresh = [];
    for (const n of nodes) {
      const el = cy.getElementById(n.id);
      if (el.nonempty()) {
        if (el.data('name') !== n.name || el.data('type') !== n.type) el.data({ name: n.name, type: n.type });
      } else {
        fresh.push(n.id);
      }
    }
    // place: path rows first, then a force layout with everything placed
    // held fixed (all of it afresh if relayout).
    const pos = new Map();
    let pinned = new Set();
    if (pathRows && pathRows.length) {
      const pl = pathLayout(pathRows, this.present ? { dx: 360, dy: 220 } : {});
      for (const [id, p] of pl) {
        pos.set(id, p);
        pinned.add(id);
      }
    }
    if (fresh.length || relayout || pinned.size) {
      const lnodes = nodes.map((n) => {
        if (pos.has(n.id)) return { id: n.id, ...pos.get(n.id), fixed: true };
        const el = cy.getElementById(n.id);
        if (!relayout && el.nonempty() && !pinned.size) {
          const p = el.position();
          return { id: n.id, x: p.x, y: p.y, fixed: true };
        }
        return { id: n.id };
      });
      const placed = forceLayout(
        lnodes,
        edges.map((e) => ({ s: e.source, t: e.target })),
        { length: this.present ? 140 : 100 },
      );
      for (const [id, p] of placed) pos.set(id, p);
    }
    const add = [];
    for (const id of fresh) {
      const n = wantN.get(id);
      add.push({ group: 'nodes', data: { id, name: n.name, type: n.type }, position: pos.get(id) || { x: 0, y: 0 } });
    }
    for (const e of edges) {
      if (cy.getElementById(e.id).nonempty()) continue;
      const w = e.width || 2;
      add.push({
        group: 'edges',
        data: { id: e.id, source: e.source, target: e.target, predicate: e.predicate, label: e.label, w, wp: w + 3, wh: w + 6 },
      });
    }
    if (add.length) {
      cy.add(add);
      changed = true;
    }
    for (const [id, p] of pos) {
      if (fresh.includes(id)) continue;
      const el = cy.getElementById(id);
      if (el.nonempty()) el.position(p);
    }
    cy.edges().toggleClass('labelled', labelEdges);
    cy.endBatch();
    return changed;
  }

  // mark sets the classes that say what is focused, on a path or stepped to.
  mark({ focus = [], onpath = null, hop = null }) {
    const cy = this.cy;
    cy.batch(() => {
      cy.elements().removeClass('focus onpath dim hop');
      for (const id of focus) cy.getElementById(id).addClass('focus');
      if (onpath && onpath.size) {
        cy.elements().forEach((el) => {
          if (onpath.has(el.id())) el.addClass('onpath');
          else el.addClass('dim');
        });
      }
      if (hop) for (const id of hop) cy.getElementById(id).addClass('hop');
    });
  }

  fit(ids, animate) {
    const cy = this.cy;
    let els = cy.elements();
    if (ids && ids.length) {
      els = cy.collection();
      for (const id of ids) els = els.union(cy.getElementById(id));
    }
    if (!els.nonempty()) return;
    const padding = this.present ? 120 : 50;
    if (animate && cy.elements().length < BIG) {
      cy.stop();
      cy.animate({ fit: { eles: els, padding }, duration: 300 });
    } else {
      cy.fit(els, padding);
    }
    if (cy.zoom() > 2.2) {
      cy.zoom({ level: 2.2, position: els.boundingBox ? centre(els.boundingBox()) : undefined });
      cy.center(els);
    }
  }

  zoomBy(f) {
    const cy = this.cy;
    cy.zoom({ level: cy.zoom() * f, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  }

  resize() {
    this.cy.resize();
  }

  // frame resolves after the canvas has drawn the current state.
  frame() {
    return new Promise((resolve) => {
      requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
    });
  }
}

function centre(bb) {
  return { x: (bb.x1 + bb.x2) / 2, y: (bb.y1 + bb.y2) / 2 };
}

export { typeOf };
