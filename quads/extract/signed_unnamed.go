package extract

import (
	"strings"

	"github.com/coopgraph/coopgraph/quads"
)

// Signings whose sentence names no party: "The agreement was signed on
// Friday." after a lead that pairs the two ("The X Museum and the Y Museum
// are partnering …"). The parties are the pair the sentence before names,
// as for "the two sides signed" (signed.go).

// agreementPassive: the clause is "the/this (…) agreement was signed" with
// the agreement as its subject at its start, and sentence si names no
// party but the place where it was signed: the signing at v tells of an agreement the text has
// already paired its parties in ("The agreement was signed on May 3, and
// A and B will build a park" pairs A and B in no agreement).
func (art *exArticle) agreementPassive(items []exResolved, si, v int) bool {
	if !art.isWord(items, v, "signed", "inked") || len(art.sidesAfterVerb(art.items[si], si, -1)) > 0 {
		return false
	}
	if art.findWord(items, v, "by", "between", "with") >= 0 {
		return false // "was signed on 8 June by P": the agent names the parties
	}
	a := v - 1
	if a >= 0 && items[a].kind == xWord && strings.HasSuffix(items[a].low, "ly") {
		a-- // "was formally signed"
	}
	if !art.isWord(items, a, "was", "were") {
		return false
	}
	a--
	if a < 1 || items[a].kind != xWord || !items[a].in(exAgreementNouns) {
		return false
	}
	// the words before the noun: its determiner and modifiers only
	for k := a - 1; k >= 0; k-- {
		if items[k].kind != xWord || !exIsLowerWord(items[k].low) {
			return false
		}
		if items[k].in(exDefiniteDeterminers) {
			return k == 0 || art.isWord(items, k-1, ",")
		}
	}
	return false
}

// sidesAfterVerb returns the parties after the signing at v but the
// places named only as where it was signed ("the two sides signed the
// agreement in Beihai"); a body after "in" is still named ("signed the
// agreement on a base in X University").
func (art *exArticle) sidesAfterVerb(items []exResolved, si, v int) []int {
	var out []int
	for _, e := range art.partiesIn(items, si, max(v, 0), len(items)) {
		if art.r.ents[e].typ != quads.Place || !art.onlyVenueAfter(items, e, v) {
			out = append(out, e)
		}
	}
	return out
}

// passiveAgent returns the "by" of a passive signing at v ("was signed by
// A and B", "were formally signed, on 8 June, by"), a few plain words
// after the verb, or -1.
func (art *exArticle) passiveAgent(items []exResolved, v int) int {
	if !art.isWord(items, v, "signed", "inked") {
		return -1
	}
	a := v - 1
	if a >= 0 && items[a].kind == xWord && strings.HasSuffix(items[a].low, "ly") {
		a--
	}
	if !art.isWord(items, a, "was", "were") {
		return -1
	}
	b := art.findWord(items, v, "by")
	if b < 0 || !art.onlyWordsBetween(items, v, b, 6) {
		return -1
	}
	return b
}
