// Legend icons: a type's shape and colour, a predicate's line and arrow,
// drawn as small inline SVG elements (built as DOM nodes, not markup).

import { s } from './dom.js';
import { typeOf, predOf } from './vocab.js';

function shapePoints(shape, c, r) {
  switch (shape) {
    case 'diamond':
      return `${c},${c - r} ${c + r},${c} ${c},${c + r} ${c - r},${c}`;
    case 'star': {
      const pts = [];
      for (let i = 0; i < 10; i++) {
        const rr = i % 2 ? r * 0.45 : r;
        const a = -Math.PI / 2 + (i * Math.PI) / 5;
        pts.push(`${(c + Math.cos(a) * rr).toFixed(2)},${(c + Math.sin(a) * rr).toFixed(2)}`);
      }
      return pts.join(' ');
    }
    case 'triangle':
      return `${c},${c - r} ${c + r},${c + r} ${c - r},${c + r}`;
    default:
      return null;
  }
}

export function typeIcon(type, size = 18) {
  const ty = typeOf(type);
  const c = size / 2;
  const r = size / 2 - 1.5;
  const svg = s('svg', { class: 'icon type-icon t-' + ty.id, width: size, height: size, viewBox: `0 0 ${size} ${size}`, 'aria-hidden': 'true' });
  const pts = shapePoints(ty.shape, c, r);
  let el;
  if (pts) el = s('polygon', { points: pts });
  else if (ty.shape === 'round-rectangle') el = s('rect', { x: 1.5, y: 3, width: size - 3, height: size - 6, rx: 3 });
  else el = s('circle', { cx: c, cy: c, r });
  el.setAttribute('class', 'shape');
  svg.appendChild(el);
  return svg;
}

export function predIcon(pred, width = 46, height = 14) {
  const p = predOf(pred);
  const y = height / 2;
  const svg = s('svg', { class: 'icon pred-icon', width, height, viewBox: `0 0 ${width} ${height}`, 'aria-hidden': 'true' });
  const end = p.arrow === 'none' ? width - 2 : width - 9;
  const line = s('line', { x1: 2, y1: y, x2: end, y2: y, 'stroke-width': Math.min(4, p.width) });
  if (p.dash.length) line.setAttribute('stroke-dasharray', p.dash.join(' '));
  line.setAttribute('class', 'stroke');
  svg.appendChild(line);
  const tip = width - 1;
  if (p.arrow === 'circle') {
    svg.appendChild(s('circle', { cx: tip - 4, cy: y, r: 3.5, class: 'fill' }));
  } else if (p.arrow === 'vee') {
    svg.appendChild(s('polygon', { points: `${tip},${y} ${tip - 10},${y - 5} ${tip - 6},${y} ${tip - 10},${y + 5}`, class: 'fill' }));
  } else if (p.arrow !== 'none') {
    svg.appendChild(s('polygon', { points: `${tip},${y} ${tip - 9},${y - 5} ${tip - 9},${y + 5}`, class: 'fill' }));
    if (p.arrow === 'triangle-tee') svg.appendChild(s('line', { x1: tip - 12, y1: y - 5, x2: tip - 12, y2: y + 5, 'stroke-width': 2, class: 'stroke' }));
  }
  return svg;
}
