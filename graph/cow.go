package graph

import "maps"

// The index is published as immutable snapshots (see Index). A write builds
// the next snapshot from the current one without copying the graph: the
// containers below share what did not change with the snapshot they were
// edited from, and copy only what the edit touches.
//
// Only one edit is ever derived from a snapshot, by the one writer, and it
// becomes the next snapshot (writes are serialised by Store.writeMu). That
// is what makes appending to a shared slice safe: a reader of an older
// snapshot holds a slice header whose length ends before the appended
// element, so it never reads what the writer writes.

// chunkBits sets the chunk size of chunked arrays: an edit that changes one
// element copies its chunk, 4,096 elements.
const chunkBits = 12

const chunkMask = 1<<chunkBits - 1

// chunked is an array held in fixed-size chunks so that an edit copies the
// chunks it changes and shares the others.
type chunked[T any] struct {
	chunks [][]T
	n      int
	own    []bool // chunks this edit has copied; nil in a published snapshot
}

// chunkedOf holds s (without copying it) as a chunked array open for edits.
func chunkedOf[T any](s []T) chunked[T] {
	c := chunked[T]{n: len(s)}
	for lo := 0; lo < len(s); lo += 1 << chunkBits {
		hi := min(lo+1<<chunkBits, len(s))
		c.chunks = append(c.chunks, s[lo:hi:hi])
	}
	c.own = make([]bool, len(c.chunks))
	return c
}

func (c *chunked[T]) at(i uint32) T { return c.chunks[i>>chunkBits][i&chunkMask] }

func (c *chunked[T]) len() int { return c.n }

// edit returns a copy that shares every chunk until it is written.
func (c *chunked[T]) edit() chunked[T] {
	return chunked[T]{chunks: append([][]T(nil), c.chunks...), n: c.n, own: make([]bool, len(c.chunks))}
}

// seal closes the array to edits.
func (c *chunked[T]) seal() { c.own = nil }

func (c *chunked[T]) writable(k int) {
	if !c.own[k] {
		c.chunks[k] = append(make([]T, 0, 1<<chunkBits), c.chunks[k]...)
		c.own[k] = true
	}
}

func (c *chunked[T]) set(i uint32, v T) {
	k := int(i >> chunkBits)
	c.writable(k)
	c.chunks[k][i&chunkMask] = v
}

// push appends v and returns its index.
func (c *chunked[T]) push(v T) uint32 {
	i := uint32(c.n)
	k := int(i >> chunkBits)
	if k == len(c.chunks) {
		c.chunks = append(c.chunks, make([]T, 0, 1<<chunkBits))
		c.own = append(c.own, true)
	}
	c.writable(k)
	c.chunks[k] = append(c.chunks[k], v)
	c.n++
	return i
}

// bytes estimates the memory the array holds, given an element's size.
func (c *chunked[T]) bytes(size int64) int64 {
	var b int64
	for _, ch := range c.chunks {
		b += int64(cap(ch))*size + 24
	}
	return b
}

// layerMax is the size past which an edit folds a layered map's top layer
// into a new base: an edit copies at most this many entries, and a base of
// n entries is copied once every layerMax changes.
const layerMax = 4096

// layered is a map as a shared base plus a small top layer of the entries
// changed since the base was made. An edit copies the top layer only.
type layered[K comparable, V any] struct {
	base, top map[K]V
	// gone reports a value that stands for a deleted entry, dropped when
	// the layers are folded; nil when entries are never deleted.
	gone func(V) bool
}

func newLayered[K comparable, V any](gone func(V) bool) layered[K, V] {
	return layered[K, V]{base: map[K]V{}, top: map[K]V{}, gone: gone}
}

func (m *layered[K, V]) get(k K) (V, bool) {
	if v, ok := m.top[k]; ok {
		return v, true
	}
	v, ok := m.base[k]
	return v, ok
}

func (m *layered[K, V]) set(k K, v V) { m.top[k] = v }

// edit returns a copy whose changes the original does not see.
func (m *layered[K, V]) edit() layered[K, V] {
	if len(m.top) < layerMax {
		return layered[K, V]{base: m.base, top: maps.Clone(m.top), gone: m.gone}
	}
	base := make(map[K]V, len(m.base)+len(m.top))
	m.each(func(k K, v V) { base[k] = v })
	return layered[K, V]{base: base, top: map[K]V{}, gone: m.gone}
}

// each calls f for every entry, in no order, deleted ones left out.
func (m *layered[K, V]) each(f func(K, V)) {
	for k, v := range m.base {
		if _, over := m.top[k]; !over && (m.gone == nil || !m.gone(v)) {
			f(k, v)
		}
	}
	for k, v := range m.top {
		if m.gone == nil || !m.gone(v) {
			f(k, v)
		}
	}
}

// empty reports whether the map has never held an entry (the common case
// for the adjacency overflow right after a build).
func (m *layered[K, V]) empty() bool { return len(m.base) == 0 && len(m.top) == 0 }

func isEmptySlice[E any](v []E) bool { return len(v) == 0 }
