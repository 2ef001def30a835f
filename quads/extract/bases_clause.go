package extract

// hosts-base-at (synth13): the parties of a base's setting up are those of
// its clause — "A and B will set up a Research Centre, and the centre will
// host visiting scholars from Y": Y, named in a new clause with its own
// subject and verb, is neither host nor site.

// nextClauseAfter returns where a new clause with its own subject begins
// after the base at cue — ", and the LDRC will host scholars from Y", ",
// and Y will provide equipment" —, or len(items): its parties are no
// parties of the setting up.
func (art *exArticle) nextClauseAfter(items []exResolved, cue int) int {
	for k := cue + 1; k+2 < len(items); k++ {
		if !art.isWord(items, k, ",") || !art.isWord(items, k+1, "and") {
			continue
		}
		s := k + 2
		if art.isWord(items, s, "the") {
			s++
		}
		if s < len(items) && (exIsParty(&items[s]) || items[s].kind == xBase) {
			if v := exSkipName(items, s); v < len(items) && items[v].kind == xWord && items[v].in(exAuxiliaryVerbs) {
				return k
			}
		}
	}
	return len(items)
}
