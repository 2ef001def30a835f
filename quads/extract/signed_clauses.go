package extract

import "strings"

// Sentences of the genre that hold more than one signing, or a signing in
// a clause of its own beside another act: "A signed with B and C signed
// one with D" (a second clause joined by a bare "and"), "After A signed
// with B, C donated books to D" (a fronted clause of time whose signing is
// A's and B's alone), "the signing of agreements between A and B, and
// between C and D" (one "between" a pair).

// andOpensSigningClause: the "and" at c, after the signing verb at v and
// its partner, opens a clause of its own with a subject and a signing
// verb: "A signed an agreement with B and C signed one with D", "… with B
// and C and D also inked …". After the noun ("hosted the signing ceremony,
// at which A and B signed") the "and" joins the signers.
func (art *exArticle) andOpensSigningClause(items []exResolved, v, c int) bool {
	if !art.isWord(items, c, "and") || items[v].low == "signing" {
		return false
	}
	partner := false
	for k := v + 1; k < c; k++ {
		partner = partner || exIsParty(&items[k])
	}
	if !partner {
		return false
	}
	n := c + 1
	if art.isWord(items, n, "the") {
		n++
	}
	if n >= len(items) || !exIsParty(&items[n]) {
		return false
	}
	m := art.skipSubjectConjuncts(items, art.skipPartyList(items, n))
	if art.findWord(items[:m], n, ",") >= 0 {
		return false // "with B and C, and D signed …": the comma opens the clause
	}
	for m < len(items) && items[m].kind == xWord && items[m].in(exSignAuxiliaries) {
		m++
	}
	return m < len(items) && items[m].kind == xWord && items[m].low != "signing" && (items[m].in(exSignCues) || items[m].in(exConcludeCues))
}

// subordinateSigningEnd returns the comma that closes a fronted clause of
// time or cause holding a signing ("After A signed an agreement with B,",
// "Since A and B signed the memorandum in 2019,", "Once A signs with B,")
// when the main clause after it has a subject of its own, or -1. The
// bodies of the main clause sign nothing with those of the clause.
func (art *exArticle) subordinateSigningEnd(items []exResolved) int {
	if len(items) < 4 || items[0].kind != xWord || !items[0].in(exSubordinators) {
		return -1
	}
	v := art.findCue(items, 1, exSignCues)
	if v < 0 {
		return -1
	}
	for c := v + 1; c+1 < len(items); c++ {
		if art.isWord(items, c, ";") {
			return -1
		}
		if !art.isWord(items, c, ",") {
			continue
		}
		n := c + 1
		if art.isWord(items, n, "the") {
			n++
		}
		if n >= len(items) {
			return -1
		}
		var m int
		switch {
		case exIsParty(&items[n]):
			m = art.skipSubjectConjuncts(items, art.skipPartyList(items, n))
		case items[n].kind == xPerson:
			m = n + 1
		case art.isWord(items, n, "it", "they", "we", "he", "she"):
			m = n + 1
		default:
			continue // ", B and C": the clause's list goes on
		}
		for m < len(items) && items[m].kind == xWord && items[m].in(exSignAuxiliaries) {
			m++
		}
		if m < len(items) && items[m].kind == xWord && (exIsVerbLike(items[m].low) || items[m].in(exSignCues) || items[m].in(exModalCues) || items[m].in(exClauseVerbCues) || items[m].in(exBeAux)) {
			return c
		}
	}
	return -1
}

// signBetweens signs the pair of each "between" from the one at b that
// the sentence joins with "and" or a comma: "the signing of agreements
// between A and B, and between C and D" — A with B, C with D. It reports
// whether there was more than one.
func (art *exArticle) signBetweens(items []exResolved, b, si int) bool {
	var lists [][]int
	for b >= 0 {
		xs := art.listAfter(items, b+1)
		if len(xs) < 2 {
			break
		}
		lists = append(lists, xs)
		// the next "between" right after this list's end
		k := b + 1
		for k < len(items) && (exIsParty(&items[k]) || items[k].inner || items[k].paren || art.isWord(items, k, "the", ",", "and", "&")) {
			k++
		}
		if !art.isWord(items, k, "between") || !art.isWord(items, k-1, "and", ",") {
			break
		}
		b = k
	}
	if len(lists) < 2 {
		return false
	}
	for _, xs := range lists {
		art.signAll(xs, si)
	}
	return true
}

// parallelWith: the "with" at k repeats a signing's "with" after a comma
// (", with B on research", ", and with C on books") and names a partner:
// not a phrase of attendance ("with C attending", signed_asides.go) nor an
// absolute one whose body does something of its own ("with B providing
// the land").
func (art *exArticle) parallelWith(items []exResolved, k int) bool {
	if !art.isWord(items, k-1, ",") && !(art.isWord(items, k-1, "and") && art.isWord(items, k-2, ",")) {
		return false
	}
	if art.absoluteWith(items, k) {
		return false
	}
	n := k + 1
	if art.isWord(items, n, "the") {
		n++
	}
	if n >= len(items) || !exIsParty(&items[n]) {
		return false
	}
	m := art.skipPartyList(items, n)
	return !(m < len(items) && items[m].kind == xWord && len(items[m].low) > 4 && strings.HasSuffix(items[m].low, "ing"))
}

// otherClauseAt: the comma or semicolon at k opens a clause of another
// verb with a subject of its own ("30 projects were signed, and C and D
// attended", "…; C will host the next fair"): its bodies sign nothing.
func (art *exArticle) otherClauseAt(items []exResolved, k int) bool {
	if !art.isWord(items, k, ",", ";") {
		return false
	}
	n := k + 1
	if art.isWord(items, n, "and", "while", "whereas", "but") {
		n++
	}
	if art.isWord(items, n, "the") {
		n++
	}
	if n >= len(items) || !exIsParty(&items[n]) {
		return false
	}
	m := art.skipSubjectConjuncts(items, art.skipPartyList(items, n))
	for m < len(items) && items[m].kind == xWord && items[m].in(exSignAuxiliaries) {
		m++
	}
	if m >= len(items) || items[m].kind != xWord || items[m].in(exSignCues) {
		return false
	}
	w := items[m].low
	return exCeremonyRoleVerbs.has(w) || exModalCues.has(w) || exClauseVerbCues.has(w) || exIsVerbLike(w)
}

// withoutOtherClauses drops from the partners xs read from item from on
// those named only after a clause of another verb opens ("signed with A
// in X, and C hosted the banquet": C).
func (art *exArticle) withoutOtherClauses(items []exResolved, from int, xs []int) []int {
	end := len(items)
	for k := from; k < len(items); k++ {
		if art.otherClauseAt(items, k) {
			end = k
			break
		}
	}
	if end == len(items) {
		return xs
	}
	var out []int
	for _, x := range xs {
		if art.mentionsEnt(items[from:end], x) {
			out = append(out, x)
		}
	}
	return out
}
