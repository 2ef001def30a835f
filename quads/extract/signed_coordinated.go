package extract

// A clause may join a phrase of visit or attendance to its signing ("P
// visited X, Y Province, and signed an agreement with the Y Provincial
// Government"; "P attended the conference on support for X and signed an
// agreement with the institute"): what that phrase visits or attends for
// is its object, not a signer. The signers are the subject before it.

// coordinatedSigners returns the signers of the subject before a phrase
// of visit or attendance that "and" joins to the signing at v, or nil
// when there is no such phrase or its subject names no body.
func (art *exArticle) coordinatedSigners(items []exResolved, si, from, v int) []int {
	a := v - 1
	if art.isWord(items, a, "also", "then", "later") {
		a--
	}
	if !art.isWord(items, a, "and") {
		return nil
	}
	c := -1
	for k := a - 1; k > from; k-- {
		if items[k].kind == xWord && (items[k].in(exVisitCues) || items[k].in(exAttendVerbs)) {
			c = k
			break
		}
	}
	if c < 0 {
		return nil
	}
	if xs := art.signersIn(items, si, from, c); len(xs) > 0 {
		return xs
	}
	return art.personOrgs(items, from, c, false)
}
