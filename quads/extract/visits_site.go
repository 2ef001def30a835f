package extract

import "github.com/coopgraph/coopgraph/quads"

// visited (xvisited2): a sentence that opens with the site of its visitors
// — "At Beihai Steel Group, the delegation learned about …", "In Xiling,
// the guests …", "During their stay in Xiling, the X delegation also
// visited Y" — says the visitors of its main clause were there.

// moreVisitsIn reads the visit forms of this file in sentence si.
func (art *exArticle) moreVisitsIn(si int) {
	art.leadingSiteVisitsIn(si)
	art.showedAroundIn(si)
	art.delegationMembersIn(si)
	art.hostMetVisitorsIn(si)
	art.signedAtHostIn(si) // rvisit: visits_anaphora.go
	art.metInPlaceIn(si)   // rvisit: visits_clause.go
}

// hostMetVisitorsIn reads the host's side of a visit, where a host
// (a person whose post names their body, or a body) is the subject of a
// reception or talks and the visitors follow:
//   - "H met with P, T of X, and his delegation": P and X visited H's body;
//   - "H welcomed the visit of P, T of X", "… the arrival of the X
//     delegation": P and X did;
//   - "H held talks with the visiting delegation from X": X did;
//   - "H welcomed the guests from X", "met with visitors from X", "H met P
//     and his party": X, P did (rvisit);
//   - "H met with the visiting delegation of P, T of X", "H welcomed a
//     guest from Britain, P, T of X": P and X did (visits9).
func (art *exArticle) hostMetVisitorsIn(si int) {
	items := art.items[si]
	hostsBefore := func(k int, visitors []int) []int {
		hosts := art.receptionHosts(items, si, 0, k, visitors)
		if len(hosts) > 1 {
			hosts = hosts[:1] // (a list of bodies, no receiver's, names one host)
		}
		return hosts
	}
	cue := -1 // the first reception or talks word
	for k := range items {
		if items[k].kind == xWord && (items[k].in(exReceptionCues) || items[k].low == "talks") {
			cue = k
			break
		}
	}
	if cue < 0 || art.visitUnrealised(items, cue) || art.visitInvited(items, cue) {
		return
	}
	for k := cue + 1; k < len(items); k++ {
		if items[k].kind != xWord {
			continue
		}
		w := items[k].low
		switch {
		case art.guestNamedAt(items, k) >= 0: // (visits9: visits_guests.go)
			q := art.guestNamedAt(items, k)
			vs := art.visitingPersons(items, q, art.appositionEnd(items, q))
			for _, e := range art.partiesIn(items, si, k+1, q) {
				if art.r.ents[art.r.find(e)].typ == quads.Organization {
					vs = append(vs, e) // "the visitors from X, P and Q": X too (a place is no visitor)
				}
			}
			art.addVisits(items, si, vs, hostsBefore(cue, vs))
		case (exDelegationNouns.has(w) || exEntourageNouns.has(w)) && art.isWord(items, k-1, "his", "her", "their") && art.isWord(items, k-2, "and") &&
			!art.isWord(items, k+1, "in", "at"):
			// (delegationIn reads "… and his delegation in Beihai")
			p := -1
			for m := k - 3; m > cue; m-- {
				if items[m].kind == xPerson {
					p = m
				}
				if items[m].kind == xPerson && !art.isWord(items, m-1, ",", "and") {
					break
				}
			}
			if p < 0 {
				continue
			}
			vs := art.visitingPersons(items, p, k)
			art.addVisits(items, si, vs, hostsBefore(cue, vs))
		case (w == "visit" || w == "arrival") && art.isWord(items, k-1, "the") && art.isWord(items, k+1, "of") &&
			items[cue].in(exReceptionCues) && cue >= k-2:
			end := art.appositionEnd(items, k+2)
			if end <= k+2 {
				end = min(k+6, len(items))
			}
			vs := art.namedVisitors(items, si, k+2, end)
			art.addVisits(items, si, vs, hostsBefore(cue, vs))
		case w == "visiting" && k+2 < len(items) && items[k+1].kind == xWord && items[k+1].in(exDelegationNouns) &&
			art.isWord(items, k+2, "from", "of"):
			vs := art.listAfter(items, k+3)
			art.addVisits(items, si, vs, hostsBefore(cue, vs))
		case exVisitorNouns.has(w) && (art.isWord(items, k-1, "the") || art.isWord(items, k-1, "with") || k-1 == cue) && art.isWord(items, k+1, "from") && items[cue].in(exReceptionCues) && cue >= k-3:
			// (rvisit) "H welcomed the guests from X": X visited H's body
			var guests []int
			for _, e := range art.listAfter(items, k+2) {
				if art.r.ents[art.r.find(e)].typ == quads.Organization {
					guests = append(guests, e) // (a place is no visitor: SCHEMA.md)
				}
			}
			art.addVisits(items, si, guests, hostsBefore(cue, guests))
		}
	}
}

// delegationMembersIn reads a sentence that names members of the last
// visit's delegation — "A, director of X, B, chairman of Y, and other
// members of the delegation attended", "Members of the delegation included
// A and B" — : they visited where the delegation first went. Their bodies
// did not: the delegation is its leader's body's (the reference annotation
// counts a member's own bureau or company as no visitor).
func (art *exArticle) delegationMembersIn(si int) {
	items := art.items[si]
	member := false
	for k := range items {
		if art.isWord(items, k, "members", "member") && art.isWord(items, k+1, "of") && art.isWord(items, k+2, "the") &&
			art.isWord(items, k+3, "delegation", "visiting") {
			member = true
			break
		}
	}
	if !member || len(art.visitors) == 0 {
		return
	}
	dest := art.firstVisitObjects(si)
	for _, s := range art.visitingPersons(items, 0, len(items)) {
		if art.r.ents[art.r.find(s)].typ != quads.Person {
			continue
		}
		for _, o := range dest {
			if art.r.find(o) != art.r.find(s) && !art.related(s, art.r.find(o)) && !art.leadsBody(s, o) {
				art.add(s, quads.Visited, o, "", si)
			}
		}
	}
}

// firstVisitObjects returns the objects of the first visit, before
// sentence si, by one of the last visitors: where the delegation went.
func (art *exArticle) firstVisitObjects(si int) []int {
	by := map[int]bool{}
	for _, v := range art.visitors {
		by[art.r.find(v)] = true
	}
	first := -1
	var out []int
	for _, r := range art.rels {
		if r.p != quads.Visited || !by[r.s] || r.sent >= si || first >= 0 && r.sent != first {
			continue
		}
		first = r.sent
		out = append(out, r.o)
	}
	return exUniq(out)
}

// showedAroundIn reads "Q showed the guests [from X] around Y", "Q guided
// the delegation through Y", "Q led the guests from X to visit the line":
// the guests (X, or the last visitors) visited Y, or Q's body; Q, the
// host, did not.
func (art *exArticle) showedAroundIn(si int) {
	items := art.items[si]
	for k := range items {
		if items[k].kind != xWord || !items[k].in(exShowCues) {
			continue
		}
		q := k + 1
		if art.isWord(items, q, "the", "our", "their") {
			q++
		}
		if q >= len(items) || items[q].kind != xWord || !items[q].in(exVisitorNouns) && !items[q].in(exDelegationNouns) {
			continue
		}
		a := q + 1
		var subj []int
		if art.isWord(items, a, "from", "of") {
			subj, a = art.visitObjectsSpan(items, a+1) // the guests' bodies
		}
		var objects []int
		switch {
		case art.isWord(items, a, "around", "round", "through"):
			objects = art.visitObjects(items, a+1)
		case art.isWord(items, a, "to") && items[q].in(exVisitorNouns) && a+1 < len(items) && items[a+1].kind == xWord && items[a+1].in(exVisitCues):
			// (a delegation led "to visit" is the leader's: visitsIn)
			// "Q led the guests from X to visit the production line": Q's
			// body, or the site it names, was visited
			if objects = art.visitObjects(items, a+2); len(objects) == 0 {
				objects = art.lowerSiteOf(items, a+2)
			}
			if len(objects) == 0 {
				objects = art.personOrgs(items, 0, k, false)
				if len(objects) > 1 {
					objects = objects[:1]
				}
			}
		default:
			continue
		}
		if len(subj) == 0 {
			subj = art.delegationBodies()
		}
		for _, s := range subj {
			for _, o := range objects {
				if art.r.find(o) != art.r.find(s) && !art.related(s, art.r.find(o)) && !art.leadsBody(s, o) {
					art.add(s, quads.Visited, o, "", si)
				}
			}
		}
	}
}

// leadingSiteVisitsIn reads a sentence that opens with a site phrase and a
// comma, whose main clause's subject is a delegation, the guests or "they":
// the visitors it stands for visited the site. A main clause led by a
// named person ("In Beihai, Mayor Tang Li met …") names a host, not a
// visitor, and is left alone.
func (art *exArticle) leadingSiteVisitsIn(si int) {
	items := art.items[si]
	obj := -1
	switch {
	case art.isWord(items, 0, "during") && art.isWord(items, 1, "his", "her", "their", "the", "its") &&
		art.isWord(items, 2, "stay") && art.isWord(items, 3, "in", "at"),
		art.isWord(items, 0, "during") && art.isWord(items, 1, "his", "her", "their", "the", "its") &&
			art.isWord(items, 2, "visit", "trip", "tour") && art.isWord(items, 3, "to"):
		// "During the visit to Beihai, the X delegation also visited Y"
		obj = 4
	case art.isWord(items, 0, "at", "in") && len(items) > 1 && exIsParty(&items[1]):
		obj = 1
	default:
		return
	}
	end := obj
	for end < len(items) && !art.isWord(items, end, ",") {
		end++
	}
	// the site phrase is the names up to the comma, nothing else
	objects, stop := art.visitObjectsSpan(items[:end], obj)
	if len(objects) == 0 || stop != end || end == len(items) {
		return
	}
	var subj []int
	for q := end + 1; q < len(items) && q <= end+4; q++ {
		if items[q].kind != xWord {
			continue
		}
		w := items[q].low
		if exDelegationNouns.has(w) {
			subj = art.delegationFrom(items, end+1, q+1)
			if len(subj) == 0 {
				subj = art.delegationBodies() // "the delegation" is its body's
			}
			break
		}
		if exVisitorPronouns.has(w) && q == end+1 || exVisitorNouns.has(w) && art.isWord(items, q-1, "the") {
			subj = art.visitors
			break
		}
	}
	for _, s := range subj {
		for _, o := range objects {
			if art.r.find(o) != art.r.find(s) && !art.related(s, art.r.find(o)) && !art.leadsBody(s, o) {
				art.add(s, quads.Visited, o, "", si)
			}
		}
	}
}

// lowerSiteOf returns the bodies a visit's object names as the owners of a
// site in lower case — "toured the production workshop of X", "inspected
// the laboratories of X and Y" — when the object at k is such a phrase:
// a determiner, one to three lower-case words ending in a noun of a site,
// "of", then the bodies.
func (art *exArticle) lowerSiteOf(items []exResolved, k int) []int {
	if !art.isWord(items, k, "the", "its", "their") {
		return nil
	}
	q := k + 1
	for q < len(items) && q <= k+3 && items[q].kind == xWord && exLowerWord(items[q].low) && items[q].low != "of" &&
		items[q].s < len(art.text) && art.text[items[q].s] >= 'a' && art.text[items[q].s] <= 'z' {
		q++
	}
	if q == k+1 || !art.isWord(items, q, "of") || q+1 >= len(items) ||
		!items[q-1].in(exSiteNouns) && !items[q-1].in(exVisitSiteNouns) {
		return nil // ("visited the booth of X at the fair": not X)
	}
	q = art.quotedExhibitEnd(items, q) // (r13-visits: visits_exhibits.go)
	out, end := art.visitObjectsSpan(items, q+1)
	if len(out) > 0 && art.isWord(items, end-1, "the") && art.isWord(items, end-2, "and", ",") {
		// "the headquarters of X and the exhibition hall of Y" (the
		// list stops past "and the", at the lower-case words)
		out = append(out, art.lowerSiteOf(items, end-1)...)
	}
	return out
}

// beforeDelegationNoun returns where a companion phrase from..end stops
// at the main clause's delegation: "Accompanied by P, T of Y, the X
// delegation toured …" — the phrase ends at the comma before "the X
// delegation", which went; X is no companion.
func (art *exArticle) beforeDelegationNoun(items []exResolved, from, end int) int {
	for q := from; q <= end && q < len(items); q++ { // (end may be the noun)
		if items[q].kind != xWord || !items[q].in(exDelegationNouns) {
			continue
		}
		for c := q - 1; c >= from; c-- {
			if art.isWord(items, c, ",") {
				return c
			}
		}
		return end
	}
	return end
}

// visitPair returns the two sides a sentence si means right after a visit
// ("The delegation then came to Y. … The two sides agreed to build a
// base."): the visiting body and the body it visited last, in one of the
// two sentences before si; -1s when there is none. The article's most
// named place is not the side a later stop of a tour deals with.
func (art *exArticle) visitPair(si int) (int, int) {
	by := map[int]bool{}
	for _, v := range art.visitors {
		by[art.r.find(v)] = true
	}
	for k := len(art.rels) - 1; k >= 0; k-- {
		r := art.rels[k]
		if r.sent < si-2 {
			break
		}
		if r.p != quads.Visited || r.sent >= si || !by[r.s] {
			continue
		}
		if art.r.ents[r.s].typ == quads.Organization && art.r.ents[r.o].typ == quads.Organization && art.r.ents[r.o].parent < 0 {
			return r.s, r.o
		}
	}
	return -1, -1
}

// passiveAt: the verb at k is passive, "was" or "were" before it, maybe
// with an adverb of manner between ("were warmly received by").
func (art *exArticle) passiveAt(items []exResolved, k int) bool {
	return art.isWord(items, k-1, "was", "were") ||
		k >= 2 && items[k-1].kind == xWord && items[k-1].in(exMannerAdverbs) && art.isWord(items, k-2, "was", "were")
}

// placeOfUnnamedSites returns the place of sites a visit names only by a
// counted or qualified plural ("visited two schools in Jiading", "toured
// key industrial zones in Baoshan"): whoever visits them visits the place.
// nil when the words from obj are no such plural and "in" and a place.
func (art *exArticle) placeOfUnnamedSites(items []exResolved, obj int) []int {
	q := obj
	for q < len(items) && q < obj+4 && items[q].kind == xWord && exLowerWord(items[q].low) && !items[q].in(exUnnamedSitePlurals) &&
		items[q].s < len(art.text) && art.text[items[q].s] >= 'a' && art.text[items[q].s] <= 'z' {
		q++ // "two", "several", "key industrial"
	}
	if q >= len(items) || items[q].kind != xWord || !items[q].in(exUnnamedSitePlurals) || !art.isWord(items, q+1, "in") {
		return nil
	}
	p := q + 2
	if p >= len(items) || items[p].kind != xPlace || items[p].inner {
		return nil
	}
	if e := art.ref(items, p); e >= 0 {
		return []int{art.r.find(e)}
	}
	return nil
}
