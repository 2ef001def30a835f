// The overview of a large graph, drawn with WebGL by sigma.js over a
// graphology graph: tens of thousands of nodes and edges at once, which
// Cytoscape.js's canvas cannot draw in time. graph.js uses it for big
// overviews and Cytoscape.js for everything else; nothing else touches it.
//
// Sigma culls names by density itself (a grid of cells, the biggest node of
// each cell named first); the best-connected nodes are always named
// (forceLabel). Its camera is in sigma's own units: the URL keeps it as
// v=1/ratio,x,y.

import Graphology from 'graphology';
import Sigma from 'sigma';
import { EdgeLineProgram, NodePointProgram } from 'sigma/rendering';

// HUBS is how many of the best-connected nodes are always named.
const HUBS = 4;

// LABEL_PX is the names' size on the screen.
const LABEL_PX = 13;

// EDGES_ON_MOVE is the most edges still drawn while the camera moves (a
// drag, a wheel turn, a glide or a zoom animation); a bigger graph draws
// its nodes alone until the camera rests, and then the whole picture once.
// Under software WebGL (SwiftShader, as in headless Chromium without a
// GPU) a GL line costs about 5 µs: 50,000 edges took 250 ms a frame and
// 20,000 nodes 30 ms; at 2,000 nodes / 5,000 edges the frames without
// edges came 2-9 times as often.
const EDGES_ON_MOVE = 2000;

// moving holds the sigma renderers whose camera is moving now, and
// edgesOffOnMove those that leave their edges out meanwhile: the programs
// below read them while sigma draws.
const moving = new WeakSet();
const edgesOffOnMove = new WeakSet();

// MovingPointProgram draws nodes as GL points (NodePointProgram) and, while
// the camera moves, leaves out sigma's second pass of them into its
// picking buffer (what a hover or click finds under the mouse): nothing is
// picked mid-gesture, and the frame at rest draws the buffer again.
class MovingPointProgram extends NodePointProgram {
  render(params) {
    if (!moving.has(this.renderer) || !this.pickProgram) return super.render(params);
    if (this.hasNothingToRender()) return;
    const p = this.normalProgram;
    p.gl.viewport(0, 0, params.width * params.pixelRatio, params.height * params.pixelRatio);
    this.bindProgram(p);
    this.renderProgram(params, p);
    this.unbindProgram(p);
  }
}

// MovingLineProgram draws edges as GL lines (EdgeLineProgram), and none
// while the camera of a big graph moves. Sigma's own hideEdgesOnMove does
// the same, but after every drag it reprocesses the whole graph (a full
// refresh: 0.1-0.2 s of script at 20,000 nodes) to draw them back.
class MovingLineProgram extends EdgeLineProgram {
  render(params) {
    if (moving.has(this.renderer) && edgesOffOnMove.has(this.renderer)) return;
    super.render(params);
  }
}

// COARSE_NODES is the size of graph from which the WebGL layers drawn
// while the camera moves are drawn at MOVING_RESOLUTION of the screen's
// (in each direction), and stretched to the screen; the frame at rest is
// drawn at full resolution again. Under software WebGL a moving frame of
// 20,000 nodes is their discs' pixels: SwiftShader took 15-33 ms to draw
// them at 1670×1029 and the page waited for it, then read the canvas back
// for the compositor; at half resolution (a quarter of the pixels) half
// the time, and a quarter of the read-back.
const COARSE_NODES = 5000;
const MOVING_RESOLUTION = 0.5;

// MovingSigma is sigma whose WebGL layers named in coarseLayers are drawn
// at coarseRatio of the full resolution (1 = full): set both before a
// render; its resize (the first step of every render) resizes those
// canvases when the ratio changed. Sigma's own resize sizes every layer at
// the device's pixel ratio, and that ratio is what the 2D layers (names,
// hovers) keep; only the WebGL programs' pixel ratio follows coarseRatio,
// so the discs keep their size on the screen.
class MovingSigma extends Sigma {
  resize(force) {
    const w = this.width;
    const h = this.height;
    super.resize(force);
    const full = this.pixelRatio; // the device's: sigma's resize just read it
    if (force || w !== this.width || h !== this.height) this.glRatio = full; // sigma sized the WebGL layers anew
    const want = full * (this.coarseRatio || 1);
    if (this.glRatio !== want && this.coarseLayers) {
      for (const id of this.coarseLayers) {
        const canvas = this.elements[id];
        canvas.setAttribute('width', Math.round(this.width * want) + 'px');
        canvas.setAttribute('height', Math.round(this.height * want) + 'px');
        this.webGLContexts[id].viewport(0, 0, Math.round(this.width * want), Math.round(this.height * want));
      }
      this.glRatio = want;
    }
    // what the WebGL programs draw at (getRenderParams); the hover and
    // click tests at rest read it too, when it is the full ratio again
    this.pixelRatio = this.glRatio;
    return this;
  }

  // While the camera moves, sigma's hover and click tests (on every wheel
  // turn, press and release) would read a pixel of a picking buffer that
  // holds nothing: the moving frames leave the nodes' picking pass out
  // (MovingPointProgram), and a big graph's edges altogether, and sigma
  // gives the buffer a blank texture each frame. The answer is nothing, so
  // it is given without the read, which would stall the page until
  // software WebGL has drawn the frame under way.
  getNodeAtPosition(position) {
    return moving.has(this) ? null : super.getNodeAtPosition(position);
  }

  getEdgeAtPoint(x, y) {
    return moving.has(this) && edgesOffOnMove.has(this) ? null : super.getEdgeAtPoint(x, y);
  }
}

export class WebGLOverview {
  // parent is the element to draw in (it gets a layer of its own); onNode
  // is called with a clicked node's id, onViewport with {z, x, y} when the
  // camera settles.
  constructor(parent, { onNode, onEdge, onViewport }) {
    this.layer = document.createElement('div');
    this.layer.className = 'overview-layer';
    this.layer.hidden = true;
    parent.appendChild(this.layer);
    this.onNode = onNode;
    this.onEdge = onEdge || (() => {});
    this.onViewport = onViewport;
    this.sigma = null;
  }

  get active() {
    return !!this.sigma;
  }

  // build makes the graph to draw of nodes ({id, name, color, size, deg})
  // and edges ({id, source, target}) in the given colours, not placed
  // yet: graph.js makes it while the layout runs in its worker. show
  // places and draws it.
  build(nodes, edges, colors) {
    const g = new Graphology({ multi: true, allowSelfLoops: false, type: 'mixed' });
    for (const n of nodes) g.addNode(n.id, { x: 0, y: 0, size: n.size, color: n.color, label: n.name, forceLabel: false, zIndex: n.deg });
    for (const e of edges) {
      if (e.source === e.target || !g.hasNode(e.source) || !g.hasNode(e.target)) continue;
      g.addDirectedEdgeWithKey(e.id, e.source, e.target, { size: 0.6, color: colors.edge });
    }
    return { g, nodes, colors };
  }

  // show draws a built graph (build) at positions (id -> {x, y}). With
  // edgeEvents (a neighbourhood, whose edges carry evidence) a click on an
  // edge calls onEdge: sigma then draws the edges to its picking buffer too.
  show({ g, nodes, colors }, positions, { edgeEvents = false } = {}) {
    this.hide();
    this.layer.hidden = false;
    const hubs = this.hubs(nodes, positions);
    for (const n of nodes) {
      const p = positions.get(n.id) || { x: 0, y: 0 };
      n.forceLabel = hubs.has(n.id);
      // no sigma listens yet: the attributes are set in place, and sigma's
      // y axis points up, the layout's down
      const a = g.getNodeAttributes(n.id);
      a.x = p.x;
      a.y = -p.y;
      a.forceLabel = n.forceLabel;
    }
    const edgeCount = g.size;
    this.graph = g;
    this.sigma = new MovingSigma(g, this.layer, {
      renderEdgeLabels: false,
      // The cheapest programs sigma has: an edge is one GL line (1 px), a
      // node one GL point (a disc cut from its square). Sigma's defaults, a
      // feathered rectangle of two triangles per edge and an instanced quad
      // per node, took 4-6 times as long per frame under software WebGL
      // (SwiftShader: 320 ms against 50-100 ms for 2,000 nodes / 5,000
      // edges), and at these sizes a hairline and a disc are what one sees.
      defaultEdgeType: 'line',
      edgeProgramClasses: { line: MovingLineProgram },
      defaultNodeType: 'circle',
      nodeProgramClasses: { circle: MovingPointProgram },
      // names are drawn on a 2D canvas, measured and placed each frame:
      // they are left out while the camera moves (see motion)
      hideLabelsOnMove: true,
      labelDensity: 0.8,
      labelGridCellSize: 120,
      labelRenderedSizeThreshold: 5,
      labelSize: LABEL_PX,
      labelFont: 'system-ui, "Segoe UI", Roboto, "Noto Sans", sans-serif',
      labelColor: { color: colors.text },
      defaultEdgeColor: colors.edge,
      enableEdgeEvents: edgeEvents,
      zIndex: true,
      allowInvalidContainer: true,
      minCameraRatio: 0.01,
      maxCameraRatio: 4,
    });
    this.motion(this.sigma, edgeCount > EDGES_ON_MOVE, g.order >= COARSE_NODES);
    this.sigma.on('clickNode', ({ node }) => this.onNode(node));
    this.sigma.on('clickEdge', ({ edge }) => this.onEdge(edge));
    this.colors = colors;
    this.base = new Map(nodes.map((n) => [n.id, n]));
    // The report waits for the camera to rest; the view may be hidden (and
    // its sigma killed) meanwhile, and then there is nothing to report.
    const sigma = this.sigma;
    this.sigma.getCamera().on('updated', () => {
      clearTimeout(this.viewportTimer);
      this.viewportTimer = setTimeout(() => {
        if (this.sigma === sigma) this.onViewport(this.viewport());
      }, 150);
    });
  }

  // motion makes every camera move a real redraw, as cheap as it can be:
  // sigma draws each frame the camera changes (a drag, a wheel turn, its
  // glide or a zoom animation), and while it moves a big graph (lean) is
  // drawn as its nodes alone (a small one with its edges): no names, no
  // picking pass, and the canvases that hold nothing then are hidden, so
  // the compositor neither reads them back from WebGL nor blends them:
  // under software WebGL every shown canvas costs a read back of its
  // pixels each frame. Once the camera rests, one frame draws everything.
  // A graph of COARSE_NODES or more (coarse) draws those moving frames at
  // MOVING_RESOLUTION, the frame at rest at full resolution.
  // It also keeps sigma's hover test (a pixel read from WebGL, which waits
  // for the GPU) out of drags.
  // this.frames counts sigma's frames, full and moving apart, and the
  // redraws of a moved camera among them.
  motion(s, lean, coarse) {
    const cam = s.getCamera();
    const mc = s.getMouseCaptor();
    const tc = s.getTouchCaptor();
    const canvases = s.getCanvases();
    // never drawn: sigma draws no edge names here (renderEdgeLabels)
    canvases.edgeLabels.style.display = 'none';
    // what sigma leaves undrawn while moving: names and the highlighted
    // nodes (hideLabelsOnMove), and a big graph's edges
    const idle = [canvases.labels, canvases.hovers, canvases.hoverNodes, ...(lean ? [canvases.edges] : [])];
    if (lean) edgesOffOnMove.add(s);
    // the WebGL layers drawn while moving, at a coarser resolution
    // meanwhile for a big graph (MovingSigma)
    s.coarseLayers = lean ? ['nodes'] : ['nodes', 'edges'];
    this.frames = { full: 0, moving: 0, moved: 0, movedMoving: 0 };
    // sigma's own test of a moving camera (render, hideLabelsOnMove), and
    // touch
    const isMoving = () => !!(cam.isAnimated() || mc.isMoving || mc.draggedEvents || mc.currentWheelDirection || tc.isMoving);
    let shown = true; // the idle canvases are shown
    s.on('beforeRender', () => {
      const m = isMoving();
      if (m) moving.add(s);
      else moving.delete(s);
      s.coarseRatio = m && coarse ? MOVING_RESOLUTION : 1;
      if (m === !shown) return;
      shown = !m;
      for (const c of idle) c.style.visibility = m ? 'hidden' : '';
    });
    // A frame counts as a redraw of the moved camera (frames.moved, and of
    // those frames.movedMoving drawn while it moved) only when its camera
    // differs from the last one counted, and in an animation frame of its
    // own: a second render in the same frame replaces the first on the
    // screen before it is shown.
    let last = null;
    let lastTime = NaN;
    s.on('afterRender', () => {
      if (shown) this.frames.full++;
      else this.frames.moving++;
      const c = cam.getState();
      const t = document.timeline.currentTime;
      const same = last && c.x === last.x && c.y === last.y && c.ratio === last.ratio && c.angle === last.angle;
      const sameFrame = t === lastTime;
      last = c;
      lastTime = t;
      if (same || sameFrame) return;
      this.frames.moved++;
      if (!shown) this.frames.movedMoving++;
    });
    // A drag let go after it stopped moving needs a frame at rest (sigma
    // would refresh the whole graph only if hideEdgesOnMove were set); the
    // captor clears its drag count in a timeout of its own, queued first.
    const rest = () =>
      setTimeout(() => {
        if (!shown && !isMoving() && this.sigma === s) s.scheduleRender();
      }, 0);
    mc.on('mouseup', rest);
    tc.on('touchup', rest);
    // no hover test while the mouse drags the view
    const hover = s.activeListeners.handleMove;
    if (hover) {
      mc.removeListener('mousemove', hover);
      mc.on('mousemove', (e) => {
        if (!mc.isMouseDown) hover(e);
      });
    }
  }

  // hubs chooses the nodes always named: the best connected, each only
  // where its name's box, at the zoom that fits the whole graph, overlaps
  // no name already chosen (a dense centre holds many hubs). Zooming in
  // only moves the names apart. Sigma writes a name to the right of its
  // node, at labelSize pixels.
  hubs(nodes, positions) {
    let x1 = Infinity;
    let y1 = Infinity;
    let x2 = -Infinity;
    let y2 = -Infinity;
    for (const p of positions.values()) {
      x1 = Math.min(x1, p.x);
      x2 = Math.max(x2, p.x);
      y1 = Math.min(y1, p.y);
      y2 = Math.max(y2, p.y);
    }
    const w = this.layer.clientWidth || 800;
    const h = this.layer.clientHeight || 600;
    const px = Math.min(w / Math.max(x2 - x1, 1), h / Math.max(y2 - y1, 1)); // screen pixels per layout unit
    const chosen = [];
    const byDegree = [...nodes].sort((a, b) => b.deg - a.deg).slice(0, 300);
    for (const n of byDegree) {
      if (chosen.length >= HUBS) break;
      const p = positions.get(n.id);
      if (!p) continue;
      const gap = (n.size + 3) / px;
      const box = { x1: p.x + gap, x2: p.x + gap + ((n.name || '').length * 0.62 * LABEL_PX + 6) / px, y1: p.y - (LABEL_PX * 0.8) / px, y2: p.y + (LABEL_PX * 0.8) / px };
      if (chosen.some((b) => box.x1 < b.x2 && box.x2 > b.x1 && box.y1 < b.y2 && box.y2 > b.y1)) continue;
      box.id = n.id;
      chosen.push(box);
    }
    return new Set(chosen.map((b) => b.id));
  }

  hide() {
    this.cursor = '';
    if (this.sigma) {
      clearTimeout(this.viewportTimer);
      this.sigma.kill();
      this.sigma = null;
      this.graph = null;
    }
    this.layer.hidden = true;
  }

  // mark colours what matters, as graph.js's classes do on the Cytoscape
  // view: the focus highlighted and named, the path (a Set of node and
  // edge ids) in the path colour with the rest faded, the current hop
  // (edge, source, target) in the hop colour, the picked edge in the path
  // colour. Only attributes change: sigma redraws once.
  mark({ focus = [], onpath = null, hop = null, picked = '' }, t) {
    const g = this.graph;
    if (!g) return;
    const fade = (c) => c + '33'; // #rrggbb with an alpha of 0.2
    const f = new Set(focus);
    const h = new Set(hop || []);
    const dims = !!(onpath && onpath.size);
    // what this mark touches, and the last one did: only those change, but
    // a path fades everything else (restyling 20,000 nodes and 50,000
    // edges costs sigma a full reprocessing, about 0.4 s)
    const touched = new Set([...f, ...h, ...(picked ? [picked] : []), ...(this.cursor ? [this.cursor] : []), ...(dims ? onpath : [])]);
    const last = this.touched || new Set();
    this.touched = touched;
    if (!dims && !this.dimmed) {
      const nodeAttrs = (id) => {
        const n = this.base.get(id);
        return { color: h.has(id) ? t.hop : n.color, highlighted: f.has(id) || h.has(id) || id === this.cursor, forceLabel: n.forceLabel || f.has(id) || h.has(id), zIndex: f.has(id) || h.has(id) ? 1e9 : n.deg };
      };
      for (const id of new Set([...last, ...touched])) {
        if (g.hasNode(id)) g.mergeNodeAttributes(id, nodeAttrs(id));
        else if (g.hasEdge(id)) g.mergeEdgeAttributes(id, { color: h.has(id) ? t.hop : id === picked ? t.path : this.colors.edge, zIndex: h.has(id) ? 2 : id === picked ? 1 : 0 });
      }
      return;
    }
    this.dimmed = dims;
    g.updateEachNodeAttributes((id, a) => {
      const n = this.base.get(id);
      const on = onpath && onpath.has(id);
      a.color = h.has(id) ? t.hop : on ? t.path : onpath && onpath.size ? fade(n.color) : n.color;
      a.highlighted = f.has(id) || h.has(id) || id === this.cursor;
      a.forceLabel = n.forceLabel || f.has(id) || on || h.has(id);
      a.zIndex = f.has(id) || on || h.has(id) ? 1e9 : n.deg;
      return a;
    });
    g.updateEachEdgeAttributes((id, a) => {
      const on = onpath && onpath.has(id);
      a.color = h.has(id) ? t.hop : on || id === picked ? t.path : onpath && onpath.size ? fade(this.colors.edge) : this.colors.edge;
      a.zIndex = h.has(id) ? 2 : on || id === picked ? 1 : 0;
      return a;
    });
  }

  // place moves the camera to state at once, or, when an animation (a
  // wheel turn's zoom, a glide) is under way, at its next frame: sigma
  // 3.0.3's camera has no stop, but a new animation ends the old one (and
  // calls its callback, which the wheel's zoom needs), where a bare
  // setState would be overwritten by the old animation's next step.
  place(state) {
    const cam = this.sigma.getCamera();
    if (cam.isAnimated()) cam.animate(state, { duration: 1 });
    else cam.setState(state);
  }

  // viewport returns the camera, or sets it ({z, x, y}).
  viewport(v) {
    const cam = this.sigma.getCamera();
    if (v) {
      this.place({ x: v.x, y: v.y, ratio: 1 / v.z });
      return v;
    }
    const s = cam.getState();
    return { z: 1 / s.ratio, x: s.x, y: s.y };
  }

  // fit shows the whole graph.
  fit(animate) {
    const cam = this.sigma.getCamera();
    if (animate) cam.animatedReset({ duration: 300 });
    else this.place({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
  }

  zoomBy(f) {
    const cam = this.sigma.getCamera();
    cam.setState({ ratio: cam.getState().ratio / f });
  }

  // nudge pans by dx, dy screen pixels and zooms by f, at once.
  nudge(dx, dy, f) {
    const cam = this.sigma.getCamera();
    const s = cam.getState();
    const d = this.sigma.getDimensions();
    const scale = s.ratio / Math.max(d.width, d.height);
    cam.setState({ x: s.x - dx * scale, y: s.y + dy * scale, ratio: s.ratio / f });
  }

  resize() {
    if (this.sigma) this.sigma.resize();
  }

  // positions returns the nodes' places on the screen (viewport pixels).
  positions() {
    const out = {};
    this.graph.forEachNode((id, a) => {
      const p = this.sigma.graphToViewport({ x: a.x, y: a.y });
      out[id] = { x: p.x, y: p.y };
    });
    return out;
  }

  counts() {
    return { nodes: this.graph.order, edges: this.graph.size };
  }

  // moveCursor moves the keyboard's node from the node from (or, without
  // one, from the view's middle, to the node nearest it) to the nearest
  // node in direction [dx, dy] on the screen, as graph.js does on the
  // Cytoscape view: nearest, and most nearly that way. The node is
  // highlighted (sigma draws it and its name over the rest) and kept in
  // view. Returns its id.
  moveCursor([dx, dy], from) {
    const s = this.sigma;
    const d = s.getDimensions();
    const at = (a) => s.graphToViewport({ x: a.x, y: a.y });
    let best = '';
    if (!from || !this.graph.hasNode(from)) {
      let bd = Infinity;
      this.graph.forEachNode((id, a) => {
        const p = at(a);
        const dd = (p.x - d.width / 2) ** 2 + (p.y - d.height / 2) ** 2;
        if (dd < bd) [bd, best] = [dd, id];
      });
    } else {
      const o = at(this.graph.getNodeAttributes(from));
      let bs = Infinity;
      this.graph.forEachNode((id, a) => {
        if (id === from) return;
        const p = at(a);
        const vx = p.x - o.x;
        const vy = p.y - o.y;
        const along = vx * dx + vy * dy;
        if (along <= 0) return;
        const score = along + 2 * Math.abs(vx * dy - vy * dx);
        if (score < bs) [bs, best] = [score, id];
      });
      if (!best) best = from;
    }
    if (!best) return '';
    if (this.cursor && this.cursor !== best && this.graph.hasNode(this.cursor)) this.graph.setNodeAttribute(this.cursor, 'highlighted', false);
    this.cursor = best;
    this.graph.setNodeAttribute(best, 'highlighted', true);
    const a = this.graph.getNodeAttributes(best);
    const p = at(a);
    if (p.x < 40 || p.y < 40 || p.x > d.width - 40 || p.y > d.height - 40) {
      // centre it: the camera's x, y are in sigma's framed-graph units
      const c = s.viewportToFramedGraph(p);
      const cam = s.getCamera();
      cam.setState({ x: c.x, y: c.y });
    }
    return best;
  }

  // png draws the view (edges, nodes, names, the highlighted node) on a
  // background of colour bg and resolves to a PNG blob. It renders first
  // and copies in the same task: WebGL canvases keep their pixels only
  // until the frame is shown (sigma does not preserve the drawing buffer).
  png(bg) {
    const s = this.sigma;
    s.render();
    const layers = [...this.layer.querySelectorAll('canvas')].filter((c) => !c.classList.contains('sigma-mouse'));
    const out = document.createElement('canvas');
    out.width = layers[0].width;
    out.height = layers[0].height;
    const ctx = out.getContext('2d');
    ctx.fillStyle = bg;
    ctx.fillRect(0, 0, out.width, out.height);
    for (const c of layers) ctx.drawImage(c, 0, 0, out.width, out.height);
    return new Promise((resolve, reject) => out.toBlob((b) => (b ? resolve(b) : reject(new Error('the browser made no PNG'))), 'image/png'));
  }
}
