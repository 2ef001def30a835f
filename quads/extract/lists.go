package extract

import "github.com/coopgraph/coopgraph/quads"

// Lists of parties and of people (issue 12, class 3) and the part-of
// relations lists and noun phrases state (class 11):
//
//   - where a list of bodies goes on past a word that is no body ("as well
//     as with", "and its subsidiary", "three parties:", "A (ABBR), B"), and
//     where it ends because a new clause begins ("…, and B will sign");
//   - people listed with posts whose body the list names once: a group in
//     the plural ("administrators of X, including …"), a fronted body
//     ("From X, …"), a body after the list ("… from X"), posts paired by
//     "respectively";
//   - units listed after a plural that says whose they are ("the hospitals
//     affiliated to X, A and B") or stated so by a copula ("X is an
//     affiliated hospital of Y").

// listJoinerAt: the word at k continues a list of parties without naming
// one: "with A as well as with B", "A and also with B", "X and its
// affiliated hospital" (the unit after "its" is a party of its own).
func (art *exArticle) listJoinerAt(items []exResolved, k int) bool {
	switch {
	case art.isWord(items, k, "with"):
		return art.isWord(items, k-1, "as", "and", "also") && k+1 < len(items) && (exIsParty(&items[k+1]) || art.isWord(items, k+1, "the"))
	case art.isWord(items, k, ";"):
		// "with A; B; and C": a semicolon between parties (a clause after
		// one is caught by clauseSubjectAt)
		n := k + 1
		if art.isWord(items, n, "and") {
			n++
		}
		if art.isWord(items, n, "the") {
			n++
		}
		return k > 0 && (exIsParty(&items[k-1]) || items[k-1].inner) && n < len(items) && exIsParty(&items[n])
	case art.isWord(items, k, "also"):
		return art.isWord(items, k-1, "and", ",") && art.isWord(items, k+1, "with")
	case art.isWord(items, k, "its"):
		n := k + 1
		for n < len(items) && items[n].kind == xWord && (items[n].in(exAffiliationWords) || items[n].in(exPartNouns) || items[n].in(exPluralUnitNouns)) {
			n++
		}
		return art.isWord(items, k-1, "and", ",") && n < len(items) && items[n].kind == xOrg && !items[n].inner
	case items[k].kind == xWord && (items[k].in(exPartNouns) || items[k].in(exPluralUnitNouns) || items[k].in(exAffiliationWords)):
		// "and its subsidiary X", "and its affiliated hospitals X and Y"
		p := k - 1
		for p >= 0 && items[p].kind == xWord && (items[p].in(exAffiliationWords) || items[p].in(exPartNouns) || items[p].in(exPluralUnitNouns)) {
			p--
		}
		return art.isWord(items, p, "its") && art.isWord(items, p-1, "and", ",")
	}
	return false
}

// clauseSubjectAt: the party at k follows ", (and)" and a verb of its own
// follows its name: "signed with A, and B will sign next month" — B opens a
// new clause and is no member of the list.
func (art *exArticle) clauseSubjectAt(items []exResolved, k int) bool {
	p := k - 1
	if art.isWord(items, p, "the") {
		p--
	}
	if art.isWord(items, p, "and") {
		p--
	}
	if !art.isWord(items, p, ",", ";") {
		return false
	}
	n := exSkipName(items, k)
	return n < len(items) && items[n].kind == xWord && (items[n].in(exClauseVerbCues) || items[n].in(exSignCues) || items[n].in(exConcludeCues))
}

// titledGroupsIn reads groups of people named in the plural whose members
// carry titles of their own: "administrators of X, including President A
// and Vice President B, and administrators of Y, including Curator C", or
// with the body before the group ("the X leaders, including …", "X's
// leaders including …"). Each member holds their own post in the group's
// body (a bare member, the group's post); the next group's body is its own.
func (art *exArticle) titledGroupsIn(si int) {
	items := art.items[si]
	for k := 0; k+2 < len(items); k++ {
		if items[k].kind != xWord || !items[k].in(exGroupPosts) {
			continue
		}
		o, m := art.groupBodyBefore(items, k)
		if o < 0 && art.isWord(items, k+1, "of") {
			q := k + 2
			if art.isWord(items, q, "the", "its") {
				q++ // "administrators of its College of X"
			}
			if q >= len(items) || !exIsParty(&items[q]) {
				continue
			}
			o = art.ref(items, art.possessedAfter(items, q))
			m = exSkipName(items, q)
		}
		if o >= 0 && exLeaderGroupNouns.has(items[k].low) && m < len(items) && items[m].kind == xPerson {
			// leads9: "Shougang Group leaders A, B and C": the names right
			// after the body's leaders are its leaders, no opener needed
			art.bindGroupMembers(items, k, o, m, si)
			continue
		}
		if art.isWord(items, m, ",") {
			m++
		}
		if o < 0 || m >= len(items) || !(items[m].kind == xWord && items[m].in(exListOpeners) || art.isWord(items, m, ":")) {
			continue
		}
		if art.isWord(items, m, "such") && art.isWord(items, m+1, "as") {
			m++
		}
		art.bindGroupMembers(items, k, o, m+1, si)
	}
}

// groupBodyBefore returns the body named right before the group noun at k
// ("the X leaders", "X's leaders") and the index after the noun, or -1.
func (art *exArticle) groupBodyBefore(items []exResolved, k int) (int, int) {
	b := k - 1
	if b < 0 || !exIsParty(&items[b]) || items[b].kind == xPlace {
		return -1, k + 1
	}
	return art.ref(items, b), art.skipPossessedEvent(items, k+1)
}

// skipPossessedEvent returns the index of the comma that ends an event the
// group's possessive names ("the X leaders' recent visit to Qianxi County,
// including …"), so that the list after it is the group's. Otherwise m. The
// event names no person, post or body: one would be the list's owner.
func (art *exArticle) skipPossessedEvent(items []exResolved, m int) int {
	if !art.isWord(items, m, "’", "'") {
		return m
	}
	for q := m + 1; q < len(items) && q <= m+8; q++ {
		switch {
		case art.isWord(items, q, ","):
			return q
		case items[q].kind == xPlace:
		case items[q].kind != xWord || art.isWord(items, q, ".", ";", ":"):
			return m
		}
	}
	return m
}

// bindGroupMembers binds the members listed from m of the group whose noun
// is at k to its body o: "President A and Vice President B" (each their
// own title), "A, Secretary of the Party Committee, B, Vice President"
// (each the post after their name), a bare "A" (the group's post). A
// member whose post names a body of its own ends the list: that post is
// read by the apposition rules.
func (art *exArticle) bindGroupMembers(items []exResolved, k, o, m, si int) {
	for ; m < len(items); m++ {
		if items[m].kind == xTitle {
			t := m
			m = exSkipTitles(items, m)
			if m < len(items) && items[m].kind == xPerson {
				art.bind(items[m].ent, o, art.titleText(items, t), si)
				if art.verbalPost == nil {
					art.verbalPost = map[int]int{}
				}
				// the group's body is the post's: the title rules leave it
				// alone ("…, including dean A and deputy dean B" names no
				// nearer body)
				art.verbalPost[items[m].ent] = si + 1
				continue
			}
			break
		}
		if items[m].kind == xPerson {
			t, end := art.ownGroupPost(items, o, m+1)
			if end < 0 {
				break // a post of another body
			}
			if t < 0 {
				t = k
			}
			art.bind(items[m].ent, o, art.titleText(items, t), si)
			m = end - 1
			continue
		}
		if art.isWord(items, m, "and") && m+1 < len(items) && items[m+1].kind == xWord && items[m+1].in(exGroupPosts) {
			break // the next group
		}
		if !art.isWord(items, m, ",", "and") {
			break
		}
	}
}

// ownGroupPost reads the apposition after a group member's name at m
// (", Secretary of the Party Committee and President,"), in the group's
// body o: the index of its
// first title (or -1 when there is none) and the index after it. A post
// that names a body ("…, dean of the School of Law") gives end -1.
func (art *exArticle) ownGroupPost(items []exResolved, o, m int) (title, end int) {
	if !art.isWord(items, m, ",") || m+1 >= len(items) || items[m+1].kind != xTitle {
		return -1, m
	}
	t := m + 1
	q := exSkipTitles(items, t)
	for art.isWord(items, q, "of") {
		r := q + 1
		if art.isWord(items, r, "the") {
			r++
		}
		n := r
		for n < len(items) && items[n].kind == xWord && items[n].in(exPartyBodyWords) {
			n++
		}
		if n == r && r < len(items) && items[r].kind == xOrg && (items[r].ent < 0 || art.ref(items, r) == o) {
			n = exSkipName(items, r) // "of the Party Committee": the group's own organ
		}
		if n == r {
			return -1, -1 // "of X": a body of its own
		}
		q = n
		if art.isWord(items, q, "and") && q+1 < len(items) && items[q+1].kind == xTitle {
			q = exSkipTitles(items, q+1)
		}
	}
	if q < len(items) && !art.isWord(items, q, ",", "and", ".", ";") {
		return -1, -1
	}
	return t, q
}

// exAffiliatedListParents reads units named as a list after a plural that
// says whose they are: "the hospitals affiliated to X, A and B", "the
// schools under X include A and B", "X's affiliated hospitals, A and B",
// "X and its subsidiaries A and B": each unit is part of X (issue 12,
// class 11: a relation stated by a noun phrase).
func exAffiliatedListParents(toks []exTok, items []exItem) {
	word := func(k int, ws ...string) bool { return exWordAt(items, k, ws...) }
	body := func(k int) bool {
		return k >= 0 && k < len(items) && (items[k].kind == xOrg && !items[k].fold && !items[k].inner || items[k].kind == xHome && items[k].back)
	}
	for k := 0; k < len(items); k++ {
		if !word(k) || !items[k].in(exPluralUnitNouns) {
			continue
		}
		parent, m, named := -1, -1, false // named: the plural names the parent after it
		switch {
		case word(k+1) && items[k+1].in(exAffiliationWords) && word(k+2, "to", "with"):
			// "the hospitals affiliated to X"
			q := k + 3
			if word(q, "the") {
				q++
			}
			if body(q) {
				parent, m, named = q, exSkipMention(items, q), true
			}
		case word(k+1, "under"):
			q := k + 2
			if word(q, "the") {
				q++
			}
			if body(q) {
				parent, m, named = q, exSkipMention(items, q), true
			}
		case word(k+1, "of") && exListAfterParent(items, k+2):
			// "three institutes of the X Academy: A, B and C", "the
			// schools of X, including A and B" (parts_prefix.go)
			q := k + 2
			if word(q, "the") {
				q++
			}
			if body(q) {
				parent, m, named = q, exSkipMention(items, q), true
			}
		case k > 0 && items[k-1].kind == xOrg && !items[k-1].fold && items[k-1].t1 > 0 && toks[items[k-1].t1-1].poss:
			// "X's subsidiaries, A and B"
			parent, m = k-1, k+1
		case word(k-1) && items[k-1].in(exAffiliationWords):
			// "X's affiliated hospitals", "its subordinate units"
			q := k - 2
			if word(q, "its") {
				for q--; q >= 0 && !body(q); q-- {
				}
			} else if q >= 0 && items[q].kind == xWord {
				q = -1
			}
			if body(q) && (word(k-2, "its") || items[q].kind == xOrg) {
				parent, m = q, k+1
			}
		}
		if parent < 0 {
			continue
		}
		// the list: ", A and B", "include A, B and C", ": A, B"
		if word(m, ",", ":") {
			m++
		}
		if word(m) && items[m].in(exListVerbs) {
			m++
		}
		if word(m, "such") && word(m+1, "as") {
			m += 2
		}
		units, _ := exFreeUnitsListed(items, m)
		for _, u := range units {
			items[u].parent = parent
		}
		if len(units) > 0 && named && items[parent].kind == xOrg {
			items[parent].inner = true // named as the parent, no party
		}
	}
}

// exItsRoleParents gives a body named after "its" and a noun of its role
// the body the pronoun stands for: "X and its subsidiary Y", "X and its
// teaching hospital Y" — Y is part of X.
func exItsRoleParents(items []exItem) {
	for k := 2; k < len(items); k++ {
		it := &items[k]
		if it.kind != xOrg || it.parent >= 0 || it.inner || items[k-1].kind != xWord || !items[k-1].in(exPartNouns) {
			continue
		}
		p := k - 2
		if p >= 0 && items[p].kind == xWord && items[p].in(exAffiliationWords) {
			p--
		}
		if p < 1 || items[p].kind != xWord || items[p].low != "its" {
			continue
		}
		for q := p - 1; q >= 0; q-- {
			if items[q].kind == xOrg && !items[q].inner && !items[q].fold {
				it.parent = exSubsidiaryOwner(items, q, items[k-1].low) // parts_prefix.go
				break
			}
		}
	}
}

// respectivePairsIn reads names and posts paired in order by
// "respectively": "A and B, respectively president of X and curator of Y",
// "A, B and C, president of X, curator of Y and chairman of Z
// respectively", "A and B, president and curator of X and Y
// respectively". Each name holds its post in its body; the title rules
// then leave the names alone in the sentence.
func (art *exArticle) respectivePairsIn(si int) {
	items := art.items[si]
	respectively := art.findWord(items, 0, "respectively") >= 0
	for k := 0; k+4 < len(items); k++ {
		if items[k].kind != xPerson || k > 0 && (items[k-1].kind == xPerson || art.isWord(items, k-1, ",", "and")) {
			continue
		}
		names := []int{k}
		q := k + 1
		for q+1 < len(items) && art.isWord(items, q, ",", "and") {
			n := q + 1
			if art.isWord(items, q, ",") && art.isWord(items, n, "and") {
				n++
			}
			if n >= len(items) || items[n].kind != xPerson {
				break
			}
			names = append(names, n)
			q = n + 1
		}
		if len(names) < 2 || !art.isWord(items, q, ",") {
			continue
		}
		t := art.skipWhoAreRespectively(items, q+1)
		titles, bodies := art.respectivePosts(items, t)
		if len(titles) != len(names) || !(respectively && len(bodies) == len(names) || len(titles) > 1 && len(bodies) == 1) {
			continue // "A and B, president and professor of X": in order, without "respectively"
		}
		if !respectively && art.ownPostBefore(items, k) {
			continue // "Mayor A and B, deputy secretary and president of X": the two posts are B's (leads.go)
		}
		if len(bodies) == 1 {
			for len(bodies) < len(names) {
				bodies = append(bodies, bodies[0])
			}
		}
		if art.verbalPost == nil {
			art.verbalPost = map[int]int{}
		}
		for n, p := range names {
			art.bind(items[p].ent, bodies[n], art.titleText(items, titles[n]), si)
			art.verbalPost[items[p].ent] = si + 1
		}
	}
}

// respectivePosts reads the posts of a "respectively" pairing from t on:
// "T1 of X, T2 of Y and T3 of Z" or "T1 and T2 of X and Y". It returns the
// title items and the bodies, in order.
func (art *exArticle) respectivePosts(items []exResolved, t int) (titles, bodies []int) {
	skipThe := func(k int) int {
		if art.isWord(items, k, "the") {
			return k + 1
		}
		return k
	}
	m := skipThe(t)
	for m < len(items) && items[m].kind == xTitle {
		titles = append(titles, m)
		m++
		if art.isWord(items, m, "and", ",") {
			n := m + 1
			if art.isWord(items, n, "a", "an", "the") {
				n++
			}
			if n < len(items) && items[n].kind == xTitle {
				m = n
				continue // "president and curator of X and Y", "the president and a professor of X"
			}
		}
		if !art.isWord(items, m, "of") {
			return nil, nil
		}
		b := skipThe(m + 1)
		if len(titles) > len(bodies)+1 {
			// one "of" for all the titles: the bodies are a list
			return titles, append(bodies, art.listAfter(items, b)...)
		}
		if b >= len(items) || !exIsParty(&items[b]) {
			return nil, nil
		}
		o := art.ref(items, art.possessedAfter(items, b))
		if o < 0 {
			return nil, nil
		}
		bodies = append(bodies, o)
		m = exSkipName(items, b)
		if art.isWord(items, m, ",") {
			m++
		}
		if art.isWord(items, m, "and") {
			m++
		}
		m = skipThe(m)
	}
	return titles, bodies
}

// frontedBodyListIn reads titled people listed after a fronted phrase
// naming their body: "From X, general manager A, deputy general manager B
// and chief engineer C attended"; "On behalf of X, President A and Vice
// President B …"; "On the X side, …", "From the side of X, …". Each bare
// post is X's; the list ends at a word that is no title, name or joiner.
func (art *exArticle) frontedBodyListIn(si int) {
	items := art.items[si]
	q, side := 0, false
	switch {
	case art.isWord(items, 0, "from"):
		q = 1
	case art.isWord(items, 0, "on") && art.isWord(items, 1, "behalf") && art.isWord(items, 2, "of"):
		q = 3
	case art.isWord(items, 0, "on", "for"):
		q, side = 1, true // only as "On the X side," / "On the side of X,"
	default:
		return
	}
	if art.isWord(items, q, "the") {
		q++
	}
	if q+1 < len(items) && items[q].kind == xWord && items[q].in(exFrontedSideNouns) && art.isWord(items, q+1, "of") {
		q, side = q+2, false // "From the side of X,"
		if art.isWord(items, q, "the") {
			q++
		}
	}
	if q >= len(items) || !exIsParty(&items[q]) {
		return
	}
	o := art.ref(items, art.possessedAfter(items, q))
	m := exSkipName(items, q)
	if m < len(items) && items[m].kind == xWord && items[m].in(exFrontedSideNouns) {
		m, side = m+1, false // "From the X side,"
	}
	if o < 0 || side || !art.isWord(items, m, ",") {
		return
	}
	plural := -1 // the last plural post, shared by the bare names after it
	for m++; m < len(items); m++ {
		if art.isWord(items, m, ",", "and") {
			continue
		}
		if items[m].kind == xPerson && plural >= 0 {
			art.bind(items[m].ent, o, art.titleText(items, plural), si) // "vice presidents A and B"
			continue
		}
		if items[m].kind != xTitle {
			break
		}
		t := m
		plural = -1
		if exPluralTitle(art.titleText(items, t)) {
			plural = t
		}
		m = exSkipTitles(items, m)
		if m >= len(items) || items[m].kind != xPerson {
			break
		}
		if n := m + 1; art.isWord(items, n, ",") && n+1 < len(items) && items[n+1].kind == xTitle && art.isWord(items, n+2, "of") {
			break // "P, T of Y": the post names its own body
		}
		art.bind(items[m].ent, o, art.titleText(items, t), si)
	}
}

// skipListHead returns where the members of a list begin when a plural
// noun naming them stands first: "three parties: A, B and C", "eight
// enterprises, including A", "a number of local companies such as A",
// "the following units: A". Otherwise k.
func (art *exArticle) skipListHead(items []exResolved, k int) int {
	q := k
	if art.isWord(items, q, "the", "a", "an") {
		q++
	}
	if art.isWord(items, q, "number", "series", "group") && art.isWord(items, q+1, "of") {
		q += 2 // "a number of"
	}
	n := q
	for q < len(items) && q < n+5 && items[q].kind == xWord && (exIsLowerWord(items[q].low) || exIsNumber(items[q].low)) && !items[q].in(exPartyGroupNouns) {
		q++ // "eight", "local", "following", "more than 20"
	}
	if q >= len(items) || items[q].kind != xWord || !items[q].in(exPartyGroupNouns) {
		return k
	}
	q++
	if art.isWord(items, q, ",", ":") {
		q++
	}
	switch {
	case art.isWord(items, q, "such") && art.isWord(items, q+1, "as"):
		q += 2
	case q < len(items) && items[q].kind == xWord && (items[q].in(exListOpeners) || items[q].in(exListVerbs)):
		q++
	case art.isWord(items, q-1, ":"):
	default:
		return k
	}
	if art.isWord(items, q, "the") {
		q++
	}
	if q >= len(items) || !exIsParty(&items[q]) {
		return k
	}
	return q
}

// skipAbbreviation returns the index after a bracketed abbreviation that
// follows a party's name at k ("A (TSG), B (LCC) and C"), or k.
func (art *exArticle) skipAbbreviation(items []exResolved, k int) int {
	if !art.isWord(items, k, "(") {
		return k
	}
	if e := art.aliasClauseEnd(items, k); e > k {
		return e // signed13: "A (hereinafter referred to as X) and B"
	}
	for m := k + 1; m < len(items) && m <= k+3; m++ {
		if art.isWord(items, m, ")") {
			return m + 1
		}
	}
	return k
}

// aliasClauseEnd returns the index after a bracket opened at k that gives
// the name before it a short name ("(hereinafter referred to as X)",
// "(abbreviated as “X”)"): a list of parties goes on after it as after a
// bracketed abbreviation. It returns k when the bracket is no such clause.
func (art *exArticle) aliasClauseEnd(items []exResolved, k int) int {
	if k+1 >= len(items) || items[k+1].kind != xWord || !items[k+1].in(exAliasClauseOpeners) {
		return k
	}
	for m := k + 2; m < len(items) && m <= k+10; m++ {
		switch {
		case art.isWord(items, m, ")"):
			return m + 1
		case art.isWord(items, m, "(", ",", ";", "."):
			return k
		}
	}
	return k
}

// exAgreementBetween: the "between" at b follows an agreement noun ("the
// (cooperation) agreement between", "the memorandum of understanding
// between") or a signing verb comes later in the sentence ("… between A and
// B was signed"): what it joins are parties, with or without a head noun.
func exAgreementBetween(toks []exTok, b int) bool {
	for k := b - 1; k >= 0 && k >= b-4; k-- {
		if toks[k].in(exAgreementNouns) {
			return true
		}
		if !toks[k].word {
			break
		}
	}
	for k := b + 1; k < len(toks) && k < b+30; k++ {
		if toks[k].low == "." || toks[k].low == ";" {
			break
		}
		if toks[k].is(xfSignCues) {
			return true
		}
	}
	return false
}

// parenListAt reads a plural naming parties and their list in brackets
// at k: "three universities (A, B and C)", "two enterprises (A and B)".
// It returns the parties, or nil.
func (art *exArticle) parenListAt(items []exResolved, k int) []int {
	if art.isWord(items, k, "the") {
		k++
	}
	if k < len(items) && items[k].kind == xWord && exCountWords[items[k].low] >= 2 {
		k++
	}
	if !(k < len(items) && items[k].kind == xWord && items[k].in(exPartyGroupNouns)) || !art.isWord(items, k+1, "(") {
		return nil
	}
	var out []int
	for m := k + 2; m < len(items); m++ {
		switch {
		case art.isWord(items, m, ")"):
			if len(out) < 2 {
				return nil
			}
			return exUniq(out)
		case art.isWord(items, m, ",", "and", "the"):
		case exIsParty(&items[m]):
			if e := art.ref(items, m); e >= 0 {
				out = append(out, art.r.find(e))
			}
			m = exSkipName(items, m) - 1
		default:
			return nil
		}
	}
	return nil
}

// exIsNumber: w is written in digits ("20"; "1,000" is two tokens; the
// "1" of "No. 1 Middle School").
func exIsNumber(w string) bool {
	for _, c := range w {
		if c < '0' || c > '9' {
			return false
		}
	}
	return w != ""
}

// titledListBodyIn reads a list of bare posts and names whose body comes
// after the whole list: "general manager A, deputy general manager B and
// chief engineer C from X", "general manager A and deputy general manager
// B, both of X", "… all from X". Each post is X's.
func (art *exArticle) titledListBodyIn(si int) {
	items := art.items[si]
	for k := 0; k < len(items); k++ {
		if items[k].kind != xTitle || k > 0 && (items[k-1].kind == xTitle || exIsParty(&items[k-1])) {
			continue // a post named after its body ("X President A") has its body
		}
		type post struct{ title, person int }
		var posts []post
		m := k
		for m < len(items) {
			if items[m].kind != xTitle {
				break
			}
			t := m
			m = exSkipTitles(items, m)
			if m >= len(items) || items[m].kind != xPerson {
				posts = nil
				break
			}
			posts = append(posts, post{t, m})
			m++
			if art.isWord(items, m, ",") && art.isWord(items, m+1, "and") && m+2 < len(items) && items[m+2].kind == xTitle {
				m += 2
			} else if art.isWord(items, m, ",", "and") && m+1 < len(items) && items[m+1].kind == xTitle {
				m++
			}
		}
		if len(posts) < 2 {
			continue
		}
		q := m
		if art.isWord(items, q, ",") && art.isWord(items, q+1, "both", "all") {
			q += 2
		}
		if !art.isWord(items, q, "from", "of") {
			k = m
			continue
		}
		q++
		if art.isWord(items, q, "the") {
			q++
		}
		if q >= len(items) || !exIsParty(&items[q]) {
			k = m
			continue
		}
		o := art.ref(items, art.possessedAfter(items, q))
		if o < 0 {
			k = m
			continue
		}
		for _, p := range posts {
			title := art.titleText(items, p.title)
			if exGovTitle(title) && art.r.ents[art.r.find(o)].typ != quads.Place {
				continue // "Mayor A and President B of X University": the mayor is the city's
			}
			art.bind(items[p.person].ent, o, title, si)
		}
		k = m
	}
}

// exStatedPartParents reads part-of stated by a copula, a relative clause
// or an apposition naming the kind of unit: "X is an affiliated hospital
// of Y", "X is one of the hospitals affiliated to Y", "X, which is
// affiliated to Y, …", "X is affiliated with Y", "X, one of the
// affiliated hospitals of Y, …", "Y has two affiliated schools: A and B".
// In an apposition Y only says whose X is: it is no party there.
func exStatedPartParents(items []exItem) {
	word := func(k int, ws ...string) bool { return exWordAt(items, k, ws...) }
	body := func(k int) bool {
		return k >= 0 && k < len(items) && (items[k].kind == xOrg && !items[k].fold || items[k].kind == xHome && items[k].back)
	}
	// unitPhrase reads "[one of] [the|a|an] [modifiers] <unit noun(s)>
	// (of|under|affiliated to|affiliated with)" or "(affiliated|subordinate)
	// (to|with)" from m on and returns where the parent's name begins, or -1.
	unitPhrase := func(m int, coordinated bool) int {
		oneOf := word(m, "one") && word(m+1, "of")
		if oneOf {
			m += 2
		}
		if word(m, "the", "a", "an") {
			m++
		}
		n := m
		for m < len(items) && m < n+3 && word(m) && !items[m].in(exPartNouns) && !items[m].in(exPluralUnitNouns) && !items[m].in(exAffiliationWords) && exIsLowerWord(items[m].low) {
			m++ // "second", "teaching", "key"
		}
		if word(m) && items[m].in(exAffiliationWords) && word(m+1, "to", "with") {
			return m + 2 // "affiliated to Y"
		}
		if word(m) && items[m].in(exAffiliationWords) {
			m++ // "an affiliated hospital of"
		}
		if !word(m) || !items[m].in(exPartNouns) && !items[m].in(exPluralUnitNouns) {
			return -1
		}
		if !oneOf && !coordinated && !items[m].in(exPartNouns) {
			// parts13: "X, hospitals of Y and Z": a plural after one body
			// is the list's next member, not what X is ("X, one of the
			// hospitals of Y" is, and "A and X, affiliated hospitals of Y"
			// says what both are)
			return -1
		}
		m++
		switch {
		case word(m, "of", "under"):
			return m + 1
		case word(m) && items[m].in(exAffiliationWords) && word(m+1, "to", "with"):
			return m + 2
		}
		return -1
	}
	for k := 0; k+3 < len(items); k++ {
		x := &items[k]
		if x.kind != xOrg || x.inner || x.fold || x.parent >= 0 {
			continue
		}
		m := exSkipMention(items, k)
		apposition := false
		switch {
		case word(m, "is", "was", "remains"):
			m++
		case word(m, ",") && word(m+1, "which", "that") && word(m+2, "is", "was"):
			m, apposition = m+3, true
		case word(m, ","):
			m, apposition = m+1, true
		default:
			continue
		}
		q := unitPhrase(m, word(k-1, "and", "&"))
		if q < 0 {
			continue
		}
		if word(q, "the") {
			q++
		}
		if !body(q) || q == k {
			continue
		}
		x.parent = q
		if apposition && items[q].kind == xOrg {
			items[q].inner = true // named as the parent, no party
		}
	}
	// "Y has two affiliated schools: A and B"
	for k := 0; k+3 < len(items); k++ {
		if !body(k) || items[k].inner {
			continue
		}
		m := exSkipMention(items, k)
		if !word(m, "has", "have", "had", "owns", "runs", "operates") {
			continue
		}
		m++
		n := m
		for m < len(items) && m < n+3 && word(m) && !items[m].in(exPluralUnitNouns) && (exIsLowerWord(items[m].low) || exIsNumber(items[m].low)) {
			m++
		}
		if !word(m) || !items[m].in(exPluralUnitNouns) {
			continue
		}
		m++
		if word(m, ",", ":") {
			m++
		}
		if word(m) && (items[m].in(exListOpeners) || items[m].in(exListVerbs)) {
			m++
		}
		for m < len(items) {
			if word(m, ",", "and", "the") {
				m++
				continue
			}
			if items[m].kind != xOrg || items[m].inner || items[m].fold || items[m].parent >= 0 {
				break
			}
			items[m].parent = k
			m = exSkipMention(items, m)
		}
	}
}

// pluralPostsFirstIn reads a post in the plural, its bodies, then the names
// that hold it: "Deans of the School of Law and the School of Physics, A and
// B, attended" (in order), "vice presidents of X, A and B" (each at X),
// "the heads of X and Y, A and B" (a group noun as the post).
func (art *exArticle) pluralPostsFirstIn(si int) {
	items := art.items[si]
	for k := 0; k+4 < len(items); k++ {
		plural := items[k].kind == xTitle && exPluralTitle(art.titleText(items, k))
		group := items[k].kind == xWord && items[k].in(exGroupPosts) // "the heads of A and B, P and Q"
		if !plural && !group || !art.isWord(items, k+1, "of") {
			continue
		}
		b := k + 2
		var bodies []int
		for b < len(items) {
			if art.isWord(items, b, "the", "and") {
				b++
				continue
			}
			if art.isWord(items, b, ",") && b+1 < len(items) && (exIsParty(&items[b+1]) || art.isWord(items, b+1, "the", "and")) {
				b++ // "of X, Y and Z": the bodies go on; a name after the comma ends them
				continue
			}
			if !exIsParty(&items[b]) {
				break
			}
			o := art.ref(items, art.possessedAfter(items, b))
			if o < 0 {
				bodies = nil
				break
			}
			bodies = append(bodies, o)
			b = exSkipName(items, b)
		}
		if len(bodies) == 0 || !art.isWord(items, b, ",") {
			continue
		}
		var names []int
		for m := b + 1; m < len(items); m++ {
			if items[m].kind == xPerson {
				names = append(names, m)
				continue
			}
			if !art.isWord(items, m, ",", "and") {
				break
			}
		}
		if len(names) < 2 || len(bodies) != 1 && len(bodies) != len(names) {
			continue // the text does not say whose post is where
		}
		title := art.titleText(items, k)
		for n, p := range names {
			o := bodies[0]
			if len(bodies) > 1 {
				o = bodies[n]
			}
			art.bind(items[p].ent, o, title, si)
		}
	}
}

// exWordAt reports whether items[k] is a word, one of ws when ws are given:
// art.isWord for the mention stage's items.
func exWordAt(items []exItem, k int, ws ...string) bool {
	if k < 0 || k >= len(items) || items[k].kind != xWord {
		return false
	}
	for _, w := range ws {
		if items[k].low == w {
			return true
		}
	}
	return len(ws) == 0
}

// exFreeUnitsListed returns the organisations listed from m, joined by ",",
// "and" and "the", that no other body holds yet ("A, B and the C"), and
// where the list ends.
func exFreeUnitsListed(items []exItem, m int) ([]int, int) {
	var units []int
	for m < len(items) {
		if exWordAt(items, m, ",", "and", "the") {
			m++
			continue
		}
		if items[m].kind != xOrg || items[m].inner || items[m].fold || items[m].parent >= 0 {
			break
		}
		units = append(units, m)
		m = exSkipMention(items, m)
	}
	return units, m
}

// skipWhoAreRespectively returns the index after "who are [respectively]"
// or "respectively" at j, where the posts of the names before begin ("A
// and B, who are respectively T1 and T2 of O"), or j.
func (art *exArticle) skipWhoAreRespectively(items []exResolved, j int) int {
	t := j
	if art.isWord(items, t, "who") && art.isWord(items, t+1, "are", "were") {
		t += 2
	}
	if art.isWord(items, t, "respectively") {
		t++
	}
	return t
}
