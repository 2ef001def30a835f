package extract

import "github.com/coopgraph/coopgraph/quads"

// hosts-base-at (r13-visits): a body described "as the base of Y" in an
// apposition — "the company, as the undergraduate internship base of X
// College, held …", "As the teaching practice base of X College, Y
// Hospital has trained …" — is where Y's base is: Y hosts-base-at it.
// ("regards Z as an important base for …", "serve as the station's
// volunteer" and "its role as a popularization base" name no owner with
// "of", and no body stands in apposition: nothing is read.)

// exAsBaseModifiers bounds the lower-case words between "as a" and the
// base word ("as the undergraduate teaching practice base").
const exAsBaseModifiers = 4

// asBaseAppositionsIn reads sentence si for "X, as the B base of Y," and
// "As the B base of Y, X …".
func (art *exArticle) asBaseAppositionsIn(si int) {
	items := art.items[si]
	for q := range items {
		if !art.isWord(items, q, "as") {
			continue
		}
		b := q + 1
		if art.isWord(items, b, "a", "an", "the") {
			b++
		}
		for n := 0; b < len(items) && n < exAsBaseModifiers && items[b].kind == xWord && !art.isBaseWord(items, b) && exIsLowerWord(items[b].low); n++ {
			b++
		}
		if b >= len(items) || !art.isBaseWord(items, b) || !art.isWord(items, b+1, "of") {
			continue
		}
		y := b + 2
		if art.isWord(items, y, "the") {
			y++
		}
		if y >= len(items) || !exIsParty(&items[y]) {
			continue
		}
		at := -1
		switch {
		case q >= 2 && art.isWord(items, q-1, ",") && exIsParty(&items[q-2]):
			at = art.ref(items, q-2) // "X, as the base of Y,"
		case q == 0:
			// "As the base of Y, X has …"
			if e := exSkipName(items, y); art.isWord(items, e, ",") && e+1 < len(items) && exIsParty(&items[e+1]) {
				at = art.ref(items, e+1)
			}
		}
		owner := art.ref(items, y)
		if at < 0 || owner < 0 {
			continue
		}
		owner, at = art.r.find(owner), art.r.find(at)
		if owner != at && art.r.ents[owner].typ == quads.Organization && !art.related(owner, at) {
			art.add(owner, quads.HostsBaseAt, at, "", si)
		}
	}
}
