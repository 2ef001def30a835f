package extract

// hosts-base-at (r12-bases): who sets a base up "together with" the
// relative clause's setter — "the X Workstation, which A set up in Y
// together with B", "which A set up in Y, Z, last year together with B":
// B hosts the base at Y too.

// coSetterAfter returns the body named after "together with" or "jointly
// with" within a few items after the site at l, or -1. A place is no
// setter ("together with Y County" says where).
func (art *exArticle) coSetterAfter(items []exResolved, l int) int {
	for k := exSkipName(items, l); k+2 < len(items) && k < l+8; k++ {
		if art.isWord(items, k, ";", "which", "that") || items[k].kind == xPerson {
			return -1
		}
		if !art.isWord(items, k, "together", "jointly") || !art.isWord(items, k+1, "with") {
			continue
		}
		q := k + 2
		if art.isWord(items, q, "the") {
			q++
		}
		if q >= len(items) || !exIsParty(&items[q]) || items[q].kind == xPlace {
			return -1
		}
		return art.ref(items, exPossessed(items, q))
	}
	return -1
}
