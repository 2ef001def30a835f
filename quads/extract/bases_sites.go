package extract

import "strings"

// hosts-base-at (synth13): bases in the plural located at several sites —
// "The bases are located at A in P1, the B in P2 and the C in P3" — are
// one at each listed body, and their owner is the body that set up,
// designated or awarded them in the sentence before ("X held a ceremony
// to award plaques to its first batch of Y Bases", "X set up three Y
// Bases").

// moreSitesAfter returns the further bodies listed after the site at q
// ("A in P1, the B in P2 and the C in P3": B and C), each past the place
// it is in; none when the site is a place or no list follows.
func (art *exArticle) moreSitesAfter(items []exResolved, q int) []int {
	if q < 0 || q >= len(items) || items[q].kind == xPlace {
		return nil
	}
	var out []int
	n := exSkipName(items, q)
	for {
		if art.isWord(items, n, "in") && n+1 < len(items) && items[n+1].kind == xPlace {
			n = exSkipName(items, n+1) // "A in P1"
		}
		if !art.isWord(items, n, ",", "and") {
			return out
		}
		m := n + 1
		for art.isWord(items, m, "and", "the") {
			m++
		}
		if m >= len(items) || !exIsParty(&items[m]) || items[m].kind == xPlace {
			return out
		}
		if e := art.ref(items, m); e >= 0 {
			out = append(out, art.r.find(e))
		}
		n = exSkipName(items, m)
	}
}

// pluralBaseOwnerBefore returns, for "The bases are located at …" in
// sentence si, the one organisation named before the plural base in the
// sentence before, which set them up or awarded them; -1 when that
// sentence names no plural base or more than one organisation before it.
func (art *exArticle) pluralBaseOwnerBefore(si int) int {
	if si < 1 {
		return -1
	}
	items := art.items[si-1]
	owner := -1
	for k := range items {
		it := &items[k]
		if it.kind == xBase && exBaseHeads.has(exLastWordLow(it.name)) && exLastWordLow(it.name) != exSingular(exLastWordLow(it.name)) {
			return owner
		}
		if it.kind == xOrg && !it.inner {
			e := art.ref(items, k)
			if e < 0 || owner >= 0 && art.r.find(e) != owner {
				return -1
			}
			owner = art.r.find(e)
		}
	}
	return -1
}

// exLastWordLow is the last word of name in lower case.
func exLastWordLow(name string) string {
	ws := strings.Fields(name)
	if len(ws) == 0 {
		return ""
	}
	return strings.ToLower(ws[len(ws)-1])
}
