// The graph canvas: Cytoscape.js with the coopgraph style, and the diff
// that turns a wanted set of nodes and edges into the drawn one without
// moving what is already placed.

import cytoscape from 'cytoscape';
import { TYPES, PREDICATES, typeOf, predOf } from './vocab.js';
import { forceLayout, pathLayout } from './layout.js';
import { cancelLayouts, layoutOffThread } from './offthread.js';
import { pngBlob, svgString } from './export.js';
import { WebGLOverview } from './overview.js';

// WEBGL_NODES is the overview size from which sigma.js draws it with WebGL
// (overview.js) instead of Cytoscape.js: Cytoscape's canvas takes seconds
// per frame past a few thousand nodes.
export const WEBGL_NODES = 1500;

// Above this many elements the canvas trades looks for speed: straight
// (haystack) edges without arrows until zoomed in, no labels when zoomed
// out, a texture while panning.
export const BIG = 1200;


// The current hop has a colour of its own, apart from the rest of the path
// and from every type colour: dark blue on light, cyan on black.
const THEMES = {
  light: { bg: '#fbfaf6', text: '#1b1b1b', edge: '#5c5c5c', path: '#D55E00', hop: '#005a8c', halo: '#fbfaf6' },
  hc: { bg: '#000000', text: '#ffffff', edge: '#c8c8c8', path: '#F0E442', hop: '#00e5ff', halo: '#000000' },
};

// LABELS is the most names drawn at once; FONT the explore view's name
// size (graph units). Which names are drawn is chosen by labelsFor.
const LABELS = 400;
const FONT = 12;

// HUBS is how many of the best-connected nodes in view are always named,
// at READABLE screen pixels or more.
const HUBS = 8;
const READABLE = 12;

// fontSize is a node's name size (graph units) for its degree: a hub's
// name stays readable when the view is zoomed out to the whole graph.
export function fontSize(degree) {
  return Math.round(Math.min(36, FONT + 3 * Math.sqrt(Math.max(0, degree))));
}

// nodeSize is a node's diameter (graph units) for its degree: area grows
// with the degree, so hubs stand out, up to a cap.
export function nodeSize(degree) {
  return Math.round(Math.min(72, 18 + 5 * Math.sqrt(Math.max(0, degree))));
}

export function themeColors(name) {
  return THEMES[name] || THEMES.light;
}

// bigStyle is a lean stylesheet for big graphs: Cytoscape applies every
// matching rule to every element, so per-type and per-predicate rules are
// replaced by data mappings, and edge text rules are left out.
function bigStyle(theme) {
  const t = themeColors(theme);
  const hc = theme === 'hc';
  return [
    {
      selector: 'node',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        shape: 'data(shape)',
        'background-color': hc ? 'data(hc)' : 'data(color)',
      },
    },
    {
      selector: 'node.lab, node.focus, node.onpath, node.hop, node:selected',
      style: {
        label: 'data(name)',
        'font-size': 'data(font)',
        color: t.text,
        'text-valign': 'bottom',
        'text-margin-y': 5,
        'text-wrap': 'ellipsis',
        'text-max-width': 'data(tmw)',
        'text-outline-color': t.halo,
        'text-outline-width': 2,
        'min-zoomed-font-size': 9,
        'z-index': 5, // a named node, and so its name, over the unnamed
      },
    },
    {
      selector: 'edge',
      style: {
        width: 'data(w)',
        'line-color': t.edge,
        'line-style': 'data(ls)',
        'curve-style': 'haystack',
      },
    },
    {
      // haystack edges are the cheapest to draw but have no arrows: the
      // edges that matter, and those in view once zoomed in, get them
      selector: 'edge.onpath, edge.hop, edge:selected, edge.picked, edge.near',
      style: { 'curve-style': 'straight', 'target-arrow-color': t.edge, 'target-arrow-shape': 'data(arrow)' },
    },
    ...PREDICATES.filter((p) => p.dash.length).map((p) => ({ selector: `edge[predicate = "${p.id}"]`, style: { 'line-dash-pattern': p.dash } })),
    { selector: 'node.focus', style: { 'border-width': 4, 'border-color': t.text, 'font-size': 15, 'font-weight': 700, 'z-index': 30 } },
    { selector: '.dim', style: { opacity: hc ? 0.2 : 0.14 } },
    { selector: 'edge.faint', style: { opacity: hc ? 0.35 : 0.25 } },
    { selector: 'edge.onpath', style: { 'line-color': t.path, 'target-arrow-color': t.path, width: 'data(wp)', 'z-index': 10 } },
    { selector: 'node.onpath', style: { 'border-width': 4, 'border-color': t.path, 'z-index': 10 } },
    { selector: 'edge.hop', style: { 'line-color': t.hop, 'target-arrow-color': t.hop, width: 'data(wh)', 'z-index': 20 } },
    { selector: 'node.hop', style: { 'border-width': 6, 'border-color': t.hop, 'z-index': 20 } },
    { selector: 'edge:selected, edge.picked', style: { 'line-color': t.path, 'target-arrow-color': t.path } },
  ];
}

// PRESENT_PX is the least size, in screen pixels, of the graph's text in
// presentation mode, so names read from the back of a room at any zoom.
const PRESENT_PX = 28;

// presentFonts is the node and edge font size, in graph units, that draws
// presentation text at PRESENT_PX or more at the given zoom.
function presentFonts(zoom) {
  const least = Math.ceil((PRESENT_PX / Math.max(zoom, 0.01)) * 2) / 2;
  return { node: Math.max(22, least), edge: Math.max(18, least) };
}

function style(theme, big, present, fonts = presentFonts(1.4)) {
  if (big && !present) return bigStyle(theme);
  const t = themeColors(theme);
  const hc = theme === 'hc';
  const font = present ? fonts.node : 12;
  const st = [
    {
      selector: 'node',
      style: {
        'font-family': 'system-ui, "Segoe UI", Roboto, "Noto Sans", sans-serif',
        'font-size': present ? font : 'data(font)',
        'font-weight': present ? 600 : 400,
        color: t.text,
        'text-valign': 'bottom',
        'text-margin-y': 5,
        'text-wrap': 'ellipsis',
        'text-max-width': present ? 320 : 'data(tmw)',
        'text-outline-color': t.halo,
        'text-outline-width': present ? 3 : 2,
        'min-zoomed-font-size': big ? 9 : 5,
        width: present ? 44 : 'data(size)',
        height: present ? 44 : 'data(size)',
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
  // names only where labelsFor found room, and always for what matters
  st.push({ selector: 'node.lab, node.focus, node.onpath, node.hop, node:selected', style: { label: 'data(name)', 'z-index': 5 } });
  st.push(
    {
      selector: 'node.focus',
      style: { ...(present ? { width: 60, height: 60 } : { 'font-size': 15 }), 'border-width': 4, 'font-weight': 700, 'z-index': 30 },
    },
    {
      selector: 'edge',
      style: {
        width: 'data(w)',
        'line-color': t.edge,
        'target-arrow-color': t.edge,
        'source-arrow-color': t.edge,
        'curve-style': big ? 'straight' : 'bezier',
        'arrow-scale': present ? 1.6 : 1.1,
        'font-size': present ? fonts.edge : 10,
        color: t.text,
        'text-outline-color': t.halo,
        'text-outline-width': 2,
        'text-rotation': 'autorotate',
        'text-background-color': t.bg,
        'text-background-opacity': 0.85,
        'text-background-padding': 2,
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
    { selector: '.dim', style: { opacity: hc ? 0.2 : 0.14 } },
    { selector: 'edge.faint', style: { opacity: hc ? 0.35 : 0.25 } },
    // on a projector, dimmed names are noise
    ...(present ? [{ selector: '.dim', style: { 'text-opacity': 0 } }] : []),
    {
      selector: 'edge.onpath',
      style: { 'line-color': t.path, 'target-arrow-color': t.path, width: 'data(wp)', 'z-index': 10, label: 'data(label)' },
    },
    { selector: 'node.onpath', style: { 'border-width': 4, 'border-color': t.path, 'z-index': 10 } },
    { selector: 'edge.hop', style: { 'line-color': t.hop, 'target-arrow-color': t.hop, width: 'data(wh)', 'z-index': 20, color: t.hop } },
    { selector: 'node.hop', style: { 'border-width': 8, 'border-color': t.hop, 'z-index': 20, color: t.hop } },
    { selector: 'edge:selected, edge.picked', style: { 'line-color': t.path, 'target-arrow-color': t.path, 'overlay-opacity': 0.08, label: 'data(label)' } },
    { selector: 'node:selected', style: { 'overlay-opacity': 0.12 } },
    { selector: 'node.hidden, edge.hidden', style: { display: 'none' } },
  );
  return st;
}

// firstStyleOnce makes styling new elements cheaper. For every property it
// sets, Cytoscape.js (3.34) dirties the element's style cache and those of
// its edges, and the bounds of the element, its edges and its parallel
// edges, building collections and sending events as it goes. An element
// styled for the first time has nothing of its own cached yet, so it only
// clears its style cache, asks for a new drawing order once, and dirties
// the bounds of its edges (connected, or parallel) only when those have
// been measured. Elements already styled keep Cytoscape's own checks.
let styleProto = null;
function firstStyleOnce(cy) {
  const proto = Object.getPrototypeOf(cy.style());
  if (proto === styleProto || typeof proto.checkTriggers !== 'function') return;
  styleProto = proto;
  const check = proto.checkTriggers;
  const measured = (eles) => eles && eles.some((e) => e._private.bbCache);
  proto.checkTriggers = function (ele, name, fromValue, toValue) {
    const p = ele._private;
    if (p.appliedInitStyle) return check.call(this, ele, name, fromValue, toValue);
    p.styleCache = null;
    if (p.firstTriggered) return;
    p.firstTriggered = true;
    this._private.cy.notify('zorder', ele);
    if (p.bbCache) ele.dirtyBoundingBoxCache();
    if (ele.isNode()) {
      if (measured(p.edges)) ele.connectedEdges().dirtyBoundingBoxCache();
    } else if (measured(p.source && p.source._private.edges)) {
      ele.parallelEdges().dirtyBoundingBoxCache();
    }
  };
}

// mark records a performance mark the first time a step happens, for the
// first-frame measurement.
const marked = new Set();
function mark(name) {
  if (marked.has(name)) return;
  marked.add(name);
  performance.mark('coopgraph:' + name);
}

export class Graph {
  constructor(container) {
    this.container = container;
    this.theme = 'light';
    this.present = false;
    this.big = false;
    this.labelled = false;
    this.fonts = presentFonts(1.4);
    this.cy = cytoscape({
      container,
      style: style('light', false, false),
      minZoom: 0.02,
      maxZoom: 6,
      boxSelectionEnabled: false,
      selectionType: 'single',
    });
    firstStyleOnce(this.cy);
    this.drawing = 0; // counts the drawings asked for (update, overview)
    this.viewportFns = [];
    this.tapFns = { node: () => {}, edge: () => {} };
    this.webgl = new WebGLOverview(container.parentNode, {
      onNode: (id) => this.tapFns.node(id),
      onEdge: (id) => this.tapFns.edge(id),
      onViewport: (v) => this.viewportFns.forEach((fn) => fn(v)),
    });
    let timer = 0;
    this.cy.on('viewport', () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (this.cy.animated()) return;
        this.labelsFor();
        for (const fn of this.viewportFns) fn(this.viewport());
      }, 150);
    });
  }

  // onTap calls node(id) or edge(id) when a node or an edge is clicked.
  onTap({ node, edge }) {
    this.tapFns = { node, edge };
    this.cy.on('tap', 'node', (ev) => node(ev.target.id()));
    this.cy.on('tap', 'edge', (ev) => edge(ev.target.id()));
  }

  // overview draws a whole-graph view: as update does, or, from WEBGL_NODES
  // nodes on, with WebGL (overview.js), laid out by the same seeded force
  // layout, in the layout worker (offthread.js), once per key (what the
  // overview is of) and kept. It resolves once drawn, or false when another
  // drawing was asked for meanwhile (then this one is left undrawn, and its
  // layout, when still under way in the worker, cancelled).
  async overview(nodes, edges, key, opts) {
    const ticket = ++this.drawing;
    cancelLayouts(); // as in update
    if (nodes.length < WEBGL_NODES) return this.update(nodes, edges, opts);
    const hc = this.theme === 'hc';
    const t = themeColors(this.theme);
    const build = () =>
      this.webgl.build(
        nodes.map((n) => {
          const ty = typeOf(n.type);
          const deg = Number.isFinite(n.degree) ? n.degree : 0;
          return { id: n.id, name: n.name, deg, color: hc ? ty.hc : ty.color, size: Math.min(12, 1.5 + 0.8 * Math.sqrt(deg)) };
        }),
        edges,
        { edge: hc ? '#6e6e6e' : '#b4b4b4', text: t.text },
      );
    let built;
    if (this.overviewKey !== key) {
      const job = layoutOffThread(
        nodes.map((n) => ({ id: n.id })),
        edges.map((e) => ({ s: e.source, t: e.target })),
        { length: opts.length || 70 },
      );
      built = build(); // meanwhile, on this thread
      const pos = await job;
      if (!pos) return false; // cancelled: another drawing was asked for
      // kept even when no longer wanted: the layout is the same next time
      this.overviewPos = pos;
      this.overviewKey = key;
      mark('layout');
      if (ticket !== this.drawing) return false;
    } else built = build();
    this.cy.elements().remove();
    this.glPos = null; // the next neighbourhood lays out afresh
    this.webgl.show(built, this.overviewPos);
    mark('added');
    return true;
  }

  // countFrames starts counting the frames the renderer draws; the
  // function it returns gives {frames, moving} so far (for the frame-rate
  // measurement): on the WebGL view sigma's redraws of a moved camera (its
  // afterRender, once per animation frame and only for a camera that
  // differs from the last frame's: overview.js's motion), and of those the
  // frames drawn while the camera moved (a big graph's nodes alone); on
  // Cytoscape's every redraw.
  countFrames() {
    if (this.webgl.active) {
      const f = this.webgl.frames;
      const at = { ...f };
      return () => ({ frames: f.moved - at.moved, moving: f.movedMoving - at.movedMoving });
    }
    let n = 0;
    this.cy.on('render', () => n++);
    return () => ({ frames: n, moving: 0 });
  }

  // counts is how many nodes and edges are drawn.
  counts() {
    if (this.webgl.active) return this.webgl.counts();
    return { nodes: this.cy.nodes().length, edges: this.cy.edges().length };
  }

  // nudge pans by dx, dy screen pixels and zooms by f about the middle.
  nudge(dx, dy, f) {
    if (this.webgl.active) return this.webgl.nudge(dx, dy, f);
    const cy = this.cy;
    cy.panBy({ x: dx, y: dy });
    cy.zoom({ level: cy.zoom() * f, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  }

  // moveCursor moves the keyboard's node (this.cursor) to the nearest node
  // in direction [dx, dy] on the screen (from the focus, or the view's
  // middle, the first time), selects it and keeps it in view. Returns its id.
  moveCursor([dx, dy]) {
    if (this.webgl.active) {
      this.cursor = this.webgl.moveCursor([dx, dy], this.cursor);
      return this.cursor;
    }
    const cy = this.cy;
    const nodes = cy.nodes(':visible');
    if (!nodes.nonempty()) return '';
    let from = this.cursor && cy.getElementById(this.cursor);
    if (!from || !from.nonempty()) from = cy.nodes('.focus').first();
    let best = null;
    if (!from || !from.nonempty()) {
      const mid = { x: cy.width() / 2, y: cy.height() / 2 };
      let bd = Infinity;
      nodes.forEach((n) => {
        const p = n.renderedPosition();
        const d = (p.x - mid.x) ** 2 + (p.y - mid.y) ** 2;
        if (d < bd) [bd, best] = [d, n];
      });
    } else {
      const o = from.renderedPosition();
      let bs = Infinity;
      nodes.forEach((n) => {
        if (n.same(from)) return;
        const p = n.renderedPosition();
        const vx = p.x - o.x;
        const vy = p.y - o.y;
        const along = vx * dx + vy * dy;
        if (along <= 0) return;
        const across = Math.abs(vx * dy - vy * dx);
        const score = along + 2 * across; // nearest, and most nearly that way
        if (score < bs) [bs, best] = [score, n];
      });
      if (!best) best = from;
    }
    cy.$(':selected').unselect();
    best.select();
    this.cursor = best.id();
    const p = best.renderedPosition();
    if (p.x < 40 || p.y < 40 || p.x > cy.width() - 40 || p.y > cy.height() - 40) cy.center(best);
    this.labelsFor();
    return this.cursor;
  }

  // onViewport calls fn({z, x, y}) when the zoom or pan has settled.
  onViewport(fn) {
    this.viewportFns.push(fn);
  }

  // viewport returns the zoom and pan, or sets them ({z, x, y}).
  viewport(v) {
    if (this.webgl.active) return this.webgl.viewport(v);
    const cy = this.cy;
    if (v) {
      cy.stop();
      cy.viewport({ zoom: v.z, pan: { x: v.x, y: v.y } });
      if (this.present) this.presentText(v.z);
      this.labelsFor();
      return v;
    }
    const p = cy.pan();
    return { z: cy.zoom(), x: p.x, y: p.y };
  }

  // positions returns the drawn nodes' places: id -> {x, y} (graph units)
  // and, with rendered, on the screen.
  positions(rendered = false) {
    if (this.webgl.active) return this.webgl.positions();
    const out = {};
    this.cy.nodes().forEach((n) => {
      const p = rendered ? n.renderedPosition() : n.position();
      out[n.id()] = { x: p.x, y: p.y };
    });
    return out;
  }

  // setLook switches theme ('light'/'hc'), presentation and big-graph mode.
  setLook(theme, present, big) {
    if (theme === this.theme && present === this.present && big === this.big) return;
    this.theme = theme;
    this.present = present;
    this.big = big;
    this.cy.style(style(theme, big, present, this.fonts));
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
  // anything was added or removed, or on the WebGL path a promise of that
  // (its layout runs in the worker), false too when another drawing was
  // asked for meanwhile.
  update(nodes, edges, { pathRows = null, relayout = false, labelEdges = false, length = 0 } = {}) {
    const cy = this.cy;
    const ticket = ++this.drawing;
    // this drawing wins: a big view's layout still under way in the worker
    // is not wanted any more
    cancelLayouts();
    if (nodes.length >= WEBGL_NODES && !(pathRows && pathRows.length) && !this.present) return this.updateWebGL(nodes, edges, relayout, length, ticket);
    if (this.webgl.active) {
      this.webgl.hide();
      this.glPos = null;
      relayout = true;
    }
    // a node's degree: the whole graph's when the answer gave it (the
    // overview), else its edges in view
    const count = new Map();
    for (const e of edges) {
      if (e.source === e.target) continue;
      count.set(e.source, (count.get(e.source) || 0) + 1);
      count.set(e.target, (count.get(e.target) || 0) + 1);
    }
    const degreeOf = (n) => (Number.isFinite(n.degree) ? n.degree : count.get(n.id) || 0);
    const wantN = new Map(nodes.map((n) => [n.id, n]));
    const wantE = new Set(edges.map((e) => e.id));
    let changed = false;
    cy.startBatch();
    const gone = cy.elements().filter((el) => (el.isNode() ? !wantN.has(el.id()) : !wantE.has(el.id())));
    if (gone.nonempty()) {
      cy.remove(gone);
      changed = true;
    }
    // what is drawn now, by id, with where it is
    const have = new Map();
    cy.nodes().forEach((el) => {
      have.set(el.id(), el);
      const n = wantN.get(el.id());
      const size = nodeSize(degreeOf(n));
      if (el.data('name') !== n.name || el.data('type') !== n.type || el.data('size') !== size) {
        const ty = typeOf(n.type);
        el.data({ name: n.name, type: n.type, shape: ty.shape, color: ty.color, hc: ty.hc, size, deg: degreeOf(n), font: fontSize(degreeOf(n)), tmw: 15 * fontSize(degreeOf(n)) });
      }
    });
    const haveE = new Set();
    cy.edges().forEach((el) => haveE.add(el.id()));
    const fresh = nodes.filter((n) => !have.has(n.id));
    // place: path rows first, then a force layout with everything placed
    // held fixed (all of it afresh if relayout).
    const pos = new Map();
    const pinned = new Set();
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
        const el = have.get(n.id);
        if (!relayout && el && !pinned.size) {
          const p = el.position();
          return { id: n.id, x: p.x, y: p.y, fixed: true };
        }
        return { id: n.id };
      });
      const placed = forceLayout(
        lnodes,
        edges.map((e) => ({ s: e.source, t: e.target })),
        { length: length || (this.present ? 1.4 : 1) * (nodes.length > 30 ? 90 : 150) },
      );
      for (const [id, p] of placed) pos.set(id, p);
      mark('layout');
    }
    const add = [];
    for (const n of fresh) {
      const ty = typeOf(n.type);
      const deg = degreeOf(n);
      add.push({
        group: 'nodes',
        data: { id: n.id, name: n.name, type: n.type, shape: ty.shape, color: ty.color, hc: ty.hc, size: nodeSize(deg), deg, font: fontSize(deg), tmw: 15 * fontSize(deg) },
        position: pos.get(n.id) || { x: 0, y: 0 },
      });
    }
    for (let e of edges) {
      if (haveE.has(e.id)) continue;
      const p = predOf(e.predicate);
      const w = p.width;
      e = { ...e, arrow: p.arrow, ls: p.dash.length ? 'dashed' : 'solid' };
      add.push({
        group: 'edges',
        data: { id: e.id, source: e.source, target: e.target, predicate: e.predicate, label: e.label, w, wp: w + 3, wh: w + 6, arrow: e.arrow, ls: e.ls },
      });
    }
    if (add.length) {
      cy.add(add);
      changed = true;
    }
    for (const [id, el] of have) {
      const p = pos.get(id);
      if (p) el.position(p);
    }
    if (labelEdges !== this.labelled) {
      cy.edges().toggleClass('labelled', labelEdges);
      this.labelled = labelEdges;
    } else if (labelEdges && add.length) {
      cy.edges(':not(.labelled)').addClass('labelled');
    }
    cy.endBatch();
    mark('added');
    return changed;
  }

  // updateWebGL draws a neighbourhood of WEBGL_NODES nodes or more as the
  // overview is drawn, with sigma.js: Cytoscape's canvas took 1.5-2.5 s for
  // the first frame of 2,000 nodes. As update does, nodes already placed
  // (on either view) keep their place unless relayout is set; edges answer
  // clicks (the evidence panel), and mark colours the path and the hop.
  async updateWebGL(nodes, edges, relayout, length, ticket) {
    const cy = this.cy;
    const placed = new Map();
    if (!relayout) {
      if (this.webgl.active && this.glPos) for (const [id, p] of this.glPos) placed.set(id, p);
      else cy.nodes().forEach((n) => placed.set(n.id(), { ...n.position() }));
    }
    const changed = relayout || nodes.length !== placed.size || nodes.some((n) => !placed.has(n.id)) || !this.webgl.active || !this.glEdges || edges.length !== this.glEdges.size || edges.some((e) => !this.glEdges.has(e.id));
    const count = new Map();
    for (const e of edges) {
      if (e.source === e.target) continue;
      count.set(e.source, (count.get(e.source) || 0) + 1);
      count.set(e.target, (count.get(e.target) || 0) + 1);
    }
    if (!changed) return false;
    const job = layoutOffThread(
      nodes.map((n) => (placed.has(n.id) ? { id: n.id, ...placed.get(n.id), fixed: true } : { id: n.id })),
      edges.map((e) => ({ s: e.source, t: e.target })),
      { length: length || 90 },
    );
    // the graph to draw is made meanwhile, on this thread
    const hc = this.theme === 'hc';
    const t = themeColors(this.theme);
    const built = this.webgl.build(
      nodes.map((n) => {
        const ty = typeOf(n.type);
        const deg = count.get(n.id) || 0;
        return { id: n.id, name: n.name, deg, color: hc ? ty.hc : ty.color, size: Math.min(12, 2 + 0.8 * Math.sqrt(deg)) };
      }),
      edges,
      { edge: hc ? '#6e6e6e' : '#b4b4b4', text: t.text },
    );
    const pos = await job;
    if (!pos) return false; // cancelled: another drawing was asked for
    mark('layout');
    if (ticket !== this.drawing) return false;
    // a grown view stays where it is on the screen: sigma maps the graph's
    // box onto the screen, so the old box and camera are kept (new nodes
    // outside it are reached by panning, or Fit)
    const keep = placed.size && this.webgl.active ? { box: this.webgl.sigma.getBBox(), cam: this.webgl.sigma.getCamera().getState() } : null;
    cy.elements().remove();
    this.glPos = pos;
    this.glEdges = new Set(edges.map((e) => e.id));
    this.webgl.show(built, pos, { edgeEvents: true });
    if (keep) {
      this.webgl.sigma.setCustomBBox(keep.box);
      this.webgl.sigma.getCamera().setState(keep.cam);
    }
    mark('added');
    return true;
  }

  // labelsFor chooses the names drawn for the current zoom and pan: the
  // focus, the path and the picked node always; then the nodes in view,
  // best connected first, each only where its name overlaps no name
  // already chosen (on the screen), at most LABELS, and none too small to
  // read. Measuring thousands of labels is what makes a big frame slow,
  // and overlapping names are what makes a big view unreadable.
  labelsFor() {
    const cy = this.cy;
    const z = cy.zoom();
    const pan = cy.pan();
    const w = cy.width();
    const h = cy.height();
    const cands = [];
    cy.nodes().forEach((n) => {
      const p = n.position();
      const x = p.x * z + pan.x;
      const y = p.y * z + pan.y;
      const must = n.hasClass('focus') || n.hasClass('onpath') || n.hasClass('hop') || n.selected();
      if (!must && (x < -50 || y < -50 || x > w + 50 || y > h + 50)) return;
      if (!must && n.hasClass('dim')) return;
      const font = this.present ? this.fonts.node : n.data('font') || FONT;
      cands.push({ n, x, y, must, px: font * z, deg: n.data('deg') || 0, size: this.present ? 44 : n.data('size') || 28, name: n.data('name') || '' });
    });
    cands.sort((a, b) => b.must - a.must || b.deg - a.deg || (a.n.id() < b.n.id() ? -1 : 1));
    // the focus, the path and the HUBS best connected in view are named at
    // a readable size whatever the zoom
    if (!this.present) {
      cy.batch(() => {
        cands.forEach((c, i) => {
          const base = fontSize(c.deg);
          const want = c.must || i < HUBS ? Math.max(base, Math.ceil(READABLE / Math.max(z, 0.01))) : base;
          if (c.n.data('font') !== want) c.n.data({ font: want, tmw: 15 * want });
          c.px = want * z;
          if (i < HUBS) c.hub = true;
        });
      });
    }
    // a grid of the screen's label boxes, for overlap checks
    const CELL = 64;
    const grid = new Map();
    const boxes = [];
    const cells = (b, f) => {
      for (let i = Math.floor(b.x1 / CELL); i <= Math.floor(b.x2 / CELL); i++)
        for (let j = Math.floor(b.y1 / CELL); j <= Math.floor(b.y2 / CELL); j++) if (f(i + ',' + j) === false) return false;
      return true;
    };
    const chosen = new Set();
    const maxW = this.present ? 320 * z : Infinity;
    for (const c of cands) {
      if (chosen.size >= LABELS && !c.must && !c.hub) break;
      if (!c.must && !c.hub && c.px < 9) continue; // too small to read
      const full = c.name.length * 0.6 * c.px;
      const tw = Math.min(full, maxW, 15 * c.px);
      // a name wider than its label's text-max-width wraps: its box is as
      // many lines high as it takes
      const lines = Math.max(1, Math.ceil(full / tw));
      const top = c.y + (c.size / 2 + 5) * z;
      const b = { x1: c.x - tw / 2 - 2, x2: c.x + tw / 2 + 2, y1: top - 1, y2: top + c.px * 1.3 * lines };
      const free = c.must || cells(b, (k) => !(grid.get(k) || []).some((o) => b.x1 < boxes[o].x2 && b.x2 > boxes[o].x1 && b.y1 < boxes[o].y2 && b.y2 > boxes[o].y1));
      if (!free) continue;
      const i = boxes.push(b) - 1;
      cells(b, (k) => {
        if (!grid.has(k)) grid.set(k, []);
        grid.get(k).push(i);
      });
      chosen.add(c.n.id());
    }
    cy.batch(() => {
      cy.nodes('.lab').forEach((n) => {
        if (!chosen.has(n.id())) n.removeClass('lab');
      });
      for (const c of cands) if (chosen.has(c.n.id()) && !c.n.hasClass('lab')) c.n.addClass('lab');
      if (this.big && z >= 0.45) cy.nodes('.lab').connectedEdges(':not(.near)').addClass('near');
    });
    this.labelCount = chosen.size;
  }

  // mark sets the classes that say what is focused, on a path or stepped to.
  mark({ focus = [], onpath = null, hop = null, picked = '' }) {
    if (this.webgl.active) return this.webgl.mark({ focus, onpath, hop, picked }, themeColors(this.theme));
    const cy = this.cy;
    cy.batch(() => {
      // touch only what changes: restyling thousands of elements is slow
      cy.$('.focus, .onpath, .dim, .hop, .picked, .faint').removeClass('focus onpath dim hop picked faint');
      if (picked) cy.getElementById(picked).addClass('picked');
      for (const id of focus) cy.getElementById(id).addClass('focus');
      if (onpath && onpath.size) {
        cy.elements().forEach((el) => {
          if (onpath.has(el.id())) el.addClass('onpath');
          else el.addClass('dim');
        });
      }
      if (hop) for (const id of hop) cy.getElementById(id).addClass('hop');
      // under a focus, the edges that do not touch it fade
      if (!onpath && focus.length && cy.edges().length > 25) {
        const f = new Set(focus);
        cy.edges().forEach((e) => {
          if (!f.has(e.data('source')) && !f.has(e.data('target'))) e.addClass('faint');
        });
      }
    });
    this.labelsFor();
  }

  // fit zooms and pans so that the nodes ids (all when none) are in view
  // with room for their labels. With centre (node ids), the view is
  // centred on those nodes instead, and still holds all of ids. In
  // presentation the view is the canvas above the caption less the legend's
  // band, and the zoom sets the text size so names stay PRESENT_PX or more.
  fit(ids, animate, centre = null) {
    if (this.webgl.active) return this.webgl.fit(animate);
    const cy = this.cy;
    let els = cy.nodes();
    if (ids && ids.length) {
      const want = new Set(ids);
      els = els.filter((n) => want.has(n.id()));
    }
    if (!els.nonempty()) return;
    // Fit by the nodes' boxes without their labels: measuring thousands of
    // labels is slow, and a margin makes room for them.
    // (from positions: asking Cytoscape for boxes computes every style now)
    const box = (nodes) => {
      const b = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
      nodes.forEach((n) => {
        const p = n.position();
        if (p.x < b.x1) b.x1 = p.x;
        if (p.x > b.x2) b.x2 = p.x;
        if (p.y < b.y1) b.y1 = p.y;
        if (p.y > b.y2) b.y2 = p.y;
      });
      return b;
    };
    const bb = box(els);
    if (centre && centre.length) {
      const want = new Set(centre);
      const cb = box(cy.nodes().filter((n) => want.has(n.id())));
      if (Number.isFinite(cb.x1)) {
        // grow the box evenly about the centre nodes' middle
        const cx = (cb.x1 + cb.x2) / 2;
        const cyy = (cb.y1 + cb.y2) / 2;
        const rx = Math.max(cx - Math.min(bb.x1, cb.x1), Math.max(bb.x2, cb.x2) - cx);
        const ry = Math.max(cyy - Math.min(bb.y1, cb.y1), Math.max(bb.y2, cb.y2) - cyy);
        Object.assign(bb, { x1: cx - rx, x2: cx + rx, y1: cyy - ry, y2: cyy + ry });
      }
    }
    // room for the node and its label, which is wider than the node: in
    // graph units the node and the label's width (text-max-width), on the
    // screen the label's height, which presentation holds at PRESENT_PX
    const half = this.present ? 40 : 25;
    const side = els.length <= 30 ? (this.present ? 170 : 95) : half;
    bb.x1 -= side;
    bb.y1 -= half;
    bb.x2 += side;
    bb.y2 += half + (this.present ? 0 : 18); // the label below
    bb.w = bb.x2 - bb.x1;
    bb.h = bb.y2 - bb.y1;
    // screen margins; in presentation the legend is a band along the top
    const pad = this.present ? { l: 60, r: 60, t: 90, b: 40 } : { l: 40, r: 40, t: 40, b: 40 };
    let label = 0;
    if (this.present) {
      label = PRESENT_PX + 12;
      if (centre && centre.length) label *= 2; // below the lowest node, and evenly above the highest
    }
    const w = cy.width();
    const h = cy.height();
    let zoom = Math.min((w - pad.l - pad.r) / Math.max(bb.w, 1), (h - pad.t - pad.b - label) / Math.max(bb.h, 1));
    zoom = Math.max(cy.minZoom(), Math.min(zoom, this.present ? 1.4 : 2));
    const lift = centre && centre.length ? 0 : label / 2; // the labels hang below
    const pan = {
      x: pad.l + (w - pad.l - pad.r) / 2 - zoom * (bb.x1 + bb.w / 2),
      y: pad.t + (h - pad.t - pad.b) / 2 - lift - zoom * (bb.y1 + bb.h / 2),
    };
    if (this.present) this.presentText(zoom);
    if (animate && cy.elements().length < BIG) {
      cy.stop();
      cy.animate({ zoom, pan, duration: 300 });
    } else {
      cy.viewport({ zoom, pan });
      this.labelsFor();
    }
  }

  // presentText sizes the presentation text for the given zoom (see
  // PRESENT_PX); the graphs shown in presentation are small, so
  // restyling them is cheap.
  presentText(zoom) {
    const f = presentFonts(zoom);
    if (f.node === this.fonts.node && f.edge === this.fonts.edge) return;
    this.fonts = f;
    this.cy.style(style(this.theme, this.big, this.present, f));
  }

  // png is the view as a PNG blob; svg the view as SVG text.
  png() {
    if (this.webgl.active) return this.webgl.png(themeColors(this.theme).bg);
    return pngBlob(this.cy, themeColors(this.theme).bg);
  }

  svg() {
    if (this.webgl.active) throw new Error('the WebGL overview is exported as PNG only; choose an entity to export its view as SVG');
    const t = themeColors(this.theme);
    return svgString(this.cy, t.bg, t.text);
  }

  zoomBy(f) {
    if (this.webgl.active) return this.webgl.zoomBy(f);
    const cy = this.cy;
    cy.zoom({ level: cy.zoom() * f, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  }

  resize() {
    this.cy.resize();
    this.webgl.resize();
  }

  // frame resolves after the canvas has drawn the current state.
  frame() {
    return new Promise((resolve) => {
      requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
    });
  }
}

export { typeOf };
