package extract

// hosts-base-at (r13-visits): a party whose name ends in "Centre" ("the
// Provincial Tourism Information Center and X College have signed an
// agreement on jointly building a training base") is no base cue when the
// sentence names a base after it and nothing says the centre itself is set
// up: the base is what is built, and the centre is one of its two bodies.

// baseNamedAfter: an item after k names a base, by a Base name or a base
// word in lower case ("a hands-on training base").
func (art *exArticle) baseNamedAfter(items []exResolved, k int) bool {
	for q := k + 1; q < len(items); q++ {
		if items[q].kind == xBase || items[q].kind == xWord && art.isBaseWord(items, q) {
			return true
		}
	}
	return false
}
