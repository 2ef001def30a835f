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

export class WebGLOverview {
  // parent is the element to draw in (it gets a layer of its own); onNode
  // is called with a clicked node's id, onViewport with {z, x, y} when the
  // camera settles.
  constructor(parent, { onNode, onViewport }) {
    this.layer = document.createElement('div');
    this.layer.className = 'overview-layer';
    this.layer.hidden = true;
    parent.appendChild(this.layer);
    this.onNode = onNode;
    this.onViewport = onViewport;
    this.sigma = null;
  }

  get active() {
    return !!this.sigma;
  }

  // show draws nodes ({id, name, color, size, deg}) at positions (id ->
  // {x, y}) and edges ({id, source, target}) in the given colours.
  show(nodes, edges, positions, colors) {
    this.hide();
    const g = new Graphology({ multi: true, allowSelfLoops: false, type: 'mixed' });
    const hubs = new Set(
      [...nodes]
        .sort((a, b) => b.deg - a.deg)
        .slice(0, HUBS)
        .map((n) => n.id),
    );
    for (const n of nodes) {
      const p = positions.get(n.id) || { x: 0, y: 0 };
      // sigma's y axis points up, the layout's down
      g.addNode(n.id, { x: p.x, y: -p.y, size: n.size, color: n.color, label: n.name, forceLabel: hubs.has(n.id), zIndex: n.deg });
    }
    for (const e of edges) {
      if (e.source === e.target || !g.hasNode(e.source) || !g.hasNode(e.target)) continue;
      g.addDirectedEdgeWithKey(e.id, e.source, e.target, { size: 0.6, color: colors.edge });
    }
    this.layer.hidden = false;
    this.graph = g;
    this.sigma = new Sigma(g, this.layer, {
      renderEdgeLabels: false,
      // The cheapest programs sigma has: an edge is one GL line (1 px), a
      // node one GL point (a disc cut from its square). Sigma's defaults, a
      // feathered rectangle of two triangles per edge and an instanced quad
      // per node, took 4-6 times as long per frame under software WebGL
      // (SwiftShader: 320 ms against 50-100 ms for 2,000 nodes / 5,000
      // edges), and at these sizes a hairline and a disc are what one sees.
      defaultEdgeType: 'line',
      edgeProgramClasses: { line: EdgeLineProgram },
      defaultNodeType: 'circle',
      nodeProgramClasses: { circle: NodePointProgram },
      hideEdgesOnMove: edges.length > 5000, // while the user pans or zooms
      hideLabelsOnMove: nodes.length > 5000,
      labelDensity: 0.8,
      labelGridCellSize: 120,
      labelRenderedSizeThreshold: 5,
      labelSize: 13,
      labelFont: 'system-ui, "Segoe UI", Roboto, "Noto Sans", sans-serif',
      labelColor: { color: colors.text },
      defaultEdgeColor: colors.edge,
      zIndex: true,
      allowInvalidContainer: true,
      minCameraRatio: 0.01,
      maxCameraRatio: 4,
    });
    this.sigma.on('clickNode', ({ node }) => this.onNode(node));
    let timer = 0;
    this.sigma.getCamera().on('updated', () => {
      clearTimeout(timer);
      timer = setTimeout(() => this.onViewport(this.viewport()), 150);
    });
  }

  hide() {
    if (this.sigma) {
      this.sigma.kill();
      this.sigma = null;
      this.graph = null;
    }
    this.layer.hidden = true;
  }

  // viewport returns the camera, or sets it ({z, x, y}).
  viewport(v) {
    const cam = this.sigma.getCamera();
    if (v) {
      cam.setState({ x: v.x, y: v.y, ratio: 1 / v.z });
      return v;
    }
    const s = cam.getState();
    return { z: 1 / s.ratio, x: s.x, y: s.y };
  }

  // fit shows the whole graph.
  fit(animate) {
    const cam = this.sigma.getCamera();
    if (animate) cam.animatedReset({ duration: 300 });
    else cam.setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
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
}
