package graph

import (
	"slices"
	"sort"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/memstore"

	"github.com/coopgraph/coopgraph/quads"
)

// entityCard is an entity's names and aliases as stored, each list sorted.
// On a database server the index keeps a card for every named entity: an
// answer then describes its entities from the index, without a query per
// entity, and still can while the database is down (answers read only the
// evidence from the database, and say when they could not). On bolt and
// memstore, local and fast, the index keeps no cards and answers read
// entities from the quad store.
type entityCard struct {
	names, aliases []string
}

// keepsCards reports whether an index of qs keeps entity cards: on every
// backend but the local ones.
func keepsCards(qs cgraph.QuadStore) bool {
	switch qs.(type) {
	case *kv.QuadStore, *memstore.QuadStore:
		return false
	}
	return true
}

// addName records name (an alias when alias) on the card of node n, in an
// index open for edits.
func (d *indexData) addName(n uint32, name string, alias bool) {
	if d.names.add(n, name, alias) {
		d.dirty = true
	}
	if !d.cardsOn {
		return
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
// as reading it from the store would give (see entityFrom), and false when
// the index keeps no cards.
func (d *indexData) entityCard(n uint32) (*quads.Entity, bool) {
	if !d.cardsOn {
		return nil, false
	}
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
