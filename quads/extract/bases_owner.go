package extract

import (
	"strings"

	"github.com/coopgraph/coopgraph/quads"
)

// hosts-base-at, the owner a base's name begins with: "the Qiantang
// University Teaching Practice Base was unveiled at Y" is Qiantang
// University's base at Y even when the text names the university nowhere
// else.

// ownerNamedIn returns the organisation a base's name begins with: the
// shortest run of two or more capitalised words ending in a body's head
// noun ("Qiantang University", "Beihai Steel Group"), with a name of the
// base's own after it. It is the article's entity of that name, made one
// when the text names it only here; -1 when the name begins with none.
func (art *exArticle) ownerNamedIn(name string) int {
	ws := strings.Fields(name)
	for j := 1; j+2 < len(ws); j++ {
		if !exOwnerHeads[strings.ToLower(ws[j])] {
			continue
		}
		if next := ws[j+1]; next[0] < 'A' || next[0] > 'Z' {
			return -1 // "Nanhu Industry College of Smart Welding": the base's own head
		}
		for _, w := range ws[:j+1] {
			if w == "" || w[0] < 'A' || w[0] > 'Z' {
				return -1
			}
		}
		owner := strings.Join(ws[:j+1], " ")
		key := strings.Join(exOrgWords(owner), " ")
		if i, ok := art.r.byKey[string(quads.Organization)+"|"+key]; ok {
			return art.r.find(i)
		}
		return art.r.add(quads.Organization, key, owner, len(art.r.ents)+1<<20)
	}
	return -1
}

// centreDeterminers counts the determiners and ordinals in items [from,to)
// ("its first overseas teaching center"): they do not lengthen the
// distance between a verb that sets a centre up and the centre. A
// preposition between makes the centre another phrase's ("unveiled the
// nameplate for the innovation center"): then none count.
func (art *exArticle) centreDeterminers(items []exResolved, from, to int) int {
	n := 0
	for k := from; k < to && k < len(items); k++ {
		if items[k].kind == xWord && (exNonAgentPreps[items[k].low] || items[k].low == "of") {
			return 0
		}
		if items[k].kind == xWord && exCentreDeterminers[items[k].low] {
			n++
		}
	}
	return n
}
