// Type-ahead over entity names and aliases: an ARIA combobox on an input
// that asks /api/search as the user types and offers the ranked entities.

import { api } from './api.js';
import { h, clear } from './dom.js';
import { typeOf } from './vocab.js';

let seq = 0;

// typeahead wires input to a suggestion list. onChoose(entity) is called
// with the chosen entity; onError(err) with failed searches. The returned
// object's set(entity) fills the input without searching.
export function typeahead(input, { onChoose, onError, limit = 10 }) {
  const listId = 'ta-' + ++seq;
  const list = h('ul', { className: 'ta-list', id: listId, role: 'listbox', hidden: true });
  input.after(list);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', listId);
  input.setAttribute('aria-expanded', 'false');
  input.autocomplete = 'off';
  let items = [];
  let active = -1;
  let timer = 0;
  let ctrl = null;
  let chosen = null;

  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    active = -1;
  }

  function show(entities, q) {
    items = entities;
    clear(list);
    if (!entities.length) {
      list.appendChild(h('li', { className: 'ta-empty' }, `No entity matches “${q}”.`));
    }
    entities.forEach((e, i) => {
      const ty = typeOf(e.type);
      const alias = (e.aliases || []).find((a) => a.toLowerCase().includes(q.toLowerCase()) && !e.name.toLowerCase().includes(q.toLowerCase()));
      list.appendChild(
        h(
          'li',
          {
            role: 'option',
            id: `${listId}-${i}`,
            className: 'ta-item',
            'data-id': e.id,
            onmousedown: (ev) => {
              ev.preventDefault();
              choose(i);
            },
          },
          h('span', { className: `swatch t-${ty.id}` }),
          h('span', { className: 'ta-name' }, e.name),
          alias ? h('span', { className: 'ta-alias' }, `also “${alias}”`) : null,
          h('span', { className: 'ta-type' }, ty.label),
        ),
      );
    });
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    move(entities.length ? 0 : -1);
  }

  function move(i) {
    const opts = list.querySelectorAll('.ta-item');
    opts.forEach((o) => o.classList.remove('active'));
    active = i;
    if (i >= 0 && opts[i]) {
      opts[i].classList.add('active');
      input.setAttribute('aria-activedescendant', opts[i].id);
      opts[i].scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function choose(i) {
    const e = items[i];
    if (!e) return;
    chosen = e;
    input.value = e.name;
    close();
    onChoose(e);
  }

  async function search() {
    const q = input.value.trim();
    if (!q) {
      close();
      return;
    }
    if (ctrl) ctrl.abort();
    ctrl = new AbortController();
    try {
      const res = await api.search(q, limit, ctrl.signal);
      if (input.value.trim() !== q) return;
      show(res.entities || [], q);
    } catch (err) {
      if (err.name !== 'AbortError') onError(err);
    }
  }

  input.addEventListener('input', () => {
    chosen = null;
    clearTimeout(timer);
    timer = setTimeout(search, 120);
  });
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown' && !list.hidden) {
      ev.preventDefault();
      move(Math.min(items.length - 1, active + 1));
    } else if (ev.key === 'ArrowUp' && !list.hidden) {
      ev.preventDefault();
      move(Math.max(0, active - 1));
    } else if (ev.key === 'Enter') {
      if (!list.hidden && active >= 0) {
        ev.preventDefault();
        choose(active);
      }
    } else if (ev.key === 'Escape') {
      close();
    }
    ev.stopPropagation();
  });
  input.addEventListener('blur', () => setTimeout(close, 100));

  return {
    set(e) {
      chosen = e;
      input.value = e ? e.name : '';
    },
    // value is the chosen entity's id, or else what was typed (the API
    // takes an exact name or alias as well as an id).
    value() {
      if (chosen && chosen.name === input.value) return chosen.id;
      return input.value.trim();
    },
  };
}
