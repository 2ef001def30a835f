package extract

import "strings"

// part-of: units whose name begins with their parent's name.

// exIsPrefixedUnitRest: what follows a university's name in a unit's name
// makes the whole a unit of it even when the text names the university
// nowhere else: a library, press, museum, archives, gallery or hospital
// named by capitalised words ("Library", "History Museum").
func exIsPrefixedUnitRest(rest string) bool {
	ws := strings.Fields(strings.ToLower(rest))
	return len(ws) > 0 && len(ws) <= 3 && exPrefixedUnitHeads[ws[len(ws)-1]] && exCapitalisedWords(rest)
}

// exCapitalisedWords: every word of name but "of", "and" and "for" begins
// with a capital.
func exCapitalisedWords(name string) bool {
	for _, w := range strings.Fields(name) {
		switch w {
		case "of", "and", "for", "&":
			continue
		}
		if w[0] < 'A' || w[0] > 'Z' {
			return false
		}
	}
	return true
}

// exIsGroupUnitRest: what follows an enterprise's name in a unit's name
// makes the whole its unit ("Technology Center", "Research Institute"),
// unless the unit is a joint one (exJointBodyWords).
func exIsGroupUnitRest(rest string) bool {
	if !exIsUnitName(rest) || !exCapitalisedWords(rest) {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(rest)) {
		if exJointBodyWords[w] {
			return false
		}
	}
	return true
}
