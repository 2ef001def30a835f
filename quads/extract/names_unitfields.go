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

// lowerFieldOfHead returns the length of a field typed in lower case after
// a capitalised unit's head and "of" at toks[end] ("the Academy of fine
// arts of Tsinghua University", "the Provincial Department of education",
// "X General Institute of urban and rural planning"): the field is the
// name's, as "of Fine Arts" would be; 0 when no field follows.
func (p *exParser) lowerFieldOfHead(toks []exTok, i, end int) int {
	if end <= i || end+1 >= len(toks) || toks[end+1].cap {
		return 0
	}
	h := &toks[end-1]
	if !h.cap || !(h.in(exSubunitHeads) || h.in(exFieldNamedHeads)) {
		return 0
	}
	return exLowerFieldTail(toks, end)
}
