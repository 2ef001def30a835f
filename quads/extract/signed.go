package extract

import (
	"strings"

	"github.com/coopgraph/coopgraph/quads"
)

// signed-with: who signed an agreement with whom.

func (art *exArticle) sign(a, b, si int) {
	a, b = art.r.find(a), art.r.find(b)
	if a == b || art.related(a, b) {
		return
	}
	art.signPair(a, b, si)
}

func (art *exArticle) signPair(a, b, si int) {
	if art.qualifiesOnly(a, b, si) { // signed_qualifiers.go: "held in X", "A University, Mexico"
		return
	}
	art.add(a, quads.SignedWith, b, "", si)
	art.signs[[2]int{a, b}], art.signs[[2]int{b, a}] = true, true
}

// signAll signs every pair of xs. Among three parties or more a body and
// its unit both listed are two parties ("between X, Y University and its
// affiliated Z Hospital": Y and Z sign too); of two, the unit signs for its
// parent.
func (art *exArticle) signAll(xs []int, si int) {
	for i := range xs {
		for j := i + 1; j < len(xs); j++ {
			if a, b := art.r.find(xs[i]), art.r.find(xs[j]); len(exUniq(xs)) >= 3 && a != b && art.related(a, b) {
				art.signPair(a, b, si)
				continue
			}
			art.sign(xs[i], xs[j], si)
		}
	}
}

// signedIn reads agreements: who signed with whom, one clause of the
// sentence at a time ("A signed with B, and C signed with D").
func (art *exArticle) signedIn(si int) {
	defer art.bindLocators(si)() // signed_locator.go: "Anji, Zhejiang": Zhejiang signs nothing
	items := art.items[si]
	art.possessiveAgreementsIn(si) // "X's agreement with Y"
	if c := art.subordinateSigningEnd(items); c >= 0 && len(art.partiesIn(items, si, 0, c)) > 0 {
		// "After A signed with B, C donated books to D" (signed_clauses.go):
		// the fronted clause's signing is its own
		art.inSubClause(si, items, 0, c, func(sub []exResolved) { art.signedInClause(si, sub) })
		art.inSubClause(si, items, c+1, len(items), func(sub []exResolved) { art.signedInClauses(si, sub) })
		return
	}
	if f := art.frontedPhraseEnd(items); f >= 0 && art.findCue(items, f+1, exSignCues) >= 0 {
		// "Organised by X, A and B signed": the fronted phrase names no
		// signer of the main clause, but may state a signing of its own
		// ("Following the agreement signed by C and D, A signed …")
		if art.findCue(items[:f], 0, exSignCues) >= 0 {
			art.inSubClause(si, items, 0, f, func(c []exResolved) { art.signedInClause(si, c) })
		}
		art.inSubClause(si, items, f+1, len(items), func(c []exResolved) { art.signedInClauses(si, c) })
		return
	}
	art.signedInClauses(si, items)
}

// signedInClauses reads the signing clauses of items one at a time ("A
// signed with B, and C signed with D").
func (art *exArticle) signedInClauses(si int, items []exResolved) {
	c := art.signingClauseSplit(items)
	if c < 0 {
		art.signedInClause(si, items)
		return
	}
	art.signedInClause(si, items[:c])
	if art.gappedSigning(si, items, c) { // signed_scope.go
		return
	}
	// the second clause's items are indexed from its start
	art.inSubClause(si, items, c+1, len(items), func(sub []exResolved) { art.signedInClause(si, sub) })
}

// signingClauseSplit returns the index of the ";" or "," that opens a
// second signing clause with a subject of its own ("…; C signed with D",
// "…, and C also signed …"), or -1.
func (art *exArticle) signingClauseSplit(items []exResolved) int {
	v := art.signCue(items, 0) // signboards.go: not "the sign of a base"
	if v < 0 {
		return -1
	}
	for c := v + 1; c+1 < len(items); c++ {
		if art.andOpensSigningClause(items, v, c) { // signed_clauses.go: "with B and C signed one with D"
			return c
		}
		if !art.isWord(items, c, ";", ",") {
			continue
		}
		n := c + 1
		bare := false // ", C with D": only a gapped clause
		if art.isWord(items, n, "and", "while", "whereas") {
			n++
		} else if art.isWord(items, c, ",") {
			bare = true
		}
		if art.isWord(items, n, "the") {
			n++
		}
		if n >= len(items) || !exIsParty(&items[n]) {
			continue
		}
		// "; C and D signed" (signed_scope.go), then ", represented by P, signed" (signboards.go)
		m := art.skipSubjectConjuncts(items, art.skipPartyList(items, n))
		if art.isWord(items, m, "also", "then", "later", "has", "have", "had") {
			m++
		}
		if !bare && m < len(items) && items[m].kind == xWord && (items[m].in(exSignCues) || items[m].in(exConcludeCues) || items[m].in(exModalCues)) {
			return c
		}
		if art.isWord(items, m, "with") && !art.isWord(items, c+1, "while", "whereas") && art.findCue(items, m, exSignCues) < 0 {
			return c // gapped: "A signed with B, and C with D", "; C with D"
		}
	}
	return -1
}

// signedInClause reads one clause's agreement.
func (art *exArticle) signedInClause(si int, items []exResolved) {
	v := art.signCue(items, 0) // signboards.go: not "the sign of a base"
	if v < 0 {
		v = art.concludedAgreement(items)
	}
	if v < 0 {
		// "Under the cooperation agreement between A and B, …": an
		// agreement the text names as existing was signed
		if b := art.definiteAgreementBetween(items); b >= 0 {
			art.signAll(art.listAfter(items, b+1), si)
		}
		return
	}
	if c := art.priorClauseEnd(items, v); c >= 0 { // signed_prior.go
		// "The ceremony was hosted by X and Y, and A and B signed": the
		// signing's clause names its parties
		art.inSubClause(si, items, c+1, len(items), func(sub []exResolved) { art.signedInClause(si, sub) })
		return
	}
	if art.causedSigning(items, si, v) { // signed_scope.go: "X led A and B in signing"
		return
	}
	if art.unrealised(items, v) || art.isWord(items, v+1, "up") || art.signedNoAgreement(items, v) {
		return // "will sign"; "signed up to join"; "signed their names": no agreement
	}
	if n := art.ceremonyClause(items, v); n >= 0 && art.findWord(items[:n], v, "between") < 0 {
		// "X hosted the signing ceremony, at which A and B signed": the
		// clause of the signature names the parties
		art.inSubClause(si, items, n, len(items), func(c []exResolved) { art.signedInClause(si, c) })
		return
	}
	if items[v].low == "signing" {
		// the ceremony, not the signature: the parties are those of its
		// "between"/"of", or of the later verb; hosts and guests sign nothing
		switch nv, ok := art.ceremonyNoun(items, si, v); {
		case nv >= 0:
			v = nv // "At the signing ceremony, A and B signed"
		case ok:
			return
		}
	}
	if items[v].low == "signing" && !art.gerundSubject(items, v) { // signed_asides.go: "witnessed A and B signing"
		// "… attended the signing ceremony": attendance, not a signature
		for k := v - 1; k >= 0 && k >= v-4; k-- {
			if items[k].kind == xWord && items[k].in(exAttendCues) {
				if art.findWord(items, v, "between") < 0 {
					return
				}
			}
		}
	}
	if b := art.findWord(items, 0, "between"); b >= 0 && art.signBetweens(items, b, si) {
		return // signed_clauses.go: "between A and B, and between C and D"
	}
	if b := art.findWord(items, v, "between"); b >= 0 && !art.emptyQuotedBetween(items, b) { // signed_titles.go
		xs := art.listAfter(items, b+1)
		if len(xs) < 2 {
			// "signed between P, president of X, and Q, director of Y"
			xs = art.personOrgs(items, b+1, art.witnessesFrom(items, b), false)
		}
		if len(xs) >= 2 || len(art.partiesIn(items, si, 0, v)) < 2 || items[v].low == "signing" {
			// "X and Y facilitated the signing ceremony between A and
			// B": those who hold a ceremony between others sign nothing
			art.signAll(xs, si)
			return
		} // "the agreement between A and B was signed between P and Q": A and B sign
	}
	if b := art.findWord(items, v, "behalf"); b >= 0 && art.isWord(items, b+1, "of") {
		if xs := art.listAfter(items, b+2); len(xs) >= 2 {
			art.signAll(xs, si)
			return
		}
	}
	from := art.afterWitnesses(items, v)
	if c := art.purposeClauseEnd(items, si, v); c > from {
		from = c // signed_purpose.go: "In order to fulfil the requirements of X, A and B signed"
	}
	if c := art.relativeClauseStart(items, v); c > from {
		from = c // "visited A and B, where C signed …": C signs
	}
	if c := art.eventRelativeStart(items, v); c > from {
		from = c // signed_asides.go: "X attended the ceremony where A and B signed"
	}
	left := art.withoutThingsSetUp(items, from, v, art.signersIn(items, si, from, v)) // signed_scope.go
	if xs := art.coordinatedSigners(items, si, from, v); len(xs) > 0 {
		left = xs // signed_coordinated.go: "P visited X and signed with Y": P's body signs
	}
	if a := art.relativeSigner(items, v); a >= 0 {
		left = []int{art.r.find(a)} // "X worked with A, which signed with B"
	}
	if len(left) == 0 {
		if xs := art.copulaSigners(items, v); len(xs) >= 2 {
			art.signAll(xs, si) // xlists: "the signing parties were A, B and C"
			return
		}
	}
	if art.multiParty(items) {
		// "A, B and C signed a four-party agreement with D": every pair
		// (the venue after the verb is none: signed_locator.go)
		all := exUniq(append(append([]int{}, left...), art.partiesAfterVerb(items, si, v)...))
		if len(left) == 0 {
			all = exUniq(append(art.partiesIn(items, si, from, v), all...))
		}
		if len(all) >= 3 {
			art.signAll(all, si)
			return
		}
	}
	if len(left) == 0 {
		left = art.personOrgs(items, from, v, false)
	}
	// a place after the verb that only says where ("the two sides signed
	// the agreement in Beihai") names no side
	after := art.sidesAfterVerb(items, si, v) // signed_unnamed.go
	if len(left) == 0 && len(after) == 0 {
		// "the three parties signed", "all four sides inked": the bodies
		// the nearest sentence before lists, when it lists that many
		if n := art.sidesCount(items, v); n != 0 && n != 2 {
			if xs := art.recentParties(si, n); len(xs) >= 3 {
				art.signAll(xs, si)
				return
			}
		} else if n == 2 && !art.bothSides(items, v) {
			// "the two institutions signed": the pair the sentence before names
			if xs := art.recentParties(si, 2); len(xs) == 2 {
				art.signAll(xs, si)
				return
			}
		}
	}
	if len(left) == 0 && len(after) == 0 && (art.bothSides(items, v) || art.agreementPassive(items, si, v)) {
		// "The two sides signed an agreement", "The agreement was signed on
		// Friday": the two the sentence or the nearest before it names,
		// else the article's two parties
		if a, b := art.twoSidesNamed(si); a >= 0 && b >= 0 { // signed_scope.go
			if len(art.signs) > 0 && !art.signs[[2]int{art.r.find(a), art.r.find(b)}] {
				return // signed10: the article's signing already named its sides; "the two sides" are they
			}
			art.sign(a, b, si)
			return
		}
		if a, b := art.mainPair(); a >= 0 && b >= 0 {
			art.sign(a, b, si)
		}
		return
	}
	if w := art.signingWith(items, v); w >= 0 { // signed_scope.go
		start := art.skipRepresentatives(items, w+1)
		if g := art.groupListStart(items, w+1); g >= 0 {
			start = g // signed_groups.go: "with four universities at the ceremony, namely A, B"
		}
		right := art.looseListAfter(items, start)
		right = exUniq(append(right, art.moreAgreementsWith(items, w)...))
		right = art.withoutPossessors(items, w+1, right)    // signed_scope.go: "with Beihai's X Group"
		right = art.withoutClauseSubject(items, w+1, right) // signed_scope.go: "with A and B attended"
		right = art.withoutOtherClauses(items, w+1, right)  // signed_clauses.go: "with A in X, and C hosted"
		if len(right) == 0 && len(left) > 0 {
			right = art.countedPartiesAt(items, si, w+1, left) // "with the two universities"
		}
		if len(right) == 0 && len(left) > 0 {
			right = art.signerWith(items, w) // signed_scope.go: "with Q, director of Y"
		}
		if len(right) == 0 && art.countedGroupAt(items, w+1) { // signed_scope.go
			return // "has signed agreements with more than 40 hospitals across X"
		}
		if b := art.findWord(items, v, "by"); len(left) == 0 && b >= 0 && b < w {
			// "was signed by A with B and C"
			left = art.listAfter(items, b+1)
		}
		if len(left) >= 2 && len(left) == len(right) && art.findWord(items, v, "respectively") >= 0 {
			// "A and B signed agreements with C and D respectively": in order
			for n := range left {
				art.sign(left[n], right[n], si)
			}
			return
		}
		if len(right) > 0 && len(left) > 0 {
			for _, l := range left {
				for _, r := range right {
					art.sign(l, r, si)
				}
			}
			return
		}
	}
	if b := art.passiveAgent(items, v); b >= 0 && len(art.listAfter(items, b+1)) >= 2 {
		// "The agreement on building X Institute was signed, by A and
		// B": the agents sign, not what the subject names
		art.signSeveral(items, art.listAfter(items, b+1), si)
		return
	}
	if len(left) >= 2 {
		art.signAll(left, si)
		return
	}
	if b := art.findWord(items, v, "by"); b >= 0 {
		if xs := art.listAfter(items, b+1); len(xs) >= 2 {
			art.signSeveral(items, xs, si)
			return
		}
		// "signed (on 8 June) by P, president of X, and Q, manager of Y":
		// the bodies the signers lead
		if len(left) == 0 && art.onlyWordsBetween(items, v, b, 6) {
			if xs := art.personOrgs(items, b+1, art.witnessesFrom(items, b), false); len(xs) >= 2 {
				art.signSeveral(items, xs, si)
				return
			}
		}
	}
	// the parties after the agreement, but its venue and subject matter
	right := art.afterSigningParties(items, si, v) // signed_scope.go
	all := exUniq(append(append([]int{}, left...), right...))
	if len(all) == 2 {
		art.signAll(all, si)
		return
	}
	if len(left) == 1 && len(right) == 0 && items[v].low != "signing" {
		for _, o := range art.personOrgs(items, 0, v, false) {
			art.sign(o, left[0], si)
		}
	}
}

// concludedAgreement returns the verb of "concluded/reached (a …)
// agreement", or -1: concluding an agreement is signing it.
func (art *exArticle) concludedAgreement(items []exResolved) int {
	for v := art.findCue(items, 0, exConcludeCues); v >= 0; v = art.findCue(items, v+1, exConcludeCues) {
		for k := v + 1; k < len(items) && k <= v+5 && items[k].kind == xWord; k++ {
			if items[k].in(exAgreementNouns) {
				return v
			}
		}
		// "the agreement was reached between …"
		for k := v - 1; k >= 0 && k >= v-4 && items[k].kind == xWord; k-- {
			if items[k].in(exAgreementNouns) {
				return v
			}
		}
	}
	return -1
}

// signersIn returns the parties in items [from,to) but those a fronted
// phrase of place names as the venue ("At X, A signed …", "In Y, …").
func (art *exArticle) signersIn(items []exResolved, si, from, to int) []int {
	if xs := art.parenListAt(items, from); xs != nil {
		return xs // "Three universities (A, B and C) signed"
	}
	var out []int
	aside := art.byAppositions(items, from, to)
	described := art.appositionParties(items, from, to) // signed_scope.go
	for _, e := range art.partiesIn(items, si, from, to) {
		if aside[e] || described[e] {
			continue // "X, co-founded by A and B, signed": X signs
		}
		if art.onlyPossessor(items, e, from, to) || art.onlyOwnerOfUnit(items, e, from, to) { // signed_scope.go
			continue // "Nanhu Group's subsidiary, X, signed": X signs
		}
		venue := false
		for k := from; k < to && k < len(items); k++ {
			if items[k].ent >= 0 && art.r.find(items[k].ent) == e {
				// "At X, A signed"; "A, an enterprise in X, has signed"
				venue = art.isVenue(items, k) || art.isLocative(items, k) || art.formerPostOf(items, k) || art.datelineParty(items, k) // signed_scope.go
				if !venue {
					break
				}
			}
		}
		if !venue {
			out = append(out, e)
		}
	}
	return out
}

// isVenue: the party at k is named by a phrase of place set off by a
// comma ("at X,", "in the Y,").
func (art *exArticle) isVenue(items []exResolved, k int) bool {
	p := k - 1
	if art.isWord(items, p, "the") {
		p--
	}
	return art.isWord(items, p, "at", "in") && art.isWord(items, exSkipName(items, k), ",")
}

// findCue returns the first word item from on that is in cues, or -1.
func (art *exArticle) findCue(items []exResolved, from int, cues exWordSet) int {
	for k := from; k < len(items); k++ {
		if items[k].kind == xWord && items[k].in(cues) {
			return k
		}
	}
	return -1
}

// unrealised: the signing at item v is hoped for, planned or future ("hope
// to sign", "will sign", "plans to deepen cooperation through signing"),
// not stated as done; only a signed or reached agreement is signed-with.
func (art *exArticle) unrealised(items []exResolved, v int) bool {
	if art.isWord(items, v-1, "to") && !items[v].in(exPastForms) && !art.purposeInfinitive(items, v-1) {
		// "agreed to sign", "is scheduled to sign": an infinitive
		return true
	}
	if art.isWord(items, v-1, "be") {
		return true // "is to be signed", "is expected to be signed", "will be signed"
	}
	if art.negated(items, v) || art.prospective(items, v) || art.conditional(items, v) {
		return true // "have not yet signed", "discussed signing", "agreed to deepen … and sign"
	}
	if items[v].low == "signed" || items[v].low == "inked" || items[v].low == "co-signed" {
		// "the agreement signed …" may still follow a modal clause
		for k := v - 1; k >= 0 && k >= v-2; k-- {
			if items[k].kind == xWord && items[k].in(exModalCues) {
				return true
			}
		}
		return false
	}
	for k := v - 1; k >= 0 && k >= v-6; k-- {
		if items[k].kind != xWord {
			break
		}
		if items[k].in(exModalCues) {
			return true
		}
	}
	return false
}

// skipRepresentatives returns where the parties begin after "with": past
// "(the) representatives of the eight enterprises:", "government
// representatives of" and the like, whose members follow.
func (art *exArticle) skipRepresentatives(items []exResolved, k int) int {
	q := k
	if art.isWord(items, q, "the") {
		q++
	}
	if q >= len(items) || items[q].kind != xWord || !items[q].in(exRepresentativeNouns) {
		return k
	}
	if q+1 < len(items) && items[q+1].kind == xWord && items[q+1].in(exRepresentativeNouns) {
		q++ // "with government representatives of A and B": the nouns compound
	}
	if !art.isWord(items, q+1, "of") {
		return k
	}
	// up to the colon that opens the list, within a few words
	for m := q + 2; m < len(items) && m < q+8; m++ {
		if art.isWord(items, m, ":") {
			return m + 1
		}
		if items[m].kind != xWord {
			break
		}
	}
	return q + 2 // "with representatives of A and B"
}

// afterWitnesses returns where the signers before item v begin: after the
// last comma when a witness phrase comes first ("witnessed by A, T of X and
// B, T of Y, C and D signed"): the witnesses are not parties. Otherwise 0.
func (art *exArticle) afterWitnesses(items []exResolved, v int) int {
	w := -1
	for k := 0; k < v; k++ {
		if items[k].kind == xWord && items[k].in(exWitnessCues) {
			w = k
			break
		}
	}
	if w < 0 {
		return 0
	}
	for k := v - 1; k > w; k-- {
		if art.isWord(items, k, ",", ";") {
			return k + 1
		}
	}
	return 0
}

// bothSides: "the two sides", "both parties" comes before item v.
func (art *exArticle) bothSides(items []exResolved, v int) bool {
	for k := 1; k < v && k < len(items); k++ {
		if art.isWord(items, k, "sides", "parties") && art.isWord(items, k-1, "two", "both") {
			return true
		}
	}
	return false
}

// mainPair returns the article's home organisation and the top-level
// organisation or place it deals with most, or -1s.
func (art *exArticle) mainPair() (int, int) {
	r := art.r
	if art.home < 0 {
		return -1, -1
	}
	h := r.find(art.home)
	best, bc := -1, 0
	for i, e := range r.ents {
		if r.find(i) != i || i == h || (e.typ != quads.Organization && e.typ != quads.Place) || e.parent >= 0 || e.level == levelProvince || art.related(h, i) {
			continue
		}
		if e.count > bc || (e.count == bc && best >= 0 && e.first < r.ents[best].first) {
			best, bc = i, e.count
		}
	}
	if best < 0 {
		return -1, -1
	}
	return h, best
}

// onlyWordsBetween: items (a,b) are plain words, fewer than max of them
// ("signed on 8 June by").
func (art *exArticle) onlyWordsBetween(items []exResolved, a, b, max int) bool {
	if b <= a || b-a > max {
		return false
	}
	for k := a + 1; k < b; k++ {
		if items[k].kind != xWord {
			return false
		}
	}
	return true
}

// sidesCount reads "the three parties", "all four sides", "all parties"
// in the sentence ("the three parties signed", "signed by the three
// parties"): the number of parties, -1 for "all" alone, 0 for none.
func (art *exArticle) sidesCount(items []exResolved, v int) int {
	for k := 1; k < len(items); k++ {
		if items[k].kind != xWord || !items[k].in(exPartyGroupNouns) {
			continue // "sides", "parties", "institutions", "universities", "units"
		}
		if n := exCountWords[items[k-1].low]; n != 0 {
			return n
		}
		if art.isWord(items, k-1, "all") {
			return -1
		}
	}
	return 0
}

// recentParties returns the parties of the nearest sentence up to si that
// names n of them (-1: three or more), or nil. A place the sentence names
// as where they met ("in X", "at Y") is no party.
func (art *exArticle) recentParties(si, n int) []int {
	for s := si; s >= 0 && s >= si-3; s-- {
		if xs := art.sideParties(s); len(xs) == n || n < 0 && len(xs) >= 3 {
			return xs
		}
	}
	return nil
}

// sideParties returns the parties of sentence s but the places it names
// as where they met ("in X", "at Y") or as what a thing belongs to ("the
// heritage listing of X"), the bodies of an escort ("accompanied by
// officials of X"; signed_locator.go), of a post its holder no longer
// holds ("P, former director of X") and of the guests of an event ("the
// ceremony was attended by P, inspector of X"): none is one of the sides.
func (art *exArticle) sideParties(s int) []int {
	items := art.items[s]
	guests := art.attendedByFrom(items)
	var xs []int
	for _, e := range art.partiesIn(items, s, 0, len(items)) {
		venue := false
		for k := range items {
			if items[k].ent >= 0 && art.r.find(items[k].ent) == e && (art.isWord(items, k-1, "in", "at") || art.isWord(items, k-1, "the") && art.isWord(items, k-2, "in", "at") || art.placeOfThing(items, k) || art.escortOf(items, k) || art.formerPostOf(items, k) || art.datelineParty(items, k) || k > guests) {
				venue = true
			}
		}
		if !venue {
			xs = append(xs, e)
		}
	}
	return xs
}

// datelineParty: the party at k opens its sentence before a comma and a
// date ("Donghu University, May 23, 2011: X and Y signed …"): the
// dateline names who filed the story, not a side of the signing.
func (art *exArticle) datelineParty(items []exResolved, k int) bool {
	n := exSkipName(items, k)
	return k == 0 && art.isWord(items, n, ",") && n+1 < len(items) && items[n+1].kind == xWord && items[n+1].in(exMonths)
}

// attendedByFrom returns where the list of an event's guests begins in
// items: after the "by" of "attended by", or at the start of an inverted
// sentence of attendance ("Attending the ceremony were P, director of X",
// "Present at the signing were …"); the end of items when there is none.
func (art *exArticle) attendedByFrom(items []exResolved) int {
	if len(items) > 0 && items[0].kind == xWord && items[0].in(exInvertedAttendOpeners) {
		for k := 1; k < len(items) && k <= 6 && items[k].kind == xWord; k++ {
			if art.isWord(items, k, "were", "was", "are", "is", "included", "include") {
				return -1
			}
		}
	}
	for k := 1; k < len(items); k++ {
		if art.isWord(items, k, "by") && items[k-1].kind == xWord && items[k-1].in(exAttendVerbs) {
			return k
		}
	}
	return len(items)
}

// definiteAgreementBetween returns the "between" of "the (cooperation)
// agreement between A and B" when no modality or proposal comes before it
// and the agreement is no draft, or -1.
func (art *exArticle) definiteAgreementBetween(items []exResolved) int {
	for a := range items {
		if items[a].kind != xWord || !items[a].in(exAgreementNouns) {
			continue
		}
		b := a + 1
		if art.isWord(items, b, "of") && art.isWord(items, b+1, "understanding", "cooperation") {
			b += 2 // "the Memorandum of Understanding between"
		}
		if !art.isWord(items, b, "between") {
			continue
		}
		if m := art.findCue(items[:a], 0, exModalCues); m >= 0 || art.findCue(items[:a], 0, exProposalCues) >= 0 {
			return -1 // "hope to reach the agreement between …"
		}
		for k := a - 1; k >= 0 && k >= a-5; k-- {
			if items[k].kind != xWord || items[k].in(exDraftWords) {
				break
			}
			if items[k].low == "the" {
				if len(art.listAfter(items, b+1)) >= 2 {
					return b
				}
				break
			}
		}
	}
	return -1
}

// onlyPossessor: every mention of e in items [from,to) is a possessive
// before a common noun ("Nanhu Group's subsidiary", "the university's
// students"): it qualifies the noun and is no party itself.
func (art *exArticle) onlyPossessor(items []exResolved, e, from, to int) bool {
	seen := false
	for k := from; k < to && k < len(items); k++ {
		if items[k].ent < 0 || art.r.find(items[k].ent) != e || !exIsParty(&items[k]) {
			continue
		}
		seen = true
		n := exSkipName(items, k)
		if !art.possessive(items, k) || n >= len(items) || items[n].kind != xWord || !exIsLowerWord(items[n].low) || art.isWord(items, n, "and") {
			return false
		}
	}
	return seen
}

// multiParty: the sentence names an agreement of three or more parties
// ("tripartite", "a four-party agreement", "multilateral").
func (art *exArticle) multiParty(items []exResolved) bool {
	for k := range items {
		if items[k].kind != xWord {
			continue
		}
		w := items[k].low
		if exMultiPartyWords.has(w) {
			return true
		}
		if n, ok := strings.CutSuffix(w, "-party"); ok && exCountWords[n] >= 3 {
			return true
		}
	}
	return false
}

// negated: a negation stands among the few words before the signing at v
// ("have not yet signed", "never signed"), not "not only … but also".
func (art *exArticle) negated(items []exResolved, v int) bool {
	for k := v - 1; k >= 0 && k >= v-3; k-- {
		if items[k].kind != xWord {
			return false
		}
		if items[k].in(exNegationCues) && !art.isWord(items, k+1, "only") {
			return true
		}
	}
	return false
}

// onBehalfPostsIn reads a titled signer whose post names no body and who
// signs "on behalf of X": "Vice President A signed the agreement on behalf
// of X, and Deputy Mayor B on behalf of Y", "signed by President A on
// behalf of X" — the post is X's.
func (art *exArticle) onBehalfPostsIn(si int) {
	items := art.items[si]
	for b := 1; b+2 < len(items); b++ {
		if !art.isWord(items, b, "behalf") || !art.isWord(items, b-1, "on") || !art.isWord(items, b+1, "of") {
			continue
		}
		q := b + 2
		if art.isWord(items, q, "the") {
			q++
		}
		if q >= len(items) || !exIsParty(&items[q]) {
			continue
		}
		if len(art.listAfter(items, q)) != 1 || art.findCue(items, 0, exSignCues) < 0 {
			continue // "on behalf of X and Y respectively"; speeches, not signatures
		}
		o := art.ref(items, art.possessedAfter(items, q))
		// the signer: the nearest person before, in the same clause
		p := -1
		for k := b - 2; k >= 0 && k >= b-12; k-- {
			if items[k].kind == xPerson {
				p = k
				break
			}
			if items[k].kind != xWord || art.isWord(items, k, ",", ";", "behalf") {
				break
			}
		}
		if p < 1 || o < 0 || items[p-1].kind != xTitle {
			continue
		}
		t := p - 1
		for t > 0 && (items[t-1].kind == xTitle || art.isWord(items, t-1, "and") && t > 1 && items[t-2].kind == xTitle) {
			t--
		}
		if t > 0 && exIsParty(&items[t-1]) {
			continue // "Luoxi Mayor B": the post names its body
		}
		art.bind(items[p].ent, o, art.titleText(items, t), si)
	}
}

// moreAgreementsWith returns the parties of further "with" phrases after
// the one at w that name an agreement of their own or repeat the first
// after a comma: "signed a cooperation agreement with A and an exchange
// agreement with B", "with A on X, with B on Y" — B signed too. It
// stops at a new clause (another signing verb, a semicolon).
func (art *exArticle) moreAgreementsWith(items []exResolved, w int) []int {
	var out []int
	for k := w + 1; k < len(items); k++ {
		if art.isWord(items, k, ";") {
			break
		}
		if items[k].kind == xWord && items[k].in(exSignCues) && !art.isWord(items, k-1, "and", "then", "also", "later") {
			break // a new clause; "… and then signed … with B" goes on
		}
		if !art.isWord(items, k, "with") {
			continue
		}
		agreement := false
		for q := k - 1; q > w && q >= k-6 && items[q].kind == xWord; q-- {
			if items[q].in(exAgreementNouns) {
				agreement = true
			}
			if art.isWord(items, q, "and", ",") {
				break
			}
		}
		if agreement || art.parallelWith(items, k) { // signed_clauses.go: "with A on X, with B on Y"
			out = append(out, art.listAfter(items, k+1)...)
		}
	}
	return out
}

// prospective: the signing at v is a thing talked about or intended, not
// done: a gerund after a noun or verb of prospect ("discussed signing",
// "consensus on signing", "preparations for signing"), or a bare "sign"
// joined by "and" to an infinitive ("agreed to deepen cooperation and sign
// an agreement").
func (art *exArticle) prospective(items []exResolved, v int) bool {
	switch items[v].low {
	case "signing":
		k := v - 1
		if art.isWord(items, k, "on", "about", "for", "of", "over", "to", "towards") {
			k--
		}
		return k >= 0 && items[k].kind == xWord && (items[k].in(exProspectNouns) || items[k].in(exProposalVerbs))
	case "sign":
		if !art.isWord(items, v-1, "and", "or") {
			return false
		}
		for k := v - 2; k >= 0 && k >= v-8; k-- {
			if items[k].kind != xWord || art.isWord(items, k, ",", ";") {
				return false
			}
			if items[k].low == "to" {
				return true
			}
		}
	}
	return false
}

// witnessesFrom returns where a witness phrase after item b begins ("…,
// in the presence of P, mayor of X", "…, witnessed by P"), or the end of
// the sentence: the witnesses' bodies are no signers.
func (art *exArticle) witnessesFrom(items []exResolved, b int) int {
	for k := b + 1; k < len(items); k++ {
		if items[k].kind == xWord && items[k].in(exWitnessCues) {
			for k > b+1 && art.isWord(items, k-1, "in", "the", "under") {
				k--
			}
			return k
		}
	}
	return len(items)
}

// possessiveAgreementsIn reads agreements named as a party's own: "X's
// (cooperation) agreement with Y", "under its agreement with Y, X …" — an
// agreement the text names as existing was signed, unless it is a draft or
// the sentence hopes for or proposes it before naming it.
func (art *exArticle) possessiveAgreementsIn(si int) {
	items := art.items[si]
	for a := 1; a+2 < len(items); a++ {
		if items[a].kind != xWord || !items[a].in(exAgreementNouns) || !art.isWord(items, a+1, "with") {
			continue
		}
		p := a - 1
		for p >= 0 && p >= a-3 && items[p].kind == xWord && exIsLowerWord(items[p].low) && items[p].low != "its" {
			if items[p].in(exDraftWords) {
				p = -1
				break
			}
			p--
		}
		if p < 0 || art.findCue(items[:a], 0, exModalCues) >= 0 || art.findCue(items[:a], 0, exProposalCues) >= 0 {
			continue
		}
		others := art.listAfter(items, a+2)
		if len(others) == 0 {
			continue
		}
		x := -1
		switch {
		case art.isWord(items, p, "its"):
			if x = art.itsBody(items, si, p); x < 0 {
				// "Under its agreement with Y, X will …": the subject after
				end := exSkipName(items, a+2)
				for end < len(items) && !art.isWord(items, end, ",") {
					end++
				}
				if end+1 < len(items) && exIsParty(&items[end+1]) {
					x = art.ref(items, end+1)
				}
			}
		case exIsParty(&items[p]) && art.possessive(items, p):
			x = art.ref(items, p)
		}
		if x < 0 {
			continue
		}
		for _, o := range others {
			art.sign(x, o, si)
		}
	}
}

// copulaSigners returns the parties a copula lists after the signing at v:
// "The signing parties were A, B and C", "Signing the agreement were A and
// B", "Parties to the signing include A and B".
func (art *exArticle) copulaSigners(items []exResolved, v int) []int {
	for k := v + 1; k < len(items) && k <= v+5 && items[k].kind == xWord; k++ {
		if art.isWord(items, k, "were", "are", "was", "include", "included", "includes") {
			return art.listAfter(items, k+1)
		}
	}
	return nil
}

// purposeInfinitive: the "to" at t is the purpose of a past act ("joined
// hands with X to sign", "came to Y to sign"): a purpose verb stands a few
// words before it and no modal, intent or negation does.
func (art *exArticle) purposeInfinitive(items []exResolved, t int) bool {
	found := false
	for k := t - 1; k >= 0 && k >= t-8; k-- {
		if items[k].kind != xWord {
			continue
		}
		if items[k].in(exModalCues) || items[k].in(exNegationCues) || items[k].in(exProspectNouns) {
			return false
		}
		if items[k].in(exPurposeVerbs) {
			found = true
		}
	}
	return found
}

// byAppositions returns the parties named only inside an apposition of
// agents set off by commas in items [from,to): "The Luoxi Joint Laboratory,
// co-founded by A and B, signed …", "X, led by Y, …" — they describe the
// subject and sign nothing.
func (art *exArticle) byAppositions(items []exResolved, from, to int) map[int]bool {
	var aside, named map[int]bool
	for k := from; k+2 < to && k+2 < len(items); k++ {
		if !art.isWord(items, k, ",") {
			continue
		}
		b := k + 1
		if art.isWord(items, b, "jointly", "wholly", "mainly", "newly") {
			b++
		}
		if b >= len(items) || items[b].kind != xWord || !strings.HasSuffix(items[b].low, "ed") && !items[b].in(exIrregularParticiples) {
			continue
		}
		if art.isWord(items, b+1, "up") {
			b++
		}
		if !art.isWord(items, b+1, "by") {
			continue
		}
		for m := b + 2; m < to && m < len(items) && !art.isWord(items, m, ",", ";"); m++ {
			if exIsParty(&items[m]) {
				if e := art.ref(items, m); e >= 0 {
					if aside == nil {
						aside = map[int]bool{}
					}
					aside[art.r.find(e)] = true
				}
			}
		}
	}
	if aside == nil {
		return nil
	}
	// a party named outside the apposition as well still signs
	for k := from; k < to && k < len(items); k++ {
		if exIsParty(&items[k]) && !art.insideBy(items, from, k) {
			if e := art.ref(items, k); e >= 0 {
				if named == nil {
					named = map[int]bool{}
				}
				named[art.r.find(e)] = true
			}
		}
	}
	for e := range named {
		delete(aside, e)
	}
	return aside
}

// insideBy: item k stands after ", <participle> by" and before the next
// comma.
func (art *exArticle) insideBy(items []exResolved, from, k int) bool {
	for m := k - 1; m >= from; m-- {
		if art.isWord(items, m, ",", ";") {
			return false
		}
		if art.isWord(items, m, "by") {
			return true
		}
	}
	return false
}

// countedPartiesAt reads "[the] N <parties>" at k ("with the two
// universities", "with the three enterprises") and returns the N parties
// the nearest sentence before names, leaving out those in not; nil when
// the phrase is not there or no sentence names that many.
func (art *exArticle) countedPartiesAt(items []exResolved, si, k int, not []int) []int {
	if art.isWord(items, k, "the", "all") {
		k++
	}
	// "both universities" and "the two universities" count two
	n := 0
	if k+1 < len(items) && items[k].kind == xWord && items[k+1].kind == xWord && items[k+1].in(exPartyGroupNouns) {
		n = exCountWords[items[k].low]
	}
	if n < 2 {
		return nil
	}
	skip := map[int]bool{}
	for _, e := range not {
		skip[art.r.find(e)] = true
	}
	for s := si; s >= 0 && s >= si-3; s-- {
		var xs []int
		for _, e := range art.partiesIn(art.items[s], s, 0, len(art.items[s])) {
			if !skip[e] {
				xs = append(xs, e)
			}
		}
		if len(xs) == n {
			return xs
		}
	}
	return nil
}

// conditional: the signing at v is the condition of a clause ("If X signs
// an agreement with Y, …", "unless X signs"): a conditional word opens
// its clause.
func (art *exArticle) conditional(items []exResolved, v int) bool {
	for k := v - 1; k >= 0 && k >= v-12; k-- {
		if art.isWord(items, k, ",", ";") {
			return false
		}
		if items[k].kind == xWord && items[k].in(exConditionalCues) {
			return true
		}
	}
	return false
}

// signSeveral signs the parties of one signing: every pair, but when the
// sentence signs "agreements" in the plural among three or more parties and
// names no multi-party agreement, the first with each of the others ("the
// agreements were signed by P of X, Q of Y and R of Z": X's two
// agreements).
func (art *exArticle) signSeveral(items []exResolved, xs []int, si int) {
	if len(xs) < 3 || art.multiParty(items) || !art.pluralAgreement(items) {
		art.signAll(xs, si)
		return
	}
	for _, o := range xs[1:] {
		art.sign(xs[0], o, si)
	}
}

// pluralAgreement: the sentence's agreement noun is plural ("agreements",
// "memorandums") and no singular one is named.
func (art *exArticle) pluralAgreement(items []exResolved) bool {
	plural := false
	for k := range items {
		if items[k].kind != xWord || !items[k].in(exAgreementNouns) {
			continue
		}
		if !strings.HasSuffix(items[k].low, "s") {
			return false
		}
		plural = true
	}
	return plural
}
