package extract

// visited (xvisited2): a visit that is only asked for ("Q invited P to
// visit X", "Q welcomed the teachers of Y to visit X", "urged P to come
// to X") states no visit: the reference annotation has none.

// visitInvited: the visit verb at v is the infinitive of an invitation —
// "to" stands within two words before it ("to visit", "to pay a visit")
// and an invitation verb comes earlier in its clause.
func (art *exArticle) visitInvited(items []exResolved, v int) bool {
	to := -1
	for q := v - 1; q >= 0 && q >= v-3; q-- {
		if items[q].kind != xWord {
			break
		}
		if items[q].low == "to" {
			to = q
			break
		}
	}
	if to < 0 {
		return false
	}
	for q := to - 1; q >= 0; q-- {
		if items[q].kind != xWord {
			continue
		}
		w := items[q].low
		if w == ";" || w == "." {
			break
		}
		if exVisitInviteCues.has(w) && !art.isWord(items, q-1, "the", "a", "an", "warm") {
			return true
		}
	}
	return false
}
