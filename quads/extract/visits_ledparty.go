package extract

// visited (r13-visits): "P led responsible persons of relevant departments
// and colleges to Z", "P led heads of the departments to Z": the staff P
// led is P's party, as "a team of experts" is (goTo, visits_phrases.go),
// and P went to Z with it. The verb "led" (or "headed") must govern the
// noun: "the persons of X went to Z" names no leader.

// exLedPartyReach bounds the words between "led" and the people noun
// ("led the responsible persons") and between the noun and "to".
const (
	exLedPartyLead  = 3
	exLedPartyReach = 10
)

// ledPartyTo returns the "to" after the people noun at k that "led"
// governs, or -1.
func (art *exArticle) ledPartyTo(items []exResolved, k int) int {
	led := false
	for b := k - 1; b >= 0 && b >= k-exLedPartyLead; b-- {
		if art.isWord(items, b, "led", "headed", "leading") {
			led = true
			break
		}
		if items[b].kind != xWord || !exIsLowerWord(items[b].low) {
			return -1
		}
	}
	if !led {
		return -1
	}
	if art.isWord(items, k+1, "to") {
		return k + 1
	}
	if !art.isWord(items, k+1, "of", "from") {
		return -1
	}
	for q := k + 2; q < len(items) && q < k+exLedPartyReach; q++ {
		if art.isWord(items, q, "to") {
			if q > k+2 {
				return q
			}
			return -1
		}
		// "of relevant departments and colleges", "of the company": lower-case
		// words or a back-reference to a body, no person, name or clause mark
		if items[q].kind == xHome {
			continue
		}
		if items[q].kind != xWord || !exIsLowerWord(items[q].low) || items[q].in(exVisitCues) {
			return -1
		}
	}
	return -1
}
