package extract

// signed-with: a clause of another verb before the signing's own clause
// ("The ceremony was hosted by X and Y, and A and B signed …", "X presided
// over the meeting; A signed with B"). Its bodies host, attend, speak or
// meet; the signing's clause names its parties by a subject of its own.

// priorClauseEnd returns the comma or semicolon that closes a clause of
// another verb before the signing at v when the parties from there on are
// the subject of v ("…, and A and B signed", "…; A then signed with B"),
// or -1. A list of parties ("A, B, and C signed"), an aside ("A, founded
// in 1950, and B signed") or a relative clause ("A, which …, and B") is
// no clause of its own: its bodies are subjects of v too.
func (art *exArticle) priorClauseEnd(items []exResolved, v int) int {
	for c := 1; c < v; c++ {
		if !art.isWord(items, c, ",", ";") {
			continue
		}
		n := c + 1
		if art.isWord(items, n, "and", "while") {
			n++
		} else if art.isWord(items, c, ",") {
			continue // "with A, B and C signing": one list
		}
		if art.isWord(items, c, ",") && art.oneListBefore(items, c) {
			continue // "with A, B, and C signing": the Oxford comma
		}
		if art.isWord(items, n, "then") {
			n++
		}
		if art.isWord(items, n, "the") {
			n++
		}
		if n >= v {
			continue
		}
		switch {
		case exIsParty(&items[n]):
			m := art.skipSubjectConjuncts(items, art.skipPartyList(items, n))
			for m < v && items[m].kind == xWord && exSignAuxiliaries.has(items[m].low) {
				m++
			}
			if m != v {
				continue
			}
		case items[n].kind == xPerson:
			// "…, and P, president of A, signed with B": the signers and
			// their posts up to the verb, after a clause of attendance
			// ("P, director of X, attended"), not after a list of
			// witnesses ("Witnessed by P, T of X, and Q, T of Y, …")
			if !art.signersWithPosts(items, n, v) || !art.roleVerbIn(items, c) {
				continue
			}
		default:
			continue
		}
		if art.findCue(items[:c], 0, exSignCues) >= 0 || !art.ownVerbIn(items, c) {
			return -1
		}
		return c
	}
	return -1
}

// signersWithPosts: items [n,v) name persons and their posts only ("P,
// president of A, and Q, chairman of B"), no verb of another clause.
func (art *exArticle) signersWithPosts(items []exResolved, n, v int) bool {
	for k := n; k < v; k++ {
		if items[k].kind != xWord {
			continue
		}
		w := items[k].low
		if w == ";" || exRelativePronouns.has(w) || exCeremonyRoleVerbs.has(w) || exCopulaForms.has(w) || exIsVerbLike(w) && !exSignAuxiliaries.has(w) {
			return false
		}
	}
	return true
}

// oneListBefore: the parties right before the comma at c are a list
// without an "and" of its own after "with", "by", "between" or
// "including" ("with A, B, and C signing"): the comma's "and" ends that
// list, it opens no clause.
func (art *exArticle) oneListBefore(items []exResolved, c int) bool {
	k := c - 1
	for k >= 0 && (exIsParty(&items[k]) || items[k].inner || art.isWord(items, k, ",", "the")) {
		k--
	}
	return k < c-1 && art.isWord(items, k, "with", "by", "between", "including")
}

// roleVerbIn: items [0,end) hold a finite verb of a role at an event
// ("attended", "presided"), not a participle before "by" ("Witnessed
// by").
func (art *exArticle) roleVerbIn(items []exResolved, end int) bool {
	for k := 0; k < end; k++ {
		if items[k].kind == xWord && exCeremonyRoleVerbs.has(items[k].low) && !art.isWord(items, k+1, "by") {
			return true
		}
	}
	return false
}

// ownVerbIn: items [0,end) hold a finite verb of their own clause
// ("presided", "was hosted", "attended", also after a post: "P, director
// of X, attended"), not one of an aside after a comma ("A, founded in
// 1950,", "A, hosted by B,") nor of a relative clause ("A, which has
// cooperated with X,").
func (art *exArticle) ownVerbIn(items []exResolved, end int) bool {
	verb := false
	for k := 0; k < end; k++ {
		if items[k].kind != xWord {
			continue
		}
		w := items[k].low
		if exRelativePronouns.has(w) {
			return false
		}
		if exCeremonyRoleVerbs.has(w) && !art.isWord(items, k+1, "by") {
			verb = true // "P, director of X, attended": after the post
			continue
		}
		if art.isWord(items, k-1, ",") {
			continue
		}
		if exEventVerbs.has(w) || exCopulaForms.has(w) || exIsVerbLike(w) {
			verb = true
		}
	}
	return verb
}
