package extract

// hosts-base-at (synth13): a base only talked about — "both sides are
// discussing a joint centre for teacher development", "the two are
// exploring a joint laboratory", "considering a practice base" — is not
// set up: no body hosts it yet (as a wished one, baseOnlyWished, is not).

// baseOnlyDiscussed: a verb of exBaseProspectVerbs has the base at cue as
// its object, past an article and lower-case modifiers.
func (art *exArticle) baseOnlyDiscussed(items []exResolved, cue int) bool {
	for k := cue - 1; k >= 0 && k >= cue-5; k-- {
		it := &items[k]
		if it.kind != xWord {
			return false
		}
		if it.in(exBaseProspectVerbs) {
			return true
		}
		if !exIsLowerWord(it.low) {
			return false
		}
	}
	return false
}
