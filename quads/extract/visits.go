package extract

import "github.com/coopgraph/coopgraph/quads"

// visited: who went where.

// visitsIn reads visits: who went where.
func (art *exArticle) visitsIn(si int) {
	items := art.items[si]
	for k := range items {
		it := &items[k]
		if it.kind != xWord {
			continue
		}
		obj := -1 // first item of the objects
		switch {
		case it.low == "visiting" && k+1 < len(items) && items[k+1].kind == xWord && exDelegationNouns[items[k+1].low]:
			// "received the visiting delegation led by P of O": O visited
			if b := art.findWord(items, k, "by"); b >= 0 && b <= k+4 {
				visitors := art.personOrgs(items, b+1, len(items), false)
				if len(visitors) == 0 {
					visitors = art.partiesIn(items, si, b+1, len(items))
				}
				hosts := art.personOrgs(items, 0, k, false)
				if len(hosts) == 0 {
					hosts = art.partiesIn(items, si, 0, k)
				}
				for _, v := range visitors {
					for _, h := range hosts {
						art.add(v, quads.Visited, h, "", si)
					}
				}
			}
			continue
		case exDelegationNouns[it.low] && art.receivedAt(items, k) >= 0:
			// "Y received a delegation from X", "Y welcomed a delegation
			// headed by P of X": X visited Y
			v := art.receivedAt(items, k)
			var visitors []int
			if art.isWord(items, k+1, "from") {
				visitors = art.listAfter(items, k+2)
			} else if b := art.findWord(items, k, "by"); b >= 0 && b <= k+4 {
				visitors = art.personOrgs(items, b+1, len(items), false)
			}
			hosts := art.personOrgs(items, 0, v, false)
			if len(hosts) == 0 {
				hosts = art.partiesIn(items, si, 0, v)
			}
			for _, vis := range visitors {
				for _, h := range hosts {
					if art.r.find(vis) != art.r.find(h) {
						art.add(vis, quads.Visited, h, "", si)
					}
				}
			}
			continue
		case exReceptionCues[it.low] && art.isWord(items, k-1, "was", "were") && art.isWord(items, k+1, "by"):
			// "the X delegation was received by Mayor P": X visited P's body
			visitors := art.delegationFrom(items, 0, k)
			hosts := art.personOrgs(items, k+2, len(items), false)
			if len(hosts) == 0 {
				hosts = art.partiesIn(items, si, k+2, len(items))
			}
			for _, v := range visitors {
				for _, h := range hosts {
					if art.r.find(v) != art.r.find(h) {
						art.add(v, quads.Visited, h, "", si)
					}
				}
			}
			continue
		case exVisitCues[it.low]:
			obj = k + 1
			if art.isWord(items, obj, "to") {
				obj++ // "paid a visit to X"
			}
		case exGoCues[it.low] && art.isWord(items, k+1, "to"):
			obj = k + 2
			if art.isWord(items, obj, "visit") {
				obj++
			}
		case exFieldworkCues[it.low] && art.isWord(items, k+1, "at"):
			obj = k + 2
		default:
			continue
		}
		var objects []int
		q := obj
		if art.isWord(items, q, "the") {
			q++
		}
		if q < len(items) && items[q].kind == xWord && items[q].low == "our" {
			if art.home >= 0 {
				objects = []int{art.home}
			}
		} else if q < len(items) && exIsParty(&items[q]) {
			objects = art.listAfter(items, obj)
		}
		if len(objects) == 0 || art.unrealised(items, k) {
			continue // "will organise visits to the museum"
		}
		subj := art.visitingPersons(items, 0, k)
		for _, s := range art.partiesIn(items, si, 0, k) {
			if art.r.ents[s].typ == quads.Organization {
				subj = append(subj, s)
			}
		}
		subj = exUniq(append(subj, art.delegationFrom(items, 0, k)...))
		if len(subj) == 0 {
			// "The delegation also visited …": the last visitors
			for q := 0; q < k; q++ {
				if items[q].kind == xWord && (exDelegationNouns[items[q].low] || exVisitorPronouns[items[q].low]) {
					subj = art.visitors
					break
				}
			}
		} else {
			art.visitors = subj
		}
		for _, s := range subj {
			for _, o := range objects {
				if art.r.find(o) != s && !art.related(s, art.r.find(o)) {
					art.add(s, quads.Visited, o, "", si)
				}
			}
		}
	}
}

// receivedAt returns the verb of reception ("received", "welcomed")
// at most three words before the delegation noun at k, or -1.
func (art *exArticle) receivedAt(items []exResolved, k int) int {
	for q := k - 1; q >= 0 && q >= k-3 && items[q].kind == xWord; q-- {
		if exReceptionCues[items[q].low] {
			return q
		}
	}
	return -1
}

// delegationIn reads "P … and his delegation in X": P's body (or P) was
// in the place X ("met with Chen Ming, president of Y, and his delegation
// in Beihai").
func (art *exArticle) delegationIn(si int) {
	items := art.items[si]
	for k := 2; k+2 < len(items); k++ {
		if items[k].kind != xWord || !exDelegationNouns[items[k].low] || !art.isWord(items, k+1, "in") {
			continue
		}
		if !art.isWord(items, k-1, "his", "her", "their") || !art.isWord(items, k-2, "and") {
			continue
		}
		q := k + 2
		if q >= len(items) || items[q].kind != xPlace {
			continue
		}
		place := art.ref(items, q)
		// the person whose delegation it is: the last named before
		p := -1
		for m := k - 3; m >= 0; m-- {
			if items[m].kind == xPerson {
				p = m
				break
			}
		}
		if p < 0 || place < 0 {
			continue
		}
		for _, v := range art.visitingPersons(items, p, p+1) {
			art.add(v, quads.Visited, place, "", si)
		}
	}
}

// visitingPersons returns who the persons in items [from,to) visit for: the
// organisation each leads, or, when they lead none or a place (a place does
// not visit: SCHEMA.md), the person ("Tang Li, mayor of Beihai, visited X";
// "deputy mayors A and B came to X").
func (art *exArticle) visitingPersons(items []exResolved, from, to int) []int {
	var out []int
	for k := from; k < to && k < len(items); k++ {
		if items[k].kind != xPerson || items[k].ent < 0 {
			continue
		}
		p := art.r.find(items[k].ent)
		if ls := art.leads[p]; len(ls) > 0 && art.r.ents[art.r.find(ls[0])].typ == quads.Organization {
			out = append(out, ls[0])
		} else {
			out = append(out, p)
		}
	}
	return exUniq(out)
}

// delegationFrom returns the body a delegation named in items[from:to]
// comes from: "a delegation from [the city of] X" or "the X delegation".
func (art *exArticle) delegationFrom(items []exResolved, from, to int) []int {
	for q := from; q < to && q < len(items); q++ {
		if items[q].kind != xWord || !exDelegationNouns[items[q].low] {
			continue
		}
		if q-1 >= from && exIsParty(&items[q-1]) && !items[q-1].paren {
			if e := art.ref(items, q-1); e >= 0 {
				return []int{e} // "the LHU delegation"
			}
		}
		if !art.isWord(items, q+1, "from", "of") {
			continue
		}
		m := q + 2
		for m < to && items[m].kind == xWord && (items[m].low == "the" || items[m].low == "of" || exIsBackPlaceNoun(items[m].low)) {
			m++
		}
		if m < to && exIsParty(&items[m]) {
			if e := art.ref(items, m); e >= 0 {
				return []int{e}
			}
		}
	}
	return nil
}

func exIsBackPlaceNoun(w string) bool {
	_, ok := exBackPlaceNouns[w]
	return ok
}
