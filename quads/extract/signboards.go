package extract

// A signboard is no signature (issue 12, class 11): "unveiled the sign of
// the X Workstation", "hung a sign for its base" name the board of a base,
// and the "sign" there is a noun after a determiner, where the verb never
// stands ("to sign", "will sign", "A and B sign").

// signCue returns the first signing cue from from on that is not the noun
// "sign", or -1.
func (art *exArticle) signCue(items []exResolved, from int) int {
	for v := art.findCue(items, from, exSignCues); v >= 0; v = art.findCue(items, v+1, exSignCues) {
		if !art.signboardAt(items, v) {
			return v
		}
	}
	return -1
}

// signboardAt reports whether the cue at v is the noun "sign" or "signs"
// after a determiner ("the sign", "a sign", "its signs").
func (art *exArticle) signboardAt(items []exResolved, v int) bool {
	return (items[v].low == "sign" || items[v].low == "signs") && art.isWord(items, v-1, exSignboardDeterminers...)
}

// skipSubjectConjuncts returns the index after more parties of a clause's
// subject from m on ("and B", ", represented by its vice president P,"),
// so that "…, and A and B, represented by P, signed" opens a signing clause
// of its own. Otherwise m.
func (art *exArticle) skipSubjectConjuncts(items []exResolved, m int) int {
	for art.isWord(items, m, "and") && m+1 < len(items) && exIsParty(&items[m+1]) {
		m = exSkipName(items, m+1)
	}
	if art.isWord(items, m, ",") && art.isWord(items, m+1, "represented") && art.isWord(items, m+2, "by") {
		for q := m + 3; q < len(items) && q < m+20; q++ {
			if art.isWord(items, q, ";") || items[q].kind == xWord && exSignCues[items[q].low] {
				break
			}
			if art.isWord(items, q, ",") {
				if n := q + 1; n < len(items) && items[n].kind == xWord && (exSignCues[items[n].low] || exSignAuxiliaries[items[n].low]) {
					return n
				}
			}
		}
	}
	return m
}
