package quads

// Predicate is the kind of a relation between two entities (SCHEMA.md).
type Predicate string

// The six relation predicates.
const (
	SignedWith  Predicate = "signed-with"
	Leads       Predicate = "leads"
	HostsBaseAt Predicate = "hosts-base-at"
	PartOf      Predicate = "part-of"
	Visited     Predicate = "visited"
	MemberOf    Predicate = "member-of"
)

// Predicates lists the six predicates in a fixed order.
var Predicates = []Predicate{SignedWith, Leads, HostsBaseAt, PartOf, Visited, MemberOf}

// Valid reports whether p is one of the six predicates.
func (p Predicate) Valid() bool {
	switch p {
	case SignedWith, Leads, HostsBaseAt, PartOf, Visited, MemberOf:
		return true
	}
	return false
}

// Symmetric reports whether p holds both ways (only signed-with does).
func (p Predicate) Symmetric() bool { return p == SignedWith }

// Relation is one stated fact between two entities of one article: the
// subject and object are entity ids, Title the post a leads or member-of
// relation names ("curator"), Evidence the sentence that states it.
type Relation struct {
	Subject   string    `json:"subject"`
	Predicate Predicate `json:"predicate"`
	Object    string    `json:"object"`
	Title     string    `json:"title,omitempty"`
	Evidence  Evidence  `json:"evidence"`
}

// EdgeID returns the id of the edge this relation is evidence for.
func (r *Relation) EdgeID() string { return EdgeID(r.Subject, r.Predicate, r.Object) }

// Validate returns EINVALID when the relation has an unknown predicate, no
// subject or object, a self-loop, or invalid evidence.
func (r *Relation) Validate() error {
	if !r.Predicate.Valid() {
		return Errorf(EINVALID, "relation: unknown predicate %q", r.Predicate)
	}
	if r.Subject == "" || r.Object == "" {
		return Errorf(EINVALID, "relation %s: missing subject or object", r.Predicate)
	}
	if r.Subject == r.Object {
		return Errorf(EINVALID, "relation %s: subject and object are the same entity", r.Predicate)
	}
	if len(r.Title) > MaxNameLen {
		return Errorf(EINVALID, "relation %s: title too long", r.Predicate)
	}
	if err := CheckText("relation title", r.Title); err != nil {
		return err
	}
	return r.Evidence.Validate()
}
