package extract

import (
	"strings"

	"github.com/coopgraph/coopgraph/quads"
)

// part-of: units named without their parent that only a university has.

// exUniversityOnlyUnit: every name of the entity is a generic name of a
// unit only a university has ("Graduate School", "Academic Affairs
// Office", "Office of Student Affairs"): named without its parent in an
// article of one university, it is that university's.
func exUniversityOnlyUnit(names map[string]int) bool {
	seen := false
	for n, c := range names {
		if c == 0 {
			continue
		}
		ws := strings.Fields(strings.ToLower(n))
		if len(ws) < 2 || !exSubunitHeads[ws[0]] && !exSubunitHeads[ws[len(ws)-1]] {
			return false
		}
		uni := false
		for _, w := range ws {
			switch {
			case exUniversityUnitWords[w]:
				uni = true
			case exUniversityUnitFillers[w] || exSubunitHeads[w] && w != "university" && w != "academy" && w != "group" && w != "company":
			default:
				return false
			}
		}
		if !uni {
			return false
		}
		seen = true
	}
	return seen
}

// exBackRefOfParents gives a unit named by its own name, then "of the
// university" ("the Office of International Exchange of the university"),
// the body the description stands for, as "the university's Office of
// International Exchange" does; the description is then part of the
// unit's name, no party of its own.
func exBackRefOfParents(items []exItem) {
	for k := 0; k+2 < len(items); k++ {
		it := &items[k]
		of, ref := &items[k+1], &items[k+2]
		if of.kind != xWord || of.low != "of" || ref.kind != xHome || !ref.back || !exOrgHeads[ref.name] || ref.t0 != of.t1 {
			continue
		}
		if it.kind != xOrg || it.parent >= 0 || it.fold || it.inner || !(exIsUnitName(it.name) || exIsSubunitName(it.name)) {
			continue
		}
		it.parent, it.possOf = k+2, true
		ref.inner = true
	}
}

// exUnitInUnitParents gives a unit named "in" or "within" another unit
// that unit as parent: "the Department of Marine Biology in the School of
// Marine Science of X" is the school's, as "… of the School of …" is.
// Both must be named as units; "the School of Law in Beihai" is a place.
func exUnitInUnitParents(items []exItem) {
	for k := 0; k+2 < len(items); k++ {
		it := &items[k]
		if items[k+1].kind != xWord || items[k+1].low != "in" && items[k+1].low != "within" {
			continue
		}
		if it.kind != xOrg || it.parent >= 0 || it.fold || it.inner || !(exIsUnitName(it.name) || exIsSubunitName(it.name)) {
			continue
		}
		m := k + 2
		if items[m].kind == xWord && items[m].low == "the" {
			m++
		}
		if m >= len(items) || items[m].kind != xOrg || items[m].fold || items[m].inner || !(exIsUnitName(items[m].name) || exIsSubunitName(items[m].name)) {
			continue
		}
		it.parent = m
	}
}

// exOfPossessedUnitParents reads "the Key Laboratory of X of Y's School of
// Z": the name grammar gives the laboratory Y, whose possessive then names
// the school; the laboratory is the school's, and the school, named only
// as its parent, is no party of its own.
func exOfPossessedUnitParents(toks []exTok, items []exItem) {
	for k := 0; k+2 < len(items); k++ {
		it := &items[k]
		p := k + 1
		if it.kind != xOrg || it.parent != p || !items[p].inner || items[p].t1 < 1 || !toks[items[p].t1-1].poss {
			continue
		}
		u := &items[p+1]
		if u.kind != xOrg || u.parent != p || !u.possOf || u.t0 != items[p].t1 || !(exIsUnitName(u.name) || exIsSubunitName(u.name)) {
			continue
		}
		it.parent = p + 1
		u.inner = true
	}
}

// exHoldsNoSchools reports whether the body named names, an educational
// word in its name, holds no schools a text names without their parent: a
// research academy ("Chinese Academy of Sciences", "X Academy of
// Agricultural Sciences"), whose units are institutes, or a body of another
// kind named after a university ("Jiangnan University Library Alliance").
// A "School of Z" named alone beside it is still the article's
// university's.
func exHoldsNoSchools(names map[string]int) bool {
	for n := range names {
		edu := false
		for _, w := range strings.Fields(strings.ToLower(n)) {
			edu = edu || exEduHeads[w]
		}
		if edu && !exEduHeads[exUnitHeadWord(n)] {
			return true // an educational word that is no head ("LNU" says nothing)
		}
	}
	for n := range names {
		ws := strings.Fields(strings.ToLower(n))
		academy := false
		for _, w := range ws {
			switch {
			case w == "university" || w == "college" || w == "school":
				return false // "University of the Chinese Academy of Sciences"
			case w == "academy":
				academy = true
			}
		}
		if academy && len(ws) > 2 && exResearchAcademyFields[ws[len(ws)-1]] {
			return true
		}
	}
	return false
}

// shortFormOfNamedBody reports whether every name of entity e ends the
// name of another organisation of the article: "the Department of
// Education" after "the Yunnan Provincial Department of Education" is that
// department named short, no unit of the article's university.
func (art *exArticle) shortFormOfNamedBody(e int) bool {
	r := art.r
	for n := range r.ents[e].names {
		short := " " + strings.ToLower(n)
		found := false
		for i, o := range r.ents {
			if r.find(i) != i || i == e || o.typ != quads.Organization {
				continue
			}
			for on := range o.names {
				if lo := strings.ToLower(on); len(lo) > len(short) && strings.HasSuffix(lo, short) {
					found = true
				}
			}
		}
		if !found {
			return false
		}
	}
	return len(r.ents[e].names) > 0
}
