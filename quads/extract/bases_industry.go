package extract

import (
	"strings"

	"github.com/coopgraph/coopgraph/quads"
)

// hosts-base-at (synth13): an industry college that a school and an
// enterprise set up together (SCHEMA.md: "an industry college that one
// body sets up at another") is the enterprise's base at the school, whose
// campus it is on, whichever party the sentence names first ("Nanlu
// College and Rhein-Koester Launch Intelligent Manufacturing Industry
// College"). A school's base at another school, or at a place, stays as
// the rules read it.

// industryCollegesAtSchools turns a hosts-base-at from a school to an
// enterprise round, in a sentence that names an industry college.
func (art *exArticle) industryCollegesAtSchools() {
	for i := range art.rels {
		rel := &art.rels[i]
		if rel.p != quads.HostsBaseAt || !art.isEducational(rel.s) || art.isEducational(rel.o) ||
			art.r.ents[art.r.find(rel.o)].typ != quads.Organization || !art.namesIndustryCollege(rel.sent) {
			continue
		}
		delete(art.seen, exRelKey{rel.s, rel.o, rel.sent, rel.p})
		rel.s, rel.o = rel.o, rel.s
		k := exRelKey{rel.s, rel.o, rel.sent, rel.p}
		if art.seen[k] {
			rel.p = "" // the sentence states the right one already: dropped below
			continue
		}
		art.seen[k] = true
	}
	kept := art.rels[:0]
	for _, rel := range art.rels {
		if rel.p != "" {
			kept = append(kept, rel)
		}
	}
	art.rels = kept
}

// namesIndustryCollege: sentence si names an industry college, by name
// ("the X Industry College") or in lower case ("an industry college").
func (art *exArticle) namesIndustryCollege(si int) bool {
	items := art.items[si]
	for k := range items {
		it := &items[k]
		switch it.kind {
		case xBase:
			ws := strings.Fields(strings.ToLower(it.name))
			for j := 1; j < len(ws); j++ {
				if ws[j] == "college" && exIndustryCollegeModifiers.has(ws[j-1]) {
					return true
				}
			}
		case xWord:
			if it.low == "college" && k > 0 && items[k-1].kind == xWord && items[k-1].in(exIndustryCollegeModifiers) {
				return true
			}
		}
	}
	return false
}
