package extract

// member-of: posts that are no leadership written before the name, which
// the apposition rules of leads.go do not read.

// memberPostBefore returns the body and the post of "O's professor P",
// "O professor P" (a post of exMemberCores before the name, its body just
// before it), and of the names of a list after a plural post, its body
// after the list ("Professors A and B of O", "researchers A, B and C from
// O"); else -1.
func (art *exArticle) memberPostBefore(items []exResolved, si, k int) (int, string) {
	// "O's professor P", "O professor P"
	if k >= 2 && items[k-1].kind == xWord && items[k-1].in(exMemberCores) && items[k-1].in(exHonorifics) &&
		(items[k-2].kind == xOrg && !items[k-2].inner || items[k-2].kind == xHome && items[k-2].back && art.possessive(items, k-2)) {
		// the body is the post's unless a post phrase before it ends there
		if art.possessive(items, k-2) || !exGovernedBody(art, items, k-2) {
			return art.ref(items, k-2), items[k-1].low
		}
	}
	if o, post := art.pluralMemberPost(items, si, k); o >= 0 {
		return o, post
	}
	return -1, ""
}

// exPluralMemberPost returns the singular of a plural post of
// exMemberCores at items[j] ("professors", "researchers"), or "".
func exPluralMemberPost(items []exResolved, j int) string {
	if j < 0 || j >= len(items) || items[j].kind != xWord {
		return ""
	}
	post := exSingular(items[j].low)
	if post == items[j].low || !exMemberCores.has(post) || post == "member" {
		return ""
	}
	return post
}

// pluralMemberPost reads a list of names that a plural post covers:
// "Professors A, B and C of O", "researchers A and B from O", "O
// professors A and B", "experts from O, including Professor A and B", "A
// and B, (both) professors of O", "Its professors A and B", "O, where
// teachers A and B …" (sentence si). It
// returns the body and the singular post of the name at k, or -1.
func (art *exArticle) pluralMemberPost(items []exResolved, si, k int) (int, string) {
	inList := func(q int) bool {
		return items[q].kind == xPerson || art.isWord(items, q, ",", "and") ||
			items[q].kind == xWord && items[q].in(exHonorifics) && q+1 < len(items) && items[q+1].kind == xPerson
	}
	// back over the list
	j := k - 1
	for j >= 0 && inList(j) {
		j--
	}
	if post := exPluralMemberPost(items, j); post != "" && j+1 < k+1 && (items[j+1].kind == xPerson || items[j+1].in(exHonorifics)) {
		// the body after the list: "Professors A and B of O"
		q := k + 1
		for q < len(items) && (items[q].kind == xPerson || art.isWord(items, q, ",", "and") && q+1 < len(items) && items[q+1].kind == xPerson) {
			q++
		}
		if o := art.memberBodyAt(items, q); o >= 0 {
			return o, post
		}
		// the body before the post: "O professors A and B", "O's professors A and B"
		if j >= 1 && (items[j-1].kind == xOrg && !items[j-1].inner && (art.possessive(items, j-1) || !exGovernedBody(art, items, j-1)) ||
			items[j-1].kind == xHome && items[j-1].back && art.possessive(items, j-1)) {
			return art.ref(items, j-1), post
		}
		// "O, where teachers A and B showed …": the where clause's body
		if art.isWord(items, j-1, "where") {
			if b := exRelativeBody(art, items, j-1); b >= 0 {
				return art.ref(items, b), post
			}
		}
		// "Its professors A and B": the body "its" stands for
		if art.isWord(items, j-1, "its") {
			if o := art.itsBody(items, si, j-1); o >= 0 {
				return o, post
			}
		}
		return -1, ""
	}
	// "researchers of the museum, A and B": the post and its body, then
	// the list set off by a comma
	if j >= 2 && art.isWord(items, j+1, ",") && (items[j].kind == xOrg && !items[j].inner || items[j].kind == xHome && items[j].back) {
		if post := art.pluralMemberPostOf(items, j); post != "" {
			return art.ref(items, j), post
		}
	}
	// "experts from O, including A and B"
	if art.isWord(items, j, "including", "namely") {
		q := j - 1
		if art.isWord(items, q, ",") {
			q--
		}
		for q >= 0 && items[q].inner {
			q--
		}
		if q >= 2 && items[q].kind == xOrg {
			if post := art.pluralMemberPostOf(items, q); post != "" {
				return art.ref(items, q), post
			}
		}
	}
	// "A and B, professors of O": on over the list to the apposition
	q := k + 1
	for q < len(items) && (items[q].kind == xPerson || art.isWord(items, q, "and") || art.isWord(items, q, ",") && q+1 < len(items) && items[q+1].kind == xPerson) {
		q++
	}
	if (q > k+1 || art.isWord(items, k-1, "and", ",")) && art.isWord(items, q, ",") {
		p := q + 1
		if art.isWord(items, p, "both", "all") {
			p++ // "A and B, both professors at O"
		}
		if post := exPluralMemberPost(items, p); post != "" {
			if o := art.memberBodyAt(items, p+1); o >= 0 {
				return o, post
			}
		}
		if o, post := art.bodyPluralMemberPostAt(items, p); o >= 0 {
			return o, post // "A and B, CAS academicians" (leads_coordinated.go)
		}
	}
	return -1, ""
}

// memberBodyAt returns the body of "of O", "at the O", "from O" at q, or
// -1: an organisation, not one whose name a person or post follows ("… of
// X Director Q": X is Q's).
func (art *exArticle) memberBodyAt(items []exResolved, q int) int {
	if !art.isWord(items, q, "of", "at", "from") {
		return -1
	}
	q++
	if art.isWord(items, q, "the") {
		q++
	}
	if q < len(items) && items[q].kind == xHome && items[q].back {
		q = exPossessed(items, q) // "from the group's Technology Center"
	}
	if q >= len(items) || items[q].kind != xOrg || items[q].inner {
		return -1
	}
	if n := exSkipName(items, q); n < len(items) && (items[n].kind == xPerson || items[n].kind == xTitle) {
		return -1
	}
	return art.ref(items, q)
}

// exGovernedBody: the body at k ends a post phrase before it ("Dean of
// the School of Law Professor P"), so a post after it is no post at it.
func exGovernedBody(art *exArticle, items []exResolved, k int) bool {
	q := k - 1
	if art.isWord(items, q, "the") {
		q--
	}
	return q >= 0 && (items[q].kind == xTitle || art.isWord(items, q, "of", "at"))
}

// thereBody returns the body "there" stands for in the apposition of the
// person at k: that of the ", where" clause the person is in ("O, where
// they were received by A, director of the institute, and B, a senior
// scientist there"), or -1 when no where clause comes before k.
func (art *exArticle) thereBody(items []exResolved, k int) int {
	for q := k - 1; q >= 2; q-- {
		if art.isWord(items, q, "where") {
			if b := exRelativeBody(art, items, q); b >= 0 {
				return art.ref(items, b)
			}
			return -1
		}
		if art.isWord(items, q, ";") {
			return -1
		}
	}
	return -1
}

// exWorkVerbs say where a person works, in a relative clause after a post
// ("who works in the school").
var exWorkVerbs = exSet(`works worked work teaches taught serves`)

// whoWorksBody returns the body of "who works in/at/for [the] O" at the
// word "who" at q, or -1.
func (art *exArticle) whoWorksBody(items []exResolved, q int) int {
	m := q + 1
	if art.isWord(items, m, "now", "also", "currently") {
		m++
	}
	if !(m < len(items) && items[m].kind == xWord && items[m].in(exWorkVerbs)) || !art.isWord(items, m+1, "in", "at", "for") {
		return -1
	}
	m += 2
	if art.isWord(items, m, "the") {
		m++
	}
	if m < len(items) && (items[m].kind == xOrg || items[m].kind == xHome && items[m].back) {
		return art.ref(items, m)
	}
	return -1
}

// fromOriginEnd returns the item after "from X" at m, X a place or capitalised
// words no mention took ("from Sweden", "from Linhe"), or m.
func (art *exArticle) fromOriginEnd(items []exResolved, m int) int {
	if !art.isWord(items, m, "from") {
		return m
	}
	p := m + 1
	for p < len(items) && (items[p].kind == xPlace || items[p].kind == xWord && items[p].e > items[p].s &&
		art.text[items[p].s] >= 'A' && art.text[items[p].s] <= 'Z') {
		p++
	}
	if p == m+1 {
		return m
	}
	return p
}

// itsUnnamedUnitEnd returns the item after "its" and lower-case words ending
// in a unit noun at m ("its publicity department", "its international
// office"), or m: a unit no name gives, as unnamedUnitAfter reads after "X's".
func (art *exArticle) itsUnnamedUnitEnd(items []exResolved, m int) int {
	if !art.isWord(items, m, "its") {
		return m
	}
	for q := m + 1; q < len(items) && q < m+5 && items[q].kind == xWord; q++ {
		w := items[q].low
		if w == "" || w[0] < 'a' || w[0] > 'z' || exFunctionWords.has(w) {
			return m
		}
		if exOrgHeads.has(w) && !exCompanySuffix.has(w) {
			return q + 1
		}
	}
	return m
}

// exNumberedOrdinal reports whether w is an ordinal in digits ("14th",
// "2nd"): the term of a congress or a committee a post is of ("a deputy to
// the 14th National People's Congress").
func exNumberedOrdinal(w string) bool {
	n := 0
	for n < len(w) && w[n] >= '0' && w[n] <= '9' {
		n++
	}
	if n == 0 {
		return false
	}
	switch w[n:] {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// lowerUnitOfEnd returns the item after "u of [the] O" at m, u lower-case
// words ending in a unit noun ("education department of the museum"), or m.
func (art *exArticle) lowerUnitOfEnd(items []exResolved, m int) int {
	q := m
	for q < len(items) && q < m+4 && items[q].kind == xWord {
		w := items[q].low
		if w == "" || w[0] < 'a' || w[0] > 'z' || exFunctionWords.has(w) {
			return m
		}
		if exOrgHeads.has(w) && !exCompanySuffix.has(w) {
			break
		}
		q++
	}
	if q >= len(items) || q >= m+4 || items[q].kind != xWord || !art.isWord(items, q+1, "of") {
		return m
	}
	b := q + 2
	if art.isWord(items, b, "the") {
		b++
	}
	if b < len(items) && (items[b].kind == xOrg || items[b].kind == xHome && items[b].back) {
		return exSkipName(items, b)
	}
	return m
}

// exMemberPredicateVerbs state a member's post after the name: "P is a
// professor at O", "P works as a researcher at O".
var exMemberPredicateVerbs = exSet(`is was works worked serves served`)

// memberPredicate returns the index of the article "a"/"an" of "is a T",
// "works as a T" at j, T a member's post, or -1.
func (art *exArticle) memberPredicate(items []exResolved, j int) int {
	if !(j < len(items) && items[j].kind == xWord && items[j].in(exMemberPredicateVerbs)) {
		return -1
	}
	m := j + 1
	if art.isWord(items, m, "as") {
		m++
	} else if items[j].low != "is" && items[j].low != "was" {
		return -1
	}
	if art.isWord(items, m, "also") {
		m++
	}
	if !art.isWord(items, m, "a", "an") || m+1 >= len(items) || items[m+1].kind != xTitle || exTitleRole(art.titleText(items, m+1)) != roleMember {
		return -1
	}
	return m
}

// exCommitteeNouns end the lower-case name of a body's committee ("X's
// academic committee"), whose members are members of the body.
var exCommitteeNouns = exSet(`committee council`)

// memberOfCommitteeOf returns the body at m when title is a member's post
// and the unit no name gives after the possessive body at m is a committee
// ("a member of Fenglin University's academic committee"), else -1.
func (art *exArticle) memberOfCommitteeOf(items []exResolved, m int, title string) int {
	if exTitleRole(title) != roleMember {
		return -1
	}
	n := exSkipName(items, m)
	for q := n; q < len(items) && q < n+4 && items[q].kind == xWord; q++ {
		if items[q].in(exCommitteeNouns) {
			return art.ref(items, m)
		}
		if items[q].in(exOrgHeads) {
			return -1 // the unit is another ("X's international office")
		}
	}
	return -1
}

// pluralMemberPostOf returns the plural member post whose body is the one
// at j: "researchers of (the) O", "experts from O", "professors at O"; ""
// when none stands before it.
func (art *exArticle) pluralMemberPostOf(items []exResolved, j int) string {
	p := j - 1
	if art.isWord(items, p, "the") {
		p--
	}
	if !art.isWord(items, p, "of", "from", "at") {
		return ""
	}
	return exPluralMemberPost(items, p-1)
}
