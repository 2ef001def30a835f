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
		if len(ws) < 2 || !exSubunitHeads.has(ws[0]) && !exSubunitHeads.has(ws[len(ws)-1]) {
			return false
		}
		uni := false
		for _, w := range ws {
			switch {
			case exUniversityUnitWords.has(w):
				uni = true
			case exUniversityUnitFillers.has(w) || exSubunitHeads.has(w) && w != "university" && w != "academy" && w != "group" && w != "company":
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
		if of.kind != xWord || of.low != "of" || ref.kind != xHome || !ref.back || !exOrgHeads.has(ref.name) || ref.t0 != of.t1 {
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
// Agricultural Sciences"), whose units are institutes, a research institute
// or centre ("X Rural Revitalization Research Institute"), or a body of another
// kind named after a university ("Jiangnan University Library Alliance").
// A "School of Z" named alone beside it is still the article's
// university's.
func exHoldsNoSchools(names map[string]int) bool {
	for n := range names {
		if exHasWordIn(exEduHeads.words, n) && !exEduHeads.has(exUnitHeadWord(n)) {
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
		if academy && len(ws) > 2 && exResearchAcademyFields.has(ws[len(ws)-1]) {
			return true
		}
		if len(ws) > 2 && exResearchBodyHeads.has(ws[len(ws)-1]) && ws[len(ws)-2] == "research" {
			// (parts10) "the Majiang Rural Revitalization Research
			// Institute": a research institute has no colleges, so the
			// colleges named beside it are the university's
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

// mergeGenericUnits makes a unit known only by a generic name ("Its
// Affiliated Hospital" in a heading, "the attached school") one with the
// one other unit of the same parent and head the article names ("its
// affiliated Zhongshan Hospital"): the generic name describes that unit.
// An ordinal tells units apart ("First", "Second Affiliated Hospital"), so
// a name with one is no generic name.
func (art *exArticle) mergeGenericUnits() {
	r := art.r
	merged := false
	for i, e := range r.ents {
		if r.find(i) != i || e.typ != quads.Organization || e.parent < 0 {
			continue
		}
		head := exGenericUnitHead(e.names)
		if head == "" {
			continue
		}
		match := -1
		for j, f := range r.ents {
			if j == i || r.find(j) != j || f.typ != quads.Organization || f.parent < 0 || r.find(f.parent) != r.find(e.parent) {
				continue
			}
			same := false
			for n := range f.names {
				same = same || exUnitHeadWord(n) == head
			}
			if !same {
				continue
			}
			if match >= 0 {
				match = -2 // two: which one the generic name means is not said
				break
			}
			match = j
		}
		if match >= 0 {
			var generic []string
			for n := range e.names {
				generic = append(generic, n)
			}
			r.merge(match, i)
			for _, n := range generic {
				r.ents[r.find(match)].names[n] = 0 // kept as an alias, never the name
			}
			merged = true
		}
	}
	if merged {
		art.refreshEntities()
	}
}

// exGenericUnitHead returns the head of names when every name with a count
// is a generic unit name — affiliation words and a unit head ("Affiliated
// Hospital", "attached school") — or "".
func exGenericUnitHead(names map[string]int) string {
	head := ""
	for n, c := range names {
		if c == 0 {
			continue
		}
		if k := strings.IndexByte(n, ','); k >= 0 {
			n = n[:k]
		}
		ws := strings.Fields(strings.ToLower(n))
		if len(ws) < 2 || !exLowerUnitHeads.has(ws[len(ws)-1]) {
			return ""
		}
		for _, w := range ws[:len(ws)-1] {
			if !exAffiliationWords.has(w) && w != "its" {
				return ""
			}
		}
		if head != "" && head != ws[len(ws)-1] {
			return ""
		}
		head = ws[len(ws)-1]
	}
	return head
}
