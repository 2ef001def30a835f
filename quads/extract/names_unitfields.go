package extract

// Names: a post word as a unit's field. "Teacher" is a post ("Teacher
// Huang Shujie", a member post), so the name grammar ends a name before
// it; but after a unit's head and "of" or "for" ("the School of Teacher
// Education", "the Center for Teacher Education Research of X") it names
// what the unit studies or trains, and the unit's name runs through it.

// exUnitFieldPost: the post word at toks[j] (ending at k) is the field of a
// unit named before it ("School of Teacher Education", "Center for Teacher
// Training"): it stands right after a unit head and "of" or "for", and a
// field word follows it, so it names what the unit studies, not a post
// of a person named next.
func exUnitFieldPost(toks []exTok, j, k int) bool {
	if j < 2 || k >= len(toks) || !toks[k].is(xfFieldWords) || toks[j-1].low != "of" && toks[j-1].low != "for" {
		return false
	}
	return toks[j-2].cap && toks[j-2].in(exSubunitHeads)
}
