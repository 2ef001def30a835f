package extract

import (
	"strings"

	"github.com/coopgraph/coopgraph/quads"
)

// hosts-base-at: who sets up a base at whom.

// basesIn reads bases: who sets one up at whom.
func (art *exArticle) basesIn(si int) {
	items := art.items[si]
	art.noteVenue(items)
	establish := false
	for k := range items {
		if items[k].kind == xWord && items[k].in(exEstablishCues) && !art.buildingNounAt(items, k) { // (r13-visits: bases_buildingnoun.go)
			establish = true
		}
	}
	if art.baseOnlyWished(items) {
		return // (dev7, signboards.go) "would like to set up a workstation"
	}
	if art.baseOnlyRegarded(items) || art.baseBuiltInto(items) {
		return // (bases3) "regards Y as an important base for …", "build the workstation into …"
	}
	// (bases3) "the base, jointly built by A and B, is located in P",
	// (parts2) "the X Centre, built by A and B, was opened in P": where
	// it stands, before the pair named in it is read as its owners
	if art.builtByLocated(items, si) {
		return
	}
	// (bases4) "Joint Research Center of A - B", "P1 and P2 jointly
	// unveiled the X Laboratory of A"
	if art.pairNamedBases(items, si) || art.unveiledBodyBases(items, si) {
		return
	}
	// (h) "a joint X institute to be based at Y", "the base, located in Y,
	// was set up by X": where the text says it is, by whom it is set up
	if art.locatedBase(items, si) {
		return
	}
	// (bases4) "the X Joint Laboratory, jointly established by A and B,"
	if art.jointlyBuiltBy(items, si) {
		return
	}
	cue := -1
	for k := range items {
		it := &items[k]
		if it.kind == xBase || art.isBaseWord(items, k) {
			cue = k
			break
		}
		if establish && art.plaqueOfSetUpBody(items, k) {
			cue = k // (bases3) "the plaque of the X Institute, which Y set up in Z"
			break
		}
		if establish && it.kind == xOrg && !it.inner && !art.eventVenueAt(items, k) {
			l := strings.ToLower(it.name)
			if strings.HasSuffix(l, "centre") || strings.HasSuffix(l, "center") || strings.Contains(l, "centre for") || strings.Contains(l, "center for") {
				setUp := art.isSetUpThing(items, k) || art.setUpAfter(items, k)
				if !setUp && art.baseNamedAfter(items, k) {
					continue // (r13-visits: bases_centreparty.go) a party named "X Centre"
				}
				if setUp {
					art.asBase(it.ent) // (bases4) the centre set up is no party
				}
				cue = k
				break
			}
		}
		if it.kind == xOrg && !it.inner && exJointBodyName(it.name) && art.isSetUpThing(items, k) {
			// (bases4) "A and B jointly established the X Joint
			// Laboratory", "the co-construction of the X Centre": what
			// is set up is a base, no party
			art.asBase(it.ent)
			cue = k
			break
		}
	}
	if cue < 0 || art.baseOnlyDiscussed(items, cue) { // synth13: bases_prospect.go
		return
	}
	if art.countedBasesInRegion(items, cue) {
		return // (bases3) "has established 30 practice bases in the province"
	}
	// (a) a base "of A" whose name begins with a place: A hosts it there
	done := false
	for k := range items {
		it := &items[k]
		if it.kind != xBase || it.parent < 0 {
			continue
		}
		host := art.ref(items, it.parent)
		if host < 0 {
			continue
		}
		f := strings.Fields(it.name)
		if len(f) > 0 {
			if pl, ok := art.r.byKey[string(quads.Place)+"|"+exPlaceKey(f[0])]; ok {
				art.add(host, quads.HostsBaseAt, art.r.find(pl), "", si)
				done = true
				continue
			}
		}
		// "the Y practice base of X": named after the body it is at
		if at := art.prefixOrg(it.name); at >= 0 && art.r.find(at) != art.r.find(host) {
			art.add(host, quads.HostsBaseAt, art.r.find(at), "", si)
			done = true
		}
	}
	if done {
		return
	}
	// (bases4) "the practice base of X Middle School": at the school
	if art.basicSchoolPracticeBase(items, si, cue) {
		return
	}
	// (bases3) "awarded plaques of 'Base of X' to A", "A was awarded the
	// title of 'Base of X'": X hosts it at A
	if art.awardedBase(items, si, cue) {
		return
	}
	// (g) "X will become / was named a practice base of Y": Y hosts it at X
	if host, loc := art.becomeBaseOf(items, cue); host >= 0 && loc >= 0 {
		art.add(host, quads.HostsBaseAt, loc, "", si)
		return
	}
	// (a') "the Y practice base of X": a base named in lower case after the
	// body it is at, with its owner's "of X"
	if items[cue].kind == xWord && art.isWord(items, cue+1, "of") {
		q := cue + 2
		if art.isWord(items, q, "the") {
			q++
		}
		at := -1
		for m := cue - 1; m >= 0 && m >= cue-4; m-- {
			if exIsParty(&items[m]) {
				at = m
				break
			}
			if items[m].kind != xWord || !exIsLowerWord(items[m].low) {
				break
			}
		}
		if at >= 0 && q < len(items) && exIsParty(&items[q]) {
			host, loc := art.ref(items, q), art.ref(items, at)
			if host >= 0 && loc >= 0 && art.r.find(host) != art.r.find(loc) {
				art.add(host, quads.HostsBaseAt, art.r.find(loc), "", si)
				return
			}
		}
	}
	// "the base, which the three parties set up at Y" (synth13: bases_counted.go)
	if art.countedSetUpBase(items, si, cue) {
		return
	}
	// (a'') "the base, which X set up in Y": the relative clause names
	// who set it up and where, whoever else the sentence names
	if host, loc, l := art.relativeSetUp(items, cue); host >= 0 && loc >= 0 {
		art.add(host, quads.HostsBaseAt, loc, "", si)
		if co := art.coSetterAfter(items, l); co >= 0 && art.r.find(co) != host && art.r.find(co) != loc {
			art.add(co, quads.HostsBaseAt, loc, "", si) // "… together with B" (r12-bases: bases_cosetter.go)
		}
		// (bases3) "set up in V, P": at the enclosing place too; "set up
		// in P's D": in the district too
		for _, q := range []int{art.enclosingPlaceAfter(items, l), art.possessedPlaceAfter(items, l)} {
			if p := art.ref(items, q); q >= 0 && p >= 0 && art.r.find(p) != host {
				art.add(host, quads.HostsBaseAt, art.r.find(p), "", si)
			}
		}
		return
	}
	// (a''') "built 20 practice bases in enterprises such as Y and Z": each
	// listed body is where one is
	if art.basesSuchAs(items, si, cue) || art.basesInList(items, si, cue) || art.setUpByIn(items, si, cue) {
		return
	}
	// (b) "the plaque of the 'X Base' [of A] at Y", "a … station in Y": Y is
	// where it is; A, or the one other party, or Y's partner hosts it
	if it := &items[cue]; it.kind == xBase || it.kind == xWord || it.kind == xOrg {
		m := cue + 1
		if it.kind != xWord {
			m = exSkipName(items, cue)
		}
		for m < len(items) && items[m].kind == xWord && (items[m].low == "\"" || items[m].low == "”" || items[m].low == "’" || items[m].low == "'" || items[m].low == ")") {
			m++
		}
		// "the base was (jointly) set up in Y (by X)"
		passive := m
		for passive < len(items) && passive < m+5 && items[passive].kind == xWord && (items[passive].in(exBeAux) || items[passive].in(exEstablishCues) || art.isWord(items, passive, "up", "jointly", "officially", "formally")) {
			passive++
		}
		if passive > m && (items[passive-1].in(exEstablishCues) || art.isWord(items, passive-1, "up")) {
			m = passive
		}
		if it.kind == xBase && art.isWord(items, m, "was", "were") && m+1 < len(items) && items[m+1].kind == xWord && items[m+1].in(exEventVerbs) {
			// "the unveiling ceremony of the 'X Base' was held at Y": Y is
			// where the base is (bases, xvisits)
			m += 2
			if art.isWord(items, m, "off", "place") {
				m++ // "took place at Y"
			}
		}
		if art.isWord(items, m, "for", "of") {
			m = art.pastTopic(items, m) // "a research center for local history at the museum"
		}
		if q := art.siteAt(items, m); q >= 0 {
			if loc := art.siteRef(items, q); loc >= 0 {
				loc = art.r.find(loc)
				if n := exSkipName(items, q); art.isWord(items, n, "by") && n+1 < len(items) && exIsParty(&items[n+1]) && m > cue+1 {
					if h := art.ref(items, exPossessed(items, n+1)); h >= 0 && art.r.find(h) != loc {
						art.add(h, quads.HostsBaseAt, loc, "", si)
						return
					}
				}
				// "A and B jointly set up the C Centre in Y": each hosts it
				if joint := art.jointSetters(items, si, cue, loc); len(joint) >= 2 {
					for _, h := range joint {
						art.add(h, quads.HostsBaseAt, loc, "", si)
					}
					return
				}
				if it.kind != xOrg {
					if host := art.baseHost(items, si, cue, loc); host >= 0 {
						host, loc = art.practiceOwnerFirst(items, cue, host, loc) // (bases4)
						art.add(host, quads.HostsBaseAt, loc, "", si)
						return
					}
				}
			}
		}
	}
	// (d) "selected … announced by A and B": the designators host the base
	if b := art.findWord(items, cue, "by"); b >= 0 {
		subj := art.partiesIn(items, si, 0, cue)
		des := art.listAfter(items, b+1)
		if len(subj) == 1 && len(des) > 0 {
			for _, d := range des {
				art.add(d, quads.HostsBaseAt, subj[0], "", si)
			}
			return
		}
	}
	// (e) "agreements with B to build the … base, C for …": L hosts at B
	if w := art.findWord(items, 0, "with"); w >= 0 && w < cue {
		v := art.findCue(items, 0, exSignCues)
		if v >= 0 && v < w {
			left := art.partiesIn(items, si, 0, v)
			for k := cue - 1; k > w; k-- {
				if art.isWord(items, k, ",", ";") {
					break
				}
				if exIsParty(&items[k]) && !items[k].inner {
					for _, l := range left {
						art.add(l, quads.HostsBaseAt, art.ref(items, k), "", si)
					}
					return
				}
			}
		}
	}
	// (f) "A and B inaugurated the “X … Base”" with no place in the
	// sentence: a base named after its owner X is at the event's venue
	if it := &items[cue]; it.kind == xBase && art.venue >= 0 && art.findWord(items, cue, "at", "in") < 0 {
		if owner := art.prefixOrg(it.name); owner >= 0 && art.r.find(owner) != art.venue && !art.related(art.r.find(owner), art.venue) {
			art.add(owner, quads.HostsBaseAt, art.venue, "", si)
			// "… inaugurated the 'X Base' and the 'X Faculty of Y
			// Base'": every base the sentence names after an owner
			// (bases, xvisits)
			for k := cue + 1; k < len(items); k++ {
				if items[k].kind != xBase {
					continue
				}
				if o := art.prefixOrg(items[k].name); o >= 0 && art.r.find(o) != art.venue && !art.related(art.r.find(o), art.venue) {
					art.add(o, quads.HostsBaseAt, art.venue, "", si)
				}
			}
			return
		}
	}
	// generic: the two parties of the sentence (signers standing for what
	// they lead; a centre named after one of them counts as that one),
	// when the sentence sets a base up, signs for it or grants it; "the
	// base is …", "the base's work" only speak of one named before, and
	// (members6) "P, head of the X Base and principal of Y" names one
	// without saying who set it up where
	if !establish && art.findCue(items, 0, exSignCues) < 0 && art.findCue(items, 0, exBaseGrantCues) < 0 {
		return
	}
	var parties []int
	unveiled := art.unveiledItems(items) // (bases4) set up beside the base, no party
	// (synth13: bases_clause.go) not the parties of a clause after it
	clauseEnd := art.nextClauseAfter(items, cue)
	for k := range items[:clauseEnd] {
		it := &items[k]
		if k != cue && unveiled[k] {
			continue
		}
		if k == cue && it.kind != xWord {
			if o := art.prefixOrg(it.name); o >= 0 {
				parties = append(parties, o)
			} else if o := art.ownerNamedIn(it.name); o >= 0 && it.kind == xBase {
				// "Y was awarded the title of 'X University Internship
				// Base'": the owner its name begins with is a party
				parties = append(parties, o)
			}
			continue
		}
		if it.kind == xPerson && it.ent >= 0 {
			parties = append(parties, art.leads[art.r.find(it.ent)]...)
			continue
		}
		if exIsParty(it) && !it.paren && it.kind != xBase {
			if e := art.ref(items, k); e >= 0 {
				parties = append(parties, art.r.find(e))
			}
		}
	}
	parties = exUniq(parties)
	if len(parties) > 2 {
		// "XTU's School of X and Y": the unit acts, not its parent
		var keep []int
		for _, p := range parties {
			parent := false
			for _, q := range parties {
				if q != p && art.related(p, q) && art.r.ents[q].parent >= 0 && art.r.find(art.r.ents[q].parent) == p {
					parent = true
				}
			}
			if !parent {
				keep = append(keep, p)
			}
		}
		parties = keep
	}
	if len(parties) > 2 {
		var keep []int
		for _, p := range parties {
			for _, q := range parties {
				if art.signs[[2]int{p, q}] {
					keep = append(keep, p)
					break
				}
			}
		}
		parties = keep
	}
	if len(parties) == 1 && art.bothSides(items, len(items)) {
		// (bases4) "the two sides unveiled the plaque of the 'X University
		// Practice Base'": the owner its name begins with, at its partner
		if owner := art.baseOwnerName(items, cue); owner >= 0 && art.r.find(owner) == parties[0] {
			if p := art.partnerOf(si, parties[0]); p >= 0 {
				parties = append(parties, p)
			}
		}
	}
	if len(parties) == 0 && art.bothSides(items, len(items)) && art.findCue(items, 0, exModalCues) < 0 && art.findCue(items, 0, exProposalCues) < 0 {
		// "Both parties jointly unveiled the plaque for the X Base": the
		// article's two parties — or, right after a visit, the visitors'
		// body and the body they visited (xvisited2: visits_site.go); a
		// school's base is at its partner
		a, b := art.visitPair(si)
		if a < 0 {
			a, b = art.mainPair()
		}
		if a >= 0 && b >= 0 {
			if art.isEducational(b) && !art.isEducational(a) {
				a, b = b, a
			}
			parties = []int{a, b}
		}
	}
	if len(parties) == 2 && !art.related(parties[0], parties[1]) {
		if owner := art.baseOwnerName(items, cue); owner >= 0 && art.r.find(owner) == parties[1] {
			// "… unveiled the plaque of the 'X University Postgraduate
			// Workstation'": the owner its name begins with hosts it
			parties[0], parties[1] = parties[1], parties[0]
		} else if art.studentBase(items, cue) && (art.isEducational(parties[1]) && !art.isEducational(parties[0]) || art.isHigherEducation(parties[1]) && art.isBasicSchool(parties[0])) {
			// a practice or teaching base is its school's, at the partner
			// (bases4: a university's at a primary or middle school)
			parties[0], parties[1] = parties[1], parties[0]
		}
		if art.r.ents[art.r.find(parties[0])].typ == quads.Place && art.r.ents[art.r.find(parties[1])].typ == quads.Organization {
			// "Jiading District and Fudan University jointly build the X
			// Centre": a place hosts no base (SCHEMA.md), the body it
			// builds one with does, in the place (bases10)
			parties[0], parties[1] = parties[1], parties[0]
		}
		art.add(parties[0], quads.HostsBaseAt, parties[1], "", si)
	}
}

// studentBase: the base at cue is one for a school's students (a practice,
// teaching, internship or training base), which the school sets up at its
// partner.
func (art *exArticle) studentBase(items []exResolved, cue int) bool {
	it := &items[cue]
	if it.kind != xWord {
		return exHasWordIn(exStudentBaseWords.words, it.name)
	}
	for k := cue - 1; k >= 0 && k >= cue-3 && items[k].kind == xWord; k-- {
		if items[k].in(exStudentBaseWords) {
			return true
		}
	}
	return false
}

// eventVenueAt: the body at k is where an event took place ("… was held
// at the X Conference Center", "took place in the Y Centre"): a venue, not
// a centre the sentence sets up (bases10).
func (art *exArticle) eventVenueAt(items []exResolved, k int) bool {
	q := k - 1
	if art.isWord(items, q, "the") {
		q--
	}
	if !art.isWord(items, q, "at", "in") {
		return false
	}
	q--
	if art.isWord(items, q, "off", "place") {
		q--
	}
	return q >= 0 && items[q].kind == xWord && items[q].in(exEventVerbs)
}

// noteVenue records where the article's event took place: "… kicked off
// at X", "the ceremony was held at X".
func (art *exArticle) noteVenue(items []exResolved) {
	for k := range items {
		// "X hosted the unveiling / ceremony": X is where it took place
		if (items[k].kind == xOrg || items[k].kind == xPlace) && !items[k].inner && art.isWord(items, exSkipName(items, k), "hosted") {
			if e := art.ref(items, k); e >= 0 {
				art.venue = art.r.find(e)
				return
			}
		}
	}
	for k := range items {
		if items[k].kind != xWord || !items[k].in(exEventVerbs) {
			continue
		}
		q := k + 1
		if art.isWord(items, q, "off", "place") {
			q++
		}
		if !art.isWord(items, q, "at", "in") {
			continue
		}
		q++
		if art.isWord(items, q, "the") {
			q++
		}
		if q < len(items) && (items[q].kind == xOrg || items[q].kind == xPlace) && !items[q].inner {
			if e := art.ref(items, q); e >= 0 {
				art.venue = art.r.find(e)
				return
			}
		}
	}
}

// relativeSetUp reads "BASE, which/that X set up (…) in/at Y" after the
// base at cue: it returns X and Y and the item of Y, or -1s.
func (art *exArticle) relativeSetUp(items []exResolved, cue int) (host, loc, at int) {
	m := exSkipName(items, cue) // past a name's inner parent: "the X Institute of Y, which"
	q := m + 2
	switch {
	case art.isWord(items, m, ",") && art.isWord(items, m+1, "which", "that"):
	case art.isWord(items, m, "which", "that"):
		q = m + 1 // "the workstation that X set up in Y"
	default:
		return -1, -1, -1
	}
	if art.isWord(items, q, "the") {
		q++
	}
	if q >= len(items) || !exIsParty(&items[q]) {
		return -1, -1, -1
	}
	host = art.ref(items, q)
	v := exSkipName(items, q)
	for v < len(items) && v < q+4 && items[v].kind == xWord && !items[v].in(exEstablishCues) {
		v++ // "had", "jointly"
	}
	if v >= len(items) || items[v].kind != xWord || !items[v].in(exEstablishCues) {
		return -1, -1, -1
	}
	for v++; art.isWord(items, v, "up", "jointly", "there"); v++ {
	}
	if !art.isWord(items, v, "in", "at") {
		return -1, -1, -1
	}
	l := v + 1
	if art.isWord(items, l, "the") {
		l++
	}
	if l >= len(items) || !exIsParty(&items[l]) {
		return -1, -1, -1
	}
	loc = art.ref(items, l)
	if host < 0 || loc < 0 || art.r.find(host) == art.r.find(loc) {
		return -1, -1, -1
	}
	return art.r.find(host), art.r.find(loc), l
}

// isEducational: one of the entity's names ends in an educational head
// ("… University", "… College of Information Technology").
func (art *exArticle) isEducational(e int) bool {
	for n := range art.r.ents[art.r.find(e)].names {
		if exHasWordIn(exEduHeads.words, n) {
			return true
		}
	}
	return false
}

// baseHost returns who hosts the base at item cue located at loc: the
// organisation the base is "of", else the one other party the sentence
// names (or its signers lead), else the one party loc signed with.
func (art *exArticle) baseHost(items []exResolved, si, cue int, loc int) int {
	r := art.r
	if it := &items[cue]; it.kind == xBase && it.parent >= 0 {
		if h := art.ref(items, it.parent); h >= 0 && r.find(h) != loc {
			return r.find(h)
		}
	}
	if it := &items[cue]; it.kind == xBase {
		// "the Fenglin University Practice Base at Y": named after its
		// owner, whoever unveiled it
		if o := art.prefixOrg(it.name); o >= 0 && r.find(o) != loc && !art.related(r.find(o), loc) {
			return r.find(o)
		}
		if o := art.ownerNamedIn(it.name); o >= 0 && r.find(o) != loc && !art.related(r.find(o), loc) {
			return r.find(o)
		}
	}
	// the subject of the clause that sets it up ("Under the agreement, X
	// will set up a practice base at Y"; after a dateline "P, Q: X has
	// opened …", members6)
	from := 0
	for k := cue - 1; k >= 0; k-- {
		if art.isWord(items, k, ",", ";", ":") {
			from = k + 1
			break
		}
	}
	var subj []int
	for _, p := range art.partiesIn(items, si, from, cue) {
		if p != loc && !art.related(p, loc) {
			subj = append(subj, p)
		}
	}
	if len(subj) == 1 {
		return subj[0]
	}
	if len(subj) == 0 {
		// (bases3) "the company will set up a centre at Y": Y's signer
		if h := art.homeSubjectSigner(items, from, cue, loc); h >= 0 {
			return h
		}
	}
	if v := art.findCue(items, 0, exSignCues); v >= 0 && v < cue {
		// "X signed with Y an agreement to build a base in Z": the
		// signing's subject builds it
		var left []int
		for _, p := range art.partiesIn(items, si, 0, v) {
			if p != loc && !art.related(p, loc) {
				left = append(left, p)
			}
		}
		if len(left) == 1 {
			return left[0]
		}
	}
	var others []int
	for _, p := range art.partiesIn(items, si, 0, len(items)) {
		if p != loc && !art.related(p, loc) {
			others = append(others, p)
		}
	}
	if len(others) == 0 {
		for _, p := range art.personOrgs(items, 0, len(items), false) {
			if r.find(p) != loc && !art.related(r.find(p), loc) {
				others = append(others, r.find(p))
			}
		}
	}
	others = exUniq(others)
	if len(others) == 1 {
		return others[0]
	}
	if len(others) > 1 {
		if art.studentBase(items, cue) {
			// "the mayor and the university's president unveiled the
			// practice base at X": a practice base is the school's
			edu := -1
			for _, o := range others {
				if art.isEducational(o) {
					if edu >= 0 {
						return -1
					}
					edu = o
				}
			}
			return edu
		}
		return -1
	}
	one := -1
	for pq := range art.signs {
		if pq[1] == loc && pq[0] != loc {
			if one >= 0 && one != pq[0] {
				return -1
			}
			one = pq[0]
		}
	}
	if one < 0 && art.home >= 0 && r.find(art.home) != loc {
		one = r.find(art.home)
	}
	return one
}

// prefixOrg returns the organisation whose name begins name ("Dijiang
// Group Intelligent Manufacture Innovation Center"), or -1.
func (art *exArticle) prefixOrg(name string) int {
	best, bl := -1, 0
	for i, e := range art.r.ents {
		if art.r.find(i) != i || e.typ != quads.Organization {
			continue
		}
		for n := range e.names {
			if len(n) > bl && len(n) < len(name) && strings.HasPrefix(name, n+" ") {
				best, bl = i, len(n)
			}
		}
	}
	if best >= 0 {
		// "Nankai University Faculty of History Practice Teaching Base":
		// the unit of the body named next is the owner
		rest := name[bl+1:]
		unit, ul := -1, 0
		for i, e := range art.r.ents {
			if art.r.find(i) != i || e.typ != quads.Organization || e.parent < 0 || art.r.find(e.parent) != best {
				continue
			}
			for n := range e.names {
				if len(n) > ul && len(n) < len(rest) && strings.HasPrefix(rest, n+" ") && exIsUnitName(n) {
					unit, ul = i, len(n)
				}
			}
		}
		if unit >= 0 {
			return unit
		}
	}
	return best
}

// exIsLowerWord: a word of letters, as a lower-case modifier of a base noun
// is ("practice", "teaching").
func exIsLowerWord(w string) bool {
	for _, c := range w {
		if c < 'a' || c > 'z' {
			return c == '-'
		}
	}
	return w != ""
}

// siteAt reads where a thing is set up from item m on: "at/in/on (the) Y",
// "on Y's campus", "on the campus of Y". It returns Y's item, or -1.
func (art *exArticle) siteAt(items []exResolved, m int) int {
	if !art.isWord(items, m, "at", "in", "on") {
		return -1
	}
	q := m + 1
	if art.isWord(items, q, "the") {
		q++
	}
	if q < len(items) && items[q].kind == xWord && items[q].in(exGroundsNouns) && art.isWord(items, q+1, "of") {
		// "on the campus of Y"
		q += 2
		if art.isWord(items, q, "the") {
			q++
		}
	}
	if q >= len(items) || !exIsParty(&items[q]) {
		return -1
	}
	if n := exSkipName(items, q); n+1 < len(items) && items[n].kind == xWord && items[n].in(exGroundsNouns) && art.isWord(items, n+1, "of") {
		// "on the Zhuhai campus of Y": the campus is Y's
		q = n + 2
		if art.isWord(items, q, "the") {
			q++
		}
		if q >= len(items) || !exIsParty(&items[q]) {
			return -1
		}
	}
	if items[q].kind == xPlace && art.possessive(items, q) && q+1 < len(items) && items[q+1].kind == xPlace {
		return q + 1 // "in Linhe's Shuanghe Township"
	}
	return exPossessed(items, q)
}

// siteRef returns the entity of the site siteAt found at q: the body "the
// county hospital" or "the city museum" means (levelBodyAt: the one body
// of that head named after a place of that level), else the item's own.
func (art *exArticle) siteRef(items []exResolved, q int) int {
	if e := art.levelBodyAt(items, q); e >= 0 {
		return e
	}
	return art.ref(items, q)
}

// becomeBaseOf reads a body made a base: "X will become / became / was
// named (as) a practice base of Y", "X will serve as Y's teaching base"
// (Y hosts it at X), "Z named X a base", "making X Y's off-campus base"
// (the owner Y, else the namer Z, hosts it at X). It returns the host and
// where the base is, or -1s.
func (art *exArticle) becomeBaseOf(items []exResolved, cue int) (host, loc int) {
	k := cue - 1
	skipMods := func() {
		for k >= 0 && items[k].kind == xWord && (exIsLowerWord(items[k].low) && !items[k].in(exBecomeVerbs) && !items[k].in(exDesignationVerbs) && !items[k].in(exMakeVerbs) && items[k].low != "as" || items[k].low == "\"" || items[k].low == "“") {
			k-- // "a teaching and research", "an off-campus"
		}
	}
	skipMods()
	owner := -1
	if k >= 0 && exIsParty(&items[k]) && art.possessive(items, k) {
		owner = k // "the university's teaching base"
		k--
		skipMods()
	}
	if art.isWord(items, k, "as") {
		k-- // "serve as", "designated as", "named X as"
	}
	obj := -1
	if k >= 0 && exIsParty(&items[k]) {
		obj = k // "named X a base", "making X …"
		for obj > 0 && items[obj].inner {
			obj--
		}
		k = obj - 1
		if art.isWord(items, k, "the") {
			k--
		}
	}
	if k < 0 || items[k].kind != xWord {
		return -1, -1
	}
	verb := k
	w := items[verb].low
	if !exBecomeVerbs.has(w) && !exDesignationVerbs.has(w) && !exServeVerbs.has(w) && !exMakeVerbs.has(w) && !exDesignateActive.has(w) {
		return -1, -1
	}
	// after the base: "of Y", "for Y"
	m := cue + 1
	if items[cue].kind == xBase {
		m = exSkipName(items, cue)
	}
	for m < len(items) && art.isWord(items, m, "\"", "”") {
		m++
	}
	of := -1
	if art.isWord(items, m, "of", "for") {
		q := m + 1
		if art.isWord(items, q, "the") {
			q++
		}
		if q < len(items) && exIsParty(&items[q]) {
			of = exPossessed(items, q)
		}
	}
	if of < 0 {
		of = owner
	}
	// before the verb: the subject, past auxiliaries and adverbs
	s := verb - 1
	passive := false
	for s >= 0 && items[s].kind == xWord && (items[s].in(exDesignationFillers) || items[s].in(exBeAux) || items[s].in(exModalCues)) {
		passive = passive || items[s].in(exBeAux)
		s--
	}
	subj := -1
	if s >= 0 && exIsParty(&items[s]) {
		subj = s
		for subj > 0 && items[subj].inner {
			subj--
		}
	}
	var h, l int
	switch {
	case obj >= 0 && (exMakeVerbs.has(w) || exDesignateActive.has(w) || exDesignationVerbs.has(w) && !passive):
		// "Z named X a base", "making X Y's base"
		l = art.ref(items, exPossessed(items, obj))
		switch {
		case of >= 0:
			h = art.ref(items, of)
		case subj >= 0 && !exMakeVerbs.has(w):
			h = art.ref(items, subj)
		case art.makerHostsBase(items, s):
			h = art.ref(items, s) // (bases3) "X made Y a practice base for its students"

		default:
			return -1, -1
		}
	case obj < 0 && (exBecomeVerbs.has(w) || exServeVerbs.has(w) || exDesignationVerbs.has(w) && passive):
		// "X will become / was named a base of Y"
		if of < 0 || subj < 0 {
			return -1, -1
		}
		h, l = art.ref(items, of), art.ref(items, exPossessed(items, subj))
	default:
		return -1, -1
	}
	if h < 0 || l < 0 || art.r.find(h) == art.r.find(l) {
		return -1, -1
	}
	return art.r.find(h), art.r.find(l)
}

// locatedBase reads where a base or a joint body is set up: "a joint X
// Institute to be based at Y" (its host the clause's subject), "the base,
// located in Y's Z, was set up by X" (its host who set it up; a place
// the possessive names is where it is too). It reports whether it stated
// a relation.
func (art *exArticle) locatedBase(items []exResolved, si int) bool {
	for k := range items {
		if items[k].kind != xWord || !items[k].in(exLocatedWords) {
			continue
		}
		q := art.siteAt(items, k+1)
		if q < 0 {
			continue
		}
		// the thing located: right before, past "to be" and a comma
		t := k - 1
		for t >= 0 && art.isWord(items, t, "to", "be", "is", "was", "are", "were", "will", "would", ",", "which", "that") {
			t--
		}
		for t > 0 && items[t].inner {
			t--
		}
		ofHost := -1
		if t >= 2 && exIsParty(&items[t]) && art.isWord(items, t-1, "of") && art.isBaseWord(items, t-2) {
			// "the teaching base of X is located in Y": X hosts it
			ofHost, t = art.ref(items, exPossessed(items, t)), t-2
		}
		if t < 0 || !art.isSetUpThing(items, t) {
			continue
		}
		loc := art.siteRef(items, q)
		if loc < 0 {
			continue
		}
		loc = art.r.find(loc)
		var locs []int
		locs = append(locs, loc)
		if q > 0 && items[q-1].kind == xPlace && art.possessive(items, q-1) && art.r.ents[loc].typ == quads.Place {
			// "Linhe's Shuanghe Township" is in Linhe
			if p := art.ref(items, q-1); p >= 0 && art.r.find(p) != loc {
				locs = append(locs, art.r.find(p))
			}
		}
		host, alsoHost := ofHost, -1
		// "…, was set up / established by X"
		for m := exSkipName(items, q); m < len(items) && m < q+10; m++ {
			if art.isWord(items, m, "by") && m > 0 && items[m-1].kind == xWord && (items[m-1].in(exEstablishCues) || art.isWord(items, m-1, "up")) {
				if m+1 < len(items) && exIsParty(&items[m+1]) {
					host = art.ref(items, exPossessed(items, m+1))
				}
				break
			}
		}
		if host < 0 {
			// the subject of the clause that sets it up
			from := 0
			for b := t - 1; b >= 0; b-- {
				if art.isWord(items, b, ";") || art.isWord(items, b, ",") && !art.isWord(items, b+1, "which", "that") {
					from = b + 1
					break
				}
			}
			var subj []int
			for _, p := range art.partiesIn(items, si, from, t) {
				if p != loc && !art.related(p, loc) {
					subj = append(subj, p)
				}
			}
			if len(subj) == 1 {
				host = subj[0]
				// (bases3) a joint builder whose unit is the site hosts it too
				alsoHost = art.jointParentOfSite(items, si, from, t, loc)
			}
			if len(subj) == 0 && art.sidesCount(items, t) == 2 {
				// "the two institutions will co-found X, which will be
				// located on Y's campus": the article's pair, Y's partner
				if a, b := art.mainPair(); a >= 0 && b >= 0 && (a == loc || b == loc) {
					host = a + b - loc
				}
			}
		}
		if host < 0 && items[t].kind == xWord && art.isWord(items, t-1, "the", "this") {
			// "The base is located in Y": the base named before, its owner's
			host = art.lastBaseOwner(si)
		}
		if items[t].kind == xWord && items[t].low == "bases" && art.isWord(items, t-1, "the", "these") {
			// "The bases are located at A in P1, the B in P2 and the C in
			// P3" (synth13: bases_sites.go)
			if host < 0 {
				host = art.pluralBaseOwnerBefore(si)
			}
			locs = append(locs, art.moreSitesAfter(items, q)...)
		}
		if host < 0 && items[t].kind == xBase {
			// "the X University Y Research Station, located in Y": the
			// base's name says whose it is
			if o := art.prefixOrg(items[t].name); o >= 0 {
				host = o
			} else {
				host = art.ownerNamedIn(items[t].name)
			}
		}
		if host < 0 {
			continue
		}
		for _, l := range locs {
			if art.r.find(host) != l {
				art.add(host, quads.HostsBaseAt, l, "", si)
			}
			if alsoHost >= 0 && alsoHost != l && alsoHost != art.r.find(host) {
				art.add(alsoHost, quads.HostsBaseAt, l, "", si)
			}
		}
		return true
	}
	return false
}

// isSetUpThing: the item at t is a base, a base noun, or a body the text
// sets up as new ("a joint X Institute", "a new Y Centre").
func (art *exArticle) isSetUpThing(items []exResolved, t int) bool {
	it := &items[t]
	switch {
	case it.kind == xBase:
		return true
	case it.kind == xWord:
		return art.isBaseWord(items, t)
	case it.kind == xOrg:
		b := t - 1
		if art.isWord(items, b, "\"", "“") {
			b--
		}
		if art.isWord(items, b, "joint", "new") {
			return true
		}
		// "co-found a Research Institute of X", "set up the Y Centre"
		if art.isWord(items, b, "a", "an", "the") {
			b--
		}
		if art.isWord(items, b, "of") && b > 0 && items[b-1].kind == xWord && items[b-1].in(exSetUpNouns) {
			// (bases4) "an agreement on the co-construction of the X
			// Centre" (but "the team building of the X Institute" builds
			// up what is inside it: r13-visits)
			return !(b > 1 && items[b-2].kind == xWord && items[b-2].in(exInnerBuildingNouns))
		}
		if art.isWord(items, b, "up") {
			b--
		}
		return b >= 0 && items[b].kind == xWord && (items[b].in(exEstablishCues) || items[b].in(exJointCues))
	}
	return false
}

// isBaseWord: the word at k names a base in lower case ("a practice
// base", "an industry college").
func (art *exArticle) isBaseWord(items []exResolved, k int) bool {
	it := &items[k]
	if it.kind != xWord {
		return false
	}
	if it.in(exBaseWords) {
		// (members6) "a solid industrial base" is a region's economy
		return !(k > 0 && items[k-1].kind == xWord && items[k-1].in(exEconomicBaseModifiers))
	}
	if art.isCourtyardBase(items, k) { // (bases3)
		return true
	}
	// (members6) "opened a research institute in P": a research
	// institute set up at a named site, as a centre is (without the site
	// it may be the setter's own unit)
	researchSite := it.low == "institute" && art.isWord(items, k-1, "research") && art.siteAt(items, k+1) >= 0
	if it.low == "centre" || it.low == "center" || it.in(exLowerJointBodyWords) || it.low == "institute" && art.isWord(items, k-1, "joint") || researchSite {
		// (bases4: "set up a joint laboratory with Y" as a centre is)
		// "set up a telemedicine center": a centre the sentence sets up
		// (but "help it build a stroke center": the helped body's own)
		if art.centreOfHelped(items, k) {
			return false // (bases3) "guide the Y Hospital in building a … center"
		}
		set := false
		for b := k - 1; b >= 0 && b >= k-7 && items[b].kind == xWord; b-- {
			if items[b].in(exHelpVerbs) {
				return false
			}
			// (a determiner and ordinal may stand between: "established
			// its first overseas teaching center")
			set = set || b >= k-4-art.centreDeterminers(items, b+1, k) && (items[b].in(exEstablishCues) && !art.buildingNounAt(items, b) || items[b].in(exJointCues))
		}
		return set
	}
	return it.low == "college" && art.isWord(items, k-1, "industry", "industrial")
}

// jointSetters returns the parties of the clause before the base at cue
// when a joint verb sets it up ("A and B jointly set up", "A and B
// co-established"), but loc and its relatives; nil otherwise.
func (art *exArticle) jointSetters(items []exResolved, si, cue, loc int) []int {
	from, joint := 0, false
	for k := cue - 1; k >= 0; k-- {
		if art.isWord(items, k, ",", ";") {
			from = k + 1
			break
		}
		if items[k].kind == xWord && items[k].in(exJointCues) {
			joint = true
		}
	}
	if !joint {
		return nil
	}
	var out []int
	for _, p := range art.partiesIn(items, si, from, cue) {
		if p != loc && !art.related(p, loc) {
			out = append(out, p)
		}
	}
	return out
}
