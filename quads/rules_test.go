package quads

import (
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
)

func TestCheckVocabQuad(t *testing.T) {
	ent, ent2 := EntityIRI("e1"), EntityIRI("e2")
	art, ev := ArticleIRI("a1"), EvidenceIRI("v1")
	raw := quad.IRI("http://example.org/x")
	for _, c := range []struct {
		name string
		q    quad.Quad
		want string // "" when valid
	}{
		{"Raw", quad.Quad{Subject: raw, Predicate: quad.IRI("http://example.org/p"), Object: quad.String("\t ok")}, ""},
		{"RawPredicateOnAnEntity", quad.Quad{Subject: ent, Predicate: quad.IRI("http://schema.org/url"), Object: raw}, ""},
		{"Name", quad.Quad{Subject: ent, Predicate: PropName, Object: quad.String("Bo Li")}, ""},
		{"Relation", quad.Quad{Subject: ent, Predicate: Leads.IRI(), Object: ent2, Label: ev}, ""},
		{"Start", quad.Quad{Subject: ev, Predicate: PropStart, Object: quad.Int(3)}, ""},
		{"Date", quad.Quad{Subject: art, Predicate: PropDate, Object: quad.String("2024-02-29")}, ""},
		{"RelationWithoutLabel", quad.Quad{Subject: ent, Predicate: Leads.IRI(), Object: ent2}, "no evidence node"},
		{"RelationLabelledByArticle", quad.Quad{Subject: ent, Predicate: Leads.IRI(), Object: ent2, Label: art}, "no evidence node"},
		{"RelationToALiteral", quad.Quad{Subject: ent, Predicate: Leads.IRI(), Object: quad.String("x"), Label: ev}, "two entities"},
		{"SelfLoop", quad.Quad{Subject: ent, Predicate: PartOf.IRI(), Object: ent, Label: ev}, "to itself"},
		{"NameOnRawNode", quad.Quad{Subject: raw, Predicate: PropName, Object: quad.String("x")}, "vocabulary"},
		{"EntityClassOnRawNode", quad.Quad{Subject: raw, Predicate: RDFType, Object: Person.ClassIRI()}, "vocabulary"},
		{"UnknownProperty", quad.Quad{Subject: ent, Predicate: quad.IRI(Namespace + "colour"), Object: quad.String("red")}, "not a property of an entity"},
		{"TextOnEntity", quad.Quad{Subject: ent, Predicate: PropText, Object: quad.String("x")}, "not a property"},
		{"NameNotString", quad.Quad{Subject: ent, Predicate: PropName, Object: quad.Int(3)}, "string literal"},
		{"EmptyName", quad.Quad{Subject: ent, Predicate: PropName, Object: quad.String(" ")}, "empty name"},
		{"StartString", quad.Quad{Subject: ev, Predicate: PropStart, Object: quad.String("3")}, "non-negative integer"},
		{"StartNegative", quad.Quad{Subject: ev, Predicate: PropStart, Object: quad.Int(-1)}, "non-negative integer"},
		{"DateZero", quad.Quad{Subject: art, Predicate: PropDate, Object: quad.String("0000-00-00")}, "calendar date"},
		{"DateTyped", quad.Quad{Subject: art, Predicate: PropDate, Object: quad.TypedString{Value: "2024-01-01", Type: "http://www.w3.org/2001/XMLSchema#date"}}, "string literal"},
		{"ArticleOfEvidenceNotArticle", quad.Quad{Subject: ev, Predicate: PropArticle, Object: ent}, "article IRI"},
		{"PredicateNotRelation", quad.Quad{Subject: ev, Predicate: PropPredicate, Object: quad.IRI(Namespace + "likes")}, "six relation predicates"},
		{"EntityClassWrong", quad.Quad{Subject: ent, Predicate: RDFType, Object: ClassArticle}, "entity's class"},
		{"ArticleClassWrong", quad.Quad{Subject: art, Predicate: RDFType, Object: ClassEvidence}, "article's class"},
	} {
		t.Run(c.name, func(t *testing.T) {
			err := CheckVocabQuad(c.q)
			if c.want == "" {
				if err != nil {
					t.Fatalf("CheckVocabQuad(%v) = %v, want nil", c.q, err)
				}
				return
			}
			if ErrorCode(err) != EINVALID || !strings.Contains(ErrorMessage(err), c.want) {
				t.Fatalf("CheckVocabQuad(%v) = %v, want EINVALID saying %q", c.q, err, c.want)
			}
		})
	}
}
