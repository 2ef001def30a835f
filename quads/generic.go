package quads

import "strings"

// genericWords are the words a generic description is made of: determiners
// and numbers, the head nouns of the genre's bodies, and the modifiers that
// say what kind of body without saying which ("the municipal government",
// "the university", "the two sides", "city party committee").
var genericWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`
		the a an this that these those our its their his her both all each either other another
		two three four five six seven eight nine ten several many
		side sides party parties partner partners
		municipal municipality provincial province city cities district county prefectural prefecture
		town township village regional region autonomous national state local central
		people peoples cpc communist standing discipline inspection
		government governments committee committees congress council commission office bureau
		department ministry administration
		university universities college colleges school schools institute academy faculty
		museum museums library gallery hospital centre center group company enterprise enterprises
		institution institutions organization organisation unit units association federation
		delegation leadership leaders
		of and for in at`) {
		m[w] = true
	}
	return m
}()

// IsGenericName reports whether name is a generic description rather than
// a name: every word of it says what kind of body it is, none which one.
// SCHEMA.md: such a description refers, within its article, to the body the
// text means; it is never kept as an alias and never merges two entities.
func IsGenericName(name string) bool {
	ws := strings.Fields(NormalizeName(name))
	if len(ws) == 0 {
		return true
	}
	for _, w := range ws {
		if !genericWords[w] {
			return false
		}
	}
	return true
}
