package quads

import (
	"fmt"
	"strings"

	"github.com/cayleygraph/quad"
)

// The rules of coopgraph's vocabulary, in one place: the N-Quads write
// check (graph's write path) and graph's verify both read them, so that
// what a write accepts is what verify passes. A quad is in the vocabulary
// when its predicate is under Namespace, or it is an rdf:type of a node
// under one of the node bases or naming one of the vocabulary's classes;
// any other quad is raw and allowed as it is.

// NodeKind is the kind of node an IRI names: an entity, an article, an
// evidence node, or none of coopgraph's (a raw node).
type NodeKind uint8

// The kinds of node.
const (
	NodeRaw NodeKind = iota
	NodeEntity
	NodeArticle
	NodeEvidence
)

func (k NodeKind) String() string {
	switch k {
	case NodeEntity:
		return "entity"
	case NodeArticle:
		return "article"
	case NodeEvidence:
		return "evidence node"
	}
	return "node"
}

// KindOf returns the kind of node v names.
func KindOf(v quad.Value) NodeKind {
	iri, ok := v.(quad.IRI)
	if !ok {
		return NodeRaw
	}
	s := string(iri)
	switch {
	case strings.HasPrefix(s, EntityBase) && len(s) > len(EntityBase):
		return NodeEntity
	case strings.HasPrefix(s, ArticleBase) && len(s) > len(ArticleBase):
		return NodeArticle
	case strings.HasPrefix(s, EvidenceBase) && len(s) > len(EvidenceBase):
		return NodeEvidence
	}
	return NodeRaw
}

// ValueKind is what a property's object must be.
type ValueKind uint8

// The kinds of value.
const (
	ValueText          ValueKind = iota // a string literal (CheckText)
	ValueName                           // a string literal fit for an entity name
	ValueCount                          // a non-negative integer literal
	ValueDate                           // a calendar date in range (ValidateDate)
	ValueEntity                         // an entity IRI
	ValueArticle                        // an article IRI
	ValuePredicate                      // one of the six relation predicates' IRIs
	ValueEntityClass                    // one of the four entity classes
	ValueArticleClass                   // cg:Article
	ValueEvidenceClass                  // cg:Evidence
)

// Property is one property a kind of node may carry.
type Property struct {
	On        NodeKind
	Predicate quad.IRI
	Value     ValueKind
	Required  bool // every node of the kind has it
	Single    bool // at most one value
}

// Properties lists every property of the vocabulary (README, "The model
// and its vocabulary"). Relations are not here: see CheckVocabQuad.
var Properties = []Property{
	{NodeEntity, RDFType, ValueEntityClass, true, true},
	{NodeEntity, PropName, ValueName, true, true},
	{NodeEntity, PropAlias, ValueName, false, false},

	{NodeArticle, RDFType, ValueArticleClass, true, true},
	{NodeArticle, PropText, ValueText, true, true},
	{NodeArticle, PropRelCount, ValueCount, true, true},
	{NodeArticle, PropTitle, ValueText, false, true},
	{NodeArticle, PropDate, ValueDate, false, true},
	{NodeArticle, PropSource, ValueText, false, true},
	{NodeArticle, PropFile, ValueText, false, true},
	{NodeArticle, PropMentions, ValueEntity, false, false},

	{NodeEvidence, RDFType, ValueEvidenceClass, true, true},
	{NodeEvidence, PropArticle, ValueArticle, true, true},
	{NodeEvidence, PropSentence, ValueText, true, true},
	{NodeEvidence, PropStart, ValueCount, true, true},
	{NodeEvidence, PropEnd, ValueCount, true, true},
	{NodeEvidence, PropSubject, ValueEntity, true, true},
	{NodeEvidence, PropPredicate, ValuePredicate, true, true},
	{NodeEvidence, PropObject, ValueEntity, true, true},
	{NodeEvidence, PropTitle, ValueText, false, true},
}

// PropertiesOf returns the properties a kind of node may carry.
func PropertiesOf(k NodeKind) []Property {
	var out []Property
	for _, p := range Properties {
		if p.On == k {
			out = append(out, p)
		}
	}
	return out
}

// PropertyOf returns the rule for predicate p on a node of kind k.
func PropertyOf(k NodeKind, p quad.Value) (Property, bool) {
	for _, r := range Properties {
		if r.On == k && r.Predicate == p {
			return r, true
		}
	}
	return Property{}, false
}

// InVocabulary reports whether q is governed by the vocabulary's rules.
func InVocabulary(q quad.Quad) bool {
	if iri, ok := q.Predicate.(quad.IRI); ok && strings.HasPrefix(string(iri), Namespace) {
		return true
	}
	if q.Predicate != RDFType {
		return false
	}
	if KindOf(q.Subject) != NodeRaw {
		return true
	}
	iri, ok := q.Object.(quad.IRI)
	return ok && strings.HasPrefix(string(iri), Namespace)
}

// IsRelation reports whether q is a relation quad: its predicate is one of
// the six relation predicates.
func IsRelation(q quad.Quad) bool {
	_, ok := PredicateFromIRI(q.Predicate)
	return ok
}

// CheckVocabQuad returns EINVALID when q, taken alone, breaks a rule of
// the vocabulary: a relation between two nodes that are not distinct
// entities, or whose label is not an evidence node; a cg: property the
// subject's kind does not carry; a value of the wrong kind. Rules that
// need the rest of the graph (one name per entity, evidence that exists,
// counts) are graph's. A quad outside the vocabulary passes.
func CheckVocabQuad(q quad.Quad) error {
	if !InVocabulary(q) {
		return nil
	}
	if p, ok := PredicateFromIRI(q.Predicate); ok {
		switch {
		case KindOf(q.Subject) != NodeEntity || KindOf(q.Object) != NodeEntity:
			return Errorf(EINVALID, "relation %s must link two entities (%s…)", p, EntityBase)
		case q.Subject == q.Object:
			return Errorf(EINVALID, "relation %s links entity %v to itself", p, q.Subject)
		case KindOf(q.Label) != NodeEvidence:
			return Errorf(EINVALID, "relation %s has no evidence node as its label (%s…)", p, EvidenceBase)
		}
		return nil
	}
	k := KindOf(q.Subject)
	rule, ok := PropertyOf(k, q.Predicate)
	if !ok {
		if k == NodeRaw {
			return Errorf(EINVALID, "%s belongs to coopgraph's vocabulary: its subject must be an entity, article or evidence node, not %v", ShortIRI(q.Predicate), q.Subject)
		}
		return Errorf(EINVALID, "%s is not a property of an %s", ShortIRI(q.Predicate), k)
	}
	if err := CheckValue(rule, q.Object); err != nil {
		return Errorf(EINVALID, "%s of %s %v: %s", ShortIRI(q.Predicate), k, q.Subject, ErrorMessage(err))
	}
	return nil
}

// CheckValue returns EINVALID unless v is a value of the kind rule wants.
func CheckValue(rule Property, v quad.Value) error {
	switch rule.Value {
	case ValueText, ValueName, ValueDate:
		s, ok := StringOf(v)
		if !ok {
			return Errorf(EINVALID, "must be a string literal, not %v", v)
		}
		switch rule.Value {
		case ValueName:
			e := Entity{Name: s, Type: Person}
			return e.Validate()
		case ValueDate:
			return ValidateDate(s)
		}
		return CheckText("literal", s)
	case ValueCount:
		if n, ok := IntOf(v); !ok || n < 0 {
			return Errorf(EINVALID, "must be a non-negative integer, not %v", v)
		}
	case ValueEntity, ValueArticle:
		want := NodeEntity
		if rule.Value == ValueArticle {
			want = NodeArticle
		}
		if KindOf(v) != want {
			return Errorf(EINVALID, "must be an %s IRI, not %v", want, v)
		}
	case ValuePredicate:
		if _, ok := PredicateFromIRI(v); !ok {
			return Errorf(EINVALID, "must be one of the six relation predicates, not %v", v)
		}
	case ValueEntityClass:
		if _, ok := EntityTypeFromIRI(v); !ok {
			return Errorf(EINVALID, "an entity's class must be cg:Person, cg:Organization, cg:Place or cg:Base, not %v", v)
		}
	case ValueArticleClass:
		if v != ClassArticle {
			return Errorf(EINVALID, "an article's class must be cg:Article, not %v", v)
		}
	case ValueEvidenceClass:
		if v != ClassEvidence {
			return Errorf(EINVALID, "an evidence node's class must be cg:Evidence, not %v", v)
		}
	}
	return nil
}

// StringOf returns the text of a string literal (plain, with a language,
// or typed xsd:string), and false for any other value.
func StringOf(v quad.Value) (string, bool) {
	switch v := v.(type) {
	case quad.String:
		return string(v), true
	case quad.LangString:
		return string(v.Value), true
	case quad.TypedString:
		if v.Type == xsdString {
			return string(v.Value), true
		}
	}
	return "", false
}

// IntOf returns the value of an integer literal (Go's or typed
// xsd:integer, xsd:int, xsd:long), and false for any other value.
func IntOf(v quad.Value) (int64, bool) {
	switch v := v.(type) {
	case quad.Int:
		return int64(v), true
	case quad.TypedString:
		if n, ok := v.Native().(int64); ok {
			return n, true
		}
		if n, ok := v.Native().(int); ok {
			return int64(n), true
		}
	}
	return 0, false
}

const xsdString = quad.IRI("http://www.w3.org/2001/XMLSchema#string")

// ShortIRI writes a vocabulary IRI as cg:name (rdf:type for rdf:type), and
// any other value as it prints.
func ShortIRI(v quad.Value) string {
	if iri, ok := v.(quad.IRI); ok {
		if strings.HasPrefix(string(iri), Namespace) {
			return "cg:" + string(iri[len(Namespace):])
		}
		if iri == RDFType {
			return "rdf:type"
		}
	}
	return fmt.Sprint(v)
}
