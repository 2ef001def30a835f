package extract

import "github.com/coopgraph/coopgraph/quads"

// part-of: sub-units and the bodies they belong to.

// partsIn states part-of for sub-units whose parent this sentence names.
func (art *exArticle) partsIn(si int) {
	items := art.items[si]
	for k := range items {
		it := &items[k]
		if it.kind != xOrg || it.fold || it.ent < 0 {
			continue
		}
		e := art.r.ents[art.r.find(it.ent)]
		if e.parent < 0 {
			continue
		}
		if it.parent >= 0 || e.prefixParent || e.adopted || art.mentionsEnt(items, art.r.find(e.parent)) {
			art.add(it.ent, quads.PartOf, e.parent, "", si)
		}
	}
}
