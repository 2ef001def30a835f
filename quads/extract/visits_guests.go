package extract

// visited (visits9): the visitors a host received, named through the
// delegation or the guest they came as — "H met with the visiting
// delegation of P, T of O", "H received the delegation of P and Q", "H
// welcomed a guest from Britain, P, T of O": P (and the body P leads)
// visited H's body.

// guestNamedAt returns the person who heads the apposition of the
// received delegation or guest noun at k, or -1: "delegation of P", or
// "guest[s] [from X], P". The noun must be the object of a reception verb
// a few words before it; a delegation "of" a body is its body's
// (delegationFrom), and a guest with no name after a comma ("welcomed the
// guests, and P spoke") names nobody.
func (art *exArticle) guestNamedAt(items []exResolved, k int) int {
	if items[k].kind != xWord || art.receivedAt(items, k) < 0 {
		return -1
	}
	q := k + 1
	switch {
	case exDelegationNouns.has(items[k].low) && art.isWord(items, q, "of"):
		q++
	case exGuestNouns.has(items[k].low):
		if art.isWord(items, q, "from") {
			q = art.guestOriginEnd(items, q+1)
		}
		if !art.isWord(items, q, ",") {
			return -1
		}
		q++
	default:
		return -1
	}
	if q < len(items) && items[q].kind == xWord && exHonorifics.has(items[q].low) {
		q++
	}
	if q < len(items) && items[q].kind == xTitle {
		q++ // "the delegation of Vice Mayor P"
	}
	if q >= len(items) || items[q].kind != xPerson || items[q].ent < 0 || art.possessive(items, q) {
		return -1
	}
	if n := q + 1; exGuestNouns.has(items[k].low) && n < len(items) && items[n].kind == xWord && !art.isWord(items, n, ",", ".", "and", ";") {
		return -1 // "welcomed the guests, P said": P is the clause's subject
	}
	return q
}

// guestOriginEnd returns the index after where a guest comes from, named
// from q on: a body or place, or a country no mention took ("from
// Britain"), up to three items; q itself when there is none.
func (art *exArticle) guestOriginEnd(items []exResolved, q int) int {
	e := q
	for e < len(items) && e < q+3 {
		switch {
		case exIsParty(&items[e]):
			e = exSkipName(items, e)
		case art.isWord(items, e, "the"), art.capitalWordAt(items, e):
			e++
		default:
			return e
		}
	}
	return e
}

// capitalWordAt: the item at k is a word no mention took that begins with
// a capital letter ("Britain").
func (art *exArticle) capitalWordAt(items []exResolved, k int) bool {
	return k < len(items) && items[k].kind == xWord && items[k].s < len(art.text) &&
		art.text[items[k].s] >= 'A' && art.text[items[k].s] <= 'Z'
}
