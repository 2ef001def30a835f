package extract

import (
	"strings"

	"github.com/coopgraph/coopgraph/quads"
)

// hosts-base-at (xvisited2): "X will set up a Beihai Marine Research
// Station", "X is to establish an Anlan Workstation": a base whose name
// begins with a place the article names stands in that place, and the one
// organisation that sets it up hosts it there. (bases.go reads a base "of
// X" so; here the setter is the clause's subject.)

// placeNamedBasesIn reads sentence si for a base named after a place and
// set up by the clause's one organisation.
func (art *exArticle) placeNamedBasesIn(si int) {
	items := art.items[si]
	for k := range items {
		it := &items[k]
		if it.kind != xBase || it.parent >= 0 {
			continue
		}
		f := strings.Fields(it.name)
		if len(f) < 2 {
			continue
		}
		pl, ok := art.r.byKey[string(quads.Place)+"|"+exPlaceKey(f[0])]
		if !ok || art.prefixOrg(it.name) >= 0 || strings.ContainsAny(f[0]+f[1], "-–") {
			// ("Donghu University-Beihai Park", "Donghu-Beihai Park" name
			// their partners, not a place)
			continue
		}
		// the verb that sets it up, within its clause, and its subject
		cue := -1
		for q := k - 1; q >= 0 && q >= k-5; q-- {
			if items[q].kind != xWord || art.isWord(items, q, ",", ";") {
				break
			}
			if items[q].in(exEstablishCues) || art.isWord(items, q, "up") && art.isWord(items, q-1, "set") {
				cue = q
				break
			}
		}
		if cue < 0 || art.isWord(items, cue+1, "by") {
			continue
		}
		from := 0
		for b := cue - 1; b >= 0; b-- {
			if art.isWord(items, b, ";") || art.isWord(items, b, ",") {
				from = b + 1
				break
			}
		}
		var orgs []int
		for _, p := range art.partiesIn(items, si, from, cue) {
			if art.r.ents[art.r.find(p)].typ == quads.Organization {
				orgs = append(orgs, p)
			}
		}
		if len(orgs) == 1 {
			art.add(orgs[0], quads.HostsBaseAt, art.r.find(pl), "", si)
		}
	}
}
