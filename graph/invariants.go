package graph

import (
	"fmt"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/coopgraph/coopgraph/quads"
)

// The store's invariants, checked the same way over a body of quads about
// to be written (checkBody, write path) and over the whole store (Verify):
// the vocabulary's rules (quads.Properties, quads.CheckVocabQuad) plus those
// that need the rest of the graph. Every relation's label is an evidence
// node that names it, lies in a whole article and spans its sentence; every
// evidence node supports its relation; every node has its required
// properties and at most one value of each single one (one name per entity,
// one text per article); every article holds exactly the relations it
// declares; and the nodes they name exist.

// vnode is what is known of one coopgraph node: its vocabulary quads as
// subject (relations aside), from the store and from a body.
type vnode struct {
	iri   quad.Value
	kind  quads.NodeKind
	facts []fact
	first int // body index of the first quad about the node; -1 for none
}

// fact is one property value of a node; at is its quad's index in the body,
// or -1 when it is stored.
type fact struct {
	p, v quad.Value
	at   int
}

func newVnode(v quad.Value) *vnode {
	return &vnode{iri: v, kind: quads.KindOf(v), first: -1}
}

func (n *vnode) add(p, v quad.Value, at int) {
	for _, f := range n.facts {
		if f.p == p && f.v == v {
			return // the same quad again: one value
		}
	}
	n.facts = append(n.facts, fact{p: p, v: v, at: at})
	if at >= 0 && (n.first < 0 || at < n.first) {
		n.first = at
	}
}

func (n *vnode) exists() bool { return len(n.facts) > 0 }

// values returns the distinct values of p, stored ones first.
func (n *vnode) values(p quad.Value) []fact {
	var out []fact
	for _, f := range n.facts {
		if f.p == p {
			out = append(out, f)
		}
	}
	for i := 1; i < len(out); i++ { // stable: stored (-1) before body, body in order
		for j := i; j > 0 && out[j].at < out[j-1].at; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// value returns the one value of p, and false when there is none.
func (n *vnode) value(p quad.Value) (quad.Value, bool) {
	if vs := n.values(p); len(vs) > 0 {
		return vs[0].v, true
	}
	return nil, false
}

func (n *vnode) text(p quad.Value) string {
	v, _ := n.value(p)
	s, _ := quads.StringOf(v)
	return s
}

func (n *vnode) count(p quad.Value) (int, bool) {
	v, ok := n.value(p)
	if !ok {
		return 0, false
	}
	i, ok := quads.IntOf(v)
	return int(i), ok
}

// latest returns the body index of the latest fact among fs, -1 if all are
// stored.
func latest(fs []fact) int {
	at := -1
	for _, f := range fs {
		at = max(at, f.at)
	}
	return at
}

// violation is a broken invariant and the body index it is at: the quad
// that breaks it, or -1 when only stored quads are involved.
type violation struct {
	at  int
	msg string
}

// graphView is the graph the invariants are checked on: the store alone
// (Verify), or the store with a body added (checkBody).
type graphView interface {
	// node returns what is known of v; never nil.
	node(v quad.Value) (*vnode, error)
	// hasRelation reports whether relation quad r, label included, is
	// stored or in the body; at is its body index, -1 when stored.
	hasRelation(r quad.Quad) (ok bool, at int, err error)
	// evidenceOf returns the evidence nodes whose cg:article is a.
	evidenceOf(a quad.Value) ([]quad.Value, error)
	// missing says how a node that is not there is missing, for messages.
	missing() string
}

// relationOf returns the relation quad evidence node ev supports.
func relationOf(ev *vnode) (quad.Quad, bool) {
	s, ok1 := ev.value(quads.PropSubject)
	p, ok2 := ev.value(quads.PropPredicate)
	o, ok3 := ev.value(quads.PropObject)
	return quad.Quad{Subject: s, Predicate: p, Object: o, Label: ev.iri}, ok1 && ok2 && ok3
}

// checkRelation checks relation quad r (at its body index, or -1): its
// label is an evidence node that exists and names it, and its ends exist.
func checkRelation(g graphView, r quad.Quad, at int) ([]violation, error) {
	var out []violation
	ev, err := g.node(r.Label)
	if err != nil {
		return nil, err
	}
	if !ev.exists() {
		out = append(out, violation{at, fmt.Sprintf("relation %s has no evidence: its label %v %s", r.NQuad(), r.Label, g.missing())})
	} else if want, ok := relationOf(ev); ok && (want.Subject != r.Subject || want.Predicate != r.Predicate || want.Object != r.Object) {
		out = append(out, violation{at, fmt.Sprintf("relation %s: its evidence node names another relation (%v %v %v)", r.NQuad(), want.Subject, quads.ShortIRI(want.Predicate), want.Object)})
	}
	for _, end := range []quad.Value{r.Subject, r.Object} {
		v, err := checkExists(g, end, at, "relation "+r.NQuad())
		if err != nil {
			return nil, err
		}
		out = append(out, v...)
	}
	return out, nil
}

// checkExists reports a node that what (at body index at) names but that
// does not exist.
func checkExists(g graphView, v quad.Value, at int, what string) ([]violation, error) {
	n, err := g.node(v)
	if err != nil || n.exists() {
		return nil, err
	}
	return []violation{{at, fmt.Sprintf("%s names %s %v, which %s", what, n.kind, v, g.missing())}}, nil
}

// checkNode checks one node that exists: cardinalities, required
// properties, what its kind's domain type says of it, and the nodes it
// names.
func checkNode(g graphView, n *vnode) ([]violation, error) {
	var out []violation
	for _, rule := range quads.PropertiesOf(n.kind) {
		vs := n.values(rule.Predicate)
		switch {
		case rule.Single && len(vs) > 1:
			out = append(out, violation{latest(vs), fmt.Sprintf("%s %v has %d values of %s (%v and %v): %s",
				n.kind, n.iri, len(vs), quads.ShortIRI(rule.Predicate), vs[0].v, vs[1].v, singleWhy(n.kind, rule.Predicate))})
		case rule.Required && len(vs) == 0:
			out = append(out, violation{n.first, fmt.Sprintf("%s %v has no %s, which every %s has", n.kind, n.iri, quads.ShortIRI(rule.Predicate), n.kind)})
		}
		if rule.Value == quads.ValueEntity || rule.Value == quads.ValueArticle {
			for _, f := range vs {
				v, err := checkExists(g, f.v, f.at, fmt.Sprintf("%s of %s %v", quads.ShortIRI(rule.Predicate), n.kind, n.iri))
				if err != nil {
					return nil, err
				}
				out = append(out, v...)
			}
		}
	}
	var err error
	var more []violation
	switch n.kind {
	case quads.NodeArticle:
		more, err = checkArticle(g, n)
	case quads.NodeEvidence:
		more, err = checkEvidence(g, n)
	}
	return append(out, more...), err
}

func singleWhy(k quads.NodeKind, p quad.Value) string {
	switch {
	case p == quads.PropName:
		return "an entity has one name (others are cg:alias)"
	case p == quads.PropText:
		return "an article has one text"
	case p == quads.RDFType:
		return "a node has one class"
	}
	return fmt.Sprintf("an %s has one %s", k, quads.ShortIRI(p))
}

// checkArticle checks an article's metadata as quads.Article does (its id
// is its text's) and that it holds exactly the relations it declares.
func checkArticle(g graphView, n *vnode) ([]violation, error) {
	texts := n.values(quads.PropText)
	if len(texts) != 1 {
		return nil, nil // reported by the cardinality rules
	}
	id, _ := quads.IDFromIRI(n.iri, quads.ArticleBase)
	a := quads.Article{ID: id, Text: n.text(quads.PropText), Title: n.text(quads.PropTitle),
		Date: n.text(quads.PropDate), Source: n.text(quads.PropSource), File: n.text(quads.PropFile)}
	var out []violation
	if err := a.Validate(); err != nil {
		out = append(out, violation{latest(n.facts), fmt.Sprintf("article %v: %s", n.iri, strings.TrimPrefix(quads.ErrorMessage(err), "article: "))})
	}
	declared, ok := n.count(quads.PropRelCount)
	if !ok {
		return out, nil
	}
	evs, err := g.evidenceOf(n.iri)
	if err != nil {
		return nil, err
	}
	held, at := 0, latest(n.values(quads.PropRelCount))
	for _, v := range evs {
		ev, err := g.node(v)
		if err != nil {
			return nil, err
		}
		r, ok := relationOf(ev)
		if !ok {
			continue
		}
		has, rat, err := g.hasRelation(r)
		if err != nil {
			return nil, err
		}
		if has {
			held++
			at = max(at, rat)
		}
	}
	if held != declared {
		out = append(out, violation{at, fmt.Sprintf("article %v declares %d relations but %d would be stored: an article's relations are written with it", n.iri, declared, held)})
	}
	return out, nil
}

// checkEvidence checks that an evidence node's span is its sentence in its
// article's text and that the relation it names is there.
func checkEvidence(g graphView, n *vnode) ([]violation, error) {
	var out []violation
	at := latest(n.facts)
	if r, ok := relationOf(n); ok {
		has, _, err := g.hasRelation(r)
		if err != nil {
			return nil, err
		}
		if !has {
			out = append(out, violation{at, fmt.Sprintf("evidence node %v supports relation %v %s %v, which %s", n.iri, r.Subject, quads.ShortIRI(r.Predicate), r.Object, g.missing())})
		}
	}
	av, ok := n.value(quads.PropArticle)
	if !ok {
		return out, nil
	}
	art, err := g.node(av)
	if err != nil {
		return nil, err
	}
	if !art.exists() || len(art.values(quads.PropText)) != 1 {
		return out, nil // reported as a missing node, or by the article's own rules
	}
	start, ok1 := n.count(quads.PropStart)
	end, ok2 := n.count(quads.PropEnd)
	if !ok1 || !ok2 {
		return out, nil
	}
	aid, _ := quads.IDFromIRI(av, quads.ArticleBase)
	e := quads.Evidence{ArticleID: aid, Sentence: n.text(quads.PropSentence), Start: start, End: end}
	err = e.Validate()
	if err == nil {
		err = e.CheckAgainst(art.text(quads.PropText))
	}
	if err != nil {
		out = append(out, violation{at, fmt.Sprintf("evidence %v: span [%d,%d) is not its sentence in article %v (%s)", n.iri, start, end, av, strings.TrimPrefix(quads.ErrorMessage(err), "evidence: "))})
	}
	return out, nil
}
