// Export of the drawn view: PNG from Cytoscape's own renderer, SVG from a
// small serialiser that redraws nodes, edges, arrows and labels from the
// positions and computed styles, so the file matches the screen.

import { s } from './dom.js';

export function download(blob, name) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

export async function pngBlob(cy, bg) {
  return cy.png({ output: 'blob-promise', full: true, scale: 2, bg, maxWidth: 8000, maxHeight: 8000 });
}

function num(el, name, d = 0) {
  const v = el.numericStyle(name);
  return Number.isFinite(v) ? v : d;
}

function polygon(cx, cy, pts) {
  return pts.map(([x, y]) => `${(cx + x).toFixed(1)},${(cy + y).toFixed(1)}`).join(' ');
}

function nodeShape(n) {
  const { x, y } = n.position();
  const w = n.width();
  const h = n.height();
  const shape = n.style('shape');
  const attrs = {
    fill: n.style('background-color'),
    stroke: n.style('border-color'),
    'stroke-width': num(n, 'border-width'),
  };
  switch (shape) {
    case 'round-rectangle':
    case 'roundrectangle':
      return s('rect', { ...attrs, x: x - w / 2, y: y - h / 2, width: w, height: h, rx: Math.min(w, h) / 4 });
    case 'rectangle':
      return s('rect', { ...attrs, x: x - w / 2, y: y - h / 2, width: w, height: h });
    case 'diamond':
      return s('polygon', { ...attrs, points: polygon(x, y, [[0, -h / 2], [w / 2, 0], [0, h / 2], [-w / 2, 0]]) });
    case 'triangle':
      return s('polygon', { ...attrs, points: polygon(x, y, [[0, -h / 2], [w / 2, h / 2], [-w / 2, h / 2]]) });
    case 'star': {
      const pts = [];
      for (let i = 0; i < 10; i++) {
        const r = i % 2 ? 0.2 : 0.5;
        const a = -Math.PI / 2 + (i * Math.PI) / 5;
        pts.push([Math.cos(a) * w * r * (i % 2 ? 1.9 : 1), Math.sin(a) * h * r * (i % 2 ? 1.9 : 1)]);
      }
      return s('polygon', { ...attrs, points: polygon(x, y, pts) });
    }
    default:
      return s('ellipse', { ...attrs, cx: x, cy: y, rx: w / 2, ry: h / 2 });
  }
}

function arrow(shape, tip, from, size, color) {
  const dx = tip.x - from.x;
  const dy = tip.y - from.y;
  const d = Math.hypot(dx, dy) || 1;
  const ux = dx / d;
  const uy = dy / d;
  const px = -uy;
  const py = ux;
  const L = size * 3;
  const W = size * 1.6;
  const bx = tip.x - ux * L;
  const by = tip.y - uy * L;
  const g = s('g', { fill: color, stroke: color });
  if (shape === 'circle') {
    g.appendChild(s('circle', { cx: tip.x - ux * W, cy: tip.y - uy * W, r: W }));
  } else if (shape === 'vee') {
    const mx = tip.x - ux * L * 0.6;
    const my = tip.y - uy * L * 0.6;
    g.appendChild(s('polygon', { points: `${tip.x},${tip.y} ${bx + px * W},${by + py * W} ${mx},${my} ${bx - px * W},${by - py * W}` }));
  } else if (shape !== 'none') {
    g.appendChild(s('polygon', { points: `${tip.x},${tip.y} ${bx + px * W},${by + py * W} ${bx - px * W},${by - py * W}` }));
    if (shape === 'triangle-tee') {
      const tx = bx - ux * size;
      const ty = by - uy * size;
      g.appendChild(s('line', { x1: tx + px * W, y1: ty + py * W, x2: tx - px * W, y2: ty - py * W, 'stroke-width': size * 0.8 }));
    }
  }
  return g;
}

// svgString serialises the visible elements of cy to an SVG document.
export function svgString(cy, bg, textColor) {
  const els = cy.elements(':visible');
  const bb = els.boundingBox({ includeLabels: true });
  const pad = 20;
  const w = Math.max(1, bb.w + pad * 2);
  const h = Math.max(1, bb.h + pad * 2);
  const root = s('svg', {
    xmlns: 'http://www.w3.org/2000/svg',
    width: Math.round(w),
    height: Math.round(h),
    viewBox: `${(bb.x1 - pad).toFixed(1)} ${(bb.y1 - pad).toFixed(1)} ${w.toFixed(1)} ${h.toFixed(1)}`,
    'font-family': 'system-ui, sans-serif',
  });
  root.appendChild(s('rect', { x: bb.x1 - pad, y: bb.y1 - pad, width: w, height: h, fill: bg }));
  const edges = s('g', { class: 'edges' });
  const nodes = s('g', { class: 'nodes' });
  els.edges().forEach((e) => {
    const a = e.sourceEndpoint();
    const b = e.targetEndpoint();
    const color = e.style('line-color');
    const width = num(e, 'width', 1);
    const g = s('g', { opacity: num(e, 'opacity', 1) });
    const attrs = { stroke: color, 'stroke-width': width, fill: 'none' };
    if (e.style('line-style') === 'dashed') {
      const pat = e.style('line-dash-pattern');
      attrs['stroke-dasharray'] = Array.isArray(pat) ? pat.join(' ') : String(pat).replace(/px/g, '');
    }
    let from = a;
    const cps = e.isLoop() ? null : safe(() => e.controlPoints());
    if (cps && cps.length === 1) {
      g.appendChild(s('path', { ...attrs, d: `M${a.x},${a.y} Q${cps[0].x},${cps[0].y} ${b.x},${b.y}` }));
      from = cps[0];
    } else {
      g.appendChild(s('line', { ...attrs, x1: a.x, y1: a.y, x2: b.x, y2: b.y }));
    }
    const shape = e.style('target-arrow-shape');
    if (shape && shape !== 'none') g.appendChild(arrow(shape, b, from, Math.max(2, width), color));
    const label = e.style('label');
    if (label) {
      const mid = e.midpoint();
      g.appendChild(s('text', { x: mid.x, y: mid.y - 4, 'text-anchor': 'middle', 'font-size': num(e, 'font-size', 10), fill: textColor }, label));
    }
    edges.appendChild(g);
  });
  els.nodes().forEach((n) => {
    const g = s('g', { opacity: num(n, 'opacity', 1) });
    g.appendChild(nodeShape(n));
    const label = n.data('name');
    if (label) {
      const { x, y } = n.position();
      const fs = num(n, 'font-size', 12);
      g.appendChild(
        s('text', {
          x,
          y: y + n.height() / 2 + fs + 3,
          'text-anchor': 'middle',
          'font-size': fs,
          fill: textColor,
          stroke: bg,
          'stroke-width': 3,
          'paint-order': 'stroke',
        }, label),
      );
    }
    nodes.appendChild(g);
  });
  root.appendChild(edges);
  root.appendChild(nodes);
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(root);
}

function safe(fn) {
  try {
    return fn();
  } catch {
    return null;
  }
}
