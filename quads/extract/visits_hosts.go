package extract

import "github.com/coopgraph/coopgraph/quads"

// visited (visits6): the bodies whose people received a visit.

// receptionHosts returns the bodies a visit went to when the persons in
// items [from,to) received it. A receiver's body that these visitors are
// already said to have gone to is the host ("XIA went to Qiqihar … SUN,
// deputy director of the provincial congress's standing committee and
// secretary of the Qiqihar party committee, met XIA": Qiqihar, not the
// congress); else the first receiver's first body — a list of receivers
// with their posts shares it, and their other posts' offices were not
// visited ("the president of Y, …, and the director of the general office
// received P": Y). With no receiver leading a body, the parties named
// there are the hosts.
func (art *exArticle) receptionHosts(items []exResolved, si, from, to int, visitors []int) []int {
	var visited, first []int
	for k := from; k < to && k < len(items); k++ {
		if items[k].kind != xPerson || items[k].ent < 0 {
			continue
		}
		bodies := art.leads[art.r.find(items[k].ent)]
		if len(bodies) == 0 {
			continue
		}
		if first == nil {
			first = bodies[:1]
		}
		for _, b := range bodies {
			if art.visitedBy(visitors, b) {
				visited = append(visited, b)
				break
			}
		}
	}
	switch {
	case len(visited) > 0:
		return exUniq(visited)
	case art.visitedSomewhere(visitors):
		// the visitors' visit is already told and this receiver's body is
		// none of it: the reception was there, and the receiver's post of
		// another body tells nothing of where (visits7)
		return nil
	case first != nil:
		return first
	}
	return art.partiesIn(items, si, from, to)
}

// visitedSomewhere: one of the visitors is already said to have visited an
// organisation (visits7).
func (art *exArticle) visitedSomewhere(visitors []int) bool {
	for _, rel := range art.rels {
		if rel.p != quads.Visited || art.r.ents[rel.o].typ != quads.Organization {
			continue
		}
		for _, v := range visitors {
			if art.r.find(v) == rel.s {
				return true
			}
		}
	}
	return false
}

// visitedBy: one of the visitors is already said to have visited b.
func (art *exArticle) visitedBy(visitors []int, b int) bool {
	b = art.r.find(b)
	for _, rel := range art.rels {
		if rel.p != quads.Visited || rel.o != b {
			continue
		}
		for _, v := range visitors {
			if art.r.find(v) == rel.s {
				return true
			}
		}
	}
	return false
}

// provinceLocatorAt: the place at k only locates the visit object listed
// before it — a province after a comma following a city or county of the
// list ("led a delegation to Korla, Xinjiang", "visited Linhe, Xiling
// Province"): the city was visited, the province names where it is.
func (art *exArticle) provinceLocatorAt(items []exResolved, k int, listed []int) bool {
	if items[k].kind != xPlace || len(listed) == 0 || !art.isWord(items, k-1, ",") {
		return false
	}
	e := art.ref(items, k)
	prev := art.r.ents[art.r.find(listed[len(listed)-1])]
	return e >= 0 && art.r.ents[art.r.find(e)].level == levelProvince &&
		prev.typ == quads.Place && (prev.level == levelCity || prev.level == levelDistrict) &&
		k >= 2 && items[k-2].ent >= 0 && art.r.find(items[k-2].ent) == art.r.find(listed[len(listed)-1])
}

// unitsAsParent returns the bodies whose sites a visit saw, or their parent
// when they are two or more units of one body that is not among them —
// "inspected the training bases of the Chemical, Civil and Transport
// Engineering Departments of Y": the visitors went to Y, and its units'
// facilities were what they saw on the tour. (Units visited themselves —
// "visited the A Center and the B Center of Y" — are visited.)
func (art *exArticle) unitsAsParent(objects []int) []int {
	if len(objects) < 2 {
		return objects
	}
	parent := -1
	for _, o := range objects {
		e := art.r.ents[art.r.find(o)]
		if e.typ != quads.Organization || e.parent < 0 {
			return objects
		}
		p := art.r.find(e.parent)
		if parent >= 0 && p != parent {
			return objects
		}
		parent = p
	}
	return []int{parent}
}
