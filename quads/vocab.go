package quads

import "github.com/cayleygraph/quad"

// Namespace is the IRI prefix of coopgraph's vocabulary. Classes and
// properties live under it ("cg:" in the README); nodes live under
// EntityBase, ArticleBase and EvidenceBase.
const Namespace = "http://coopgraph.org/ns#"

// IRI prefixes of the three kinds of node the graph stores.
const (
	EntityBase   = "http://coopgraph.org/entity/"
	ArticleBase  = "http://coopgraph.org/article/"
	EvidenceBase = "http://coopgraph.org/evidence/"
)

// RDFType is rdf:type, used for every node's class.
const RDFType = quad.IRI("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")

// Properties of entities, articles and evidence nodes.
var (
	PropName     = quad.IRI(Namespace + "name")      // entity → its canonical name
	PropAlias    = quad.IRI(Namespace + "alias")     // entity → another name for it
	PropTitle    = quad.IRI(Namespace + "title")     // article → headline; evidence → post title ("curator")
	PropDate     = quad.IRI(Namespace + "date")      // article → YYYY-MM-DD
	PropSource   = quad.IRI(Namespace + "source")    // article → URL or file it came from
	PropFile     = quad.IRI(Namespace + "file")      // article → file name it was loaded from
	PropText     = quad.IRI(Namespace + "text")      // article → full text, the base of every span
	PropMentions = quad.IRI(Namespace + "mentions")  // article → an entity it names
	PropRelCount = quad.IRI(Namespace + "relations") // article → number of relation quads it wrote
	PropArticle  = quad.IRI(Namespace + "article")   // evidence → article
	PropSentence = quad.IRI(Namespace + "sentence")  // evidence → the sentence's text
	PropStart    = quad.IRI(Namespace + "start")     // evidence → byte offset of the sentence in the article text
	PropEnd      = quad.IRI(Namespace + "end")       // evidence → byte offset just past it

	// The relation an evidence node supports, so that an article's relations
	// can be found from the article without a label index, which Cayley's kv
	// backends lack.
	PropSubject   = quad.IRI(Namespace + "subject")   // evidence → subject entity
	PropPredicate = quad.IRI(Namespace + "predicate") // evidence → predicate IRI
	PropObject    = quad.IRI(Namespace + "object")    // evidence → object entity
)

// Classes of the non-entity nodes.
var (
	ClassArticle  = quad.IRI(Namespace + "Article")
	ClassEvidence = quad.IRI(Namespace + "Evidence")
)

// ClassIRI returns the rdf:type object of an entity type.
func (t EntityType) ClassIRI() quad.IRI { return quad.IRI(Namespace + string(t)) }

// IRI returns the quad predicate of a relation predicate.
func (p Predicate) IRI() quad.IRI { return quad.IRI(Namespace + string(p)) }

// PredicateFromIRI returns the relation predicate an IRI names, and false when
// the IRI is not one of the six relation predicates.
func PredicateFromIRI(v quad.Value) (Predicate, bool) {
	iri, ok := v.(quad.IRI)
	if !ok || len(iri) <= len(Namespace) || string(iri[:len(Namespace)]) != Namespace {
		return "", false
	}
	p := Predicate(iri[len(Namespace):])
	return p, p.Valid()
}

// EntityTypeFromIRI returns the entity type a class IRI names, and false when
// it names none.
func EntityTypeFromIRI(v quad.Value) (EntityType, bool) {
	iri, ok := v.(quad.IRI)
	if !ok || len(iri) <= len(Namespace) || string(iri[:len(Namespace)]) != Namespace {
		return "", false
	}
	t := EntityType(iri[len(Namespace):])
	return t, t.Valid()
}
