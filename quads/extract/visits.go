package extract

import (
	"strings"

	"github.com/coopgraph/coopgraph/quads"
)

// visited: who went where.

// visitsIn reads visits: who went where.
func (art *exArticle) visitsIn(si int) {
	items := art.items[si]
	// the last visit verb's visitors and where its objects end: "P first
	// visited A, then went to B" — A is no subject of the second verb
	var prevSubj []int
	prevEnd := -1
	for k := range items {
		it := &items[k]
		if it.kind != xWord || !it.in(exVisitOpeners) {
			continue
		}
		obj := -1 // first item of the objects
		switch {
		case it.low == "visiting" && k+1 < len(items) && items[k+1].kind == xWord && items[k+1].in(exDelegationNouns):
			// "received the visiting delegation led by P of O": O visited
			if b := art.findWord(items, k, "by"); b >= 0 && b <= k+4 {
				visitors := art.personOrgs(items, b+1, len(items), false)
				if len(visitors) == 0 {
					visitors = art.partiesIn(items, si, b+1, len(items))
				}
				hosts := art.receptionHosts(items, si, 0, k, visitors)
				for _, v := range visitors {
					for _, h := range hosts {
						art.add(v, quads.Visited, h, "", si)
					}
				}
			}
			continue
		case it.in(exDelegationNouns) && art.receivedAt(items, k) >= 0:
			// "Y received a delegation from X", "Y welcomed a delegation
			// headed by P of X": X visited Y
			v := art.receivedAt(items, k)
			var visitors []int
			if f := art.delegationFromAt(items, k); f >= 0 {
				visitors = art.listAfter(items, f+1)
			} else if k >= 1 && exIsParty(&items[k-1]) && !items[k-1].inner {
				visitors = []int{art.ref(items, k-1)} // "X's delegation", "the X delegation"
			} else if b := art.findWord(items, k, "by"); b >= 0 && b <= k+4 {
				visitors = art.personOrgs(items, b+1, len(items), false)
			}
			// "a delegation from X led by Mayor P": P went, whatever X is
			// (a place is no visitor in SCHEMA.md, its people are)
			visitors = exUniq(append(visitors, art.delegationLeaders(items, k)...))
			hosts := art.receptionHosts(items, si, 0, v, visitors)
			for _, vis := range visitors {
				for _, h := range hosts {
					if art.r.find(vis) != art.r.find(h) {
						art.add(vis, quads.Visited, h, "", si)
					}
				}
			}
			if len(visitors) > 0 && len(hosts) > 0 {
				art.visitors = visitors
			}
			continue
		case it.in(exReceptionCues) && art.passiveAt(items, k) && art.isWord(items, k+1, "by"): // xvisited2: visits_site.go
			// "the X delegation was received by Mayor P": X visited P's
			// body; "P, president of X, was received by Q": P and X did
			visitors := art.delegationFrom(items, 0, k)
			if len(visitors) == 0 && it.in(exPersonReception) {
				visitors = art.visitingPersons(items, 0, k)
			}
			hosts := art.receptionHosts(items, si, k+2, len(items), visitors)
			for _, v := range visitors {
				for _, h := range hosts {
					if art.r.find(v) != art.r.find(h) {
						art.add(v, quads.Visited, h, "", si)
					}
				}
			}
			if len(visitors) > 0 && len(hosts) > 0 {
				art.visitors = visitors // "the delegation also toured …"
			}
			continue
		case (it.in(exPersonReception) || it.in(exHostVerbs)) && art.receivedPerson(items, k) >= 0: // (rvisit: "X hosted P")
			// "Z welcomed P, president of Y, and his delegation": P and Y
			// visited Z
			q := art.receivedPerson(items, k)
			visitors := art.visitingPersons(items, q, art.appositionEnd(items, q))
			hosts := art.receptionHosts(items, si, 0, k, visitors)
			for _, v := range visitors {
				for _, h := range hosts {
					if art.r.find(v) != art.r.find(h) && !art.leadsBody(v, h) {
						art.add(v, quads.Visited, h, "", si)
					}
				}
			}
			if len(visitors) > 0 && len(hosts) > 0 {
				art.visitors = visitors
			}
			continue
		case it.in(exVisitNouns) && art.visitOfTo(items, k) >= 0 && !art.visitUnrealised(items, k) && !art.modalAfter(items, art.visitOfTo(items, k)):
			// "during the visit of P[, T of O,] to Z": the visitors are
			// named between "of" and "to"
			to := art.visitOfTo(items, k)
			art.addVisits(items, si, art.namedVisitors(items, si, k+2, to), art.visitObjects(items, to+1))
			continue
		case it.in(exVisitNouns) && art.isWord(items, k+1, "from") && art.receivedAt(items, k) >= 0 && !art.visitUnrealised(items, art.receivedAt(items, k)):
			// "Z received a visit from P, president of O": P and O
			// visited Z
			v := art.receivedAt(items, k)
			hosts := art.personOrgs(items, 0, v, false)
			if len(hosts) == 0 {
				hosts = art.partiesIn(items, si, 0, v)
			}
			art.addVisits(items, si, art.namedVisitors(items, si, k+2, art.appositionEnd(items, k+2)), hosts)
			continue
		case it.in(exVisitCues) && art.isWord(items, k-1, "was", "were", "been") && art.isWord(items, k+1, "by"):
			// "Z was visited by P, president of O": the visitors follow
			hosts := art.partiesIn(items, si, 0, k-1)
			art.addVisits(items, si, art.namedVisitors(items, si, k+2, art.visitorsEnd(items, k+2)), hosts)
			continue
		case it.in(exArrivalNouns) && k >= 1 && items[k-1].kind == xWord && items[k-1].in(exArrivalPossessives) && art.isWord(items, k+1, "at", "in") && art.partyAt(items, k+2):
			// "extended a welcome to the delegation of X for their arrival
			// at Z": the delegation named before went, not who welcomed it
			// (visits7)
			art.addVisits(items, si, art.delegationFrom(items, 0, k), art.visitObjects(items, k+2))
			continue
		case it.in(exCallCues) && art.isWord(items, k+1, "on") && k+2 < len(items) && exIsParty(&items[k+2]) && !art.isWord(items, art.visitObjectsEnd(items, k+2), "to"):
			// (but "called on X to deepen cooperation" urged X)
			obj = k + 2 // "P called on X"
		case it.in(exCallCues) && art.isWord(items, k+1, "at") && art.partyAt(items, k+2): // (rvisit)
			obj = k + 2 // "P called at X"
		case it.in(exResearchVerbs) && art.partyAt(items, k+1) && !art.passiveAt(items, k): // (rvisit)
			obj = k + 1 // "P investigated X" (the genre's word for a visit of study)
		case it.in(exGoCues) && art.intoAt(items, k) > k: // (rvisit)
			obj = art.intoAt(items, k) // "went deep into X"
		case it.in(exVisitNouns) && art.isWord(items, k+1, "of") && !it.in(exVisitCues):
			obj = k + 2 // "an inspection tour of X" (but "the visit of X" names the visitor)
		case it.in(exVisitCues) && art.isWord(items, k+1, "and") && k+2 < len(items) && items[k+2].kind == xWord && items[k+2].in(exJointVisitVerbs):
			obj = k + 3 // "to visit and research A, B and C" (visits7)
		case it.in(exVisitNouns) && art.paidVisitObject(items, k) >= 0:
			obj = art.paidVisitObject(items, k) // "paid a visit on May 3 to X" (visits10: visits_paid.go)
		case it.in(exVisitCues) && !art.isWord(items, k+1, ",", ";", "and"):
			// ("during the visit, and X was founded": X is no object) (visits6)
			obj = k + 1
			if art.isWord(items, obj, "to") {
				obj++ // "paid a visit to X"
			}
		case (it.in(exGoCues) || it.in(exMoreGoCues) && art.isWord(items, k+1, "to")) && art.goTo(items, k) >= 0:
			obj = art.goTo(items, k) + 1 // "led a team [of experts] to X"
			if art.isWord(items, obj, "visit") {
				obj++
			} else if obj+1 < len(items) && items[obj].kind == xWord && items[obj].in(exJointVisitVerbs) && art.isWord(items, obj+1, "in", "at") {
				obj += 2 // "came to investigate in X" (r13-visits)
			}
			if obj < len(items) && items[obj].kind == xWord && items[obj].in(exMeetWithVerbs) && art.isWord(items, obj+1, "with") {
				obj += 2 // "led a delegation to exchange with X" (visits7)
			}
		case it.in(exLedPartyNouns) && art.ledPartyTo(items, k) >= 0: // (r13-visits: visits_ledparty.go)
			obj = art.ledPartyTo(items, k) + 1 // "P led heads of relevant departments to Z"
			if art.isWord(items, obj, "visit") {
				obj++
			}
		case it.in(exDepartureCues) && art.isWord(items, k+1, "for") && art.partyAt(items, k+2) && !art.negated(items, k): // (visits6)
			obj = k + 2 // "P headed for X", "the delegation left for X"
		case it.in(exFieldworkCues) && art.isWord(items, k+1, "at"):
			obj = k + 2
		case it.in(exFieldworkCues) && art.isWord(items, k+1, "in") && k+2 < len(items) && items[k+2].kind == xPlace && !items[k+2].fold && !art.clauseModal(items, k) && art.fieldworkDone(items, k): // (rvisit: visits_clause.go)
			obj = k + 2 // "conducted research in Xiling County" (a place: "research in X" may be a field)
		case it.in(exVisitNouns) && art.isWord(items, k+1, "to"):
			obj = k + 2 // "went on a study tour to X"
		case it.in(exArrivalCues) && art.isWord(items, k+1, "in", "at"):
			obj = k + 2 // "the delegation arrived in X"
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
		} else if q < len(items) {
			objects = art.visitObjects(items, obj)
			if len(objects) == 0 {
				// xvisited2: visits_site.go; "the labs of the A, B and C
				// Departments of Y": Y (visits6: visits_hosts.go)
				objects = art.unitsAsParent(art.lowerSiteOf(items, obj))
				if len(objects) == 0 {
					objects = art.placeOfUnnamedSites(items, obj) // "visited two schools in Jiading" (visits10: visits_site.go)
				}
			} else if e := art.visitObjectsEnd(items, obj); art.isWord(items, e-1, "the") && art.isWord(items, e-2, "and", ",") {
				objects = append(objects, art.lowerSiteOf(items, e-1)...) // "A and the hall of B"
			}
		}
		if len(objects) == 0 {
			if v := art.ledDelegationVisitors(items, k); len(v) > 0 {
				art.visitors = v // "P led a delegation to the signing" (rvisit: visits_anaphora.go)
			} else if v := art.unnamedObjectDelegation(items, k); len(v) > 0 {
				art.visitors = v // "the X delegation visited our group's college" (r13-visits: visits_delegates.go)
			}
			continue
		}
		if art.visitUnrealised(items, k) || art.visitAsTopic(items, k) { // (parts2: visits_topic.go)
			continue // "will organise visits to the museum", "a speech on P's visit to Z"
		}
		from := art.relativeSubjectFrom(items, k)                // "…, which also visited Z": its antecedent
		from = max(from, art.reportedClauseFrom(items, from, k)) // "P said the teachers went to Z" (rvisit: visits_clause.go)
		if prevEnd >= 0 && prevEnd <= k && from < prevEnd {
			from = prevEnd
		}
		from = max(from, art.purposeOpeningEnd(items, k)) // "In order to implement X's plan, P visited Z" (visits6: visits_clause.go)
		subj := art.visitingPersons(items, from, k)
		for _, s := range art.agentPartiesIn(items, si, from, k) {
			if art.r.ents[s].typ == quads.Organization && !art.postBodyOfPersonIn(items, from, k, s) {
				subj = append(subj, s)
			}
		}
		subj = exUniq(append(subj, art.delegationFrom(items, from, k)...))
		if e := art.visitObjectsEnd(items, obj); art.isWord(items, e, "with") && art.isWord(items, e+1, "a", "the", "his", "her") &&
			e+2 < len(items) && items[e+2].kind == xWord && items[e+2].in(exDelegationNouns) {
			// "P visited Z with a delegation from Y": Y's delegation went
			// too (synth13)
			subj = exUniq(append(subj, art.delegationFrom(items, e+2, len(items))...))
		}
		subj = exUniq(append(subj, art.headlinePostVisitors(items, from, k)...)) // "Secretary-General of X Visits Z" (visits6: visits_headline.go)
		if by := art.visitBy(items, obj); by >= 0 {
			// "a visit to Z last week by P": the visitors follow
			subj = exUniq(append(art.visitingPersons(items, by+1, len(items)), art.partiesAfterBy(items, si, by+1)...))
		}
		if to := obj - 1; art.isWord(items, to, "to") && to > k+1 {
			// "led a delegation of the X group to Z": the body named
			// before "to" went too
			for _, s := range art.agentPartiesIn(items, si, k+1, to) {
				if art.r.ents[s].typ == quads.Organization {
					subj = append(subj, s)
				}
			}
			subj = exUniq(subj)
		}
		subj = art.withoutCompanions(items, si, from, k, subj)
		if p := art.lastPersonBefore(items, from, k); p >= 0 && it.in(exVisitNouns) && art.isWord(items, k-1, "his", "her") {
			// "GZU follows the guidelines of P for Y during his visit to Y":
			// the person "his" stands for went, not the bodies the clause
			// names (visits7)
			subj = art.visitingPersons(items, p, p+1)
		}
		if pd := art.pluralDelegationVisitors(items, from, k, objects); len(pd) > 0 {
			subj = pd // "the university delegations visited Z" (rvisit: visits_anaphora.go)
		}
		if c := art.escortAt(items, from, k); c >= 0 {
			// "H accompanied the guests to visit Z": H went along as the
			// host; the guests visited (visits9: visits_escort.go)
			if subj = art.escortedVisitors(items, si, c, k); len(subj) == 0 {
				continue
			}
		}
		subj = art.withoutMembersUnits(items, from, k, subj) // (r13-visits: visits_units.go)
		if len(subj) == 0 {
			subj = art.postVisitors(items, from, k) // "the deputy mayors visited Z"
		}

		if len(subj) == 0 {
			subj = art.countedVisitors(items, from, k) // "The two then toured Z"
		}
		if len(subj) == 0 && prevEnd >= 0 && prevEnd <= k {
			subj = prevSubj // "…, then went to B": the first verb's subject
		}
		if len(subj) == 0 && art.pronounSubject(items, k) {
			// "He also visited Z": the person the pronoun stands for
			subj = art.pronounVisitors(si)
		}
		if len(subj) == 0 {
			// "The delegation also visited …", "During the visit to Z": the
			// last visitors
			for q := 0; q < k; q++ {
				if items[q].kind == xWord && items[q].in(exDelegationNouns) {
					subj = art.delegationBodies() // "the delegation" is its body's
					break
				}
				if items[q].kind == xWord && (items[q].in(exVisitorPronouns) || items[q].in(exVisitorNouns) && (art.isWord(items, q-1, "the") || art.bareVisitorsSubject(items, q, k))) {
					subj = art.visitors
					break
				}
			}
			if art.isWord(items, k-1, "the", "this", "that") && it.in(exVisitNouns) {
				subj = art.visitors
			}
			if it.in(exVisitNouns) && (art.isWord(items, k-1, "his", "her", "their") ||
				k == 2 && art.isWord(items, 0, "on", "during") && art.isWord(items, 1, "a", "an")) { // (rvisit) "On a visit to Z, P …"
				// "During his visit to Z, P, president of Y, …": the persons
				// of the main clause
				for p := k + 1; p < len(items); p++ {
					if items[p].kind == xPerson {
						subj = art.visitingPersons(items, p, p+1)
						break
					}
				}
			}
		} else {
			art.visitors = subj
		}
		for _, s := range subj {
			for _, o := range objects {
				if art.r.find(o) != s && !art.related(s, art.r.find(o)) && !art.leadsBody(s, o) {
					art.add(s, quads.Visited, o, "", si)
				}
			}
		}
		if len(subj) > 0 {
			prevSubj, prevEnd = subj, art.visitObjectsEnd(items, obj)
			for _, c := range art.companionsAfter(items, prevEnd) { // "… together with Q" (rvisit: visits_clause.go)
				for _, o := range objects {
					if art.r.find(o) != art.r.find(c) && !art.related(art.r.find(c), art.r.find(o)) && !art.leadsBody(c, o) {
						art.add(c, quads.Visited, o, "", si)
					}
				}
			}
		}
	}
}

// receivedAt returns the verb of reception ("received", "welcomed")
// at most three words before the delegation noun at k, or -1.
func (art *exArticle) receivedAt(items []exResolved, k int) int {
	for q := k - 1; q >= 0 && q >= k-4 && (items[q].kind == xWord || q == k-1 && exIsParty(&items[q]) && !items[q].inner); q-- {
		// ("welcomed X's delegation", "met with the X delegation": the
		// body before the noun names the visitors)
		if items[q].kind == xWord && items[q].in(exReceptionCues) {
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
		if items[k].kind != xWord || !items[k].in(exDelegationNouns) || !art.isWord(items, k+1, "in") {
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

// visitingPersons returns who visits when the persons in items [from,to)
// do: each person, and the organisation each leads (a place they lead does
// not visit for them: SCHEMA.md) — "Tang Li, mayor of Beihai, visited X";
// "deputy mayors A and B came to X"; "P, president of O, visited X".
func (art *exArticle) visitingPersons(items []exResolved, from, to int) []int {
	var out []int
	for k := from; k < to && k < len(items); k++ {
		if items[k].kind != xPerson || items[k].ent < 0 {
			continue
		}
		out = append(out, art.personVisitors(items[k].ent)...)
	}
	return exUniq(out)
}

// personVisitors returns who visits when person p does: the organisation p
// leads first, and p (SCHEMA.md: visited takes a Person). A congress or a
// consultative conference p sits on is passed over: its post is held beside
// the office p travels for (visits7); a place p leads first stops the
// search, since a place is no visitor and p's other posts then go with it.
func (art *exArticle) personVisitors(p int) []int {
	p = art.r.find(p)
	for _, b := range art.leads[p] {
		e := art.r.ents[art.r.find(b)]
		if e.typ != quads.Organization {
			break
		}
		if exDeliberativeBody(e.names) {
			continue
		}
		return []int{b, p}
	}
	return []int{p}
}

// lastPersonBefore returns the last person named in items [from,to), or -1.
func (art *exArticle) lastPersonBefore(items []exResolved, from, to int) int {
	for q := min(to, len(items)) - 1; q >= from; q-- {
		if items[q].kind == xPerson && items[q].ent >= 0 {
			return q
		}
	}
	return -1
}

// postBodyOfPersonIn: the organisation o is one a person named in items
// [from,to) leads — the body of a post in their apposition, which visits
// or not with them as personVisitors says ("P, vice chairman of the NPC
// Standing Committee and chairman of the X Society, visited Z": X, not the
// committee) (visits7).
func (art *exArticle) postBodyOfPersonIn(items []exResolved, from, to, o int) bool {
	o = art.r.find(o)
	for k := from; k < to && k < len(items); k++ {
		if items[k].kind != xPerson || items[k].ent < 0 {
			continue
		}
		for _, b := range art.leads[art.r.find(items[k].ent)] {
			if art.r.find(b) == o {
				return true
			}
		}
	}
	return false
}

// exDeliberativeBody: a name of the body is of a people's congress, its
// standing committee, or a political consultative conference (visits7).
func exDeliberativeBody(names map[string]int) bool {
	for n := range names {
		for _, w := range strings.Fields(strings.ToLower(n)) {
			if exDeliberativeWords.has(strings.Trim(w, "(),")) {
				return true
			}
		}
	}
	return false
}

// delegationFrom returns the body a delegation named in items[from:to]
// comes from: "a delegation from [the city of] X" or "the X delegation".
func (art *exArticle) delegationFrom(items []exResolved, from, to int) []int {
	for q := from; q < to && q < len(items); q++ {
		if items[q].kind != xWord || !items[q].in(exDelegationNouns) {
			continue
		}
		if q-1 >= from && exIsParty(&items[q-1]) && !items[q-1].paren {
			if e := art.ref(items, q-1); e >= 0 {
				return []int{e} // "the LHU delegation"
			}
		}
		f := q + 1
		if art.isWord(items, f, "led", "headed") && art.isWord(items, f+1, "by") {
			// "a delegation led by P[, T of O,] from Y": the leader's
			// apposition stands between the delegation and its body
			f += 2
			for f < to && (items[f].kind == xPerson || items[f].kind == xTitle || items[f].inner ||
				exIsParty(&items[f]) && art.isWord(items, f-1, "of", "the") ||
				art.isWord(items, f, ",", "of", "the", "and") || items[f].kind == xWord && items[f].in(exHonorifics)) {
				f++
			}
		}
		if !art.isWord(items, f, "from", "of") {
			continue
		}
		if f == q+1 {
			f = art.delegationFromAt(items, q) // "a team of 15 X researchers", "… of 20 teachers from X"
		}
		m := f + 1
		for m < to && items[m].kind == xWord && (items[m].low == "the" || items[m].low == "of" || exIsBackPlaceNoun(items[m].low)) {
			m++
		}
		if m < to && exIsParty(&items[m]) {
			// "a team from the university's School of X": the unit went
			m = exPossessed(items, m)
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

// visitBy returns the "by" that names the visitors after a visit's objects
// at obj ("a visit to Z's headquarters in Shenzhen last week by P"), or -1:
// it follows the objects within a few words, before any comma or verb.
func (art *exArticle) visitBy(items []exResolved, obj int) int {
	for q := obj; q < len(items) && q < obj+10; q++ {
		if art.isWord(items, q, "by") {
			return q
		}
		if art.isWord(items, q, ",", ";", "and", "to", "which", "who", "that") {
			return -1
		}
		if w := items[q].low; items[q].kind == xWord && len(w) > 3 && strings.HasSuffix(w, "ed") {
			return -1 // "a visit to Z funded by Y": the "by" is another verb's
		}
	}
	return -1
}

// partiesAfterBy returns the bodies named right after a visit's "by" ("by
// a delegation of X", "by X University"): the parties up to the first comma.
func (art *exArticle) partiesAfterBy(items []exResolved, si, from int) []int {
	end := from
	for end < len(items) && !art.isWord(items, end, ",", ";") {
		end++
	}
	var out []int
	for _, e := range art.partiesIn(items, si, from, end) {
		if art.r.ents[e].typ == quads.Organization {
			out = append(out, e)
		}
	}
	return out
}

// visitObjects returns the bodies and places a visit went to, listed from
// item k on ("A, B and the C"). A place that only locates a site ("the
// Xishan coal mine", "the Dongling tea plantation") or a body named after
// it ("Linhe City's Nanhu Museum") was not itself visited: it is left out,
// and the list goes on past the site.
func (art *exArticle) visitObjects(items []exResolved, k int) []int {
	out, _ := art.visitObjectsSpan(items, k)
	return out
}

// visitObjectsEnd returns the index after the visit objects listed from k.
func (art *exArticle) visitObjectsEnd(items []exResolved, k int) int {
	_, end := art.visitObjectsSpan(items, k)
	return end
}

// visitObjectsSpan returns visitObjects' bodies and places and the index
// after the list.
func (art *exArticle) visitObjectsSpan(items []exResolved, k int) ([]int, int) {
	var out []int
	k = art.groupLeadInEnd(items, k) // "key industrial zones, including A" (visits7: visits_lists.go)
	for k < len(items) {
		if art.isWord(items, k, "the", ",", "and", "&", "as") || (art.isWord(items, k, "well") && art.isWord(items, k-1, "as")) {
			k++
			continue
		}
		if art.isWord(items, k, "its", "their") && art.isWord(items, k-1, "and", ",") && k+1 < len(items) && exIsParty(&items[k+1]) {
			k++ // "visited X and its School of Y": the unit too (rvisit)
			continue
		}
		if e, end := art.shortNameBodyAt(items, k); e >= 0 {
			out = append(out, e) // "Hexin Special Alloy's rolling mill" (rvisit: visits_anaphora.go)
			k = art.siteAfter(items, end)
			continue
		}
		if items[k].kind == xWord && items[k].s < len(art.text) && art.text[items[k].s] >= 'A' && art.text[items[k].s] <= 'Z' {
			if e := art.siteAfter(items, k+1); e > k+1 {
				k = e // "the Xiyang tea plantation": a site no rule names
				if art.isWord(items, k, "of") && k+1 < len(items) && (exIsParty(&items[k+1]) || art.isWord(items, k+1, "the")) {
					k++ // "the Xiling campus of Y": Y's site, Y visited
				}
				continue
			}
		}
		if e := art.dateBeforeNext(items, k); e > k {
			k = e // "visited A on May 3 and B on May 4"
			continue
		}
		if e := art.lowerItemEnd(items, k); e > k {
			k = e // "the national … inspection center, A and B" (visits7: visits_lists.go)
			continue
		}
		if !exIsParty(&items[k]) || items[k].paren {
			break
		}
		n := exSkipName(items, k)
		if e := art.splitNameEnd(items, k, n); e > k {
			k = e // "Jixi BTR graphite Industrial Park Co." split in two (visits7: visits_lists.go)
			continue
		}
		if e := art.levelBodyAt(items, k); e >= 0 {
			out = append(out, e) // "visited the county hospital" (rvisit: visits_anaphora.go)
			k = n + 1
			continue
		}
		if items[k].kind == xPlace {
			if n < len(items) && exIsParty(&items[n]) && items[n].t0 == items[k].t1 && art.possessive(items, k) {
				k = n // "Linhe City's Nanhu Museum": the body
				continue
			}
			if e := art.siteAfter(items, n); e > n {
				k = e // "the Xishan coal mine": a site, not the place
				if art.isWord(items, k, "of") && k+1 < len(items) && (exIsParty(&items[k+1]) || art.isWord(items, k+1, "the")) {
					k++ // "the Xiling campus of Y": Y's site, Y visited
				}
				continue
			}
		}
		if e := art.ref(items, k); e >= 0 && !art.provinceLocatorAt(items, k, out) && !art.possessedLowerFacilityAt(items, k) { // (r12-bases: visits_facilities.go)
			out = append(out, e)
		}
		k = art.purposeTailEnd(items, n) // (rvisit: visits_clause.go)
	}
	return out, k
}

// siteAfter returns the index after lower-case words ending in a site noun
// at items[n:] ("coal mine", "tea plantation"), or n.
func (art *exArticle) siteAfter(items []exResolved, n int) int {
	for w := n; w < len(items) && w < n+3 && items[w].kind == xWord; w++ {
		if items[w].in(exSiteNouns) {
			return w + 1
		}
		if !exLowerWord(items[w].low) {
			break
		}
	}
	return n
}

// exLowerWord: a lower-case word ("coal" of "Xishan coal mine").
func exLowerWord(w string) bool {
	return w != "" && w[0] >= 'a' && w[0] <= 'z' && !exFunctionWords.has(w)
}

// visitUnrealised: the visit at v is only planned or hoped for ("will
// organise visits to X", "plans to visit X"), or only possible ("students
// can visit X", "agreed to organise visits to X"). A modal word that a
// determiner makes a noun ("the plan was agreed during a visit") is none.
func (art *exArticle) visitUnrealised(items []exResolved, v int) bool {
	if art.visitInvited(items, v) { // (xvisited2: visits_invited.go)
		return true
	}
	for k := v - 1; k >= 0 && k >= v-6; k-- {
		if items[k].kind != xWord {
			break
		}
		if (items[k].in(exModalCues) || items[k].in(exVisitModalCues) || items[k].in(exVisitAbilityCues) || items[k].in(exVisitAgreeCues) && art.isWord(items, k+1, "to")) && !art.isWord(items, k-1, "the", "a", "an", "this", "its", "their", "our") {
			return true
		}
	}
	return false
}

// leadsBody: s is a person who leads o, who does not visit it.
func (art *exArticle) leadsBody(s, o int) bool {
	o = art.r.find(o)
	for _, l := range art.leads[art.r.find(s)] {
		if art.r.find(l) == o {
			return true
		}
	}
	return false
}

// receivedPerson returns the person a reception verb at k takes as its
// object ("welcomed [the] P", "received Mr P"), or -1. A person with a
// possessive ("received P's letter") is none.
func (art *exArticle) receivedPerson(items []exResolved, k int) int {
	q := k + 1
	if art.isWord(items, q, "by", "the") || k == 0 {
		return -1
	}
	if q < len(items) && items[q].kind == xWord && items[q].in(exHonorifics) {
		q++
	}
	if q < len(items) && items[q].kind == xTitle {
		q++ // "welcomed Vice President P"
	}
	if q >= len(items) || items[q].kind != xPerson || art.possessive(items, q) {
		return -1
	}
	return q
}

// appositionEnd returns where the persons received from q on end: past
// their names, posts, bodies and "and", up to the first other word; "its"
// or "their" before a post is part of it ("led by its president P").
func (art *exArticle) appositionEnd(items []exResolved, q int) int {
	for q < len(items) && (items[q].kind == xPerson || items[q].kind == xTitle || exIsParty(&items[q]) || items[q].inner ||
		art.isWord(items, q, ",", "and", "of", "the") || items[q].kind == xWord && items[q].in(exHonorifics) ||
		art.isWord(items, q, "its", "their") && q+1 < len(items) && items[q+1].kind == xTitle) {
		q++
	}
	return q
}

// delegationBodies returns the last visitors a later "the delegation"
// stands for: the bodies among them when there are any (the text says the
// delegation went on, not who of its members did), else the persons.
func (art *exArticle) delegationBodies() []int {
	var bodies []int
	for _, v := range art.visitors {
		if art.r.ents[art.r.find(v)].typ != quads.Person {
			bodies = append(bodies, v)
		}
	}
	if len(bodies) == 0 {
		return art.visitors
	}
	return bodies
}

// agentPartiesIn returns the parties in items [from,to) that can be a
// visit's subject: not those of a phrase naming who invited or supported
// it ("At the invitation of X, P visited Z") nor a preposition's object
// ("After signing the agreement with X, Y visited Z").
func (art *exArticle) agentPartiesIn(items []exResolved, si, from, to int) []int {
	var out []int
	for _, e := range art.partiesIn(items, si, from, to) {
		agent := true
		for k := from; k < to && k < len(items); k++ {
			if items[k].ent >= 0 && art.r.find(items[k].ent) == e && exIsParty(&items[k]) {
				q := k - 1
				if art.isWord(items, q, "the") {
					q--
				}
				if art.isWord(items, q, "of") && q >= 1 && items[q-1].kind == xWord && items[q-1].in(exNonAgentNouns) {
					agent = false
				}
				if q >= 0 && items[q].kind == xWord && items[q].in(exNonAgentPreps) {
					agent = false // "After signing the agreement with X, Y visited Z"
				}
				if q >= 0 && items[q].kind == xWord && items[q].in(exSupervisorPreps) {
					agent = false // "P, director of Q, a base under X, visited Z" (visits6)
				}
			}
		}
		if agent {
			out = append(out, e)
		}
	}
	return out
}

// delegationFromAt returns the "from" or "of" that names the body of the
// delegation noun at k ("a delegation from X", "a delegation of 20
// teachers from X"), or -1.
func (art *exArticle) delegationFromAt(items []exResolved, k int) int {
	if !art.isWord(items, k+1, "from", "of") {
		return -1
	}
	if art.isWord(items, k+1, "of") {
		// "of" + a few lower-case words or a number, then "from" ("a
		// delegation of 20 teachers from X"), or the body among them ("a
		// team of 15 HUT researchers"); a body right after "of" is the
		// delegation's own ("a delegation of X Municipal Government
		// visited Y": what follows it is the sentence's)
		if q := k + 2; art.isWord(items, q, "the") && q+1 < len(items) && exIsParty(&items[q+1]) || q < len(items) && exIsParty(&items[q]) {
			return k + 1
		}
		body := -1
		for q := k + 2; q < len(items) && q < k+7; q++ {
			if exIsParty(&items[q]) {
				if body < 0 && q > k+2 {
					body = q - 1
				}
				q = exSkipName(items, q) - 1
				continue
			}
			if items[q].kind != xWord {
				break
			}
			if art.isWord(items, q, "from") {
				return q
			}
			if w := items[q].low; w == "," || w == "." || w == ";" || w == "led" || w == "headed" {
				break
			}
		}
		if body >= 0 {
			return body
		}
	}
	return k + 1
}

// relativeSubjectFrom returns where the subject of the visit verb at k
// begins: 0, or, after a relative pronoun ("…, which also visited Z",
// "Q, director of Y, who visited Z"), the antecedent before it — the
// person and their apposition, or the delegation or body named last —
// so that the main clause's persons are not the visitors.
func (art *exArticle) relativeSubjectFrom(items []exResolved, k int) int {
	r := k - 1
	if art.isWord(items, r, "also", "then", "later") {
		r--
	}
	for r > 0 && items[r].kind == xWord && items[r].in(exRelativeAuxiliaries) {
		r-- // "P, who was visiting Z" (rvisit)
	}
	if items[k].in(exDelegationNouns) {
		r = art.goNounVerbBefore(items, k, r) // "P, who led a delegation to Z" (rvisit: visits_clause.go)
	}
	if !art.isWord(items, r, "which", "who", "that") || !art.isWord(items, r-1, ",") {
		return 0
	}
	// the antecedent: the last person named before (with the apposition
	// that follows the name), else the last delegation or body
	for q := r - 2; q >= 0; q-- {
		if items[q].kind == xPerson {
			return q
		}
		if items[q].kind == xWord && items[q].in(exDelegationNouns) {
			if art.isWord(items, q-1, "his", "her", "their") {
				continue // "P … and his delegation, who came to Z": P's
			}
			return q
		}
		if exIsParty(&items[q]) && !items[q].inner && (q == 0 || !art.isWord(items, q-1, "from", "of")) {
			if b := q - 1; b < 0 || !(items[b].kind == xWord && items[b].in(exDelegationNouns)) {
				return q
			}
		}
	}
	return 0
}
