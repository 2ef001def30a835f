package extract

// The relation rules, one family a file (leads.go, signed.go, bases.go,
// visits.go, parts.go; member-of comes with leads). Each reads one
// sentence's items (see mention.go) and states relations between the
// entities they resolve to; this file holds the readers of items they
// share. They follow the constructions the genre uses:
//
//   leads      "Zhao Yanzhi, president of Shenyang University" (apposition),
//              "Secretary Pan Yishan", "PKU Council Chairman Qiu Shuiping"
//              (title before the name), lists that carry their organisation
//              on ("…, Mayor Wen Ran, Executive Vice Mayor Song Wei").
//   signed-with "A and B signed", "A signed … with B, C and D", "between A and
//              B", "on behalf of A and B", signers standing for what they lead.
//   hosts-base-at a base "of A" named after a place, "selected … announced by
//              A", "agreements with B to build a … base", "A and B … co-establish
//              the Centre".
//   visited    "went to / made a trip to / led a delegation to / visited X",
//              "the visiting delegation led by P".
//   part-of    "X of Y" where X is a sub-unit and Y an organisation, lists of
//              sub-units, "Y (including A, B)", "X under Y".
//   member-of  "member of …" and honorary posts.

func (art *exArticle) isWord(items []exResolved, k int, ws ...string) bool {
	if k < 0 || k >= len(items) || items[k].kind != xWord {
		return false
	}
	for _, w := range ws {
		if items[k].low == w {
			return true
		}
	}
	return false
}

func exIsParty(it *exResolved) bool {
	return (it.kind == xOrg || it.kind == xPlace || it.kind == xHome) && !it.inner
}

// titleText returns the surface of a title item.
func (art *exArticle) titleText(items []exResolved, k int) string {
	return art.text[items[k].s:items[k].e]
}

// exPossessed returns the unit a possessive at k names ("the university's
// College of X", "GXNU's School of Y"), or k.
func exPossessed(items []exResolved, k int) int {
	if k+1 < len(items) && items[k+1].possOf && items[k+1].parent == k {
		return k + 1
	}
	// "X Group's wholly owned subsidiary Y", "the X-affiliated Y"
	// (parts_prefix.go: exParentBeforeUnit)
	for m := k + 1; m < len(items) && m <= k+4 && items[m].kind == xWord && exParentUnitLinkWord(items[m].low); m++ {
		if m+1 < len(items) && items[m+1].possOf && items[m+1].parent == k {
			return m + 1
		}
	}
	return k
}

// skipName returns the index after item k and the items of its name (its
// parents and inner places).
func exSkipName(items []exResolved, k int) int {
	k++
	for k < len(items) && items[k].inner {
		k++
	}
	return k
}

// sentenceOrgs are the organisations a sentence names.
func (art *exArticle) sentenceOrgs(items []exResolved) map[int]bool {
	m := map[int]bool{}
	for k := range items {
		if items[k].kind == xOrg {
			if e := art.ref(items, k); e >= 0 {
				m[art.r.find(e)] = true
			}
		}
	}
	return m
}

// listAfter returns the parties listed from item k on: "A, B and the C".
func (art *exArticle) listAfter(items []exResolved, k int) []int {
	if xs := art.parenListAt(items, k); xs != nil {
		return xs // xlists: "two universities (A and B)", lists.go
	}
	var out []int
	k = art.skipListHead(items, k) // xlists: lists.go
	for k < len(items) {
		if art.isWord(items, k, "the", ",", "and", "&", "as") || (art.isWord(items, k, "well") && art.isWord(items, k-1, "as")) {
			k++
			continue
		}
		if art.listJoinerAt(items, k) { // xlists: lists.go
			k++
			continue
		}
		if exIsParty(&items[k]) && !items[k].paren {
			if art.clauseSubjectAt(items, k) { // xlists: lists.go
				break
			}
			if n := art.placeNounPossessed(items, k); n > 0 {
				k = n // signed13: "with Hunan province's B": B is the member (signed_possessors.go)
				continue
			}
			if e := art.ref(items, k); e >= 0 {
				out = append(out, e)
			}
			k = art.skipAbbreviation(items, exSkipName(items, k)) // xlists: "A (ABBR), B"
			continue
		}
		break
	}
	return out
}

// looseListAfter reads a list whose members carry a phrase each:
// "agreements with A to build the base, B for strategic cooperation, and C".
func (art *exArticle) looseListAfter(items []exResolved, k int) []int {
	var out []int
	for k < len(items) {
		xs := art.listAfter(items, k)
		if len(xs) == 0 {
			break
		}
		out = append(out, xs...)
		// skip the member's phrase up to the next comma
		m := k
		for m < len(items) && (exIsParty(&items[m]) || items[m].inner || art.isWord(items, m, "the", ",", "and", "&")) {
			m++
		}
		if m >= len(items) || art.isWord(items, m, ";", "which", "who", "that") {
			break
		}
		q := m
		for q < len(items) && q < m+15 && !art.isWord(items, q, ",", ";", "which", "who", "that", ".") {
			q++
		}
		if !art.isWord(items, q, ",") {
			break
		}
		q++
		if art.isWord(items, q, "and") {
			q++
		}
		if art.isWord(items, q, "the") {
			q++
		}
		if q >= len(items) || !exIsParty(&items[q]) {
			break
		}
		k = q
	}
	return exUniq(out)
}

// partiesIn returns the unbound parties in items [from,to).
func (art *exArticle) partiesIn(items []exResolved, si, from, to int) []int {
	var out []int
	for k := from; k < to && k < len(items); k++ {
		it := &items[k]
		if !exIsParty(it) || it.paren || art.bound[si][k] || exPossessed(items, k) != k {
			continue // a possessor is not the party its unit is
		}
		if e := art.ref(items, k); e >= 0 {
			out = append(out, art.r.find(e))
		}
	}
	return exUniq(out)
}

// personOrgs returns what the persons in items [from,to) lead.
func (art *exArticle) personOrgs(items []exResolved, from, to int, all bool) []int {
	var out []int
	for k := from; k < to && k < len(items); k++ {
		if items[k].kind != xPerson || items[k].ent < 0 {
			continue
		}
		ls := art.leads[art.r.find(items[k].ent)]
		if len(ls) > 0 {
			if all {
				out = append(out, ls...)
			} else {
				out = append(out, ls[0])
			}
		}
	}
	return exUniq(out)
}

func exUniq(xs []int) []int {
	var out []int
	seen := map[int]bool{}
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

func (art *exArticle) findWord(items []exResolved, from int, ws ...string) int {
	for k := from; k < len(items); k++ {
		if art.isWord(items, k, ws...) {
			return k
		}
	}
	return -1
}

// related: one is the other's parent, so they do not sign with each other.
func (art *exArticle) related(a, b int) bool {
	ea, eb := art.r.ents[a], art.r.ents[b]
	return (ea.parent >= 0 && art.r.find(ea.parent) == b) || (eb.parent >= 0 && art.r.find(eb.parent) == a)
}

func (art *exArticle) mentionsEnt(items []exResolved, e int) bool {
	for k := range items {
		if items[k].ent >= 0 && art.r.find(items[k].ent) == e {
			return true
		}
	}
	return false
}
