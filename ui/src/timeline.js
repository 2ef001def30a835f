// The timeline: one bar per month (or year) of articles, and the From and
// Until sliders that show the network as stated in that span.

import { st, go } from './store.js';
import { articles } from './data.js';
import { h, clear, $ } from './dom.js';

let dates = []; // distinct article dates, ascending
let bucketLen = 7; // a timeline bar is a month (YYYY-MM) or a year (YYYY)

export async function loadTimeline() {
  const box = $('#timeline');
  try {
    const list = await articles();
    const counts = new Map();
    for (const a of list) {
      const d = (a.article && a.article.date) || a.date;
      if (d) counts.set(d, (counts.get(d) || 0) + 1);
    }
    dates = [...counts.keys()].sort();
    clear(box);
    if (!dates.length) {
      box.appendChild(h('p', { className: 'muted' }, 'No dated articles.'));
      return;
    }
    // one bar per month from the first article to the last, or per year
    // when that would be more than four years of months
    const y0 = Number(dates[0].slice(0, 4));
    const y1 = Number(dates[dates.length - 1].slice(0, 4));
    const m0 = y0 * 12 + Number(dates[0].slice(5, 7)) - 1;
    const m1 = y1 * 12 + Number(dates[dates.length - 1].slice(5, 7)) - 1;
    const yearly = m1 - m0 > 48;
    bucketLen = yearly ? 4 : 7;
    const keys = [];
    if (yearly) for (let y = y0; y <= y1; y++) keys.push(String(y));
    else for (let m = m0; m <= m1; m++) keys.push(`${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`);
    const per = new Map(keys.map((k) => [k, 0]));
    for (const [d, c] of counts) per.set(d.slice(0, bucketLen), (per.get(d.slice(0, bucketLen)) || 0) + c);
    const max = Math.max(...per.values());
    const bars = h('div', { className: 'tl-bars', 'aria-hidden': 'true' });
    for (const k of keys) {
      const n = per.get(k);
      const bar = h('span', { className: 'tl-bar', title: `${k}: ${n} article${n === 1 ? '' : 's'}`, 'data-bucket': k });
      bar.style.height = `${Math.round((n / max) * 100)}%`;
      bars.appendChild(bar);
    }
    box.appendChild(h('p', { className: 'tl-axis' }, h('span', null, keys[0]), h('span', null, keys[keys.length - 1])));
    const mk = (id, label, value) =>
      h('label', { className: 'range' }, h('span', null, label), h('input', { type: 'range', id, min: 0, max: dates.length - 1, step: 1, value, oninput: onTimeInput, onchange: onTimeChange }));
    box.insertBefore(bars, box.lastChild);
    box.appendChild(mk('since', 'From', 0));
    box.appendChild(mk('until', 'Until', dates.length - 1));
    box.appendChild(h('p', { className: 'range-out', id: 'range-out' }));
    box.appendChild(h('button', { type: 'button', id: 'time-all', onclick: () => go({ since: '', until: '' }) }, 'All time'));
    timelineSync();
  } catch (err) {
    clear(box);
    box.appendChild(h('p', { className: 'warn' }, 'The timeline is not available: ' + err.message));
  }
}

function idxOf(date, fallback) {
  if (!date) return fallback;
  let i = dates.findIndex((d) => d >= date);
  if (i < 0) i = dates.length - 1;
  return i;
}

export function timelineSync() {
  const since = $('#since');
  const until = $('#until');
  if (!since || !dates.length) return;
  since.value = String(idxOf(st.since, 0));
  let u = st.until ? dates.length - 1 - [...dates].reverse().findIndex((d) => d <= st.until) : dates.length - 1;
  if (u > dates.length - 1) u = 0;
  until.value = String(u);
  showRange();
}

function showRange() {
  const a = dates[Number($('#since').value)];
  const b = dates[Number($('#until').value)];
  $('#range-out').textContent = st.since || st.until ? `Network as stated ${a} – ${b}` : `All articles, ${a} – ${b}`;
  for (const bar of document.querySelectorAll('#timeline .tl-bar')) {
    const k = bar.dataset.bucket;
    bar.classList.toggle('out', k < a.slice(0, bucketLen) || k > b.slice(0, bucketLen));
  }
}

function onTimeInput() {
  const s = $('#since');
  const u = $('#until');
  if (Number(s.value) > Number(u.value)) {
    if (this === s) u.value = s.value;
    else s.value = u.value;
  }
  showRange();
}

function onTimeChange() {
  const si = Number($('#since').value);
  const ui = Number($('#until').value);
  go({ since: si > 0 ? dates[si] : '', until: ui < dates.length - 1 ? dates[ui] : '' });
}
