// The vocabulary of the graph (SCHEMA.md) and how each term is drawn.
//
// Colours are the Okabe-Ito palette, which stays distinguishable under the
// common colour-vision deficiencies; every type also has its own shape, and
// every predicate its own line style, so nothing is told by colour alone.

export const TYPES = [
  { id: 'Person', label: 'Person', color: '#E69F00', hc: '#FFB000', shape: 'ellipse' },
  { id: 'Organization', label: 'Organization', color: '#0072B2', hc: '#56B4E9', shape: 'round-rectangle' },
  { id: 'Place', label: 'Place', color: '#009E73', hc: '#00D19A', shape: 'diamond' },
  { id: 'Base', label: 'Base', color: '#CC79A7', hc: '#F0A0D0', shape: 'star' },
];

// dash is an SVG/canvas dash pattern in pixels at width 1 ([] is solid);
// arrow is the target arrow shape, 'none' for symmetric predicates.
export const PREDICATES = [
  { id: 'signed-with', label: 'signed with', dash: [], width: 4, arrow: 'none', symmetric: true },
  { id: 'leads', label: 'leads', dash: [], width: 2, arrow: 'triangle' },
  { id: 'hosts-base-at', label: 'hosts base at', dash: [10, 5], width: 3, arrow: 'triangle' },
  { id: 'part-of', label: 'part of', dash: [2, 4], width: 3, arrow: 'triangle-tee' },
  { id: 'visited', label: 'visited', dash: [12, 4, 2, 4], width: 2, arrow: 'vee' },
  { id: 'member-of', label: 'member of', dash: [4, 4], width: 1.5, arrow: 'circle' },
];

export const TYPE_BY_ID = new Map(TYPES.map((t) => [t.id, t]));
export const PRED_BY_ID = new Map(PREDICATES.map((p) => [p.id, p]));

export function typeOf(id) {
  return TYPE_BY_ID.get(id) || { id, label: id || 'Unknown', color: '#999999', hc: '#CCCCCC', shape: 'ellipse' };
}

export function predOf(id) {
  return PRED_BY_ID.get(id) || { id, label: id || 'related', dash: [], width: 1, arrow: 'triangle' };
}
