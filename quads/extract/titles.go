package extract

import (
	"strings"

	"github.com/coopgraph/coopgraph/quads"
)

// Title forms (issue 12, class 9): a post written with a typo ("vice
// presdient", "Secretay of the Party Committee") is the post it misspells.
// The genre's English is often typed by hand, and a post the lexicon does
// not read sends its holder to no body or to the wrong one.

// exTitleTypoMinLen is the shortest title core a typo is read for: shorter
// cores ("dean", "chair", "mayor") are one letter from too many words.
const exTitleTypoMinLen = 6

// exTitleTypoCores holds the title cores long enough to read typos of, by
// first letter (a typo rarely changes the first letter, and the bucket
// keeps the look-up cheap: the tokenizer asks for every unknown word).
var exTitleTypoCores = func() map[byte][]string {
	m := map[byte][]string{}
	for w := range exTitleCore.words {
		if len(w) >= exTitleTypoMinLen && !strings.Contains(w, "-") && !exPluralTitleCores.has(w) {
			m[w[0]] = append(m[w[0]], w)
		}
	}
	return m
}()

// exTitleTypoFix returns the title core low misspells by one edit (a
// letter dropped, added, changed, or two neighbours swapped), or "" when it
// misspells none. An English word one edit from a core is no typo of it:
// plurals and verb forms ("engineers", "managed", "founded", "directory")
// end in a suffix the core lacks, so a word that is the core with a letter
// added at the end, or that ends in "s", "ed" or "ing" where the core does
// not, is left alone; so are the English words one edit from a core that
// the lexicon lists (exTitleTypoNotWords: "follow", "export").
func exTitleTypoFix(low string) string {
	n := len(low)
	if n < exTitleTypoMinLen-1 || n > 16 {
		return ""
	}
	for i := 0; i < n; i++ {
		if c := low[i]; c < 'a' || c > 'z' {
			return ""
		}
	}
	cands := exTitleTypoCores[low[0]]
	// the look-ups last: the tokenizer asks of every word outside the
	// generic lists, and most fail the tests above
	if len(cands) == 0 || exTitleTypoNotWords.has(low) || exPluralTitleCores.has(low) {
		return ""
	}
	for _, core := range cands {
		if d := len(core) - n; d < -1 || d > 1 {
			continue
		}
		if strings.HasPrefix(low, core) || strings.HasPrefix(core, low) {
			continue // the core with a suffix or without its end: "directory", "manage"
		}
		if exInflectedFrom(low, core) {
			continue
		}
		if exOneEdit(low, core) {
			return core
		}
	}
	return ""
}

// exInflectedFrom: w ends in an inflection ("s", "ed", "ing") that core
// does not: a word of its own ("managed", "founders"), not a typo.
func exInflectedFrom(w, core string) bool {
	for _, suf := range []string{"s", "ed", "ing"} {
		if strings.HasSuffix(w, suf) && !strings.HasSuffix(core, suf) {
			return true
		}
	}
	return false
}

// exOneEdit reports whether a and b (different ASCII words) are one
// deletion, insertion, substitution or adjacent swap apart.
func exOneEdit(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if i == len(a) {
		return len(b)-len(a) == 1
	}
	switch len(b) - len(a) {
	case 1: // one letter added in b
		return a[i:] == b[i+1:]
	case 0:
		if a[i+1:] == b[i+1:] {
			return true // one letter changed
		}
		// two neighbours swapped
		return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
	}
	return false
}

// exNumberInName: token j is the number of "No. 2" within the name run
// that began at i, and a name word follows it.
func exNumberInName(toks []exTok, i, j int) bool {
	if j <= i || j+1 >= len(toks) || toks[j-1].low != "no." || !toks[j].word || !toks[j+1].cap || !toks[j+1].word {
		return false
	}
	for _, c := range toks[j].low {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// titleWordInName: the post word at j modifies the name it stands in
// rather than ending it ("Teacher Work Department of the Ministry",
// "Principal Investigator Office"): capitalised name words that are no
// person's name follow it and reach an organisation's head noun.
func (p *exParser) titleWordInName(toks []exTok, j int) bool {
	n := exTitleAt(toks, j, false)
	k := j + n
	if n == 0 || k >= len(toks) || !p.isNameTok(&toks[k]) || toks[k].is(xfTitleCore) {
		return false
	}
	if exUnitFieldPost(toks, j, k) {
		return true
	}
	for m := k; m < len(toks) && m < k+4; m++ {
		t := &toks[m]
		if !p.isNameTok(t) || p.personAt(toks, m) > 0 || t.is(xfRunStops) {
			return false
		}
		if t.is(xfOrgHeads) {
			return true
		}
	}
	return false
}

// exLowerPartyCommittee: token j is a lower-case "committee" right after
// the capitalised "Party" or "CPC" that ends a name run begun at i
// ("Qiaoshan University Party committee secretary").
func exLowerPartyCommittee(toks []exTok, i, j int) bool {
	if j <= i+1 || j >= len(toks) || toks[j].low != "committee" || toks[j].cap || toks[j].poss {
		return false
	}
	prev := &toks[j-1]
	return prev.cap && (prev.low == "party" || prev.low == "cpc") && !prev.poss
}

// exGoverningCouncil: toks[i:end] is "<Kind> Council", the governing
// council of the body of that kind it is of ("University Council of X").
func exGoverningCouncil(toks []exTok, i, end int) bool {
	return end-i == 2 && toks[i].in(exCouncilBodies) && toks[i+1].low == "council"
}

// exOfThePartyTail returns where "of the Communist Party of China" ("of
// the CPC", "of the Communist Party") ends the name toks[i:j] after a
// "Committee", or -1: the committee is the party's, of the place or body
// its name opens with.
func exOfThePartyTail(toks []exTok, i, j int) int {
	for c := i + 2; c < j-1; c++ {
		if toks[c].low != "of" || toks[c-1].low != "committee" {
			continue
		}
		k := c + 1
		if k < j && toks[k].low == "the" {
			k++
		}
		switch {
		case k+1 == j && toks[k].low == "cpc":
			return c
		case k+2 <= j && toks[k].low == "communist" && toks[k+1].low == "party" &&
			(k+2 == j || k+4 == j && toks[k+2].low == "of" && toks[k+3].low == "china"):
			return c
		}
		return -1
	}
	return -1
}

// exChiefExecutive: the title that ends before best ends in "chief", and
// "executive" follows as the post's noun ("chief executive of X"), not as
// the first word of another post or name ("Chief Executive Officer" is
// read by its own core, "officer").
func exChiefExecutive(toks []exTok, best int) bool {
	if best < 1 || best >= len(toks) || toks[best-1].low != "chief" || toks[best].low != "executive" || toks[best].poss {
		return false
	}
	next := best + 1
	return next >= len(toks) || !toks[next].word || !(toks[next].is(xfTitleCore) || toks[next].is(xfOrgHeads) || toks[next].is(xfTitleMod))
}

// postsFollow: the name that ends at end is followed by a post of it that
// is no government's, held by a person the text names: "X, where CTO P
// …", "a delegation from X led by its CEO P", "X's general manager P". A
// name with posts of its own is a body (issue 12, class 10: brand-like
// names without a head noun are read from their role), and the post's
// holder is of it, not of a body named elsewhere in the sentence.
func (p *exParser) postsFollow(toks []exTok, end int) bool {
	if end < 1 || end >= len(toks) {
		return false
	}
	k := end
	where := false
	switch {
	case toks[end-1].poss:
		// "X's general manager P"
	case toks[k].low == "," && k+1 < len(toks) && toks[k+1].low == "where":
		k += 2
		where = true
	case toks[k].low == "," && k+2 < len(toks) && (toks[k+1].low == "a" || toks[k+1].low == "an") && exBodyNounWithin(toks, k+2):
		return true // "X, a company founded by …": the apposition names X's kind
	case k+2 < len(toks) && (toks[k].low == "led" || toks[k].low == "headed") && toks[k+1].low == "by" && toks[k+2].low == "its":
		k += 3
	case k+3 < len(toks) && toks[k].low == "," && (toks[k+1].low == "led" || toks[k+1].low == "headed") && toks[k+2].low == "by" && toks[k+3].low == "its":
		k += 4
	default:
		return false
	}
	n := exTitleAt(toks, k, true)
	if n == 0 {
		return false
	}
	var ws []string
	for m := k; m < k+n; m++ {
		ws = append(ws, toks[m].low)
	}
	if t := strings.Join(ws, " "); exGovTitle(t) || where && exTitleRole(t) != roleLeads {
		// "X, where Mayor P …": X may be a place; "X, where Professor P
		// works": a member's post, often an honorific, says too little
		return false
	}
	m := k + n
	if m+1 < len(toks) && toks[m].low == "and" {
		if n2 := exTitleAt(toks, m+1, true); n2 > 0 {
			m += 1 + n2 // "founder and CEO P"
		}
	}
	if m < len(toks) && toks[m].low == "," {
		m++
	}
	if m < len(toks) && toks[m].is(xfHonorifics) {
		m++
	}
	return p.personAt(toks, m) > 0
}

// companyPostFollows: a post only an enterprise has follows the name
// toks[i:end] directly, and it is a person's: the name before the person
// ("Nordlys CEO Hans Berg") or set off after one ("Hans Berg, Nordlys chief
// executive,"). Class 10: the brand is read from its role.
func (p *exParser) companyPostFollows(toks []exTok, i, end int) bool {
	n := exTitleAt(toks, end, true)
	if n == 0 || !toks[end+n-1].in(exCompanyPostCores) || toks[end-1].poss {
		return false
	}
	m := end + n
	if m < len(toks) && toks[m].is(xfHonorifics) {
		m++
	}
	if p.personAt(toks, m) > 0 {
		return true
	}
	// "P, X chief executive,": an apposition after the person
	return i >= 3 && toks[i-1].low == "," && (m >= len(toks) || !toks[m].word) &&
		(p.personAt(toks, i-3) == 2 || p.personAt(toks, i-2) == 1)
}

// exBodyNounWithin: one of the next three words from k is a noun of a kind
// of body ("a company", "a leading robotics firm").
func exBodyNounWithin(toks []exTok, k int) bool {
	for m := k; m < len(toks) && m < k+3; m++ {
		if !toks[m].word {
			return false
		}
		if toks[m].in(exBodyKindNouns) {
			return true
		}
	}
	return false
}

// institutionOf returns the institution whose party committee "the School
// Party Committee" (校党委) names when its back-reference resolved to e:
// e's top body when that is an institution ("… University"), else the
// institution the article names most (the back-reference found a unit, a
// "School of X", whose parents the text does not give).
func (art *exArticle) institutionOf(e int) int {
	r := art.r
	isInst := func(i int) bool {
		ent := r.ents[i]
		if ent.typ != quads.Organization || ent.parent >= 0 || exGenericName(ent.names) {
			return false
		}
		for n := range ent.names {
			ws := strings.Fields(strings.ToLower(n))
			if len(ws) > 1 && exInstitutionHeads.has(ws[len(ws)-1]) {
				return true
			}
		}
		return false
	}
	t := art.topOf(e)
	if isInst(t) {
		return t
	}
	best, bc := -1, 0
	for i := range r.ents {
		if r.find(i) == i && isInst(i) && r.ents[i].count > bc {
			best, bc = i, r.ents[i].count
		}
	}
	if best < 0 {
		return t
	}
	return best
}

// exChiefFieldOfficer: the title that ends before best ends in "chief",
// and a field word and "officer" follow ("Chief Technology Officer",
// "chief operating officer"): one post, of the body named with it.
func exChiefFieldOfficer(toks []exTok, best int) bool {
	return best >= 1 && best+1 < len(toks) && toks[best-1].low == "chief" && !toks[best-1].poss &&
		toks[best].word && !toks[best].poss && toks[best+1].low == "officer"
}

// cpcBodyCommittee returns the body's name when toks[i:end] is "CPC <body>
// Committee" ("CPC Qiaoshan University Committee"), the party committee of
// a body with a head noun (a place's is read by govPlace).
func (p *exParser) cpcBodyCommittee(toks []exTok, i, end int) (string, bool) {
	if end-i < 4 || toks[i].low != "cpc" || toks[end-1].low != "committee" {
		return "", false
	}
	body := p.runInfo(toks, i+1, end-1)
	if !body.head || body.place || body.bareHead || !toks[end-2].is(xfOrgHeads) {
		return "", false
	}
	return p.text[toks[i+1].s:exCoreEnd(p.text, &toks[end-2])], true
}

// isHonorific reports whether the item at k is an honorific word before a
// name ("Dr", "Prof."): a post right before it is the named person's.
func (art *exArticle) isHonorific(items []exResolved, k int) bool {
	return k >= 0 && k < len(items) && items[k].kind == xWord && items[k].in(exHonorifics)
}

// exPartyPostAfterHead: the name word before toks[j] is an organisation's
// head and a party post begins at j ("Donghu Museum Party Secretary P",
// "Yunping University Party Committee Secretary P"): the post is the
// body's, not part of its name, as after an acronym ("DHU Party
// Secretary"). "Yunping University Party Committee" without a post stays a
// name (the committee folds into the university).
func exPartyPostAfterHead(toks []exTok, j int) bool {
	if j < 1 || j >= len(toks) || !toks[j-1].is(xfOrgHeads) || toks[j-1].poss || toks[j].low != "party" && toks[j].low != "cpc" {
		return false
	}
	n := exTitleAt(toks, j, true)
	return n > 0 && toks[j+n-1].is(xfTitleCore)
}

// soleUnitForPost returns the one academic unit the sentence names when
// title is a unit's post (exUnitPosts: a dean's is a school's or a
// college's, not its university's), or -1.
func (art *exArticle) soleUnitForPost(items []exResolved, title string) int {
	unitPost := false
	for _, w := range strings.Fields(strings.ToLower(title)) {
		unitPost = unitPost || exUnitPosts.has(w)
	}
	if !unitPost {
		return -1
	}
	unit := -1
	for e := range art.sentenceOrgs(items) {
		academic := false
		for n := range art.r.ents[e].names {
			academic = academic || exAcademicUnitHeads.has(exUnitHeadWord(n))
		}
		if !academic || art.r.ents[e].parent < 0 {
			continue
		}
		if unit >= 0 {
			return -1 // two: the text must say whose
		}
		unit = e
	}
	return unit
}
