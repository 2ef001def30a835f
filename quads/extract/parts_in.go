package extract

import "strings"

// part-of: an office named "in" the body it belongs to.

// exOfficeInBodyParents gives an administrative unit named "in" a body
// ("the International Office in Qiantang University", "Knowledge
// Transmission Division in Jinshui Technologies") that body as parent, as
// "of" does. Only a unit headed by an office noun (exOfficeRankHeads)
// reads so: a centre or laboratory "in" a university is a base it hosts,
// and a unit in another unit is exUnitInUnitParents'. The body must close
// the phrase, so "the Office in the Qiantang University building" is none.
func exOfficeInBodyParents(items []exItem) {
	for k := 0; k+2 < len(items); k++ {
		it := &items[k]
		if !exWordAt(items, k+1, "in", "within") || it.kind != xOrg || it.parent >= 0 || it.fold || it.inner {
			continue
		}
		if !exOfficeRankHeads.has(exUnitHeadWord(it.name)) || !exCapitalisedWords(it.name) {
			continue
		}
		m := k + 2
		if exWordAt(items, m, "the") {
			m++
		}
		if m >= len(items) || items[m].kind != xOrg || items[m].fold || items[m].inner || items[m].parent >= 0 {
			continue
		}
		if e := exSkipMention(items, m); e < len(items) && !exWordAt(items, e, ",", ".", ";", ")", "and") {
			continue
		}
		if strings.EqualFold(items[m].name, it.name) {
			continue
		}
		it.parent = m
		items[m].inner = true
	}
}
