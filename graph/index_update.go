package graph

import (
	"context"
	"fmt"
	"sort"

	"github.com/cayleygraph/quad"

	"github.com/coopgraph/coopgraph/quads"
)

func (d *indexData) addPending(label quad.Value, r edgeRef) {
	l, _ := d.pending.get(label)
	for _, x := range l {
		if x == r {
			return
		}
	}
	d.pending.set(label, append(l[:len(l):len(l)], r))
	d.dirty = true
}

func (d *indexData) dropPending(label quad.Value, r edgeRef) {
	l, _ := d.pending.get(label)
	for i, x := range l {
		if x == r {
			// A copy: the published snapshot still holds l.
			d.pending.set(label, append(append([]edgeRef(nil), l[:i]...), l[i+1:]...))
			d.dirty = true
			return
		}
	}
}

// bulkRebuild is the batch size past which add rebuilds the index from the
// store instead of updating it edge by edge.
const bulkRebuild = 50000

// add brings the index up to date with quads just committed to the store.
// Quads may come in any order and may repeat stored ones: every edge the
// batch touches (by a relation quad, a property of its evidence, or its
// article's title, date or source) is recomputed from the store, its
// pieces of evidence included (storeReader), so the index ends as a
// rebuild would leave it. It reports whether the index changed.
//
// The caller holds Store.writeMu, which makes add the only writer of the
// index, so it can build the next snapshot from the current one and publish
// it without a lock of its own. It reads Cayley without Store.rw: rw keeps
// reads and writes of this process apart on bolt and memstore, and with
// writeMu held no write of this process can run; reads may, and reads
// together are safe on every backend. On a shared SQL database another
// server may write meanwhile, so what add reads may be newer than qs: the
// follower reads those rows next and recomputes every edge they touch, so
// the index still ends as the store is.
func (ix *Index) add(qs []quad.Quad) (changed bool, err error) {
	if len(qs) > bulkRebuild && ix.rebuild() == nil {
		return true, nil
	}
	ctx := context.Background()
	type ekey = edgeRef
	touched := map[ekey]bool{}
	touch := func(s string, p quads.Predicate, o string) {
		if s == o || s == "" || o == "" {
			return
		}
		if p.Symmetric() && o < s {
			s, o = o, s
		}
		touched[ekey{s, o, p}] = true
	}
	var names []quad.Quad
	types := map[string]uint8{}
	evs := map[quad.Value]bool{}
	labels := map[quad.Value]bool{}
	var arts []quad.Value
	for _, q := range qs {
		if p, ok := quads.PredicateFromIRI(q.Predicate); ok {
			s, ok1 := quads.IDFromIRI(q.Subject, quads.EntityBase)
			o, ok2 := quads.IDFromIRI(q.Object, quads.EntityBase)
			if ok1 && ok2 {
				touch(s, p, o)
				labels[q.Label] = true
			}
			continue
		}
		switch q.Predicate {
		case quads.RDFType:
			if t, ok := quads.EntityTypeFromIRI(q.Object); ok {
				if id, ok := quads.IDFromIRI(q.Subject, quads.EntityBase); ok && id != "" {
					if old := types[id]; old == 0 || typeIndex(t) < old {
						types[id] = typeIndex(t)
					}
				}
			}
		case quads.PropName, quads.PropAlias:
			names = append(names, q)
		case quads.PropArticle, quads.PropSubject, quads.PropPredicate, quads.PropObject,
			quads.PropSentence, quads.PropStart, quads.PropEnd:
			evs[q.Subject] = true
		case quads.PropTitle: // an evidence node's post, or an article's title
			evs[q.Subject] = true
			arts = append(arts, q.Subject)
		case quads.PropDate, quads.PropSource:
			arts = append(arts, q.Subject)
		}
	}
	// Evidence whose article link, properties or article metadata arrived
	// now, for edges not in the batch: find its relation through its
	// subject, predicate and object properties.
	for _, a := range arts {
		for _, ev := range storeSubjects(ctx, ix.qs, quads.PropArticle, a) {
			evs[ev] = true
		}
	}
	cur := ix.load()
	for ev := range evs {
		l, _ := cur.pending.get(ev)
		for _, r := range l {
			touch(r.s, r.p, r.o)
		}
	}
	for ev := range evs {
		if labels[ev] {
			continue
		}
		s, _ := quads.IDFromIRI(first(storeObjects(ctx, ix.qs, ev, quads.PropSubject)), quads.EntityBase)
		o, _ := quads.IDFromIRI(first(storeObjects(ctx, ix.qs, ev, quads.PropObject)), quads.EntityBase)
		p, ok := quads.PredicateFromIRI(first(storeObjects(ctx, ix.qs, ev, quads.PropPredicate)))
		if ok {
			touch(s, p, o)
		}
	}
	// Each touched edge's evidence, read again whole: the quads of a batch
	// may come in any order and may complete what earlier batches began.
	infos := make(map[ekey]edgeInfo, len(touched))
	pieces := make(map[ekey][]quads.EdgeEvidence, len(touched))
	rd := newStoreReader(ctx, ix.qs)
	for k := range touched {
		infos[k], pieces[k] = rd.edge(k)
		if rd.err != nil {
			// Nothing is published: the index stays as it was rather than
			// take a half-read edge (the caller rebuilds it).
			return false, fmt.Errorf("read the evidence of %s: %w", quads.EdgeID(k.s, k.p, k.o), rd.err)
		}
	}
	d := cur.edit()
	defer func() {
		if testHookPublish != nil {
			testHookPublish()
		}
		if err != nil {
			return
		}
		if changed = d.dirty; changed {
			ix.publish(d)
		}
	}()
	for k, info := range infos {
		for _, l := range info.complete {
			d.dropPending(l, k)
		}
		for _, l := range info.incomplete {
			d.addPending(l, k)
		}
	}
	for id, t := range types {
		d.setType(d.intern(id), t)
	}
	for _, q := range names {
		if id, ok := quads.IDFromIRI(q.Subject, quads.EntityBase); ok && id != "" {
			d.addName(d.intern(id), str(q.Object), q.Predicate == quads.PropAlias)
		}
	}
	keys := make([]ekey, 0, len(infos))
	for k := range infos {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i].less(keys[j]) })
	for _, k := range keys {
		pi, _ := predIndex(k.p)
		s, o := d.intern(k.s), d.intern(k.o)
		e, ok := d.findEdge(s, pi, o)
		if ok {
			d.setEdgeInfo(e, infos[k])
		} else if d.edges() < maxEdges {
			e = d.addEdge(s, pi, o, infos[k])
		} else {
			continue
		}
		moved, err := d.evid.setEdge(e, pieces[k])
		if err != nil {
			return false, fmt.Errorf("index the evidence of %s: %w", quads.EdgeID(k.s, k.p, k.o), err)
		}
		if moved {
			d.dirty = true
		}
	}
	return changed, nil // changed is set when the deferred publish runs
}

// indexAdd updates the index with quads just written (or read from another
// server's writes). When the update cannot read what it needs from the
// store, it rebuilds the index from the store instead, and returns an error
// only when that fails too (the index then holds what it held before the
// quads). Callers hold writeMu.
func (s *Store) indexAdd(qs []quad.Quad) error {
	_, err := s.idx.add(qs)
	if err == nil {
		return nil
	}
	s.log.Warn("index update failed; rebuilding the index from the store", "err", err)
	if rerr := s.idx.rebuild(); rerr != nil {
		s.log.Error("index rebuild failed: answers miss the last write until the next update or restart", "err", rerr)
		return fmt.Errorf("graph: index update: %w (rebuild: %v)", err, rerr)
	}
	return nil
}

// rebuild replaces the index with one built afresh from the store.
func (ix *Index) rebuild() error {
	d, err := buildIndexData(context.Background(), ix.qs)
	if err != nil {
		return err
	}
	ix.publish(d)
	return nil
}

// RebuildIndex builds the index afresh from the quad store and publishes
// it. Queries meanwhile answer from the index as it was; writes wait.
func (s *Store) RebuildIndex(ctx context.Context) error {
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	d, err := buildIndexData(ctx, s.qs)
	if err != nil {
		return fmt.Errorf("graph: rebuild index of %s: %w", s.backend, err)
	}
	s.idx.publish(d)
	return nil
}
