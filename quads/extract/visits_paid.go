package extract

// visited, "paid a visit" with the genre's translated word order: a time
// phrase between the noun and its "to" ("paid a visit on March 15 to Z",
// "paid a visit last week to Z"), or "of" in the place of "to" ("paid a
// visit of the campus of Z"). The visitors are the subject, as for "paid a
// visit to Z".

// paidVisitObject returns the first item of the objects of "paid a visit"
// whose noun is at k when a time phrase or "of" follows the noun, or -1.
func (art *exArticle) paidVisitObject(items []exResolved, k int) int {
	if !art.paidVisitAt(items, k) {
		return -1
	}
	if art.isWord(items, k+1, "of") {
		return k + 2
	}
	if e := art.timePhraseEnd(items, k+1); e > k+1 && art.isWord(items, e, "to") {
		return e + 1
	}
	return -1
}

// paidVisitAt: the visit noun at k is the object of a verb of paying
// ("paid a visit", "made an official visit", "pays a working visit").
func (art *exArticle) paidVisitAt(items []exResolved, k int) bool {
	q := k - 1
	if q >= 1 && items[q].kind == xWord && !art.isWord(items, q, "a", "an") {
		q-- // one qualifier: "a working visit", "an investigation visit"
	}
	return art.isWord(items, q, "a", "an") && q >= 1 && items[q-1].kind == xWord && items[q-1].in(exPayVisitVerbs)
}

// timePhraseEnd returns the index after a short time phrase at q ("on
// March 15", "in May 2019", "last week", "recently"), or q when none
// starts there.
func (art *exArticle) timePhraseEnd(items []exResolved, q int) int {
	if q >= len(items) || items[q].kind != xWord {
		return q
	}
	switch {
	case items[q].in(exTimeAdverbs):
		return q + 1
	case items[q].in(exTimeDeictics) && q+1 < len(items) && items[q+1].kind == xWord && items[q+1].in(exTimeNouns):
		return q + 2
	case art.isWord(items, q, "on", "in"):
		e := q + 1
		for e < len(items) && e < q+4 && items[e].kind == xWord && (items[e].in(exMonths) || items[e].in(exWeekdays) || exIsNumber(items[e].low)) {
			e++
		}
		if e > q+1 {
			return e
		}
	}
	return q
}
