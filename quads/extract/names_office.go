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
