package extract

// Coordinated names sharing a body's plural post (leads13): "A and B,
// SDUT's presidents", "A and B, CAS academicians" — the post, written after
// its body, is an apposition of both names, as "A and B, presidents of
// SDUT" is. It is no post of a name after it ("…, SDUT's presidents, C,
// member of …" is not "SDUT's president, C"), and the plural is no list
// opener for such a name ("A and B, CAS academicians, and C").

// exCoordinatedNamesBefore reports whether the comma at c closes "A and B"
// (two names joined by "and").
func exCoordinatedNamesBefore(items []exResolved, c int) bool {
	return c >= 3 && items[c].kind == xWord && items[c].low == "," && items[c-1].kind == xPerson &&
		items[c-2].kind == xWord && items[c-2].low == "and" && items[c-3].kind == xPerson
}

// bodyPluralPostAt reports whether items[q:] is a body and a plural
// leadership post after it ("SDUT's presidents", "Tanhai Group vice
// presidents") that no name follows.
func (art *exArticle) bodyPluralPostAt(items []exResolved, q int) bool {
	if q >= len(items) || !exIsParty(&items[q]) {
		return false
	}
	n := exSkipName(items, q)
	if n >= len(items) || items[n].kind != xTitle || !exPluralTitle(art.titleText(items, n)) {
		return false
	}
	after := exSkipTitles(items, n)
	return after >= len(items) || items[after].kind != xPerson && !art.isHonorific(items, after)
}

// bodyPluralMemberPostAt returns the body and the singular post of a body
// and a plural member post after it at p ("CAS academicians", "the
// institute's researchers") that no name and no "of O" follows, or -1.
func (art *exArticle) bodyPluralMemberPostAt(items []exResolved, p int) (int, string) {
	if p >= len(items) || items[p].kind != xOrg || items[p].inner {
		return -1, ""
	}
	n := exSkipName(items, p)
	post := exPluralMemberPost(items, n)
	if post == "" {
		return -1, ""
	}
	if n+1 < len(items) && (items[n+1].kind == xPerson || art.isHonorific(items, n+1) || art.isWord(items, n+1, "of", "at", "from")) {
		return -1, "" // "O professors A and B": a list the post opens
	}
	return art.ref(items, p), post
}

// conjunctHolderAt returns the name of "and [T] B" at q, the second of two
// titled names that share the verb after them ("Vice President A and
// Assistant General Manager B accompanied the visitors"), or -1.
func (art *exArticle) conjunctHolderAt(items []exResolved, q int) int {
	if !art.isWord(items, q, "and") {
		return -1
	}
	n := q + 1
	for n < len(items) && (items[n].kind == xTitle || art.isHonorific(items, n)) {
		n++
	}
	if n == q+1 || n >= len(items) || items[n].kind != xPerson {
		return -1 // a bare second name may be a guest's: "President A and B of O"
	}
	return n
}

// bothPostAt reports whether items[q:] is "both" or "all" and a post ("A
// and B, both vice president(s) [of O]"): the post is each name's, singular
// or plural.
func (art *exArticle) bothPostAt(items []exResolved, q int) bool {
	return art.isWord(items, q, "both", "all") && q+1 < len(items) && items[q+1].kind == xTitle
}
