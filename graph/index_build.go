package graph

import (
	"context"
	"fmt"
	"sort"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/quad"

	"github.com/coopgraph/coopgraph/quads"
)

// vocab holds the store's refs of the vocabulary the index reads.
type vocab struct {
	typ, name, alias, article, date, subj, pred, obj uint64
	sentence, start, end, title, source              uint64
	rel                                              map[uint64]uint8 // predicate ref → predicate index
	class                                            map[uint64]uint8 // class ref → type index
}

// refKeys turns Cayley refs into uint64 keys: kv refs are already numbers;
// other backends' refs are numbered as they are met.
type refKeys struct {
	direct bool
	dict   map[any]uint64
	refs   []cgraph.Ref
}

func newRefKeys(qs cgraph.QuadStore) *refKeys {
	_, direct := qs.(*kv.QuadStore)
	return &refKeys{direct: direct, dict: map[any]uint64{}}
}

func (k *refKeys) key(r cgraph.Ref) uint64 {
	if r == nil {
		return 0
	}
	if k.direct {
		if v, ok := r.(kv.Int64Value); ok {
			return uint64(v)
		}
	}
	kk := cgraph.ToKey(r)
	if v, ok := k.dict[kk]; ok {
		return v
	}
	k.refs = append(k.refs, r)
	v := uint64(len(k.refs)) | 1<<63
	k.dict[kk] = v
	return v
}

func (k *refKeys) ref(v uint64) cgraph.Ref {
	if v == 0 {
		return nil
	}
	if v&(1<<63) != 0 {
		return k.refs[v&^(1<<63)-1]
	}
	return kv.Int64Value(v)
}

func loadVocab(qs cgraph.QuadStore, k *refKeys) *vocab {
	ref := func(v quad.Value) uint64 { return k.key(qs.ValueOf(v)) }
	v := &vocab{
		typ: ref(quads.RDFType), name: ref(quads.PropName), alias: ref(quads.PropAlias),
		article: ref(quads.PropArticle), date: ref(quads.PropDate),
		subj: ref(quads.PropSubject), pred: ref(quads.PropPredicate), obj: ref(quads.PropObject),
		sentence: ref(quads.PropSentence), start: ref(quads.PropStart), end: ref(quads.PropEnd),
		title: ref(quads.PropTitle), source: ref(quads.PropSource),
		rel: map[uint64]uint8{}, class: map[uint64]uint8{},
	}
	for i, p := range quads.Predicates {
		if r := ref(p.IRI()); r != 0 {
			v.rel[r] = uint8(i)
		}
	}
	for _, t := range quads.EntityTypes {
		if r := ref(t.ClassIRI()); r != 0 {
			v.class[r] = typeIndex(t)
		}
	}
	return v
}

type rawRel struct {
	s, o, label uint64
	p           uint8
}

type rawName struct {
	s, v  uint64
	alias bool
}

// rawProps is what the index reads of an evidence node or an article: the
// refs of its first value of each property (0: none).
type rawProps struct {
	art, sentence, start, end, title uint64 // evidence (title: the post a leads names; an article's title)
	date, source                     uint64 // article
}

// scan collects, from the quads of the store, what the index needs.
type scan struct {
	rels  []rawRel
	types map[uint64]uint8
	names []rawName
	props map[uint64]rawProps // evidence nodes and articles, by ref
}

// prop sets the property at of node s to o unless it has one.
func (sc *scan) prop(s, o uint64, at func(*rawProps) *uint64) {
	p := sc.props[s]
	if f := at(&p); *f == 0 {
		*f = o
		sc.props[s] = p
	}
}

// buildIndex reads the graph's topology, names and evidence dates from the
// store. It makes one pass over the store's quads, keeping only the refs of
// the quads it needs, then resolves the few values it must read (entity
// IRIs, names and dates) in batches.
func buildIndex(ctx context.Context, qs cgraph.QuadStore) (*Index, error) {
	d, err := buildIndexData(ctx, qs)
	if err != nil {
		return nil, err
	}
	return newIndex(qs, d), nil
}

func buildIndexData(ctx context.Context, qs cgraph.QuadStore) (*indexData, error) {
	indexBuilds.Add(1)
	k := newRefKeys(qs)
	v := loadVocab(qs, k)
	sc := &scan{types: map[uint64]uint8{}, props: map[uint64]rawProps{}}
	if len(v.rel) != 0 || v.name != 0 || v.typ != 0 {
		it := qs.QuadsAllIterator()
		n := 0
		for it.Next(ctx) {
			if n++; n&8191 == 0 {
				if err := ctx.Err(); err != nil {
					it.Close()
					return nil, quads.Errorf(quads.ETIMEOUT, "index build cancelled: %v", err)
				}
			}
			sc.take(qs, k, v, it.Result())
		}
		err := it.Err()
		it.Close()
		if err != nil {
			return nil, fmt.Errorf("scan quads: %w", err)
		}
	}
	return assemble(ctx, qs, k, sc)
}

// take keeps what the index needs of one quad.
func (sc *scan) take(qs cgraph.QuadStore, k *refKeys, v *vocab, r cgraph.Ref) {
	p := k.key(qs.QuadDirection(r, quad.Predicate))
	if pi, ok := v.rel[p]; ok {
		sc.rels = append(sc.rels, rawRel{
			s: k.key(qs.QuadDirection(r, quad.Subject)), o: k.key(qs.QuadDirection(r, quad.Object)),
			label: k.key(qs.QuadDirection(r, quad.Label)), p: pi,
		})
		return
	}
	switch p {
	case 0:
	case v.typ:
		if t, ok := v.class[k.key(qs.QuadDirection(r, quad.Object))]; ok {
			s := k.key(qs.QuadDirection(r, quad.Subject))
			if old := sc.types[s]; old == 0 || t < old {
				sc.types[s] = t
			}
		}
	case v.name, v.alias:
		sc.names = append(sc.names, rawName{s: k.key(qs.QuadDirection(r, quad.Subject)),
			v: k.key(qs.QuadDirection(r, quad.Object)), alias: p == v.alias})
	case v.article, v.date, v.sentence, v.start, v.end, v.title, v.source:
		var at func(*rawProps) *uint64
		switch p {
		case v.article:
			at = func(p *rawProps) *uint64 { return &p.art }
		case v.date:
			at = func(p *rawProps) *uint64 { return &p.date }
		case v.sentence:
			at = func(p *rawProps) *uint64 { return &p.sentence }
		case v.start:
			at = func(p *rawProps) *uint64 { return &p.start }
		case v.end:
			at = func(p *rawProps) *uint64 { return &p.end }
		case v.title:
			at = func(p *rawProps) *uint64 { return &p.title }
		default:
			at = func(p *rawProps) *uint64 { return &p.source }
		}
		sc.prop(k.key(qs.QuadDirection(r, quad.Subject)), k.key(qs.QuadDirection(r, quad.Object)), at)
	}
}

// resolver fetches values of keys in batches and remembers them.
type resolver struct {
	qs   cgraph.QuadStore
	k    *refKeys
	vals map[uint64]quad.Value
	todo []uint64
}

func (r *resolver) want(key uint64) {
	if key == 0 {
		return
	}
	if _, ok := r.vals[key]; !ok {
		r.vals[key] = nil
		r.todo = append(r.todo, key)
	}
}

func (r *resolver) fetch(ctx context.Context) error {
	const batch = 2048
	refs := make([]cgraph.Ref, 0, batch)
	for len(r.todo) > 0 {
		n := len(r.todo)
		if n > batch {
			n = batch
		}
		keys := r.todo[:n]
		r.todo = r.todo[n:]
		refs = refs[:0]
		for _, key := range keys {
			refs = append(refs, r.k.ref(key))
		}
		vs, err := valuesOf(ctx, r.qs, refs)
		if err != nil {
			return fmt.Errorf("read values: %w", err)
		}
		for i, key := range keys {
			r.vals[key] = vs[i]
		}
		if err := ctx.Err(); err != nil {
			return quads.Errorf(quads.ETIMEOUT, "index build cancelled: %v", err)
		}
	}
	return nil
}

func assemble(ctx context.Context, qs cgraph.QuadStore, k *refKeys, sc *scan) (*indexData, error) {
	res := &resolver{qs: qs, k: k, vals: map[uint64]quad.Value{}}
	for _, r := range sc.rels {
		res.want(r.s)
		res.want(r.o)
	}
	for s := range sc.types {
		res.want(s)
	}
	for _, n := range sc.names {
		res.want(n.s)
		res.want(n.v)
	}
	// evidenceOf returns the evidence node a relation's label is, and its
	// article, when the label is one.
	evidenceOf := func(label uint64) (ev, art rawProps, ok bool) {
		if label == 0 {
			return ev, art, false
		}
		if ev = sc.props[label]; ev.art == 0 {
			return ev, art, false
		}
		return ev, sc.props[ev.art], true
	}
	incomplete := func(label uint64) bool {
		_, art, ok := evidenceOf(label)
		return !ok || art.date == 0
	}
	for _, r := range sc.rels {
		if r.label != 0 && incomplete(r.label) {
			res.want(r.label)
		}
		// What the evidence table needs but the sentences, which it reads
		// apart (evidenceBuilder).
		if ev, art, ok := evidenceOf(r.label); ok {
			for _, key := range []uint64{ev.art, ev.start, ev.end, ev.title, art.title, art.date, art.source} {
				res.want(key)
			}
		}
	}
	if err := res.fetch(ctx); err != nil {
		return nil, err
	}
	d := newIndexData()
	entity := func(key uint64) (uint32, bool) {
		id, ok := quads.IDFromIRI(res.vals[key], quads.EntityBase)
		if !ok || id == "" {
			return 0, false
		}
		return d.intern(id), true
	}
	// Nodes: typed or named entities first, then relation ends.
	for s, t := range sc.types {
		if n, ok := entity(s); ok {
			d.setType(n, t)
		}
	}
	type pendingName struct {
		n     uint32
		name  string
		alias bool
	}
	var names []pendingName
	for _, nm := range sc.names {
		if n, ok := entity(nm.s); ok {
			names = append(names, pendingName{n, str(res.vals[nm.v]), nm.alias})
		}
	}
	type rel struct {
		s, o  uint32
		label uint64
		p     uint8
	}
	rels := make([]rel, 0, len(sc.rels))
	for _, r := range sc.rels {
		s, ok1 := entity(r.s)
		o, ok2 := entity(r.o)
		if !ok1 || !ok2 || s == o {
			continue
		}
		if quads.Predicates[r.p].Symmetric() && d.idOf(o) < d.idOf(s) {
			s, o = o, s
		}
		if r.label != 0 && incomplete(r.label) {
			if l := res.vals[r.label]; l != nil {
				d.addPending(l, edgeRef{s: d.idOf(s), o: d.idOf(o), p: quads.Predicates[r.p]})
			}
		}
		rels = append(rels, rel{s, o, r.label, r.p})
	}
	sc.rels = nil
	sort.Slice(rels, func(i, j int) bool {
		a, b := rels[i], rels[j]
		if a.s != b.s {
			return a.s < b.s
		}
		if a.o != b.o {
			return a.o < b.o
		}
		if a.p != b.p {
			return a.p < b.p
		}
		return a.label < b.label
	})
	// Edges, with their evidence.
	eb := newEvidenceBuilder(res)
	type edge struct {
		s, o uint32
		p    uint8
	}
	var edges []edge
	var dates []uint16
	for i := 0; i < len(rels); {
		j := i
		info := edgeInfo{}
		dates = dates[:0]
		eb.beginEdge()
		for ; j < len(rels) && rels[j].s == rels[i].s && rels[j].o == rels[i].o && rels[j].p == rels[i].p; j++ {
			if j > i && rels[j].label == rels[j-1].label {
				continue
			}
			ev, art, ok := evidenceOf(rels[j].label)
			if !ok {
				continue
			}
			info.ev++
			if art.date != 0 {
				if day, ok := parseDay(str(res.vals[art.date])); ok {
					dates = append(dates, day)
				}
			}
			if err := eb.add(ev, art); err != nil {
				return nil, err
			}
		}
		info.dates = sortedDays(dates)
		e := uint32(len(edges))
		if e >= maxEdges {
			return nil, fmt.Errorf("more than %d edges", maxEdges)
		}
		edges = append(edges, edge{rels[i].s, rels[i].o, rels[i].p})
		d.ev.push(0)
		d.dlo.push(0)
		d.dhi.push(0)
		d.setEdgeInfo(e, info)
		i = j
	}
	rels = nil
	evid, err := eb.finish(ctx)
	if err != nil {
		return nil, err
	}
	d.evid = evid
	// CSR adjacency.
	nn := d.nodes()
	d.off = make([]uint32, nn+1)
	for _, e := range edges {
		d.off[e.s+1]++
		d.off[e.o+1]++
	}
	for i := 1; i <= nn; i++ {
		d.off[i] += d.off[i-1]
	}
	d.half = make([]uint64, 2*len(edges))
	fill := make([]uint32, nn)
	copy(fill, d.off[:nn])
	for i, e := range edges {
		d.half[fill[e.s]] = uint64(mkHalf(e.o, e.p, true, uint32(i)))
		fill[e.s]++
		d.half[fill[e.o]] = uint64(mkHalf(e.s, e.p, false, uint32(i)))
		fill[e.o]++
	}
	// Names.
	for _, nm := range names {
		d.addName(nm.n, nm.name, nm.alias)
	}
	d.names.finish()
	d.keys = d.keys[:len(d.keys):len(d.keys)]
	return d, nil
}
