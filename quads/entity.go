package quads

import (
	"strings"
	"unicode/utf8"
)

// EntityType is the class of an entity: one of Person, Organization, Place
// and Base (SCHEMA.md).
type EntityType string

// The four entity types.
const (
	Person       EntityType = "Person"
	Organization EntityType = "Organization"
	Place        EntityType = "Place"
	Base         EntityType = "Base"
)

// EntityTypes lists the entity types in a fixed order.
var EntityTypes = []EntityType{Person, Organization, Place, Base}

// Valid reports whether t is one of the four entity types.
func (t EntityType) Valid() bool {
	switch t {
	case Person, Organization, Place, Base:
		return true
	}
	return false
}

// MaxNameLen bounds an entity name or alias in bytes; longer ones are
// extraction noise or hostile input.
const MaxNameLen = 512

// Entity is one real-world person, organisation, place or base: one node
// however many names the articles give it.
type Entity struct {
	ID      string     `json:"id"`
	Name    string     `json:"name"`
	Type    EntityType `json:"type"`
	Aliases []string   `json:"aliases"`
}

// Validate returns EINVALID when the entity has no name, an unknown type, or
// a name or alias that is too long, not UTF-8 or holds a control character.
func (e *Entity) Validate() error {
	if !e.Type.Valid() {
		return Errorf(EINVALID, "entity %q: unknown type %q", e.Name, e.Type)
	}
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		if strings.TrimSpace(n) == "" || NormalizeName(n) == "" {
			return Errorf(EINVALID, "entity %q: empty name or alias", e.Name)
		}
		if len(n) > MaxNameLen || !utf8.ValidString(n) {
			return Errorf(EINVALID, "entity %q: name or alias too long or not UTF-8", Truncate(e.Name, 40))
		}
		if err := CheckText("entity name or alias", n); err != nil {
			return err
		}
	}
	return nil
}

// AddAlias records name as another name of e unless it is already known
// under the same normalised form.
func (e *Entity) AddAlias(name string) {
	k := NormalizeName(name)
	if k == "" || k == NormalizeName(e.Name) {
		return
	}
	for _, a := range e.Aliases {
		if NormalizeName(a) == k {
			return
		}
	}
	e.Aliases = append(e.Aliases, name)
}

// Truncate cuts s to at most n bytes on a rune boundary, marking the cut with an ellipsis.
func Truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}
