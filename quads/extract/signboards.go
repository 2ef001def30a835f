package extract

// Signing cues that sign nothing, and readings of the signing clause
// (issue 12, classes 3 and 11). A signboard is no signature: "unveiled the
// sign of the X Workstation" names the board of a base, and "sign" there is
// a noun after a determiner, where the verb never stands ("to sign", "will
// sign", "A and B sign"); "Before the signing," names the signing told of
// before as a time.

// signCue returns the first signing cue from from on that is not the noun
// "sign", or -1.
func (art *exArticle) signCue(items []exResolved, from int) int {
	for v := art.findCue(items, from, exSignCues); v >= 0; v = art.findCue(items, v+1, exSignCues) {
		if !art.signboardAt(items, v) && !art.signingAsTime(items, v) {
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
			if art.isWord(items, q, ";") || items[q].kind == xWord && items[q].in(exSignCues) {
				break
			}
			if art.isWord(items, q, ",") {
				if n := q + 1; n < len(items) && items[n].kind == xWord && (items[n].in(exSignCues) || items[n].in(exSignAuxiliaries)) {
					return n
				}
			}
		}
	}
	return m
}

// describingApposition reports whether the party at b only locates or
// describes the body before it in an apposition ("X, a key school of the
// province,", "Y, an enterprise in Linhe,"): "its" after it is X's, not
// the province's.
func (art *exArticle) describingApposition(items []exResolved, b int) bool {
	if !art.isWord(items, b-1, "of", "in") {
		return false
	}
	for q := b - 2; q >= 1 && q >= b-6; q-- {
		if items[q].kind != xWord || art.isWord(items, q, ",", ";") {
			return false
		}
		if art.isWord(items, q, "a", "an") {
			return art.isWord(items, q-1, ",") && q >= 2 && exIsParty(&items[q-2])
		}
	}
	return false
}

// signingAsTime reports whether the cue at v is "signing" in "Before the
// signing," (exAfterSigningWords).
func (art *exArticle) signingAsTime(items []exResolved, v int) bool {
	return items[v].low == "signing" && art.isWord(items, v-1, "the") && art.isWord(items, v-2, exAfterSigningWords...) && art.isWord(items, v+1, ",")
}

// baseOnlyWished reports whether the sentence's setting up of a thing is
// only wished or planned ("the company would like to set up a workstation
// with the university", "hopes to build a base"): no base is there yet
// (issue 12, class 11). What an agreement says a body will set up is
// stated, and stays a base.
func (art *exArticle) baseOnlyWished(items []exResolved) bool {
	wished := false
	for k := 2; k < len(items); k++ {
		if items[k].kind != xWord || !items[k].in(exEstablishCues) {
			continue
		}
		if !art.isWord(items, k-1, "to") || items[k-2].kind != xWord || !items[k-2].in(exWishCues) {
			return false // a setting up stated as done, or as agreed
		}
		wished = true
	}
	return wished
}
