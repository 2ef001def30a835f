package extract

import "strings"

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
