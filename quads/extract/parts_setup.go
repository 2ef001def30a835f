package extract

import (
	"strings"

	"github.com/coopgraph/coopgraph/quads"
)

// part-of: a body whose founding at a site the text reports is a base set
// up there, no standing unit of the body it is named after. "The Fenglin
// Innovation Institute of Xiling University was unveiled in Fenglin", "the
// Joint Development Consortium of the X Library was established in P":
// SCHEMA.md's bases are the centres and institutes one body sets up at
// another or in a place, and the gold keeps them as Base nodes, so no
// part-of comes of them. Only two signs make the founding a base's, so a
// school or institute "established in 2005" or "set up in Beijing", named
// after nothing there, stays its parent's: the body is named after the
// site it is founded at, or its name says it is a joint one.

// setUpBodiesAsBases makes every unit founded at a site so a base.
func (art *exArticle) setUpBodiesAsBases() {
	r := art.r
	for si := range art.items {
		items := art.items[si]
		for k := range items {
			it := &items[k]
			if it.kind != xOrg || it.fold || it.inner || it.ent < 0 {
				continue
			}
			e := r.find(it.ent)
			if r.ents[e].typ != quads.Organization || r.ents[e].parent < 0 || !exSetUpBodyHeads.has(exUnitHeadWord(it.name)) {
				continue
			}
			site, name := art.foundedSiteAt(items, exSkipName(items, k))
			if site < 0 || r.find(site) == r.find(r.ents[e].parent) {
				continue
			}
			if exJointName(it.name) || exNamedAfterSite(it.name, name) {
				art.asBase(e)
			}
		}
	}
}

// foundedSiteAt reads "was [officially] established|unveiled|set up in|at
// [the] S" from items[m] and returns S's entity and name, or -1.
func (art *exArticle) foundedSiteAt(items []exResolved, m int) (int, string) {
	if !art.isWord(items, m, "was", "were") {
		return -1, ""
	}
	m++
	for n := 0; n < 2 && m < len(items) && items[m].kind == xWord && items[m].in(exFoundingAdverbs); n++ {
		m++
	}
	if m >= len(items) || items[m].kind != xWord || !items[m].in(exFoundedVerbs) {
		return -1, ""
	}
	if items[m].low == "set" {
		if m++; !art.isWord(items, m, "up") {
			return -1, ""
		}
	}
	m++
	if !art.isWord(items, m, "in", "at") {
		return -1, ""
	}
	if m++; art.isWord(items, m, "the") {
		m++
	}
	if m >= len(items) || items[m].kind != xPlace && items[m].kind != xOrg {
		return -1, ""
	}
	return art.ref(items, m), items[m].name
}

// exNamedAfterSite: the body's name holds the site's name, or its first
// word ("Fenglin Innovation Institute" founded in "Fenglin City").
func exNamedAfterSite(body, site string) bool {
	ws := strings.Fields(site)
	if len(ws) == 0 {
		return false
	}
	for _, w := range strings.Fields(body) {
		if strings.EqualFold(w, ws[0]) {
			return true
		}
	}
	return false
}
