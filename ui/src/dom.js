// Small DOM helpers. Everything that comes from the server (names, titles,
// sentences) is untrusted and only ever becomes text: these helpers build
// nodes with textContent and never touch innerHTML.

// h creates an element. attrs sets properties (className, type, title...) or,
// for names starting with "data-" or "aria-" and for "role", attributes;
// "on*" keys add event listeners. Children are nodes or strings (as text).
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  if (attrs) {
    for (const [k, v] of Object.entries(attrs)) {
      if (v === undefined || v === null || v === false) continue;
      if (k.startsWith('on') && typeof v === 'function') {
        el.addEventListener(k.slice(2).toLowerCase(), v);
      } else if (k.startsWith('data-') || k.startsWith('aria-') || k === 'role' || k === 'for') {
        el.setAttribute(k, String(v));
      } else {
        el[k] = v;
      }
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children) {
    if (c === undefined || c === null || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else if (c instanceof Node) el.appendChild(c);
    else el.appendChild(document.createTextNode(String(c)));
  }
}

const SVGNS = 'http://www.w3.org/2000/svg';

// s creates an SVG element with attributes.
export function s(tag, attrs, ...children) {
  const el = document.createElementNS(SVGNS, tag);
  if (attrs) for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null) el.setAttribute(k, String(v));
  for (const c of children) {
    if (c === undefined || c === null) continue;
    el.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

export function $(sel, root = document) {
  return root.querySelector(sel);
}

// WORD is a letter or digit of any script: a name matches only where it
// is not part of a longer word, so the alias "SIT" is not marked inside
// "visiting".
const WORD = /[\p{L}\p{N}]/u;

// wholeWord says whether text[a:b] stands as a word (or words) of its own.
// Han, kana and Hangul are written without spaces, so a name in them
// matches anywhere.
function wholeWord(text, a, b) {
  const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
  const before = a > 0 ? text[a - 1] : '';
  const after = b < text.length ? text[b] : '';
  const okBefore = !before || !WORD.test(before) || cjk.test(before) || cjk.test(text[a]);
  const okAfter = !after || !WORD.test(after) || cjk.test(after) || cjk.test(text[b - 1]);
  return okBefore && okAfter;
}

// highlight returns the nodes of text with every whole-word occurrence of
// any of terms wrapped in <mark>, matched without regard to case. Longer
// terms win where two overlap. The text stays text: marks are elements,
// the rest text nodes.
export function highlight(text, terms) {
  const lower = text.toLowerCase();
  const ranges = [];
  const uniq = [...new Set(terms.filter((t) => t && t.trim().length >= 2).map((t) => t.toLowerCase()))];
  uniq.sort((a, b) => b.length - a.length);
  for (const t of uniq) {
    let i = lower.indexOf(t);
    while (i >= 0) {
      const end = i + t.length;
      if (wholeWord(lower, i, end) && !ranges.some(([a, b]) => i < b && end > a)) ranges.push([i, end]);
      i = lower.indexOf(t, i + 1);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const out = [];
  let pos = 0;
  for (const [a, b] of ranges) {
    if (a > pos) out.push(document.createTextNode(text.slice(pos, a)));
    out.push(h('mark', null, text.slice(a, b)));
    pos = b;
  }
  if (pos < text.length) out.push(document.createTextNode(text.slice(pos)));
  return out;
}
