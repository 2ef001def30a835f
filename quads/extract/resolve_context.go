package extract

import (
	"strings"

	"github.com/coopgraph/coopgraph/quads"
)

// Resolution (xvisits): an abbreviation that fits several bodies goes to
// the one its context names.

// contextChoice returns the one of the tied bodies whose own word (one no
// other tied name has: "Qiantang" of "Qiantang Science and Technology
// Museum" against "Quzhou …") occurs in a sentence that mentions the
// abbreviation acr, other than in the bodies' names themselves; -1 when
// none or several do.
func (r *exResolver) contextChoice(mentions [][]exItem, tied []int, acr int, names []string) int {
	own := make([]map[string]bool, len(tied))
	for t, j := range tied {
		own[t] = map[string]bool{}
		for _, w := range exOrgWords(names[j]) {
			own[t][w] = true
		}
	}
	for t := range tied {
		for w := range own[t] {
			for u := range tied {
				if u != t && own[u][w] {
					delete(own[t], w)
				}
			}
		}
	}
	choice := -1
	for _, si := range r.ents[acr].sents {
		if si < 0 || si >= len(mentions) {
			continue
		}
		for _, it := range mentions[si] {
			var ws []string
			switch {
			case it.kind == xWord:
				ws = []string{it.low}
			case it.kind == xPlace || it.kind == xPerson:
				ws = strings.Fields(strings.ToLower(it.name))
			default:
				continue // a body's own name says nothing of the abbreviation
			}
			for _, w := range ws {
				for t, j := range tied {
					if own[t][w] {
						if choice >= 0 && choice != j {
							return -1
						}
						choice = j
					}
				}
			}
		}
	}
	return choice
}

// unnamedPrefixParent reads a unit's name that begins with an educational
// body's ("Qiantang University School of Law", "Beihai Normal College
// Affiliated Middle School"): the shortest run of two or more capitalised
// words ending in an educational head, then a unit's name. It returns the
// article's entity of that body, made one when the text names it only
// here, and the prefix; -1 when the name has no such prefix.
func (art *exArticle) unnamedPrefixParent(name string) (int, string) {
	ws := strings.Fields(name)
	for j := 1; j+1 < len(ws); j++ {
		if ws[j] == "" || ws[j][0] < 'A' || ws[j][0] > 'Z' {
			return -1, ""
		}
		if !exEduHeads.has(strings.ToLower(ws[j])) && !exBranchPrefix(ws, j) {
			continue // an enterprise's "… Bank Beihai Branch" (parts_prefix.go)
		}
		for _, w := range ws[:j] {
			if w[0] < 'A' || w[0] > 'Z' {
				return -1, ""
			}
		}
		prefix, rest := strings.Join(ws[:j+1], " "), strings.Join(ws[j+1:], " ")
		// the rest is a unit named by its head and field ("School of
		// Law") or an affiliate ("Affiliated Hospital"); a body of its own
		// named after it ("… Joint Innovation Center", "… Business School
		// China") is none
		rw := strings.Fields(strings.ToLower(rest))
		if exBranchPrefix(ws, j) {
			return art.prefixBody(prefix)
		}
		if !(len(rw) >= 3 && (exAcademicUnitHeads.has(rw[0]) || rw[0] == "institute") && rw[1] == "of") && !exIsAffiliateName(rest) &&
			!exIsPrefixedUnitRest(rest) { // "… University Library" (parts_prefix.go)
			return -1, ""
		}
		return art.prefixBody(prefix)
	}
	return -1, ""
}

// prefixBody returns the article's entity of the body a unit's name
// begins with, made one when the text names it only there, and the prefix.
func (art *exArticle) prefixBody(prefix string) (int, string) {
	key := strings.Join(exOrgWords(prefix), " ")
	if i, ok := art.r.byKey[string(quads.Organization)+"|"+key]; ok {
		return art.r.find(i), prefix
	}
	return art.r.add(quads.Organization, key, prefix, len(art.r.ents)+1<<20), prefix
}
