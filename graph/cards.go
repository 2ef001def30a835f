package graph

import (
	"slices"
	"sort"

	"github.com/coopgraph/coopgraph/quads"
)

// entityCard is an entity's names and aliases as stored, each list sorted.
// The index keeps a card for every named entity, on every backend: an
// answer describes its entities from the index, without reading the store
// (and so also while a database is down), as it gives their edges'
// evidence from the evidence table.
type entityCard struct {
	names, aliases []string
}

// addName records name (an alias when alias) on the card of node n, in an
// index open for edits.
func (d *indexData) addName(n uint32, name string, alias bool) {
	if d.names.add(n, name, alias) {
		d.dirty = true
	}
	c, _ := d.cards.get(n)
	list := &c.names
	if alias {
		list = &c.aliases
	}
	i, found := slices.BinarySearch(*list, name)
	if found {
		return
	}
	*list = slices.Insert(slices.Clip(*list), i, name) // a copy: the published card is shared
	d.cards.set(n, c)
	d.dirty = true
}

// entityCard returns what the index knows of node n as an entity, the same
// as reading it from the store would give (see entityFrom).
func (d *indexData) entityCard(n uint32) (*quads.Entity, bool) {
	c, _ := d.cards.get(n)
	return entityFrom(d.idOf(n), d.typeOfNode(n), c.names, c.aliases), true
}

// entityFrom builds an entity from its type (index terms) and its stored
// names and aliases: the first name in order is its name, the others and
// the aliases its aliases; with no type or no name, a stub that carries
// only its id.
func entityFrom(id string, t uint8, names, aliases []string) *quads.Entity {
	if t == 0 || len(names) == 0 {
		return &quads.Entity{ID: id, Name: id, Aliases: []string{}}
	}
	names, aliases = slices.Clone(names), slices.Clone(aliases)
	sort.Strings(names)
	sort.Strings(aliases)
	e := &quads.Entity{ID: id, Type: typeOf(t), Name: names[0], Aliases: []string{}}
	for _, a := range append(names[1:], aliases...) {
		e.AddAlias(a)
	}
	return e
}
