package extract

import (
	"strings"

	// leads and member-of: posts, who holds them, and the body each post is of.

	"github.com/coopgraph/coopgraph/quads"
)

// postRole is what holding a post makes a person of its body.
type postRole uint8

const (
	roleNone   postRole = iota // "party member": no relation
	roleLeads                  // a leadership post
	roleMember                 // a post that is not leadership
)

// exTitleRole says what a title gives: leads, member-of, or nothing.
func exTitleRole(t string) postRole {
	l := strings.ToLower(t)
	switch {
	case l == "party member":
		return roleNone
	case l == "deputy":
		return roleMember // "a deputy to the People's Congress"
	case strings.Contains(l, "honorary"):
		return roleMember
	case exHeadLibrarianPost(l):
		return roleLeads // a library's head is its chief librarian
	}
	if exFieldManagerPost(l) {
		return roleMember // "account manager": a post serving the body's clients (members10)
	}
	// the post's core noun decides: a member, an engineer or an expert
	// holds no leadership post (SCHEMA.md: member-of)
	if ws := strings.Fields(l); len(ws) > 0 && exMemberCores.has(ws[len(ws)-1]) {
		return roleMember
	}
	// "member of the board of directors", "professor of physics", "chief
	// scientist for marine biology": the core is before the phrase (a
	// board's name, a field), which ends the title
	for _, sep := range []string{" of ", " for ", " in "} {
		if b, _, ok := strings.Cut(l, sep); ok {
			if ws := strings.Fields(b); len(ws) > 0 && exMemberCores.has(ws[len(ws)-1]) {
				return roleMember
			}
		}
	}
	return roleLeads
}

// exFieldManagerPost: the lower-case title is a manager's post of a field
// ("senior account manager", "sales manager"), which manages the body's
// clients or a function of it, not the body.
func exFieldManagerPost(l string) bool {
	ws := strings.Fields(l)
	n := len(ws)
	return n >= 2 && (ws[n-1] == "manager" || ws[n-1] == "managers") && exManagerFields.has(ws[n-2])
}

// exHeadLibrarianPost: the lower-case title ends in a library head's post
// ("chief librarian", "deputy chief librarian").
func exHeadLibrarianPost(l string) bool {
	ws := strings.Fields(l)
	return len(ws) >= 2 && exHeadLibrarianPosts[ws[len(ws)-2]+" "+ws[len(ws)-1]]
}

// exPluralTitle: "vice presidents" covers every name that follows.
func exPluralTitle(t string) bool {
	ws := strings.Fields(strings.ToLower(t))
	return len(ws) > 0 && exPluralTitleCores.has(ws[len(ws)-1])
}

func exGovTitle(t string) bool {
	ws := strings.Fields(strings.ToLower(t))
	if len(ws) == 0 {
		return false
	}
	l := ws[len(ws)-1]
	if exGovTitles.has(l) {
		return true
	}
	for _, w := range ws {
		if w == "district" || w == "county" || w == "mayor" || w == "governor" {
			return true
		}
	}
	return false
}

// exSkipTitles returns the index after the titles from k on ("Secretary and
// District Chief").
func exSkipTitles(items []exResolved, k int) int {
	for k < len(items) && (items[k].kind == xTitle || (items[k].kind == xWord && items[k].low == "and" && k+1 < len(items) && items[k+1].kind == xTitle)) {
		k++
	}
	return k
}

// exPostThenName reports whether items[q:] is ", [honorific] P": the name a
// possessive post set off by a comma introduces ("QMU's party secretary,
// Bai Xuefeng"; "the university's vice president, Professor Lou Zhen").
func exPostThenName(items []exResolved, q int) bool {
	if q >= len(items) || items[q].kind != xWord || items[q].low != "," {
		return false
	}
	q++
	if q < len(items) && items[q].kind == xWord && items[q].in(exHonorifics) {
		q++
	}
	return q < len(items) && items[q].kind == xPerson
}

// exWhoseAfterParty reports whether the word at q is "whose" or "where"
// after a body and a comma ("visited O, whose headmaster, P, …", "toured O,
// where general manager P …").
func exWhoseAfterParty(art *exArticle, items []exResolved, q int) bool {
	return exRelativeBody(art, items, q) >= 0
}

// exRelativeBody returns the body a relative "whose" or "where" at q refers
// to, the mention before its comma (past the parents and places inside its
// name: "the Second Affiliated Hospital of X University, whose …"), or -1.
func exRelativeBody(art *exArticle, items []exResolved, q int) int {
	if !art.isWord(items, q, "whose", "where") || !art.isWord(items, q-1, ",") {
		return -1
	}
	b := q - 2
	for b >= 0 && items[b].inner {
		b--
	}
	if b < 0 || !exIsParty(&items[b]) || exSkipName(items, b) != q-1 {
		return exRelativeBodyPastApposition(art, items, q)
	}
	return b
}

// exRelativeBodyPastApposition returns the body of "O, a company founded by
// …, where" when the relative at q follows an apposition that describes O
// ("a"/"an" and a few words), or -1.
func exRelativeBodyPastApposition(art *exArticle, items []exResolved, q int) int {
	for c := q - 3; c >= 1 && c >= q-12; c-- {
		if !art.isWord(items, c, ",") {
			continue
		}
		if !art.isWord(items, c+1, "a", "an") {
			return -1
		}
		b := c - 1
		for b >= 0 && items[b].inner {
			b--
		}
		if b < 0 || !exIsParty(&items[b]) || exSkipName(items, b) != c {
			return -1
		}
		return b
	}
	return -1
}

// itsBody returns the body the pronoun "its" at q stands for: the last one
// named before it in the sentence (past the parents inside a name), or, at
// the start of a sentence, the first one the sentence before names (its
// subject). -1 when there is none.
//
// "A, director of the region's education department, and B, its deputy
// director": past a name, a post ending in a unit no name gives is what
// "its" stands for, and that is no body (-1).
func (art *exArticle) itsBody(items []exResolved, si, q int) int {
	pastName := q < len(items) && items[q].kind == xPerson // "P, its T": called at the name
	for b := q - 1; b >= 0; b-- {
		if items[b].kind == xPerson {
			pastName = true
		}
		if pastName && art.unnamedUnitEndsAt(items, b) {
			return -1
		}
		if exIsParty(&items[b]) && !items[b].paren && !art.describingApposition(items, b) {
			if e := art.ref(items, b); e >= 0 {
				return e
			}
		}
	}
	if si == 0 {
		return -1
	}
	// none before it in its sentence ("Its chief executive, P, and its
	// chairman Q showed …"): the body the sentence before is about
	prev := art.items[si-1]
	for b := range prev {
		if exIsParty(&prev[b]) && !prev[b].paren && prev[b].kind != xPlace {
			return art.ref(prev, b)
		}
	}
	return -1
}

// exPossessedAfter returns the unit a possessive mention at m names right
// after it ("the school's Research Centre for X", "X's Technology Centre"):
// the post phrase names that unit, not its owner. Otherwise m.
func (art *exArticle) possessedAfter(items []exResolved, m int) int {
	n := exSkipName(items, m)
	if n < len(items) && items[n].kind == xOrg && !items[n].inner && !items[n].fold && items[n].t0 == items[m].t1 && art.possessive(items, m) &&
		!exWholeBodyOrgans.has(strings.ToLower(items[n].name)) {
		// (a party organ is its body's: "secretary of the university's
		// Party Committee"; so is a society's central committee:
		// "chairman of the Jiusan Society's Central Committee")
		return n
	}
	return m
}

// possessive reports whether the mention at k ends in 's ("Jingtan's").
func (art *exArticle) possessive(items []exResolved, k int) bool {
	e := items[k].e
	tail := art.text[items[k].s:e]
	if strings.HasSuffix(tail, "'s") || strings.HasSuffix(tail, "’s") || strings.HasSuffix(tail, "s'") || strings.HasSuffix(tail, "s’") {
		return true
	}
	rest := art.text[e:]
	return strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s")
}

// bind states that person leads (or is a member of) the organisation.
func (art *exArticle) bind(person, org int, title string, si int) {
	if person < 0 || org < 0 {
		return
	}
	org = art.r.find(org)
	switch exTitleRole(title) {
	case roleLeads:
		art.add(person, quads.Leads, org, title, si)
		p := art.r.find(person)
		for _, o := range art.leads[p] {
			if o == org {
				return
			}
		}
		art.leads[p] = append(art.leads[p], org)
	case roleMember:
		art.add(person, quads.MemberOf, org, title, si)
	}
}

// defaultOrg is the organisation a bare title ("Chairman Wang Zhaobao")
// refers to when the sentence names none for it: a government post is the
// article's city; any other is the home organisation, unless the sentence
// names that one (then the person is of the other side).
//
// A host's bare title ("Director P welcomed the delegation", "received by
// curator P") is of the body the delegation visited, never of a visiting
// body: those are left out, and a body the sentence names is allowed.
func (art *exArticle) defaultOrg(items []exResolved, title string, host bool) int {
	if exGovTitle(title) {
		if e, ok := art.titleLevelPlace(title); ok { // rleads: leads_level.go
			return e
		}
		if e, ok := art.ctx[levelCity]; ok {
			return e
		}
		if e, ok := art.ctx[levelDistrict]; ok {
			return e
		}
		return -1
	}
	if u := art.soleUnitForPost(items, title); u >= 0 {
		return u // "visited the School of Law of X and talked with Dean P" (titles.go)
	}
	named := art.sentenceOrgs(items)
	if host {
		named = art.visitorBodies()
	}
	for e := range art.counterparts {
		named[e] = true // "VP P and Q signed": P is of the other side than Q
	}
	r := art.r
	// some posts are of one kind of body (a curator's is a museum or a
	// gallery): when the article names one, the post is of that kind
	var kinds []string
	for _, w := range strings.Fields(strings.ToLower(title)) {
		if ks, ok := exPostBodies[w]; ok {
			kinds = ks
		}
	}
	ofKind := func(e *exEnt) bool {
		for n := range e.names {
			for _, k := range kinds {
				if strings.HasSuffix(strings.ToLower(n), k) {
					return true
				}
			}
		}
		return false
	}
	if kinds != nil {
		any := false
		for i, e := range r.ents {
			if r.find(i) == i && e.typ == quads.Organization && e.parent < 0 && ofKind(e) {
				any = true
			}
		}
		if !any {
			kinds = nil
		}
	}
	best, bc := -1, 0
	for i, e := range r.ents {
		if r.find(i) != i || e.typ != quads.Organization || e.parent >= 0 || named[i] {
			continue
		}
		if exGenericName(e.names) || kinds != nil && !ofKind(e) {
			continue
		}
		if e.count > bc || (e.count == bc && best >= 0 && e.first < r.ents[best].first) {
			best, bc = i, e.count
		}
	}
	return best
}

// topOf returns the organisation at the top of e's parents.
func (art *exArticle) topOf(e int) int {
	r := art.r
	e = r.find(e)
	for depth := 0; depth < 8 && r.ents[e].parent >= 0 && r.find(r.ents[e].parent) != e; depth++ {
		e = r.find(r.ents[e].parent)
	}
	return e
}

// exGenericName: every name of the entity begins with a sub-unit noun
// ("Institute of Education Reform …", "Graduate School"): a unit of some
// organisation, not one a bare title refers to.
func exGenericName(names map[string]int) bool {
	for n := range names {
		ws := strings.Fields(strings.ToLower(n))
		if len(ws) > 2 && ws[1] == "of" && exSubunitHeads.has(ws[0]) && ws[0] != "university" && ws[0] != "academy" {
			return true
		}
	}
	for n := range names {
		ws := strings.Fields(strings.ToLower(n))
		if len(ws) == 0 {
			continue
		}
		if !(exSubunitHeads.has(ws[0]) && ws[0] != "university" && ws[0] != "academy") && !(len(ws) == 2 && exSubunitHeads.has(ws[1]) && exSubunitHeads.has(ws[0])) {
			if !(len(ws) == 2 && exUnitModifiers.has(ws[0]) && exSubunitHeads.has(ws[1])) {
				return false
			}
		}
	}
	return true
}

// leadsIn reads posts: who leads what, and who is a member of what.
func (art *exArticle) leadsIn(si int) {
	items := art.items[si]
	bound := art.bound[si]
	carry := -1
	var plural struct {
		org   int
		title string
	}
	plural.org = -1
	for k := range items {
		if items[k].kind != xPerson {
			continue
		}
		person := items[k].ent
		if art.verbalPost[person] == si+1 {
			continue // "led by its director P": the verb has said it
		}
		got := false
		// (A) apposition: "P, T of O and T of O, …"
		// (B0) a post used as an honorific, then "of O": "Academician P of
		// O", "Professor P at O" hold no leadership post at O (member-of);
		// an apposition may follow ("…, dean of the School of Law")
		if o := art.honorificPostBody(items, k); o >= 0 {
			art.bind(person, o, items[k-1].low, si)
		}
		// "O's professor P", "Professors A and B of O" (members.go)
		if o, post := art.memberPostBefore(items, si, k); o >= 0 {
			art.bind(person, o, post, si)
		}
		j := k + 1
		if art.isWord(items, j, "of") && j+1 < len(items) && exIsParty(&items[j+1]) && art.isWord(items, exSkipName(items, j+1), ",") {
			j++ // "P of O, dean of the School of Law": O, then the apposition
		} else if art.isWord(items, j, "of") && art.isWord(items, j+1, "the") && j+2 < len(items) && exIsParty(&items[j+2]) &&
			art.isWord(items, exSkipName(items, j+2), ",") && k > 0 && items[k-1].kind == xWord && items[k-1].in(exMemberCores) {
			// "academician P of the O, a professor of …": the honorific's
			// body, then the apposition
			j += 2
		}
		second := j + 1
		if art.isWord(items, j, "and") && art.isHonorific(items, second) {
			second++ // "Mr. A and Ms. B, deputy mayors"
		}
		if art.isWord(items, j, "and") && second+1 < len(items) && items[second].kind == xPerson && art.isWord(items, second+1, ",") &&
			second+2 < len(items) && (items[second+2].kind == xTitle && (exSkipTitles(items, second+2) > second+3 || exPluralTitle(art.titleText(items, second+2))) ||
			art.bodyPluralPostAt(items, second+2) || art.bothPostAt(items, second+2)) && // "A and B, O's presidents", "A and B, both vice presidents" (leads_coordinated.go)
			!art.ownPostBefore(items, k) {
			// "A and B, president and vice president of O": the two posts
			// are the two names', both of O; "A and B, deputy county
			// chiefs": the plural post is both names'. Not when A's post
			// comes before A ("District Director A and B, deputy secretary
			// and president of O"): the apposition is B's alone
			j = second + 1
		}
		predicate := false
		if a := art.memberPredicate(items, j); a > j {
			j, predicate = a, true // "P is a professor at O": read as an apposition (members.go)
		}
		if predicate || art.isWord(items, j, ",", "from", "(", "-", "–", "—") || j > k+1 && exIsParty(&items[j]) {
			var pending []string
			partyPending := false
			prefix := -1
			itsUnnamed := false // "its" stands for no body the text names
			lastTitle := ""     // the apposition's last post, for "who works at O" (members.go)
			jointEnd := -1      // the end of a second body the post is of ("of A and B")
			for j < len(items) {
				it := &items[j]
				if it.kind == xPerson || art.isWord(items, j, ";") {
					break
				}
				if it.kind == xTitle {
					// a title right before a name is that name's
					// ("…, Mayor Wen Ran", "…, Director of X Zhang Yongtai")
					if j+1 < len(items) && items[j+1].kind == xPerson ||
						art.isHonorific(items, j+1) && j+2 < len(items) && items[j+2].kind == xPerson {
						break // "…, Vice President Dr Q": Q's (rparts)
					}
					if art.partyOrganOfTitleEnd(items, j+1) > j+1 {
						break // "…, and Deputy Secretary of the CPC committee Q of O": Q's
					}
					if n := exSkipTitles(items, j); n > j+1 && art.isWord(items, j+1, "and") && n < len(items) && items[n].kind == xPerson && art.isWord(items, j-1, ",") {
						break // "…, president and deputy party secretary Q": both posts are Q's
					}
					if m := art.skipAside(items, j+1); art.isWord(items, m, "of", "at", "with") {
						m++
						if art.isWord(items, m, "the") {
							m++
						}
						if n := art.skipLowerGovWords(items, m, exSkipName(items, m)); m < len(items) && (n < len(items) && items[n].kind == xPerson ||
							art.isHonorific(items, n) && n+1 < len(items) && items[n+1].kind == xPerson || exIsParty(&items[m]) && art.postsRunToName(items, n)) {
							break // "…, Director of O [professor] Q": Q's post; "…, Mayor of X city Mr. Q"
						}
						if n := exSkipName(items, m); (art.isWord(items, j-1, "the") || art.possessorBefore(items, j)) && art.isWord(items, j-2, "and") &&
							art.isWord(items, n, ",") && n+1 < len(items) && items[n+1].kind == xPerson {
							break // "P, T of X, and the T of O, Q": a new conjunct, Q's post ("and the university's dean of O, Q")
						}
					}
					if o, post, n, ok := art.portfolioAt(items, j); ok {
						// "…, P, Minister of Education": the ministry the
						// portfolio names, whatever body came before, or
						// none the article names (leads_portfolio.go)
						if o >= 0 {
							for _, t := range pending {
								art.bind(person, art.postLevelBody(t, o), t, si)
							}
							art.bind(person, o, post, si)
							carry = o
						}
						pending = pending[:0]
						got = true
						j = n
						continue
					}
					pending = append(pending, art.titleText(items, j))
					lastTitle = art.titleText(items, j)
					m := art.skipAside(items, j+1) // "Vice President (in charge of research) of O"
					if art.isWord(items, m, "there") && exTitleRole(art.titleText(items, j)) == roleMember {
						// "…, where … P, a senior scientist there": the where
						// clause's body (members.go)
						if o := art.thereBody(items, k); o >= 0 {
							art.bind(person, o, art.titleText(items, j), si)
							got = true
						}
						pending = pending[:0]
						j = m + 1
						continue
					}
					if w := art.fromOriginEnd(items, m); w > m && art.isWord(items, w, "who") && exTitleRole(lastTitle) == roleMember {
						// "a visiting professor from Sweden who works in the
						// school": the origin is no body of the post; the
						// relative clause is read at "who"
						pending = pending[:0]
						j = w
						continue
					}
					if art.isWord(items, m, "of", "at", "with") || art.isWord(items, m, "to") && strings.EqualFold(art.titleText(items, j), "deputy") ||
						art.isWord(items, m, "in", "from") && exTitleRole(art.titleText(items, j)) == roleMember && m+1 < len(items) && (exIsParty(&items[m+1]) || art.isWord(items, m+1, "the")) {
						// "a professor in the School of X": a member's post in a body;
						// "a professor from X" (members.go)
						// "a researcher with X", "a deputy to X"
						m++
						if art.isWord(items, m, "the") {
							m++
						}
						quoted := art.quotedNameAt(items, m) // leads_joint.go
						if quoted {
							m++ // "President of “X Union”": the name inside the quotes
						}
						if m < len(items) && items[m].kind == xWord && exNumberedOrdinal(items[m].low) {
							m++ // "a deputy to the 14th National People's Congress" (members.go)
						}
						m = art.skipPartyOrgan(items, m)
						if exTitleRole(art.titleText(items, j)) == roleMember {
							m = art.skipOrganOf(items, m) // "a member of the Expert Committee of O"
						} else {
							m = art.skipGoverningOrgan(items, m) // "Chair of the Council of O"
						}
						m = exPossessed(items, m)
						if n := exSkipName(items, m); m < len(items) && exIsParty(&items[m]) && n < len(items) &&
							items[n].kind == xWord && items[n].in(exDelegationNouns) {
							// "head of the X delegation": a post of the
							// delegation, none at X
							pending = pending[:0]
							got = true
							j = n + 1
							continue
						}
						if e := exLowerPartyOrganEnd(items, m); e > m {
							// "deputy secretary of the party committee and
							// president of O": the organ of no named body is
							// the body the next post names; the posts stay
							// pending
							partyPending = true
							pending = exLeadPosts(pending)
							j = e
							continue
						}
						if n := art.lowerUnitOfEnd(items, m); n > m {
							// "head of the education department of the
							// museum": a unit of the body no name gives; the
							// apposition goes on (members.go)
							pending = pending[:0]
							got = true
							j = n
							continue
						}
						if n := art.itsUnnamedUnitEnd(items, m); n > m {
							// "head of its publicity department": the post is of
							// a unit no name gives, not of the body before
							// (members.go)
							pending = pending[:0]
							got = true
							j = n
							continue
						}
						if art.isWord(items, m, "its") && m+1 < len(items) && items[m+1].kind == xOrg {
							m++ // "general manager of its Technology Centre": the unit
						} else if m < len(items) && exIsParty(&items[m]) {
							m = art.possessedAfter(items, m)
							if art.unnamedUnitAfter(items, m) {
								// "head of X's international office": the
								// post is of a unit no name gives, not of X;
								// "a member of X's academic committee" is a
								// member of X, as of "the X Committee of O"
								// (members.go)
								if o := art.memberOfCommitteeOf(items, m, art.titleText(items, j)); o >= 0 {
									art.bind(person, o, art.titleText(items, j), si)
								}
								pending = pending[:0]
								got = true
								j = exSkipName(items, m)
								continue
							}
						}
						if n, o := art.lowerBodyAfterPlace(items, m); n > m && !exGovTitle(art.titleText(items, j)) {
							// "director of Dalian central hospital": the
							// post is of the body, named in capitals
							// elsewhere or not at all, never of the place
							if o >= 0 {
								for _, t := range pending {
									art.bind(person, o, t, si)
								}
								carry = o
							}
							pending = pending[:0]
							got = true
							j = n
							continue
						}
						if m < len(items) && items[m].kind == xHome && !items[m].back && art.ref(items, m) < 0 {
							// "Vice Dean of our College" where the text never
							// names the college: a post of no body it names
							// (rhome: resolve_home.go)
							for _, t := range pending {
								if exTitleRole(t) == roleLeads {
									art.unnamedPost[art.r.find(person)] = true
								}
							}
							pending = pending[:0]
							got = true
							j = m + 1
							continue
						}
						if m < len(items) && (items[m].kind == xOrg || items[m].kind == xPlace || items[m].kind == xHome) {
							o := art.ref(items, m)
							if po := art.organParent(items, m); po >= 0 && exTitleRole(art.titleText(items, j)) == roleMember {
								if org := art.ref(items, m); org >= 0 && exNamedOrganOfBody(items[m].name) {
									// "a member of the Academic Committee of O": a
									// seat in an organ named for its work is in
									// the organ as well (members_posts.go)
									art.bind(person, org, art.titleText(items, j), si)
								}
								o = po // "a member of the X Committee of O": of O
							}
							if o >= 0 {
								for n, t := range pending {
									if n < len(pending)-1 {
										// "Vice President and Dean of the Graduate School
										// of O": the president's post is O's
										art.bind(person, art.postLevelBody(t, o), t, si)
										continue
									}
									art.bind(person, o, art.organSeatTitle(t, items, m), si) // leads_seats.go
								}
								if o2, end := art.jointBodyAfter(items, exSkipName(items, m)); o2 >= 0 {
									// "Chairman of A Co., Ltd. and B Co., Ltd.": the
									// post is of both (leads_joint.go)
									art.bind(person, o2, pending[len(pending)-1], si)
									jointEnd = end
								}
								got = true
								bound[m] = true
								carry = o
								pending = pending[:0]
							} else {
								// a party organ of no named organisation: the
								// posts stay pending ("Deputy Secretary of the
								// Party Committee and President")
								partyPending = true
								pending = exLeadPosts(pending)
							}
							j = exSkipName(items, m)
							if quoted {
								j++ // the closing quote
							}
							if jointEnd > j {
								j, jointEnd = jointEnd, -1
							}
							// "Director of the Department of X of the hospital
							// and an academician of Y": the unit's parent,
							// named by a back-reference the unit's name took
							// in, is no end of the apposition
							for art.isWord(items, j, "of") && j+1 < len(items) && items[j+1].inner && items[j+1].kind == xHome {
								j = exSkipName(items, j+1)
							}
							// "member of the X leading group, …": the organ
							// named in lower case after its body is the body's
							for j < len(items) && items[j].kind == xWord && items[j].in(exLowerOrganWords) {
								j++
							}
							continue
						}
					}
					if art.unreadBodyAfter(items, j+1) {
						// "Head of Research at Nordpharma Oy": the post is of a
						// body no rule read; it goes to no other
						pending = pending[:0]
						got = true
						j++
						continue
					}
					if prefix >= 0 {
						for _, t := range pending {
							art.bind(person, prefix, t, si)
						}
						got, carry = true, prefix
						pending = pending[:0]
						prefix = -1
					}
					j++
					continue
				}
				if exIsParty(it) {
					o := art.ref(items, j)
					next := exSkipName(items, j)
					if next < len(items) && items[next].kind == xTitle && o >= 0 {
						if q := exSkipTitles(items, next); q < len(items) && items[q].kind == xPerson ||
							art.possessive(items, j) && exPostThenName(items, q) && !(exCoordinatedNamesBefore(items, j-1) && exPluralTitle(art.titleText(items, next))) {
							break // "…, Wuchang District Secretary Yu Song"; "…, and X's president, Y"
						}
						prefix = o
						bound[j] = true
						j = next
						continue
					}
					if len(pending) > 0 && o >= 0 && art.isWord(items, j-1, ",") {
						for _, t := range pending {
							art.bind(person, o, t, si)
						}
						got, carry = true, o
						bound[j] = true
						pending = pending[:0]
					}
					j = next
					continue
				}
				if art.isWord(items, j, "its") && j+1 < len(items) && items[j+1].kind == xTitle {
					// "P, its curator, …": the body "its" stands for
					if o := art.itsBody(items, si, k); o >= 0 {
						prefix = o
					} else {
						itsUnnamed = true // "…; and Q, its deputy director" of a unit no name gives
					}
					j++
					continue
				}
				if it.kind == xWord && it.in(exPastPostWords) && j+1 < len(items) && items[j+1].kind == xTitle {
					// "P, former president of X and now chairman of Y": the
					// past post and its body are skipped
					n := art.skipPostPhrase(items, j+1)
					for q := j + 1; q < n; q++ {
						if exIsParty(&items[q]) {
							bound[q] = true // the past post's body is no party of the sentence's signing
						}
					}
					j = n
					continue
				}
				if it.kind == xWord && it.low == "who" {
					if o := art.whoWorksBody(items, j); o >= 0 && exTitleRole(lastTitle) == roleMember {
						// "P, a visiting professor from X who works in the
						// school": the post is at the body the clause names
						art.bind(person, o, lastTitle, si)
						got = true
					}
					if e := art.relativeClauseEnd(items, j); e > j {
						j = e // "P, who graduated from X, is now chairman of Y"
						continue
					}
				}
				if it.kind == xWord && it.low == "ph" && art.isWord(items, j+1, "d") {
					j += 2 // "PhD supervisor" (the tokenizer cuts the glued capital)
					continue
				}
				if it.kind == xWord && it.in(exMoreAppositionFillers) {
					j++
					continue
				}
				if art.bothPostAt(items, j) && exCoordinatedNamesBefore(items, j-1) {
					j++ // "A and B, both vice presidents of O" (leads_coordinated.go)
					continue
				}
				if it.kind == xWord && (it.low == "cpc" || it.low == "party") && j+1 < len(items) && items[j+1].kind == xTitle {
					j++ // "P, CPC committee secretary of O": the party's post
					continue
				}
				if n := exLevelPartyPostAt(items, j); n > j {
					j = n // "P, District CPC Committee member and deputy director of X District" (leads_seats.go)
					continue
				}
				if it.kind == xWord && it.in(exAlumniNouns) && art.isWord(items, j+1, "of") {
					// "P, an alumnus of X and chairman of Y": no post at X
					q := j + 2
					if art.isWord(items, q, "the") {
						q++
					}
					if q < len(items) && exIsParty(&items[q]) {
						j = exSkipName(items, q)
						continue
					}
				}
				if it.kind == xWord && it.in(exAppositionFillers) {
					j++
					continue
				}
				break
			}
			var lead []string
			for _, t := range pending {
				if exTitleRole(t) == roleLeads {
					lead = append(lead, t)
				}
			}
			if len(lead) > 0 {
				o := carry
				// "…; P, general manager of the business department of
				// the head office of O;": the post names its own body,
				// which no name gives; it is never the body before, nor
				// the article's
				ownUnnamedBody := art.isWord(items, j, "of") && items[j-1].kind == xTitle || itsUnnamed
				if j < len(items) && items[j].kind == xWord && items[j].in(exRepresentativePosts) && items[j-1].kind == xTitle {
					// "P, chief representative of X": the title's word is
					// the representative's rank, no leadership of any
					// body (members_posts.go reads the post)
					lead, ownUnnamedBody = nil, true
				}
				if ownUnnamedBody {
					o = -1
				}
				if o >= 0 {
					o = art.postLevelBody(lead[0], o)
				}
				if o >= 0 && exGovTitle(lead[0]) && art.r.ents[art.r.find(o)].typ != quads.Place {
					o = -1 // "…, P, deputy county head": a government's post is a place's, whatever body came before
				}
				if o >= 0 && art.noPlacePost(lead[0], o) {
					o = -1 // "…; Q, the mayor of X; P, vice president": no place has a president
				}
				if b := art.behalfAfter(items, j); b >= 0 {
					// "P, general manager, on behalf of O": the post is O's
					o = b
				} else if wb := art.whereScopeBody(items, k, carry); wb >= 0 {
					// "… to O, where they were received by P, general
					// manager": the clause is about O, not the body a post
					// before it named
					o = wb
				}
				if partyPending && o >= 0 {
					// a party committee is the whole body's, not the
					// department named before ("…, Director of the History
					// Department of X, P, Deputy Secretary of the Party
					// Committee")
					o = art.topOf(o)
				}
				unread := o < 0 && !ownUnnamedBody && len(art.leads[art.r.find(person)]) == 0 && !art.unnamedPost[art.r.find(person)]
				if unread {
					o = art.spokenOfBody(items, k, lead[0])
				}
				if unread && o < 0 {
					o = art.sceneHost(items)
				}
				if unread && o < 0 {
					o = art.defaultOrg(items, lead[0], art.hostAt(items, k))
				}
				for _, t := range lead {
					art.bind(person, o, t, si)
				}
				if o >= 0 || ownUnnamedBody {
					got = true
				}
			}
			if got && !art.alsoClauseAfterPost(items, k) {
				if o, titles := art.postOfBodyBefore(items, k); o >= 0 {
					for _, t := range titles {
						art.bind(person, o, t, si) // "Academician of O P, a professor at Q" (leads_both_sides.go)
					}
				}
				continue
			}
		}
		if o, post, ok := art.portfolioBefore(items, k); ok {
			// "Vice Minister of Education P": the ministry of the
			// portfolio, or none the article names (leads_portfolio.go)
			if o >= 0 {
				art.bind(person, o, post, si)
				carry = o
			}
			continue
		}
		// (B) title before the name: "[O] T [and T] P", "T of O P", "T of
		// O, Mr P"
		m := k - 1
		if m >= 2 && items[m].kind == xWord && items[m].in(exHonorifics) && items[m-1].kind == xWord && items[m-1].in(exHonorifics) {
			m-- // "Vice President Prof. Dr. P": two honorifics, one name
		}
		comma := m
		if m >= 1 && items[m].kind == xWord && items[m].in(exHonorifics) {
			comma = m - 1 // "X's president, Professor P"
			if items[m-1].kind == xTitle {
				m-- // "university president Professor P"
			} else if art.postOfBodyEndsAt(items, m-1) {
				m-- // "Deputy Director of O professor P": the post of O is P's
			}
		}
		if art.isWord(items, comma, ",") && comma >= 1 && items[comma-1].kind == xTitle {
			// "O's T, P": a possessive post set off by a comma is the name's
			q := comma - 1
			for q >= 0 && (items[q].kind == xTitle || art.isWord(items, q, "and") && q >= 1 && items[q-1].kind == xTitle) {
				q--
			}
			if q >= 0 && exIsParty(&items[q]) && art.possessive(items, q) || exWhoseAfterParty(art, items, q) || art.isWord(items, q, "its") ||
				art.isWord(items, q, "the") && (q == 0 || art.isWord(items, q-1, ",", ";", "and")) {
				m = comma - 1 // "O's T, P"; "O, whose T, P"; "by its T, P"; "The Chairman, P, received"
			}
		}
		if m >= 2 && items[m].kind == xWord && items[m].in(exHonorifics) && art.isWord(items, m-1, ",") &&
			(items[m-2].kind == xOrg || items[m-2].kind == xPlace || items[m-2].kind == xTitle) {
			m -= 2
		}
		if m == comma && art.postPhraseBeforeComma(items, bound, comma) {
			m = comma - 1 // "The president of O, P, said": the post phrase opens the clause
		}
		org := -1
		unreadOf := false // the names' "of" is followed by capitalised words no rule read as a body
		var titles []string
		if m >= 2 && (items[m].kind == xOrg || items[m].kind == xPlace) && items[m].inner {
			for m >= 0 && items[m].inner {
				m--
			}
		}
		if m >= 3 && items[m].kind == xWord && (items[m].in(exOrgHeads) || items[m].low == "board") && items[m-1].kind == xHome && items[m-1].back {
			m-- // "Chairwoman of the university council Guo Yu": the council is the university's
		}
		if t := art.titleBeforePartyOrgan(items, m); t >= 0 {
			m = t // "Deputy Secretary of the CPC committee P of O": the organ is O's
		}
		if b := art.placeBeforeLowerGovWords(items, m); b >= 2 {
			m = b // "Mayor of Dingzhou city Mr. P": the place's post
		}
		if m >= 2 && (items[m].kind == xOrg || items[m].kind == xPlace || items[m].kind == xHome && items[m].back) {
			q := m - 1
			if art.isWord(items, q, "the") {
				q--
			}
			if art.isWord(items, q, "of") && q-1 >= 0 && items[q-1].kind == xTitle {
				org = art.ref(items, m)
				bound[m] = true
				m = q - 1
			}
		}
		for m >= 0 && items[m].kind == xTitle {
			titles = append([]string{art.titleText(items, m)}, titles...)
			m--
			if art.isWord(items, m, "and") && m-1 >= 0 && items[m-1].kind == xTitle {
				m--
			}
		}
		var before []exPostPhrase
		if org >= 0 && len(titles) > 0 {
			// "T1 of O1 and T2 of O2 P": each post of its own body
			before, m = art.postPhrasesBefore(items, m)
		}
		if org >= 0 && len(titles) > 1 && len(before) == 0 && m >= 0 && exIsParty(&items[m]) && exSkipName(items, m) == m+1 && !art.possessive(items, m) {
			// "RUC vice President and executive director of O P": the
			// posts before "and" are of the body written before them
			if pre := art.ref(items, m); pre >= 0 {
				for _, t := range titles[:len(titles)-1] {
					before = append(before, exPostPhrase{title: t, org: pre})
				}
				titles = titles[len(titles)-1:]
				bound[m] = true
			}
		}
		if len(titles) > 0 && m >= 0 && items[m].kind == xWord && items[m].in(exPastPostWords) {
			continue // "Former president of O P": a post no longer held
		}
		if len(titles) > 0 && org < 0 && art.isWord(items, m, "of") && m >= 1 && items[m-1].kind == xWord && items[m-1].in(exReverenceNouns) &&
			!art.isWord(items, k+1, "of", "from", "at") {
			continue // "the spirit of President P": a leader the text reveres, of no body here (lexicon.go)
		}
		if len(titles) > 0 && org < 0 {
			// "Museum director P", "university president P": a generic head
			// noun before the post names the article's body of that kind
			noun := ""
			if m >= 0 && items[m].kind == xWord && items[m].in(exBackNouns) {
				noun = items[m].low
			} else if ws := strings.Fields(strings.ToLower(titles[0])); len(ws) > 1 && exBackNouns.has(ws[0]) {
				noun = ws[0]
			}
			if noun != "" {
				if o := art.bodyOfNoun(noun, si, k); o >= 0 {
					org = o
				}
			}
		}
		if len(titles) > 0 {
			if org < 0 && m >= 0 && exIsParty(&items[m]) {
				org = art.ref(items, m)
				bound[m] = true
				if e, t := art.levelSeatBefore(items, m); e >= 0 {
					// "the District Standing Committee Member and
					// Organization Department Director P" (leads_seats.go)
					before = append(before, exPostPhrase{title: t, org: e})
				}
			}
			if b := exRelativeBody(art, items, m); org < 0 && b >= 0 {
				org = art.ref(items, b) // "O, whose T, P": the relative is O's
				bound[b] = true
			}
			if org < 0 && art.isWord(items, m, "its") {
				org = art.itsBody(items, si, m) // "by its general manager, P"
			}
			if org < 0 {
				// "Secretary X and President Y of O"
				q := k + 1
				// "General manager A, deputy general manager B, and manager
				// C of O": a list of posts and names shares its body
				for q < len(items) && (items[q].kind == xTitle || items[q].kind == xPerson ||
					art.isWord(items, q, "and") || art.isWord(items, q, ",") && q+1 < len(items) && (items[q+1].kind == xTitle || art.isWord(items, q+1, "and"))) {
					if art.ownApposition(items, q) {
						break // "T P and Q, T2 of O": O is Q's, set off by Q's own apposition
					}
					q++
					if e := art.partyOrganOfTitleEnd(items, q); e > q {
						q = e // "…, and Deputy Secretary of the CPC committee Q of O": the organ is O's
					}
				}
				// "… and Vice General Manager Q of Luoxi New Material" (not
				// "and Dean of Engineering Q": that "of" is the next post's)
				unreadOf = items[q-1].kind == xPerson && art.unreadBodyAfter(items, q)
				// "…, and Vice President C from O": "from" after the list's
				// last name names its body as "of" does
				if art.isWord(items, q, "of") || q > k+1 && items[q-1].kind == xPerson && art.isWord(items, q, "from") {
					q++
					if art.isWord(items, q, "the") {
						q++
					}
					q = art.skipUnitsOf(items, q)
					if q < len(items) && exIsParty(&items[q]) {
						q = art.possessedAfter(items, exPossessed(items, q)) // "P of the university's Department of X"
					}
					// "…, Director of O Zhang San": that O is the next name's
					if q < len(items) && exIsParty(&items[q]) && !(exSkipName(items, q) < len(items) && items[exSkipName(items, q)].kind == xPerson) {
						org = art.ref(items, q)
						bound[q] = true
					}
				}
			}
			if org < 0 && unreadOf {
				continue // the post is of a body no rule read, none other
			}
			if org < 0 {
				org = art.companionsFromBody(items, k) // "President P and seven delegation members from O" (leads_companions.go)
			}
			if org < 0 {
				org = art.behalfBody(items, m) // "On behalf of O, President P signed"
			}
			if org < 0 && art.isWord(items, m, ",", "and", ";") {
				org = carry // a list goes on: "…, Mayor Wen Ran"
				if exGovTitle(titles[0]) && carry >= 0 && art.r.ents[art.r.find(carry)].typ != quads.Place {
					org = -1 // a mayor is the city's, whatever body came before
				}
				if org >= 0 && exGovTitle(titles[0]) && art.otherLevelPost(titles[0], org) {
					org = -1 // "Vice Governor A and Mayor B": the mayor is the city's, not the province's (leads_level.go)
				}
				if org >= 0 && art.otherKindOfPost(titles[0], org) {
					org = -1 // "President A and Chairman B": a chairman is an enterprise's
				}
				if org >= 0 {
					org = art.postLevelBody(titles[0], org)
				}
			}
			if ls := art.leads[art.r.find(person)]; org < 0 && len(ls) > 0 && art.alsoClauseAfterPost(items, k) {
				// "Vice president P, who is also director of the
				// university's institute": a president's post is the
				// institution's over the unit the clause names
				if top := art.postLevelBody(titles[0], ls[len(ls)-1]); art.r.find(top) != art.r.find(ls[len(ls)-1]) {
					org = top
				}
			}
			if org < 0 && (len(art.leads[art.r.find(person)]) > 0 || art.unnamedPost[art.r.find(person)]) {
				continue // already known from an earlier sentence
			}
			if org < 0 {
				org = art.delegationBody(items, m) // "a delegation from X, led by Vice President P"
				if org < 0 && art.ledDelegation(items, m) {
					continue // a delegation of no body the text names: not the host's
				}
			}
			if org < 0 && art.hostAt(items, k) {
				org = art.whereBody(items, m) // "to O, where they were received by vice president P"
			}
			if org < 0 && art.ledTheDelegation(items, k) {
				// "Vice President P led the delegation": the post is the
				// visitors' body's, not the host's
				org = art.soleVisitorBody()
			}
			if org < 0 && exNationalPosts.has(strings.ToLower(titles[0])) {
				continue // "General Secretary Xi": the nation's post, of no body here
			}
			if org < 0 {
				org = art.spokenOfBody(items, k, titles[0])
			}
			if org < 0 {
				org = art.sceneHost(items) // "At O, the delegation was received by President P"
			}
			if org < 0 {
				art.counterparts = art.cosignerBodies(items, k)
				org = art.defaultOrg(items, titles[0], art.hostAt(items, k))
				art.counterparts = nil
			}
			if org >= 0 && exGovTitle(titles[0]) && art.institutionBody(org) {
				// "Mayor A and President B of X": a government's post is
				// never a university's; it is the article's place
				org = art.defaultOrg(items, titles[0], false)
			}
			for _, t := range titles {
				art.bind(person, org, t, si)
			}
			for _, pp := range before {
				art.bind(person, pp.org, pp.title, si)
			}
			if org >= 0 {
				carry = org
				if exPluralTitle(titles[len(titles)-1]) {
					plural.org, plural.title = org, titles[len(titles)-1]
				} else {
					plural.org = -1
				}
			}
			continue
		}
		// (C) a name in a list after a plural title: "vice presidents A, B"
		if plural.org >= 0 && art.isWord(items, k-1, ",", "and") && k-2 >= 0 && items[k-2].kind == xPerson {
			art.bind(person, plural.org, plural.title, si)
			continue
		}
		plural.org = -1
	}
}

// delegationBody returns the body of "a delegation from/of X, led by" when
// item m is that "by", or -1: a bare post of the delegation's leader is X's.
func (art *exArticle) delegationBody(items []exResolved, m int) int {
	if !art.isWord(items, m, "by") || !art.isWord(items, m-1, "led", "headed") {
		return -1
	}
	for d := m - 2; d >= 0 && d >= m-12; d-- {
		if items[d].kind == xWord && items[d].in(exDelegationNouns) && d >= 1 && exIsParty(&items[d-1]) && !items[d-1].paren {
			return art.ref(items, d-1) // "the X delegation, led by Vice President P"
		}
		if items[d].kind != xWord || !items[d].in(exDelegationNouns) || !art.isWord(items, d+1, "from", "of") {
			continue
		}
		q := art.delegationFromAt(items, d) + 1 // "a delegation of 12 researchers from X"
		if art.isWord(items, q, "the") {
			q++
		}
		if q < len(items) && exIsParty(&items[q]) {
			return art.ref(items, q)
		}
	}
	return -1
}

// ledDelegation: item m is the "by" of "a delegation …, led by": a bare
// post of its leader is the delegation's body's, which, when the text does
// not say it, is no other body of the article.
func (art *exArticle) ledDelegation(items []exResolved, m int) bool {
	if !art.isWord(items, m, "by") || !art.isWord(items, m-1, "led", "headed") {
		return false
	}
	for d := m - 2; d >= 0 && d >= m-12; d-- {
		if items[d].kind == xWord && items[d].in(exDelegationNouns) {
			return true
		}
	}
	return false
}

// skipPartyOrgan returns the index after a party organ named in lower case
// and the "of" that follows it ("member of the standing committee of the
// X Party Committee"): the post is in the body that follows. Otherwise m.
func (art *exArticle) skipPartyOrgan(items []exResolved, m int) int {
	q := m
	for q < len(items) && items[q].kind == xWord && items[q].in(exPartyBodyWords) {
		q++
	}
	if q == m || !art.isWord(items, q, "of") {
		return m
	}
	q++
	if art.isWord(items, q, "the") {
		q++
	}
	return q
}

// skipUnitsOf returns the index after a lower-case phrase naming units of a
// body and its "of" ("directors of relevant offices of X"): the body is X.
// Otherwise q.
func (art *exArticle) skipUnitsOf(items []exResolved, q int) int {
	m := q
	for m < len(items) && m < q+3 && items[m].kind == xWord && !art.isWord(items, m, "of", ",", "and", ".") && strings.ToLower(items[m].low) == items[m].low {
		m++
	}
	if m == q || !art.isWord(items, m, "of") {
		return q
	}
	m++
	if art.isWord(items, m, "the") {
		m++
	}
	return m
}

// honorificPostBody returns the body of "Professor P of O", "Academician P
// at O" — a post of exMemberCores written as an honorific right before the
// name, the body right after it — or -1.
func (art *exArticle) honorificPostBody(items []exResolved, k int) int {
	if k < 1 || items[k-1].kind != xWord || !items[k-1].in(exHonorifics) || !items[k-1].in(exMemberCores) {
		return -1
	}
	q := k + 1
	if !art.isWord(items, q, "of", "at", "from") {
		return -1
	}
	q++
	if art.isWord(items, q, "the") {
		q++
	}
	if q >= len(items) || !exIsParty(&items[q]) || items[q].kind == xPlace {
		return -1
	}
	if n := exSkipName(items, q); n < len(items) && (items[n].kind == xPerson || items[n].kind == xTitle) {
		return -1 // "Professor P of X Director Q": X is Q's
	}
	return art.ref(items, q)
}

// skipOrganOf returns the index after an organ of a body that no name
// grammar read as a body ("the Expert Committee of", "the advisory board
// of") and its "of": a member of a body's organ is a member of the body.
// Otherwise m.
func (art *exArticle) skipOrganOf(items []exResolved, m int) int {
	q := m
	for q < len(items) && q < m+4 && (items[q].kind == xTitle || items[q].kind == xWord && !art.isWord(items, q, "of", ",", "and", "the")) {
		q++
		if art.isWord(items, q, "of") && (items[q-1].kind == xWord && items[q-1].in(exOrganNouns)) {
			q++
			if art.isWord(items, q, "the") {
				q++
			}
			return q
		}
	}
	return m
}

// postPhraseBeforeComma reports whether "T of [the] O," ends at the comma
// at c and opens its clause, so that the name after the comma holds T ("The
// president of O, P, said"). A post phrase that follows a name and a comma
// is that name's apposition ("Q, president of O, P, …"), and a body an
// earlier apposition bound is not this name's.
func (art *exArticle) postPhraseBeforeComma(items []exResolved, bound map[int]bool, c int) bool {
	if !art.isWord(items, c, ",") {
		return false
	}
	h := c - 1
	for h >= 0 && items[h].inner {
		h--
	}
	if h < 2 || !exIsParty(&items[h]) || exSkipName(items, h) != c || bound[h] {
		return false
	}
	q := h - 1
	if art.isWord(items, q, "the") {
		q--
	}
	if !art.isWord(items, q, "of") || q < 1 || items[q-1].kind != xTitle {
		return false
	}
	t := q - 1
	for t >= 1 && (items[t-1].kind == xTitle || art.isWord(items, t-1, "and") && t >= 2 && items[t-2].kind == xTitle) {
		t--
	}
	b := t - 1
	if art.isWord(items, b, "the") {
		b--
	}
	if art.isWord(items, b, ",") {
		for p := 0; p < b; p++ {
			if items[p].kind == xPerson {
				return false // "Q, president of O, P": Q's post
			}
		}
	}
	return true
}

// behalfBody returns the body of "on behalf of O," when the comma is at m,
// or -1: a bare post right after it is O's ("On behalf of O, President P").
func (art *exArticle) behalfBody(items []exResolved, m int) int {
	if !art.isWord(items, m, ",") {
		return -1
	}
	h := m - 1
	for h >= 0 && items[h].inner {
		h--
	}
	if h < 2 || !exIsParty(&items[h]) || !art.isWord(items, h-1, "of") || !art.isWord(items, h-2, "behalf") {
		return -1
	}
	return art.ref(items, h)
}

// unnamedUnitAfter reports whether lower-case words ending in a unit noun
// follow the possessive body at m ("X's international office", "the
// hospital's cardiology department"): a unit of X that no name gives.
func (art *exArticle) unnamedUnitAfter(items []exResolved, m int) bool {
	if m >= len(items) || !exIsParty(&items[m]) || !art.possessive(items, m) {
		return false
	}
	n := exSkipName(items, m)
	for q := n; q < len(items) && q < n+4 && items[q].kind == xWord; q++ {
		w := items[q].low
		if w == "" || w[0] < 'a' || w[0] > 'z' || exFunctionWords.has(w) {
			return false
		}
		if exOrgHeads.has(w) && !exCompanySuffix.has(w) {
			return true
		}
	}
	return false
}

// hostAt reports whether the person at k receives visitors in the
// sentence: the subject of a reception ("P warmly welcomed the
// delegation") or its agent ("were received by curator P").
func (art *exArticle) hostAt(items []exResolved, k int) bool {
	q := art.afterApposition(items, k)
	if n := art.conjunctHolderAt(items, q); n > k && art.hostAt(items, n) {
		return true // "Vice President A and Manager B received …": the verb is both names' (leads_coordinated.go)
	}
	for q < len(items) && q < k+4 && (items[q].kind == xWord && (items[q].low == "warmly" || items[q].low == "cordially" || items[q].low == "also") || items[q].inner) {
		q++
	}
	if q < len(items) && items[q].kind == xWord && (items[q].in(exReceptionCues) || items[q].in(exEscortCues)) && !art.isWord(items, q+1, "by") && !art.isWord(items, q-1, "was", "were") {
		return true
	}
	b := k - 1
	for b >= 0 && (items[b].kind == xTitle || items[b].kind == xWord && items[b].in(exHonorifics)) {
		b--
	}
	if art.isWord(items, b, "with") && b >= 1 && items[b-1].kind == xWord && items[b-1].in(exMeetVerbs) {
		return true // "… visited O and talked with Curator P" (rparts)
	}
	if b >= 0 && items[b].kind == xWord && items[b].in(exMeetVerbs) && b+1 < k {
		return true // "… visited O and met Curator P": a post before the name
	}
	if art.isWord(items, b, "with") && art.heldMeetingBefore(items, b) {
		return true // "… visited O and held a meeting with President P"
	}
	return art.isWord(items, b, "by") && b >= 1 && items[b-1].kind == xWord && items[b-1].in(exReceptionCues)
}

// heldMeetingBefore reports whether the "with" at item w ends "held a
// meeting", "had talks", "held in-depth discussions": a meeting the visitors
// hold with the hosts the "with" names.
func (art *exArticle) heldMeetingBefore(items []exResolved, w int) bool {
	n := w - 1
	if n < 1 || items[n].kind != xWord || !items[n].in(exMeetingNouns) {
		return false
	}
	// at most two modifiers between the verb and the noun ("a", "in-depth")
	for v := n - 1; v >= 0 && v >= n-3; v-- {
		if items[v].kind != xWord {
			return false
		}
		if items[v].in(exMeetingHoldVerbs) {
			return true
		}
	}
	return false
}

// afterApposition returns the item after the person at k and the
// apposition set off by commas around it: "P, the President, welcomed",
// "The Chairman, P, received" (the verb is the person's either way).
func (art *exArticle) afterApposition(items []exResolved, k int) int {
	q := k + 1
	if !art.isWord(items, q, ",") {
		return q
	}
	if art.isWord(items, k-1, ",") && k >= 2 && items[k-2].kind == xTitle {
		return q + 1 // "The Chairman, P, received"
	}
	m := q + 1
	if art.isWord(items, m, "the", "a", "an", "its", "our") {
		m++
	}
	n := m
	for n < len(items) && (items[n].kind == xTitle || art.isWord(items, n, "and")) {
		n++
	}
	if n > m && art.isWord(items, n, ",") {
		return n + 1 // "P, the President, welcomed"
	}
	return q
}

// visitorBodies are the bodies the article names as visitors: a
// delegation's ("a delegation from X", "the X delegation") and the
// subjects of a visit ("X visited …", "P, president of X, went to …", as
// far as the posts read so far tell). Called only for a host's bare title.
func (art *exArticle) visitorBodies() map[int]bool {
	out := map[int]bool{}
	for si := range art.items {
		items := art.items[si]
		for q := range items {
			if items[q].kind != xWord {
				continue
			}
			if items[q].in(exDelegationNouns) {
				for _, e := range art.delegationFrom(items, q, len(items)) {
					out[art.r.find(e)] = true
				}
			}
			if items[q].in(exVisitCues) || items[q].in(exGoCues) && art.isWord(items, q+1, "to") {
				for _, e := range art.partiesIn(items, si, 0, q) {
					out[art.r.find(e)] = true
					out[art.topOf(e)] = true // "the School of X of Y visited": Y's side visits
				}
				for _, e := range art.personOrgs(items, 0, q, false) {
					out[art.r.find(e)] = true
					out[art.topOf(e)] = true
				}
			}
		}
	}
	return out
}

// unreadBodyAfter reports whether items[m:] are "of"/"at" and capitalised
// words no rule read as a body ("at Nordpharma Oy").
func (art *exArticle) unreadBodyAfter(items []exResolved, m int) bool {
	if !art.isWord(items, m, "of", "at") {
		return false
	}
	m++
	if art.isWord(items, m, "the") {
		m++
	}
	if m >= len(items) || items[m].kind != xWord {
		return false
	}
	c := art.text[items[m].s]
	return c >= 'A' && c <= 'Z' && !items[m].in(exFunctionWords)
}

// respectivePostsIn reads a post named in the plural after a list of
// names: "A, B and C, vice presidents of O" (each holds it at O), "A and B,
// presidents of X and Y (respectively)" (shared out in order). The title
// rules then leave the names alone in the sentence.
func (art *exArticle) respectivePostsIn(si int) {
	items := art.items[si]
	for k := 0; k+5 < len(items); k++ {
		if items[k].kind != xPerson || k > 0 && (items[k-1].kind == xPerson || art.isWord(items, k-1, "and") && k >= 2 && items[k-2].kind == xPerson) {
			continue
		}
		names := []int{k}
		q := k + 1
		for q+1 < len(items) && items[q+1].kind == xPerson && art.isWord(items, q, ",", "and") {
			names = append(names, q+1)
			q += 2
			if art.isWord(items, q-2, "and") {
				break
			}
		}
		if len(names) < 2 || !art.isWord(items, q, ",") {
			continue
		}
		t := q + 1
		if art.isWord(items, t, "the") {
			t++
		}
		if t < len(items) && items[t].kind == xTitle && !exPluralTitle(art.titleText(items, t)) {
			art.respectivePhrases(items, si, names, t)
			continue
		}
		if t >= len(items) || items[t].kind != xTitle || !exPluralTitle(art.titleText(items, t)) || !art.isWord(items, t+1, "of") {
			continue
		}
		var bodies []int
		b := t + 2
		for b < len(items) {
			if art.isWord(items, b, "the", ",", "and") {
				b++
				continue
			}
			if !exIsParty(&items[b]) {
				break
			}
			o := art.ref(items, b)
			if o < 0 {
				bodies = nil
				break
			}
			bodies = append(bodies, o)
			b = exSkipName(items, b)
		}
		if len(bodies) != 1 && len(bodies) != len(names) {
			continue // the text does not say whose post is where
		}
		title := art.titleText(items, t)
		if art.verbalPost == nil {
			art.verbalPost = map[int]int{}
		}
		for n, p := range names {
			o := bodies[0]
			if len(bodies) > 1 {
				o = bodies[n]
			}
			art.bind(items[p].ent, o, title, si)
			art.verbalPost[items[p].ent] = si + 1
		}
	}
}

// respectivePhrases reads "A and B, T1 of O1 and T2 of O2 respectively"
// from the title at t: the n-th post phrase is the n-th name's.
func (art *exArticle) respectivePhrases(items []exResolved, si int, names []int, t int) {
	type phrase struct {
		title string
		org   int
	}
	var ps []phrase
	q := t
	for q < len(items) && items[q].kind == xTitle && art.isWord(items, q+1, "of", "at") {
		b := q + 2
		if art.isWord(items, b, "the") {
			b++
		}
		if b >= len(items) || !exIsParty(&items[b]) {
			return
		}
		o := art.ref(items, b)
		if o < 0 {
			return
		}
		ps = append(ps, phrase{art.titleText(items, q), o})
		q = exSkipName(items, b)
		if art.isWord(items, q, ",") {
			q++
		}
		if art.isWord(items, q, "and") {
			q++
		}
		if art.isWord(items, q, "the") {
			q++
		}
	}
	if len(ps) != len(names) || !art.isWord(items, q, "respectively") {
		return
	}
	if art.verbalPost == nil {
		art.verbalPost = map[int]int{}
	}
	for n, p := range names {
		art.bind(items[p].ent, ps[n].org, ps[n].title, si)
		art.verbalPost[items[p].ent] = si + 1
	}
}

// organParent returns the body whose organ the mention at m names ("the
// Expert Committee of O", a committee, council or board with a parent), or
// -1: a member of a body's organ is a member of the body.
func (art *exArticle) organParent(items []exResolved, m int) int {
	it := &items[m]
	if it.kind != xOrg || it.parent < 0 {
		return -1
	}
	ws := strings.Fields(strings.ToLower(it.name))
	if len(ws) == 0 || !exOrganNouns.has(ws[len(ws)-1]) {
		return -1
	}
	return art.ref(items, it.parent)
}

// otherKindOfPost reports whether the post is of a kind of body (a
// chairman's is an enterprise, a principal's a school: exPostBodies) that
// org is not, while the article names a body of that kind.
func (art *exArticle) otherKindOfPost(title string, org int) bool {
	if art.noPlacePost(title, org) {
		return true // "Vice Mayor A and Vice President B": no place has a president
	}
	var kinds []string
	for _, w := range strings.Fields(strings.ToLower(title)) {
		if ks, ok := exPostBodies[w]; ok {
			kinds = ks
		}
	}
	if kinds == nil {
		return false
	}
	ofKind := func(e *exEnt) bool {
		for n := range e.names {
			for _, k := range kinds {
				if strings.HasSuffix(strings.ToLower(n), k) {
					return true
				}
			}
		}
		return false
	}
	r := art.r
	if ofKind(r.ents[r.find(org)]) {
		return false
	}
	for i, e := range r.ents {
		if r.find(i) == i && e.typ == quads.Organization && e.parent < 0 && ofKind(e) {
			return true
		}
	}
	return false
}

// ownPostBefore reports whether a post stands right before the name at k
// ("Mayor P", "Director Mr. P"): the name has its own post, and an
// apposition after "P and Q," is Q's.
func (art *exArticle) ownPostBefore(items []exResolved, k int) bool {
	m := k - 1
	if art.isHonorific(items, m) {
		m--
	}
	return m >= 0 && items[m].kind == xTitle
}

// noPlacePost reports whether the post is one no city, county or province
// has (a president's, a dean's) and org is a place: a post carried over a
// list from a mayor's is of another body.
func (art *exArticle) noPlacePost(title string, org int) bool {
	ws := strings.Fields(strings.ToLower(title))
	return len(ws) > 0 && exNoPlacePostCores.has(ws[len(ws)-1]) && art.r.ents[art.r.find(org)].typ == quads.Place
}

// pronounPostsIn reads "He is also T of O" / "She was T at O": the post is
// of the one person the sentence before names (a pronoun with two or more
// candidates is left alone).
func (art *exArticle) pronounPostsIn(si int) {
	items := art.items[si]
	if si == 0 || len(items) < 5 || !art.isWord(items, 0, "he", "she") || !art.isWord(items, 1, "is", "was", "also", "serves", "served") {
		return
	}
	person := -1
	for _, it := range art.items[si-1] {
		if it.kind == xPerson && it.ent >= 0 {
			if person >= 0 && art.r.find(person) != art.r.find(it.ent) {
				return // two persons: whose post is it?
			}
			person = it.ent
		}
	}
	if person < 0 {
		return
	}
	k := 1
	for k < len(items) && items[k].kind == xWord && items[k].in(exAppositionFillers) && items[k].low != "," {
		k++
	}
	var titles []string
	for k < len(items) && items[k].kind == xTitle {
		titles = append(titles, art.titleText(items, k))
		k++
		if art.isWord(items, k, "and") && k+1 < len(items) && items[k+1].kind == xTitle {
			k++
		}
	}
	if len(titles) == 0 || !art.isWord(items, k, "of", "at", "with") {
		return
	}
	k++
	if art.isWord(items, k, "the") {
		k++
	}
	k = art.skipPartyOrgan(items, k)
	for _, t := range titles {
		if exTitleRole(t) == roleMember {
			k = art.skipOrganOf(items, k)
		}
	}
	if k >= len(items) || !exIsParty(&items[k]) {
		return
	}
	k = art.possessedAfter(items, exPossessed(items, k))
	o := art.ref(items, k)
	if po := art.organParent(items, k); po >= 0 {
		o = po
	}
	for _, t := range titles {
		art.bind(person, o, t, si)
	}
}

// bodyOfNoun returns the organisation a generic head noun stands for before
// item k of sentence si ("Museum director P", "university president P"):
// the last one named so far whose name has that head (exBackHeads), or, when
// none was, the one such organisation of the article. -1 when there is none.
func (art *exArticle) bodyOfNoun(noun string, si, k int) int {
	heads := exBackHeads[noun]
	if heads == nil {
		heads = []string{noun}
	}
	r := art.r
	headed := func(e int) bool {
		for n := range r.ents[e].names {
			ws := strings.Fields(strings.ToLower(n))
			for q := len(ws) - 1; q >= 0; q-- {
				if exOrgHeads.has(ws[q]) {
					for _, h := range heads {
						if ws[q] == h {
							return true
						}
					}
					break
				}
			}
		}
		return false
	}
	last := -1
	for s := 0; s <= si && s < len(art.items); s++ {
		for q, it := range art.items[s] {
			if s == si && q >= k {
				break
			}
			if it.kind == xOrg && !it.inner && !it.fold && it.ent >= 0 && r.ents[r.find(it.ent)].parent < 0 && headed(r.find(it.ent)) {
				last = r.find(it.ent)
			}
		}
	}
	if last >= 0 {
		return last
	}
	one := -1
	for i, e := range r.ents {
		if r.find(i) == i && e.typ == quads.Organization && e.parent < 0 && headed(i) {
			if one >= 0 {
				return -1
			}
			one = i
		}
	}
	return one
}

// exPostPhrase is a post and the body its phrase names.
type exPostPhrase struct {
	title string
	org   int
}

// postPhrasesBefore reads, back from the "and" at m, the post phrases "T
// of [the] O" that a title-before-name phrase's first conjunct holds
// ("Academician of the X Academy and chief scientist of Y P"): each post
// is of the body its own phrase names. It returns them and the item
// before the first; m itself when none is there.
func (art *exArticle) postPhrasesBefore(items []exResolved, m int) ([]exPostPhrase, int) {
	var out []exPostPhrase
	// only "and" joins them: after a comma the phrase may be another
	// person's apposition ("P, president of X, Secretary of Y Q")
	for art.isWord(items, m, "and") {
		o := m - 1
		for o >= 0 && items[o].inner {
			o--
		}
		if o < 2 || !exIsParty(&items[o]) {
			break
		}
		q := o - 1
		if art.isWord(items, q, "the") {
			q--
		}
		if !art.isWord(items, q, "of") || q < 1 || items[q-1].kind != xTitle {
			break
		}
		e := art.ref(items, o)
		if e < 0 {
			break
		}
		out = append(out, exPostPhrase{title: art.titleText(items, q-1), org: e})
		m = q - 2
	}
	return out, m
}

// skipGoverningOrgan returns the index after "council of [the]" at m:
// the council that governs O is O (its chair leads O, as the dev
// annotation has a university's council chairman lead the university).
// Otherwise m.
func (art *exArticle) skipGoverningOrgan(items []exResolved, m int) int {
	if m >= len(items) || items[m].kind != xWord || !items[m].in(exGoverningOrganNouns) || !art.isWord(items, m+1, "of") {
		return m
	}
	q := m + 2
	if art.isWord(items, q, "the") {
		q++
	}
	return q
}

// exLowerPartyOrganEnd returns the end of a party organ named in lower
// case at m with no body after it ("the party committee and …", "…, party
// committee,"), or m.
func exLowerPartyOrganEnd(items []exResolved, m int) int {
	q := m
	for q < len(items) && items[q].kind == xWord && items[q].in(exPartyBodyWords) {
		q++
	}
	if q == m || items[q-1].low != "committee" {
		return m
	}
	if q < len(items) && !(items[q].kind == xWord && (items[q].low == "and" || items[q].low == "," || items[q].low == ";" || items[q].low == ")" || items[q].low == ".")) {
		return m
	}
	return q
}

// ledTheDelegation: the person at k led or headed the delegation ("P led
// the delegation", "P, …, headed the team") or went with the visit ("P
// and Q accompanied the visit").
func (art *exArticle) ledTheDelegation(items []exResolved, k int) bool {
	q := art.afterApposition(items, k)
	for q < len(items) && art.isWord(items, q, ",", "and") || q < len(items) && items[q].kind == xPerson ||
		q < len(items) && items[q].kind == xTitle || q < len(items) && items[q].kind == xWord && items[q].in(exHonorifics) {
		q++ // "P and Vice President Q led the delegation"
	}
	led := art.isWord(items, q, "led", "headed")
	// "P accompanied the visit": of the visiting party (accompanying a
	// delegation may be a host's)
	went := art.isWord(items, q, "accompanied", "joined")
	if !led && !went {
		return false
	}
	q++
	if art.isWord(items, q, "the", "a", "this", "their") {
		q++
	}
	if q >= len(items) || items[q].kind != xWord {
		return false
	}
	return led && items[q].in(exDelegationNouns) || went && items[q].in(exVisitNouns)
}

// soleVisitorBody returns the one body the article names as visitors (its
// units counted as it), or -1 when it names none or several.
func (art *exArticle) soleVisitorBody() int {
	tops := map[int]bool{}
	for v := range art.visitorBodies() {
		tops[art.topOf(v)] = true // a unit of the visiting body is of it
	}
	if len(tops) != 1 {
		return -1
	}
	for v := range tops {
		return v
	}
	return -1
}

// ownApposition: the comma at q follows a person and opens that person's
// own apposition of posts of a body ("Q, Deputy General Manager of O"): a
// list of titles and names does not run on through it.
func (art *exArticle) ownApposition(items []exResolved, q int) bool {
	if !art.isWord(items, q, ",") || q < 1 || items[q-1].kind != xPerson {
		return false
	}
	t := q + 1
	if art.isWord(items, t, "the", "a", "an") {
		t++
	}
	if t >= len(items) || items[t].kind != xTitle {
		return false // "P, and Deputy Secretary of the committee Q": the next entry
	}
	n := exSkipTitles(items, t)
	return n > t && art.isWord(items, n, "of", "at")
}

// cosignerBodies returns the bodies the person joined to the person at k
// by "and" leads, when the two sign ("Vice President P and Q signed … on
// behalf of the two universities"): the signers of an agreement are of its
// two sides, so P's bare post is of the other side. Nil otherwise.
func (art *exArticle) cosignerBodies(items []exResolved, k int) map[int]bool {
	other := -1
	honorific := func(q int) bool { return q < len(items) && items[q].kind == xWord && items[q].in(exHonorifics) }
	switch {
	case art.isWord(items, k+1, "and") && k+2 < len(items) && items[k+2].kind == xPerson:
		other = k + 2
	case art.isWord(items, k+1, "and") && honorific(k+2) && k+3 < len(items) && items[k+3].kind == xPerson:
		other = k + 3 // "P and Prof. Q signed"
	case art.isWord(items, k-1, "and") && k >= 2 && items[k-2].kind == xPerson:
		other = k - 2
	default:
		return nil
	}
	signs := false
	for q := k + 1; q < len(items); q++ {
		if items[q].kind == xWord && items[q].in(exSignCues) {
			signs = true
			break
		}
	}
	if !signs || items[other].ent < 0 {
		return nil
	}
	out := map[int]bool{}
	for _, o := range art.leads[art.r.find(items[other].ent)] {
		out[art.r.find(o)] = true
		out[art.topOf(o)] = true
	}
	return out
}

// spokenOfBody returns the body a bare post's holder speaks for: the
// back-reference right after a verb of speech the person is the subject of
// ("President P said the university would …", "P, the President,
// introduced the university's history", "P said that our university …"),
// when it is of the post's kind
// (a chairman's is an enterprise), or -1.
func (art *exArticle) spokenOfBody(items []exResolved, k int, title string) int {
	q := art.afterApposition(items, k)
	if q >= len(items) || items[q].kind != xWord || !items[q].in(exSpeechVerbs) {
		return -1
	}
	for m := q + 1; m < len(items) && m <= q+3; m++ {
		it := &items[m]
		if it.kind == xHome && it.back && it.ent >= 0 {
			o := art.r.find(it.ent)
			if art.otherKindOfPost(title, o) {
				return -1
			}
			return o
		}
		if it.kind == xHome && !it.back {
			// "President P said that our university had …": the
			// speaker's "our X" is the body the post is of, or one the
			// text never names (rhome: resolve_home.go)
			if o := art.ref(items, m); o >= 0 && !art.otherKindOfPost(title, art.r.find(o)) {
				return art.r.find(o)
			}
			return -1
		}
		if it.kind != xWord || !(it.low == "that" || it.low == "out") {
			return -1
		}
	}
	return -1
}

// skipPostPhrase returns the index after the post phrase "T [and T] of
// [the] O" that begins with the title at j.
func (art *exArticle) skipPostPhrase(items []exResolved, j int) int {
	j = exSkipTitles(items, j)
	if !art.isWord(items, j, "of", "at") {
		return j
	}
	q := j + 1
	if art.isWord(items, q, "the") {
		q++
	}
	if q < len(items) && exIsParty(&items[q]) {
		return exSkipName(items, q)
	}
	return j
}

// relativeClauseEnd returns the index after the comma that ends the
// relative clause opened by "who" at j when the clause names no post ("who
// graduated from X,"), so the apposition's posts after it are read; else j.
func (art *exArticle) relativeClauseEnd(items []exResolved, j int) int {
	for q := j + 1; q < len(items) && q < j+12; q++ {
		switch {
		case items[q].kind == xTitle || items[q].kind == xPerson:
			return j
		case art.isWord(items, q, ","):
			return q + 1
		case art.isWord(items, q, ".", ";"):
			return j
		}
	}
	return j
}

// possessorBefore: the item before the title at j is a possessive body
// ("the university's dean …").
func (art *exArticle) possessorBefore(items []exResolved, j int) bool {
	b := j - 1
	return b >= 0 && (exIsParty(&items[b]) || items[b].kind == xHome && items[b].back) && art.possessive(items, b)
}

// sceneHost returns the body a sentence opens with as its scene ("At O,
// …", "In O, …") when the sentence tells of a reception ("… was received
// by President P", "President P met the delegation"): the hosts' bare
// posts are O's. -1 otherwise.
func (art *exArticle) sceneHost(items []exResolved) int {
	if !art.isWord(items, 0, "at", "in") {
		return -1
	}
	q := 1
	if art.isWord(items, q, "the") {
		q++
	}
	if q >= len(items) || !exIsParty(&items[q]) || items[q].kind == xPlace {
		return -1 // "In Tianmen, …": a place is where, not who
	}
	if !art.isWord(items, exSkipName(items, q), ",") {
		return -1
	}
	for m := q; m < len(items); m++ {
		if items[m].kind == xWord && items[m].in(exReceptionCues) {
			return art.ref(items, q)
		}
	}
	return -1
}

// postLevelBody returns the body a post carried over from a list is of:
// the top body of org when the post is one only a whole institution has
// ("director of the university's office, and Vice President Q": Q is the
// university's vice president, not the office's), else org.
func (art *exArticle) postLevelBody(title string, org int) int {
	ws := strings.Fields(strings.ToLower(title))
	if len(ws) == 0 || !exInstitutionPostCores.has(ws[len(ws)-1]) || art.presidedUnit(org) {
		return org
	}
	return art.topOf(org)
}

// skipAside returns the index after a bracketed aside of plain words at m
// ("(in charge of research)"), which stands between a post and its "of
// O"; m itself when none is there.
func (art *exArticle) skipAside(items []exResolved, m int) int {
	if !art.isWord(items, m, "(") {
		return m
	}
	for q := m + 1; q < len(items) && q < m+10; q++ {
		if art.isWord(items, q, ")") {
			return q + 1
		}
		if items[q].kind != xWord || art.isWord(items, q, "(", ",", ";") {
			return m
		}
	}
	return m
}

// behalfAfter returns the body of "on behalf of O" at items[j:] (after a
// comma or not), which a bare post of the apposition before it is of, or
// -1.
func (art *exArticle) behalfAfter(items []exResolved, j int) int {
	if art.isWord(items, j, ",") {
		j++
	}
	if !art.isWord(items, j, "on") || !art.isWord(items, j+1, "behalf") || !art.isWord(items, j+2, "of") {
		return -1
	}
	q := j + 3
	if art.isWord(items, q, "the") {
		q++
	}
	if q >= len(items) || !exIsParty(&items[q]) {
		return -1
	}
	return art.ref(items, exPossessed(items, q))
}

// whereScopeBody returns the body of the ", where" clause person item k is
// in when the clause names no other body before k (carry, the body the
// list's last post was of, was named before the clause), else -1.
func (art *exArticle) whereScopeBody(items []exResolved, k, carry int) int {
	wb := art.whereBody(items, k)
	if wb < 0 {
		return -1
	}
	for q := k - 1; q >= 0 && !art.isWord(items, q, "where"); q-- {
		if it := &items[q]; it.ent >= 0 && (it.kind == xOrg || it.kind == xPlace) && carry >= 0 && art.r.find(it.ent) == art.r.find(carry) {
			return -1 // "…, where P, dean of O, and Q, vice dean, …"
		}
	}
	return wb
}

// whereBody returns the body of a ", where" clause that item m is in ("…
// to O, where they were received by vice president P"), or -1: the clause
// is about O. It looks back no further than the clause's start.
func (art *exArticle) whereBody(items []exResolved, m int) int {
	for q := m; q >= 2; q-- {
		if b := exRelativeBody(art, items, q); b >= 0 && art.isWord(items, q, "where") {
			return art.ref(items, b)
		}
		if art.isWord(items, q, ",", ";") && !art.isWord(items, q+1, "where") {
			return -1
		}
	}
	return -1
}

// exLeadPosts keeps the leadership posts of posts: those that stay pending
// past a party organ of no named body, for the body the next post names.
func exLeadPosts(posts []string) []string {
	var keep []string
	for _, t := range posts {
		if exTitleRole(t) == roleLeads {
			keep = append(keep, t)
		}
	}
	return keep
}

// lowerBodyAfterPlace reads a place name run on in lower case to a body's
// head noun ("director of Dalian central hospital", "head of Lishui
// maternal and child care centre"): the post is of that body, which the
// mention stage did not name, not of the place. It returns the end of the
// run and the organisation the article names by the same words in
// capitals ("Dalian Central Hospital" in its headline), or -1.
func (art *exArticle) lowerBodyAfterPlace(items []exResolved, m int) (int, int) {
	if m >= len(items) || items[m].kind != xPlace {
		return m, -1
	}
	end := -1
	q := exSkipName(items, m)
	if q >= len(items) || items[q].kind != xWord || items[q].low == "" || items[q].low[0] < 'a' || items[q].low[0] > 'z' {
		return m, -1
	}
	for ; q < len(items) && q < m+8 && items[q].kind == xWord; q++ {
		w := items[q].low
		if w == "" || exFunctionWords.has(w) && !exBodyNameJoiners.has(w) {
			break
		}
		if exPlaceOrganWords.has(w) {
			return m, -1 // "secretary of the county party committee": the place's own organ
		}
		if exOrgHeads.has(w) && !exCompanySuffix.has(w) {
			end = q
		}
	}
	if end < 0 {
		return m, -1
	}
	surface := strings.ToLower(art.text[items[m].s:items[end].e])
	r := art.r
	for i, e := range r.ents {
		if r.find(i) != i || e.typ != quads.Organization {
			continue
		}
		for n := range e.names {
			if strings.ToLower(n) == surface {
				return end + 1, i
			}
		}
	}
	return end + 1, -1
}

// institutionBody reports whether the organisation is a whole institution
// ("X University", "Y Polytechnic": exInstitutionHeads), which holds no
// government post.
func (art *exArticle) institutionBody(org int) bool {
	e := art.r.ents[art.r.find(org)]
	if e.typ != quads.Organization {
		return false
	}
	for n := range e.names {
		ws := strings.Fields(strings.ToLower(n))
		if len(ws) > 0 && exInstitutionHeads.has(ws[len(ws)-1]) {
			return true
		}
	}
	return false
}

// postOfBodyEndsAt reports whether items[:e+1] end in "T of [the] O", the
// body at e: a post phrase before an honorific and a name ("Director of O
// professor P") is that name's.
func (art *exArticle) postOfBodyEndsAt(items []exResolved, e int) bool {
	if b := art.placeBeforeLowerGovWords(items, e); b >= 0 {
		e = b // "Mayor of Dingzhou city Mr. P"
	}
	if e < 2 || !exIsParty(&items[e]) {
		return false
	}
	q := e - 1
	if art.isWord(items, q, "the") {
		q--
	}
	return art.isWord(items, q, "of") && q >= 1 && items[q-1].kind == xTitle
}

// unnamedUnitEndsAt reports whether the lower-case words ending at e name
// a unit and close a conjunct ("… of the region's education department;"):
// a field word, then a unit noun, then a comma, semicolon or "and".
func (art *exArticle) unnamedUnitEndsAt(items []exResolved, e int) bool {
	if e < 1 || items[e].kind != xWord || !items[e].in(exLowerUnitHeads) || !art.isWord(items, e+1, ",", ";", "and") {
		return false
	}
	w := items[e-1]
	return w.kind == xWord && w.low != "" && w.low[0] >= 'a' && w.low[0] <= 'z' && !w.in(exFunctionWords) && !art.isWord(items, e-1, "'s")
}

// skipLowerGovWords returns the index after the lower-case government words
// ("city", "municipal committee") that follow the place at m and end at n:
// "Mayor of Dingzhou city Mr. P" names the place's government, and the
// post phrase still runs into the name after it.
func (art *exArticle) skipLowerGovWords(items []exResolved, m, n int) int {
	if m >= len(items) || items[m].kind != xPlace {
		return n
	}
	for q := n; q < len(items) && q < n+4; q++ {
		if !art.lowerGovWord(items, q) {
			return q
		}
		n = q + 1
	}
	return n
}

// placeBeforeLowerGovWords returns the place that the lower-case
// government words ending at m follow ("of Dingzhou city", "of Nanhu
// municipal committee"), or -1.
func (art *exArticle) placeBeforeLowerGovWords(items []exResolved, m int) int {
	q := m
	for q >= 0 && q > m-4 && art.lowerGovWord(items, q) {
		q--
	}
	if q == m || q < 0 || items[q].kind != xPlace {
		return -1
	}
	return q
}

// lowerGovWord reports whether item q is a government word written in
// lower case ("city", "municipal", "committee").
func (art *exArticle) lowerGovWord(items []exResolved, q int) bool {
	if q < 0 || q >= len(items) {
		return false
	}
	it := items[q]
	return it.kind == xWord && it.in(exGovWords) && it.s < len(art.text) && art.text[it.s] >= 'a' && art.text[it.s] <= 'z'
}

// partyOrganOfTitleEnd returns the index after "of [the] <party organ in
// lower case>" that follows the title before q and runs into a name
// ("Deputy Secretary of the CPC committee Q"), or q: the organ is of the
// body the list names after it.
func (art *exArticle) partyOrganOfTitleEnd(items []exResolved, q int) int {
	if q < 1 || items[q-1].kind != xTitle || !art.isWord(items, q, "of") {
		return q
	}
	m := q + 1
	if art.isWord(items, m, "the") {
		m++
	}
	e := m
	for e < len(items) && items[e].kind == xWord && items[e].in(exPartyBodyWords) {
		e++
	}
	if e == m || items[e-1].low != "committee" || e >= len(items) || items[e].kind != xPerson {
		return q
	}
	return e
}

// titleBeforePartyOrgan returns the title of "T of [the] <party organ in
// lower case>" that ends at m, right before a name, or -1.
func (art *exArticle) titleBeforePartyOrgan(items []exResolved, m int) int {
	q := m
	for q >= 0 && q > m-5 && items[q].kind == xWord && items[q].in(exPartyBodyWords) {
		q--
	}
	if q == m || items[m].low != "committee" {
		return -1
	}
	if art.isWord(items, q, "the") {
		q--
	}
	if !art.isWord(items, q, "of") || q < 1 || items[q-1].kind != xTitle || art.partyOrganOfTitleEnd(items, q) != m+1 {
		return -1
	}
	return q - 1
}
