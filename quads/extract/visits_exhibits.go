package extract

// visited (r13-visits): a site of the host named with the quoted title of
// its exhibition before the host — "visited the theme hall of "The
// Movement of Life" of Beijing Science Center" — is the host's site: the
// quoted title is skipped, and the host after its "of" is visited.

// exQuotedExhibitReach bounds the items of a quoted exhibition title.
const exQuotedExhibitReach = 16

// quotedExhibitEnd returns the "of" after the quoted title that follows
// the "of" at q ("hall of "X" of Y"), or q when no quoted title stands
// there.
func (art *exArticle) quotedExhibitEnd(items []exResolved, q int) int {
	if !art.isWord(items, q+1, "\"", "“") {
		return q
	}
	for c := q + 2; c < len(items) && c <= q+exQuotedExhibitReach; c++ {
		if art.isWord(items, c, "\"", "”") {
			if art.isWord(items, c+1, "of") {
				return c + 1
			}
			return q
		}
	}
	return q
}
