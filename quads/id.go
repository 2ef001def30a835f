package quads

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/cayleygraph/quad"
	"github.com/google/uuid"
)

// idSpace is the UUID namespace of every coopgraph id. It never changes:
// changing it would give every stored node a new id.
var idSpace = uuid.MustParse("5b1f7f3e-8c4a-5d1e-9a57-c00c0c0a0001")

// EntityID returns the stable id of an entity: a name-based UUID of its type
// and normalised name, so the same entity named the same way by two articles,
// or loaded twice, is one node.
func EntityID(t EntityType, name string) string {
	return uuid.NewSHA1(idSpace, []byte("entity\x00"+string(t)+"\x00"+NormalizeName(name))).String()
}

// ArticleID returns the stable id of an article: a name-based UUID of its
// text, so the same text loaded twice is one article whatever its metadata.
func ArticleID(text string) string {
	return uuid.NewSHA1(idSpace, []byte("article\x00"+text)).String()
}

// EdgeID returns the id of the edge subject-predicate-object: one edge however
// many articles state it. Symmetric predicates are keyed on the ordered pair.
// The id spells out its three parts ("S~leads~O") so that an edge can be found
// from its id without an index of ids.
func EdgeID(subject string, p Predicate, object string) string {
	if p.Symmetric() && object < subject {
		subject, object = object, subject
	}
	return subject + "~" + string(p) + "~" + object
}

// ParseEdgeID splits an edge id into its subject id, predicate and object id.
// It returns EINVALID for a string that is not an edge id.
func ParseEdgeID(id string) (subject string, p Predicate, object string, err error) {
	parts := strings.Split(id, "~")
	if len(parts) != 3 || !Predicate(parts[1]).Valid() || uuid.Validate(parts[0]) != nil || uuid.Validate(parts[2]) != nil {
		return "", "", "", Errorf(EINVALID, "%q is not an edge id", Truncate(id, 80))
	}
	return parts[0], Predicate(parts[1]), parts[2], nil
}

// EvidenceID returns the id of one piece of evidence: one relation as one
// article's span states it.
func EvidenceID(articleID string, start, end int, subject string, p Predicate, object string) string {
	return uuid.NewSHA1(idSpace, []byte("evidence\x00"+articleID+"\x00"+strconv.Itoa(start)+"\x00"+
		strconv.Itoa(end)+"\x00"+EdgeID(subject, p, object))).String()
}

// EntityIRI, ArticleIRI and EvidenceIRI turn ids into the IRIs stored in quads.
func EntityIRI(id string) quad.IRI   { return quad.IRI(EntityBase + id) }
func ArticleIRI(id string) quad.IRI  { return quad.IRI(ArticleBase + id) }
func EvidenceIRI(id string) quad.IRI { return quad.IRI(EvidenceBase + id) }

// IDFromIRI returns the id of a node IRI under base, and false when v is not
// such an IRI.
func IDFromIRI(v quad.Value, base string) (string, bool) {
	iri, ok := v.(quad.IRI)
	if !ok || !strings.HasPrefix(string(iri), base) {
		return "", false
	}
	return string(iri[len(base):]), true
}

// NormalizeName folds a name to the key entities are identified and matched
// by: lower case, punctuation and runs of space folded to one space, "&" read
// as "and", curly quotes as straight, a leading "the" dropped.
func NormalizeName(name string) string {
	var b strings.Builder
	b.Grow(len(name))
	space := true // drop leading space
	for _, r := range name {
		switch {
		case r == '&':
			if !space {
				b.WriteByte(' ')
			}
			b.WriteString("and ")
			space = true
			continue
		case r == '\'' || r == '’' || r == '‘':
			continue // "People's" and "Peoples" are one name
		case 'a' <= r && r <= 'z' || '0' <= r && r <= '9': // ASCII, the common case, without the tables
			b.WriteByte(byte(r))
			space = false
			continue
		case 'A' <= r && r <= 'Z':
			b.WriteByte(byte(r) + 'a' - 'A')
			space = false
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
			space = false
			continue
		}
		if !space {
			b.WriteByte(' ')
			space = true
		}
	}
	s := strings.TrimSuffix(b.String(), " ")
	return strings.TrimPrefix(s, "the ")
}
