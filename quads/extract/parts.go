package extract

import (
	"strings"

	"github.com/coopgraph/coopgraph/quads"
)

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
		if e.parent < 0 || exUniversityNameCutAtOf(it.name, art.r.ents[art.r.find(e.parent)].names) {
			continue
		}
		if it.parent >= 0 || e.prefixParent || e.adopted || art.mentionsEnt(items, art.r.find(e.parent)) {
			art.add(it.ent, quads.PartOf, e.parent, "", si)
		}
	}
}

// exUniversityNameCutAtOf: a university named as the unit of a
// party committee ("Xiling University" of "Finance and Economics Party
// Committee") is the name grammar cutting "Xiling University of Finance
// and Economics Party Committee" at its "of": the committee is the whole
// university's organ, and no university is a part of its party committee.
// So too a university named as the unit of a college or school
// ("Xiling University" of "Technology College of Mechanical Engineering",
// of "Traditional Medicine College" in "Xiling University of Traditional
// Medicine College Students ... Base"): the university's name runs through
// its field, the college is its unit, and no university is part of one.
func exUniversityNameCutAtOf(unit string, parentNames map[string]int) bool {
	if h := exUnitHeadWord(unit); h != "university" && h != "polytechnic" {
		return false
	}
	for n := range parentNames {
		if strings.HasSuffix(strings.ToLower(n), "party committee") || exAcademicUnitHeads.has(exUnitHeadWord(n)) {
			return true
		}
	}
	return false
}
