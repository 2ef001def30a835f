package extract

// Names (names11): an office named after the post it serves.

// exPostsOfficeAt: the possessive at m is a post's and a capitalised
// office follows it ("the President’s Office", "the Dean's Office"): the
// post's possessive is a word of the office's name, as "People's" is of a
// government's, and the office is a unit of its own.
func exPostsOfficeAt(toks []exTok, m int) bool {
	t := &toks[m]
	return t.poss && t.cap && m+1 < len(toks) && toks[m+1].cap && !toks[m+1].poss && toks[m+1].in(exServingOfficeHeads) &&
		exTitleAt(toks, m, false) == 1
}

// exPlaceGovWordIn: a word of toks[k:r] is a place's government's
// ("Municipal", "Government", "Provincial"), not a party organ's ("CPC",
// "Party", "Committee"): "the Office of the X Municipal Government" is the
// government's, which SCHEMA.md folds into its place, while "the Office of
// the CPC Committee" is an office of its own.
func exPlaceGovWordIn(toks []exTok, k, r int) bool {
	for m := k; m < r; m++ {
		if toks[m].is(xfGovWords) && !toks[m].is(xfPartyBodyWords) {
			return true
		}
	}
	return false
}
