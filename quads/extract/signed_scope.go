package extract

import "strings"

// The scope of a signing: which part of the sentence names its parties.
// The genre wraps a signing in phrases that name other bodies: a fronted
// phrase of its host, organiser or guide ("Organised by X, A and B
// signed", "At the forum hosted by X, A signed with B", "Following the
// agreement signed by C and D, A signed …"), an apposition of the signer
// ("A, a partner of X, signed"), a relative clause of another verb's
// object ("X worked with A, which signed with B"), a ceremony clause before
// the signing itself ("X hosted the signing ceremony, at which A and B
// signed"), and after the agreement its subject matter and venue ("signed
// an agreement in X", "… to build the X Laboratory"). None of these bodies
// signs.

// frontedPhraseEnd returns the comma that closes a phrase opening the
// sentence before its subject ("Organised by X,", "Under the guidance of
// X and Y,", "At the forum hosted by X,"), or -1. The comma is the first
// after the phrase's list of bodies that a party or person follows.
func (art *exArticle) frontedPhraseEnd(items []exResolved) int {
	if len(items) == 0 || items[0].kind != xWord {
		return -1
	}
	w := items[0].low
	switch {
	case exFrontedOpeners.has(w):
		if w == "on" && art.isWord(items, 1, "behalf") {
			return -1 // "On behalf of X, P signed": X signs
		}
	case exWitnessCues.has(w):
		return -1 // "Witnessed by P, T of X, A and B signed": afterWitnesses
	case art.isWord(items, 1, "by") && (len(w) > 2 && w[len(w)-2:] == "ed" || exIrregularParticiples.has(w)):
		// "Organised by", "Led by", "Hosted by"
	default:
		return -1
	}
	andSeen := false
	for k := 1; k+1 < len(items); k++ {
		if k > 25 {
			return -1
		}
		if items[k].kind == xWord && items[k].in(exSignCues) && !art.isWord(items, k+1, "by", "between") && !art.isWord(items, k-1, "the", "a") {
			return -1 // the main clause's own signing: no fronted phrase
		}
		if art.isWord(items, k, "and") {
			andSeen = true
			continue
		}
		if !art.isWord(items, k, ",") {
			continue
		}
		n := k + 1
		if art.isWord(items, n, "the") {
			n++
		}
		if n >= len(items) {
			return -1
		}
		// "…, the ceremony saw A and B sign", "…, the two sides signed"
		opensSubject := exIsParty(&items[n]) || items[n].kind == xPerson || items[n].kind == xTitle || n > k+1 && items[n].kind == xWord
		// "organised by A, B and C, D signed": a list's commas go on until
		// its "and"
		inList := !andSeen && k > 0 && (exIsParty(&items[k-1]) || items[k-1].inner) && exIsParty(&items[n]) && art.laterAndBeforeComma(items, n)
		if items[k-1].kind == xPerson && items[n].kind == xTitle {
			continue // "Led by P, president of X, …": P's post
		}
		if opensSubject && !inList {
			return k
		}
	}
	return -1
}

// laterAndBeforeComma: from k on, an "and" comes before the next comma and
// before any verb: k continues a list ("A, B and C, D signed").
func (art *exArticle) laterAndBeforeComma(items []exResolved, k int) bool {
	for ; k < len(items); k++ {
		if art.isWord(items, k, ",", ";") {
			return false
		}
		if art.isWord(items, k, "and") {
			// the list ends at the next comma after "and C"
			for m := k + 1; m < len(items); m++ {
				if art.isWord(items, m, ",") {
					return true
				}
				if items[m].kind == xWord && !exIsLowerWord(items[m].low) {
					continue
				}
				if items[m].kind == xWord && items[m].low != "the" {
					return false
				}
			}
			return false
		}
		if items[k].kind == xWord && items[k].in(exSignCues) {
			return false
		}
	}
	return false
}

// inSubClause runs fn on items [a,b) of sentence si as a clause of its own,
// with the sentence's bound items re-indexed to it.
func (art *exArticle) inSubClause(si int, items []exResolved, a, b int, fn func([]exResolved)) {
	whole := art.bound[si]
	shifted := map[int]bool{}
	for k, v := range whole {
		if k >= a && k < b {
			shifted[k-a] = v
		}
	}
	art.bound[si] = shifted
	// an item's parent is its index in the whole sentence
	// the clause's own copies of the items: their parents change
	sub := make([]exResolved, b-a)
	own := make([]exItem, b-a)
	for k := range sub {
		own[k] = *items[a+k].exItem
		sub[k] = exResolved{exItem: &own[k], ent: items[a+k].ent}
	}
	for k := range sub {
		if sub[k].parent >= 0 {
			if sub[k].parent -= a; sub[k].parent < 0 || sub[k].parent >= len(sub) {
				sub[k].parent = -1
			}
		}
	}
	fn(sub)
	art.bound[si] = whole
}

// ceremonyClause returns where the clause of the signing itself begins
// when the sign cue at v is the noun of a ceremony and a later clause says
// who signed ("X hosted the signing ceremony, at which A and B signed",
// "T witnessed the signing, and P, president of A, and Q signed"), or -1.
func (art *exArticle) ceremonyClause(items []exResolved, v int) int {
	if items[v].low != "signing" {
		return -1
	}
	for k := v + 1; k+1 < len(items); k++ {
		if !art.isWord(items, k, ",", ";") {
			continue
		}
		n := k + 1
		switch {
		case art.isWord(items, n, "at", "during", "in") && art.isWord(items, n+1, "which"):
			n += 2
		case art.isWord(items, n, "where", "and", "when"):
			n++
		case art.isWord(items, k, ";"):
		default:
			continue
		}
		for m := n; m < len(items); m++ {
			if items[m].kind == xWord && items[m].in(exSignCues) && items[m].low != "signing" {
				return n
			}
		}
	}
	return -1
}

// relativeSigner returns the body a relative clause of signing stands for
// ("…, which signed an agreement with B", "X, which has signed …"), or -1.
func (art *exArticle) relativeSigner(items []exResolved, v int) int {
	k := v - 1
	for k >= 0 && art.isWord(items, k, "has", "have", "had", "also", "recently", "previously", "once", "already", "just") {
		k--
	}
	if !art.isWord(items, k, "which", "that", "who") || !art.isWord(items, k-1, ",") {
		return -1
	}
	// the antecedent: the body whose name ends before the comma
	p := k - 2
	for p >= 0 && items[p].inner {
		p--
	}
	if p < 0 || !exIsParty(&items[p]) {
		return -1
	}
	return art.ref(items, exPossessed(items, p))
}

// appositionParties returns the parties named only inside an apposition of
// the signers in items [from,to): "A, a partner of X, signed", "A and B,
// both members of X, signed": they describe the signers.
func (art *exArticle) appositionParties(items []exResolved, from, to int) map[int]bool {
	var aside map[int]bool
	for k := from; k+1 < to; k++ {
		if !art.isWord(items, k, ",") || k+1 >= len(items) || items[k+1].kind != xWord || !items[k+1].in(exAppositionOpeners) && !items[k+1].in(exInterjectionOpeners) {
			continue // "A, a partner of X,"; "A and B, at the invitation of X,"
		}
		if k == from || !(exIsParty(&items[k-1]) || items[k-1].inner) {
			continue
		}
		// up to the comma closing it
		end := -1
		for m := k + 2; m < to && m < len(items); m++ {
			if art.isWord(items, m, ",") {
				end = m
				break
			}
		}
		if end < 0 {
			continue
		}
		for m := k + 2; m < end; m++ {
			if exIsParty(&items[m]) {
				if e := art.ref(items, m); e >= 0 {
					if aside == nil {
						aside = map[int]bool{}
					}
					aside[art.r.find(e)] = true
				}
			}
		}
		k = end - 1
	}
	return aside
}

// afterSigningParties returns the parties after the signing at v that are
// not its subject matter, venue or another verb's object: "signed an
// agreement in X" (venue), "… to build the X Laboratory", "… on the X
// Project" (what it sets up or concerns), "signed the agreement and visited
// X" (another act).
func (art *exArticle) afterSigningParties(items []exResolved, si, v int) []int {
	var out []int
	for k := v + 1; k < len(items); k++ {
		if items[k].kind == xWord {
			if art.isWord(items, k, "on") && art.isWord(items, k+1, "behalf") {
				continue // "signed on behalf of X": X signs
			}
			if items[k].in(exModalCues) {
				break // "the agreement signed today will help A serve X"
			}
			if items[v].low != "signing" && art.otherClauseAt(items, k) {
				// signed_clauses.go: "30 projects were signed, and C and D
				// attended"; but "Since the signing of the agreement, A
				// and B have …" names its parties in the main clause
				break
			}
			if art.isWord(items, k, "to", "on", "for", "about", "regarding", "concerning", "establishing", "building", "setting") ||
				art.isWord(items, k, "and", ",") && k+1 < len(items) && items[k+1].kind == xWord && exIsVerbLike(items[k+1].low) {
				break // the rest is what the agreement is for, or a new act
			}
			continue
		}
		if !exIsParty(&items[k]) || items[k].paren || art.bound[si][k] || exPossessed(items, k) != k {
			continue
		}
		p := k - 1
		if art.isWord(items, p, "the") {
			p--
		}
		if art.isWord(items, p, "in", "at", "across", "throughout", "around", "from") {
			continue // the venue; "with 40 hospitals across X"
		}
		if e := art.ref(items, k); e >= 0 {
			out = append(out, art.r.find(e))
		}
	}
	return exUniq(out)
}

// exIsVerbLike: a lower-case word that reads as a past verb of a new act
// ("and visited", ", unveiled"): it ends in -ed or is an irregular
// participle, and is no sign cue.
func exIsVerbLike(w string) bool {
	if exSignCues.has(w) {
		return false
	}
	return len(w) > 3 && w[len(w)-2:] == "ed" || exIrregularParticiples.has(w)
}

// skipPartyList returns the index after the list of parties that begins
// at n ("C", "C and D", "C, D and E").
func (art *exArticle) skipPartyList(items []exResolved, n int) int {
	m := art.skipPossessedName(items, n) // "C's School of X"
	for {
		q := m
		if art.isWord(items, q, ",") {
			q++
		}
		if art.isWord(items, q, "and", "&") {
			q++
		}
		if art.isWord(items, q, "the") {
			q++
		}
		if q == m || q >= len(items) || !exIsParty(&items[q]) {
			return m
		}
		m = art.skipPossessedName(items, q)
	}
}

// gappedSigning reads the clauses from the separator at c on whose verb
// the first one gives: "A signed an agreement with B, and C with D", "…;
// C with D, and E with F" — C signs with D, not with A or B. It reports
// whether c opened one.
func (art *exArticle) gappedSigning(si int, items []exResolved, c int) bool {
	found := false
	for c < len(items) && art.isWord(items, c, ",", ";") {
		n := c + 1
		if art.isWord(items, n, "and") {
			n++
		}
		if art.isWord(items, n, "the") {
			n++
		}
		if n >= len(items) || !exIsParty(&items[n]) || art.findCue(items, n, exSignCues) >= 0 {
			return found
		}
		m := art.skipPartyList(items, n)
		if !art.isWord(items, m, "with") {
			return found
		}
		left := art.listAfter(items, n)
		// D's list, up to the party that opens the next gapped clause
		var right []int
		k, next := m+1, len(items)
		for k < len(items) {
			if art.isWord(items, k, "the", ",", "and", ";") {
				if art.isWord(items, k, ",", ";") {
					next = k
				}
				k++
				continue
			}
			if !exIsParty(&items[k]) || k > m+1 && art.isWord(items, art.skipPartyList(items, k), "with") {
				break
			}
			if e := art.ref(items, exPossessed(items, k)); e >= 0 {
				right = append(right, e)
			}
			next = len(items)
			k = exSkipName(items, exPossessed(items, k))
		}
		for _, l := range left {
			for _, r := range right {
				art.sign(l, r, si)
			}
		}
		found = true
		c = next
	}
	return found
}

// ceremonyNoun reads a "signing" at v used as the noun of a ceremony ("the
// signing ceremony", "after the signing"). It returns a later signing verb
// that states who signed ("At the signing ceremony, A and B signed") when
// no "between" comes before it, or, with ok, that the sentence only tells
// who attended, hosted or spoke at the ceremony ("The signing ceremony was
// attended by leaders of A and B", "P of A presided over the signing
// ceremony") — no agreement of theirs. "The signing ceremony of A and B"
// signs A and B itself.
func (art *exArticle) ceremonyNoun(items []exResolved, si, v int) (int, bool) {
	if !art.isWord(items, v-1, "the", "a", "this") && !art.isWord(items, v+1, "ceremony", "ceremonies") {
		return -1, false // "signing an agreement": the verb
	}
	between := false
	for k := v + 1; k < len(items); k++ {
		if art.isWord(items, k, "between") {
			between = true
		}
		if items[k].kind == xWord && items[k].in(exSignCues) && items[k].low != "signing" {
			if between {
				return -1, false
			}
			return k, false
		}
	}
	if between {
		return -1, false
	}
	o := v + 1
	if art.isWord(items, o, "ceremony", "ceremonies") {
		o++
	}
	if art.isWord(items, o, "of", "for") && art.topicGerundAt(items, o+1) {
		return -1, true // "the signing ceremony of supporting X was held at Y": X is the topic
	}
	if art.isWord(items, o, "of", "for") && len(art.listAfter(items, o+1)) >= 2 {
		art.signAll(art.listAfter(items, o+1), si) // "the signing ceremony of A and B"
		return -1, true
	}
	// "witnessed the signing of the agreement by A and B"
	for k := v + 1; k < len(items) && k <= v+7 && items[k].kind == xWord; k++ {
		if art.isWord(items, k, "by") {
			if xs := art.listAfter(items, k+1); len(xs) >= 2 {
				art.signAll(xs, si)
				return -1, true
			}
			break
		}
	}
	for k := range items {
		if items[k].kind == xWord && items[k].in(exCeremonyRoleVerbs) {
			return -1, true
		}
	}
	return -1, false
}

// withoutPossessors drops from xs the bodies named from item from on only
// as the possessor of the party after them ("with Beihai's Xiling Steel
// Group"): the party is the one possessed.
func (art *exArticle) withoutPossessors(items []exResolved, from int, xs []int) []int {
	possessor := map[int]bool{}
	named := map[int]bool{}
	for k := from; k < len(items); k++ {
		if !exIsParty(&items[k]) {
			continue
		}
		e := art.ref(items, k)
		if e < 0 {
			continue
		}
		e = art.r.find(e)
		n := exSkipName(items, k)
		if art.possessive(items, k) && n < len(items) && exIsParty(&items[n]) {
			possessor[e] = true
		} else {
			named[e] = true
		}
	}
	var out []int
	for _, x := range xs {
		if possessor[x] && !named[x] {
			continue
		}
		out = append(out, x)
	}
	return out
}

// relativeClauseStart returns where the clause of the signing at v begins
// when a relative adverb opens it after a comma (", where C signed", ",
// at which C and D signed", ", when C signed"), or -1: the bodies before
// belong to the clause it hangs on.
func (art *exArticle) relativeClauseStart(items []exResolved, v int) int {
	for k := v - 1; k > 0; k-- {
		if art.isWord(items, k, "where", "when") && art.isWord(items, k-1, ",") {
			return k + 1
		}
		if art.isWord(items, k, "which", "whom") && art.isWord(items, k-1, "at", "during", "in", "after") && art.isWord(items, k-2, ",") {
			return k + 1
		}
		if art.isWord(items, k, "which", "that") && art.isWord(items, k-1, ",") {
			// "X brokered the agreement, which A and B signed": its object
			n := k + 1
			if art.isWord(items, n, "the") {
				n++
			}
			if n < v && exIsParty(&items[n]) {
				return k + 1
			}
		}
		if items[k].kind == xWord && items[k].in(exSubordinators) {
			// "The lab was set up after A signed with B": A's clause
			n := k + 1
			if art.isWord(items, n, "the") {
				n++
			}
			if n < v && n < len(items) && exIsParty(&items[n]) {
				return k + 1
			}
		}
		if art.isWord(items, k, ";") {
			return -1
		}
	}
	return -1
}

// isLocative: the party at k is named after "in" or "at" (and "the")
// that follows a word or a name ("a leading enterprise in X", "A in X"):
// where something is, not who signs.
func (art *exArticle) isLocative(items []exResolved, k int) bool {
	p := k - 1
	if art.isWord(items, p, "the") {
		p--
	}
	if !art.isWord(items, p, "in", "at") || p == 0 {
		return false
	}
	return !art.isWord(items, p-1, ",", ";")
}

// countedGroupAt: items from k on count a group of bodies without naming
// them ("with more than 40 hospitals", "with over 30 enterprises", "with
// dozens of universities"): no particular party.
func (art *exArticle) countedGroupAt(items []exResolved, k int) bool {
	counted := false
	for ; k < len(items) && items[k].kind == xWord; k++ {
		w := items[k].low
		switch {
		case exCountWords[w] != 0 || w != "" && w[0] >= '0' && w[0] <= '9' || w == "dozens" || w == "hundreds" || w == "scores" || w == "several" || w == "many" || w == "numerous":
			counted = true
		case w == "more" || w == "than" || w == "over" || w == "nearly" || w == "about" || w == "almost" || w == "some" || w == "of" || w == "the" || w == "up" || w == "to":
		default:
			return counted && exIsLowerWord(w) && len(w) > 2 && w[len(w)-1] == 's'
		}
	}
	return false
}

// signerWith returns the body the person after "with" at w leads ("P
// signed the agreement with Q, director of Y", "with Director Q of Y"):
// Q signs for Y. Nil when no person follows.
func (art *exArticle) signerWith(items []exResolved, w int) []int {
	k := w + 1
	for k < len(items) && k <= w+3 && items[k].kind == xTitle {
		k++
	}
	if k >= len(items) || items[k].kind != xPerson {
		return nil
	}
	return art.personOrgs(items, k, k+1, false)
}

// signedNoAgreement: the signing at v has an object that is no agreement
// ("signed their names on the wall", "signed the guest book").
func (art *exArticle) signedNoAgreement(items []exResolved, v int) bool {
	k := v + 1
	for art.isWord(items, k, "the", "a", "their", "his", "her", "its") {
		k++
	}
	if art.isWord(items, k, "guest", "commemorative") {
		k++
	}
	return k < len(items) && items[k].kind == xWord && items[k].in(exSignedNonAgreements)
}

// withoutClauseSubject drops from the list xs after "with" a last conjunct
// that is the subject of a verb of its own ("signed with A and B attended",
// "with A and B delivered speeches"): it opens a new clause.
func (art *exArticle) withoutClauseSubject(items []exResolved, from int, xs []int) []int {
	for k := from; k < len(items); k++ {
		if art.isWord(items, k, ",", ";", ".") {
			break
		}
		if !exIsParty(&items[k]) || !art.isWord(items, k-1, "and") && !(art.isWord(items, k-1, "the") && art.isWord(items, k-2, "and")) {
			continue
		}
		n := exSkipName(items, k)
		if n < len(items) && items[n].kind == xWord && (items[n].in(exCeremonyRoleVerbs) || items[n].in(exModalCues) || exIsVerbLike(items[n].low)) {
			e := art.ref(items, k)
			if e < 0 {
				return xs
			}
			e = art.r.find(e)
			var out []int
			for _, x := range xs {
				if x != e {
					out = append(out, x)
				}
			}
			return out
		}
	}
	return xs
}

// formerPostOf: the party at k is named by a post its holder no longer
// holds ("P, former president of X, now director of Y, signed"): P signs
// for Y, not X.
func (art *exArticle) formerPostOf(items []exResolved, k int) bool {
	p := k - 1
	for p >= 0 && art.isWord(items, p, "of", "the") {
		p--
	}
	for p >= 0 && items[p].kind == xTitle {
		p--
	}
	return p < k-1 && items[p+1].kind == xTitle && art.isWord(items, p, "former", "retired", "late", "ex", "then")
}

// twoSidesNamed returns the pair "the two sides" of sentence si stand for:
// the home body and the one other party the sentence names ("After talks
// with X, the two sides signed"), or the two parties of the nearest
// sentence before that names exactly two ("X and Y held talks. The two
// sides signed"); -1s when neither is there.
func (art *exArticle) twoSidesNamed(si int) (int, int) {
	items := art.items[si]
	var xs []int
	for _, e := range art.partiesIn(items, si, 0, len(items)) {
		venue := false
		for k := range items {
			if items[k].ent >= 0 && art.r.find(items[k].ent) == e && (art.isVenue(items, k) || art.isLocative(items, k) || art.isWord(items, k-1, "in", "at") || art.datelineParty(items, k)) {
				venue = true
			}
		}
		if !venue {
			xs = append(xs, e)
		}
	}
	if art.home >= 0 {
		xs = exUniq(append(xs, art.r.find(art.home)))
	}
	if len(xs) == 2 {
		return xs[0], xs[1]
	}
	if len(xs) > 2 {
		return -1, -1
	}
	if si == 0 {
		return -1, -1
	}
	return art.twoSidesBefore(si) // signed_locator.go
}

// skipPossessedName returns the index after the party at k and, when k is
// a possessive, the unit it possesses ("DMU's First Affiliated Hospital",
// whichever mention of the owner the unit's parent link names).
func (art *exArticle) skipPossessedName(items []exResolved, k int) int {
	m := exSkipName(items, exPossessed(items, k))
	if m == exSkipName(items, k) && art.possessive(items, k) && m < len(items) && items[m].kind == xOrg {
		m = exSkipName(items, m)
	}
	return m
}

// onlyOwnerOfUnit: every mention of e in items [from,to) is a possessive
// right before an organisation ("DMU's First Affiliated Hospital signed"):
// the unit signs, its owner does not.
func (art *exArticle) onlyOwnerOfUnit(items []exResolved, e, from, to int) bool {
	seen := false
	for k := from; k < to && k < len(items); k++ {
		if items[k].ent < 0 || art.r.find(items[k].ent) != e || !exIsParty(&items[k]) {
			continue
		}
		n := exSkipName(items, k)
		if !art.possessive(items, k) || n >= len(items) || items[n].kind != xOrg {
			return false
		}
		seen = true
	}
	return seen
}

// causedSigning reads "X led A and B in signing the agreement": the bodies
// X led sign, X does not. "X invited A and B to sign" states no signature.
// It reports whether the signing at v was one of these.
func (art *exArticle) causedSigning(items []exResolved, si, v int) bool {
	if !art.isWord(items, v-1, "in", "to") {
		return false
	}
	c := -1
	for k := v - 2; k >= 0 && k >= v-20; k-- {
		if art.isWord(items, k, ";") || items[k].kind == xWord && items[k].in(exSignCues) {
			break
		}
		if items[k].kind == xWord && items[k].in(exCausativeVerbs) {
			c = k
			break
		}
	}
	o := c + 1
	if art.isWord(items, o, "the") {
		o++
	}
	if c < 0 || o >= len(items) || !exIsParty(&items[o]) {
		return false // "led a delegation to X to sign": the leader's body signs
	}
	if art.isWord(items, v-1, "to") {
		return true // "invited A to sign": asked, not stated signed
	}
	xs := art.partiesIn(items, si, c+1, v-1)
	if w := art.findWord(items, v, "with"); w >= 0 {
		if right := art.listAfter(items, w+1); len(right) > 0 && len(xs) > 0 {
			for _, l := range xs {
				for _, r := range right {
					art.sign(l, r, si)
				}
			}
			return true
		}
	}
	if len(xs) >= 2 {
		art.signAll(xs, si)
	}
	return true
}

// signingWith returns the "with" of the signing at v, or -1: the first
// after it in the signing's own clause, which ends at a modal ("…, and the
// two will jointly set up X with C": C is no partner) or at ", and" that
// opens a clause with a subject of its own ("the two", "they").
func (art *exArticle) signingWith(items []exResolved, v int) int {
	for k := v + 1; k < len(items); k++ {
		if items[k].kind == xWord && items[k].in(exModalCues) && !art.isWord(items, k, "through") {
			return -1
		}
		if art.isWord(items, k, ",", ";") && art.isWord(items, k+1, "and") && art.isWord(items, k+2, "the", "they", "both", "it", "this", "these") {
			return -1
		}
		if art.isWord(items, k, "with") && !art.absoluteWith(items, k) { // signed_asides.go: "with C attending"
			return k
		}
	}
	return -1
}

// withoutThingsSetUp drops from the signers xs a body the sentence names
// as set up ("The X Alliance was established, with A, B and C signing the
// charter"): what is founded is no party to its founding.
func (art *exArticle) withoutThingsSetUp(items []exResolved, from, to int, xs []int) []int {
	var out []int
	for _, e := range xs {
		setUp := false
		for k := from; k < to && k < len(items); k++ {
			if items[k].ent < 0 || art.r.find(items[k].ent) != e || !exIsParty(&items[k]) {
				continue
			}
			n := exSkipName(items, k)
			if art.isWord(items, n, "was", "were", "is", "has", "had") {
				n++
				if art.isWord(items, n, "been", "officially", "formally", "jointly", "newly") {
					n++
				}
				if n < len(items) && items[n].kind == xWord && items[n].in(exSetUpParticiples) {
					setUp = true
				}
			}
		}
		if !setUp {
			out = append(out, e)
		}
	}
	return out
}

// topicGerundAt: the words at k open a gerund ("supporting X", "jointly
// building Y"): after "the signing ceremony of/for" it names what the
// agreement is about, whose bodies are no parties.
func (art *exArticle) topicGerundAt(items []exResolved, k int) bool {
	if art.isWord(items, k, "jointly", "further") {
		k++
	}
	if k >= len(items) || items[k].kind != xWord {
		return false
	}
	w := items[k].low
	return len(w) > 5 && strings.HasSuffix(w, "ing") && !exSignCues.has(w)
}
