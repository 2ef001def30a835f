package extract

// visited, a visit named only as the topic of a talk: "He delivered a
// speech on General Secretary P's visit to Z", "the speeches and
// instructions P gave during his visit to Z" recall a visit the article's
// events follow; the article reports no visit of its own there.

// visitAsTopic reports whether the visit noun at k is what a talk noun
// speaks of: "<talk noun> on|about|during [T] P's|his visit".
func (art *exArticle) visitAsTopic(items []exResolved, k int) bool {
	q := k - 1
	switch {
	case art.isWord(items, q, "his", "her", "their"):
		q--
	case q >= 0 && items[q].kind == xPerson && art.possessive(items, q):
		q--
		for q >= 0 && (items[q].kind == xTitle || items[q].kind == xWord && items[q].in(exHonorifics)) {
			q-- // "General Secretary P's visit"
		}
	default:
		return false
	}
	return q >= 1 && items[q].kind == xWord && items[q].in(exTopicPrepositions) &&
		items[q-1].kind == xWord && items[q-1].in(exTalkNouns)
}
