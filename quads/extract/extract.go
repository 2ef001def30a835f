package extract

import (
	"github.com/coopgraph/coopgraph/quads"
	"sort"
	"strings"
	"unicode"
)

// Extract reads one article and returns what it states. a.Text is required;
// a.File, a.Title, a.Date and a.Source are optional and, when set, win over
// what the text gives. Extract sets a.ID = ArticleID(a.Text), fills Title and
// Date from the text when they are empty, and returns an Extraction that
// passes (*Extraction).Validate(): entity IDs are EntityID(type, canonical
// name), other names are aliases, relation ends are entity IDs, and every
// Evidence.Sentence is exactly a.Text[Start:End].
//
// It returns what a.ValidateFields returns for bad input (EINVALID for an
// empty text, one not UTF-8 or holding control characters, a bad date;
// ETOOLARGE for a text longer than MaxArticleLen); a date found in the text
// is kept only when it is a calendar date in range. It never panics.
//
// The method is a pipeline of rules over a shallow parse, each stage
// reading the typed values of the one before:
//
//  0. text (article_norm.go): the page's typographic variants folded, with
//     the offsets that map the folded text back to a.Text;
//  1. layout (article_text.go): title, date and sentences as byte spans;
//  2. tokens (mention.go, exTokenize): words and punctuation of each sentence;
//  3. mentions (mention.go, places.go): persons, organisations, places,
//     bases and post titles, by the name grammar over the lexicon
//     (lexicon.go) and the gazetteer;
//  4. resolution (resolve.go): mentions to the article's entities, with
//     abbreviations, back-references and the bodies generic descriptions
//     stand for;
//  5. relation rules, one family a file (leads.go, signed.go, bases.go,
//     visits.go, parts.go);
//  6. validation (validate.go): the schema's domain and range.
func Extract(a quads.Article) (x *quads.Extraction, err error) {
	if err := a.ValidateFields(); err != nil {
		return nil, err
	}
	defer func() {
		// The rules index slices everywhere; a bug must not take a server
		// down with it. Report it as our fault instead.
		if r := recover(); r != nil {
			x, err = nil, quads.Errorf(quads.EINTERNAL, "extract: internal error")
		}
	}()
	a.ID = quads.ArticleID(a.Text)
	norm := exNormalize(a.Text) // stage 0: the text layer (article_norm.go)
	lay := exLayoutOf(norm.text)
	if a.Title == "" {
		a.Title = quads.Truncate(lay.Title, 1000)
	}
	if a.Date == "" && lay.Date != "" && quads.ValidateDate(lay.Date) == nil {
		a.Date = lay.Date // a date the text gives only when it is a real one
	}
	art := exNewArticle(norm.text, lay.Sentences) // stages 2–4
	art.relate()                                  // stage 5
	x = art.extraction(a, &norm)                  // stage 6
	return x, nil
}

// exArticle is one article under extraction.
type exArticle struct {
	text string
	// verbalPost marks the persons whose post a verb stated, by sentence
	// index + 1: the title rules leave them alone in that sentence
	verbalPost map[int]int
	sents      []exSentence
	toks       [][]exTok
	items      [][]exResolved // after resolution: what the relation rules read
	mentions   [][]exItem     // the mention stage's output
	p          *exParser
	r          *exResolver
	home       int            // the publishing organisation ("our university"), or -1
	homes      map[string]int // "our <noun>" → the body it stands for, or -1 (resolve_home.go)
	ctx        map[placeLevel]int
	leads      map[int][]int // person → organisations they lead, in order
	// unnamedPost: persons who hold a post of a body the text never names
	// ("Vice Dean of our College" where no college is named); a bare
	// title of theirs later is that post, not the article's body's
	unnamedPost map[int]bool
	rels        []exRel
	seen        map[exRelKey]bool
	bound       []map[int]bool // per sentence: items bound to a person's title
	signs       map[[2]int]bool
	// visitors: who the last visit of the article was by ("the delegation
	// also visited …")
	visitors []int
	// venue: where the article's event took place, or -1 ("… kicked off at
	// X Museum")
	venue int
	// titles (leads.go): the bodies a bare post being read is not of,
	// those of the person who signs beside its holder
	counterparts map[int]bool
}

type exRel struct {
	s, o  int
	p     quads.Predicate
	title string
	sent  int
}

type exRelKey struct {
	s, o, sent int
	p          quads.Predicate
}

// exNewArticle runs the stages up to resolution on an article's sentences.
func exNewArticle(text string, sents []exSentence) *exArticle {
	art := &exArticle{text: text, sents: sents, home: -1, venue: -1, ctx: map[placeLevel]int{},
		leads: map[int][]int{}, unnamedPost: map[int]bool{}, seen: map[exRelKey]bool{}, signs: map[[2]int]bool{}}
	art.p = &exParser{text: text, places: map[string]bool{}}
	art.tokenize()
	art.findMentions()
	art.r = &exResolver{p: art.p, byKey: map[string]int{}}
	art.items = art.r.resolve(art.mentions)
	art.resolveContext()
	return art
}

// tokenize cuts every sentence into tokens and learns the places the
// article's constructions establish (the mentions stage needs all of them).
func (art *exArticle) tokenize() {
	art.toks = make([][]exTok, len(art.sents))
	lower := exLowerASCII(art.text)
	// every sentence is cut into one reused buffer and copied out at its
	// length: a capacity guessed from the sentence's bytes wasted a third
	var buf []exTok
	for i, s := range art.sents {
		buf = exTokenize(buf, art.text, lower, s.Start, s.End)
		art.toks[i] = make([]exTok, len(buf))
		copy(art.toks[i], buf)
		art.p.learnPlaces(art.toks[i])
	}
}

// findMentions parses every sentence into items: mentions and words.
func (art *exArticle) findMentions() {
	sents := art.sents
	art.mentions = make([][]exItem, len(sents))
	art.bound = make([]map[int]bool, len(sents))
	for i := range sents {
		art.mentions[i] = art.p.parse(art.toks[i])
		art.bound[i] = map[int]bool{}
	}
	if len(art.p.headless) > 0 {
		// a body read from its role in one sentence is one in all
		for i := range sents {
			art.mentions[i] = art.p.parse(art.toks[i])
		}
	}
	if art.p.learnShortNames(art.toks, art.mentions) {
		for i := range sents {
			for k := range art.toks[i] {
				pair := ""
				if k+1 < len(art.toks[i]) {
					pair = art.toks[i][k].low + " " + art.toks[i][k+1].low
				}
				if art.p.short[art.toks[i][k].low] != "" || art.p.short[pair] != "" {
					art.mentions[i] = art.p.parse(art.toks[i])
					break
				}
			}
		}
	}
	if art.p.learnSurnames(art.toks, art.mentions) {
		// "Lei, who also chairs …": a surname alone is the person named
		for i := range sents {
			for k := range art.toks[i] {
				if art.p.surnameAt(art.toks[i], k) != "" {
					art.mentions[i] = art.p.parse(art.toks[i])
					break
				}
			}
		}
	}
	for i := range sents {
		art.mentions[i] = exCommaBranchNames(art.mentions[i]) // part-of (parts6): "X Bank, Suzhou Branch"
		art.p.unitAppositionParents(art.mentions[i])
		exRoleAppositionParents(art.mentions[i])
		exAffiliatedListParents(art.toks[i], art.mentions[i]) // xlists: lists.go
		exItsRoleParents(art.mentions[i])                     // xlists: lists.go
		exStatedPartParents(art.mentions[i])                  // xlists: lists.go
		exPossessedUnitList(art.toks[i], art.mentions[i])     // dev7: lowerunits.go
		exApposedUnitParents(art.toks[i], art.mentions[i])    // part-of (rparts): parts_appositions.go
		exItsCountedUnitList(art.mentions[i])                 // part-of (rparts): parts_appositions.go
		exJointUnitParents(art.mentions[i])                   // part-of (rparts): parts_appositions.go
		exDistributeParents(art.p, art.mentions[i])
		exMarkAppositions(art.mentions[i])
		exPossessivePronounParents(art.mentions[i])
		exPossessivePartNounParents(art.mentions[i])           // part-of (xvisits): "its subsidiary Y"
		exSharedAffiliationParents(art.mentions[i])            // part-of (xvisits): "A and B, both affiliated to Z"
		exAbbreviatedUnitParents(art.mentions[i])              // part-of (xvisits): "the School of X (SX) of Y"
		exUnderAppositionParents(art.mentions[i])              // part-of (xvisits): "X, under the Y,"
		exBackRefOfParents(art.mentions[i])                    // part-of (xparts2): "the Office of X of the university"
		exHomeOfParents(art.mentions[i])                       // rhome: "the Party Committee of our university" (resolve_home.go)
		exTitleAmpersands(art.mentions[i])                     // leads10: "General Manager & Deputy Secretary" (leads_joint.go)
		exUnitInUnitParents(art.mentions[i])                   // part-of (xparts2): "the Department of X in the School of Y"
		exOfficeInBodyParents(art.mentions[i])                 // part-of (parts6): "the International Office in X University"
		exOfPossessedUnitParents(art.toks[i], art.mentions[i]) // part-of (xparts2): "the Lab of X of Y's School of Z"
		exVenueBuildings(art.mentions[i])                      // names9: "held at the X Building" (mention_venues.go)
	}
}

// exPossessivePronounParents gives a unit named after "its" the body the
// pronoun stands for, the last one named before it: "X and its Second
// Affiliated Hospital".
func exPossessivePronounParents(items []exItem) {
	for k := 1; k < len(items); k++ {
		it := &items[k]
		if it.kind != xOrg || it.parent >= 0 || items[k-1].kind != xWord {
			continue
		}
		its := k - 1
		if items[its].in(exAffiliationWords) && its >= 1 && items[its-1].kind == xWord {
			its-- // "X and its affiliated Y Hospital"
		}
		if items[its].low != "its" {
			continue
		}
		for q := its - 1; q >= 0; q-- {
			if (items[q].kind == xOrg && items[q].fold || items[q].kind == xPlace && exNamesGoverningBody(items[q].surf)) && !items[q].inner {
				// "member of the X Municipal Party Committee and head of
				// its publicity department": the committee's unit, not a
				// body named before it (rparts)
				break
			}
			if items[q].kind == xOrg && !items[q].inner && !items[q].fold && exUnitMayBelongTo(it.name, items[q].name) { // lowerunits.go
				it.parent = q
				// "the hospital's cardiology department, its department
				// of X and its Y centre": a unit of a possessor before
				// is a sibling, "its" is still the possessor's
				if sib := items[q].parent; sib >= 0 && sib < q && (items[q].possOf || q > 0 && items[q-1].kind == xWord && items[q-1].low == "its" ||
					q > 1 && exWordAt(items, q-2, "its") && exWordAt(items, q-1) && items[q-1].in(exAffiliationWords)) {
					it.parent = sib
				}
				break
			}
		}
	}
}

// exMarkAppositions marks the places an apposition names to locate
// another ("Xi’an, capital of Shaanxi province,", "Linxia, a county in
// Gansu"): they describe, they are no party of the sentence.
func exMarkAppositions(items []exItem) {
	for k := 2; k < len(items); k++ {
		it := &items[k]
		if it.kind != xPlace || items[k-1].kind != xWord {
			continue
		}
		if rel := items[k-1].low; (rel == "of" || rel == "in") && items[k-2].kind == xWord && items[k-2].in(exPlaceDescriptors) {
			it.inner = true
		}
		// "Beihai, Qiantang Province,": the province locates the city
		if items[k-1].low == "," && items[k-2].kind == xPlace && strings.HasSuffix(strings.ToLower(it.surf), "province") {
			it.inner = true
		}
	}
}

// exDistributeParents gives every member of a list of sub-units the parent
// its last member names ("School of Economics, …, School of Finance and
// Trade of Liaoning University"), and the members of "X (including A, B)"
// the parent X.
func exDistributeParents(p *exParser, items []exItem) {
	for k := range items {
		it := &items[k]
		if it.kind != xOrg || it.parent < 0 || it.inner {
			continue
		}
		if exListGoesOn(items, it.parent) {
			// "A, the B of C, and D": a parent named mid-list is its own
			// conjunct's, not the list's
			continue
		}
		// walk back over "A, B, C and" before it
		m := k - 1
		for m >= 0 && m != it.parent { // the parent itself ("Nanhu Museum's X") is no member
			w := &items[m]
			if w.kind == xWord && (w.low == "," || w.low == "and" || w.low == "the") {
				m--
				continue
			}
			if w.kind == xOrg && !w.inner && w.parent < 0 && exIsUnitName(w.name) {
				w.parent = it.parent
				m--
				continue
			}
			break
		}
	}
	// "the academy's A and B", "the university's A and its B": the
	// possessive names the parent of every unit of the list
	for k := range items {
		it := &items[k]
		if !it.possOf {
			continue
		}
		m := exSkipMention(items, k)
		for m < len(items) {
			w := &items[m]
			if w.kind == xWord && (w.low == "," || w.low == "and" || w.low == "its") {
				m++
				continue
			}
			if w.kind == xOrg && !w.inner && w.parent < 0 && (exIsUnitName(w.name) || exIsSubunitName(w.name) || exIsHeadedUnitName(w.name)) &&
				(m == exSkipMention(items, k) || p.genericUnitName(w.name) || exIsHeadedUnitName(w.name) && !p.ownNamed(w.name)) {
				// the first unit after the possessive is the possessor's;
				// a later conjunct with a name of its own ("… and Donghu
				// Museum of Natural History") is a body of its own
				w.parent, w.possOf = it.parent, true
				m = exSkipMention(items, m)
				continue
			}
			break
		}
	}
	for k := range items {
		it := &items[k]
		if it.kind != xOrg || it.inner || k+2 >= len(items) || items[k+1].low != "(" || items[k+2].low != "including" {
			continue
		}
		for m := k + 3; m < len(items) && items[m].low != ")"; m++ {
			w := &items[m]
			if (w.kind == xOrg || w.kind == xBase) && !w.inner && w.parent < 0 {
				w.kind = xOrg
				w.parent = k
			}
		}
	}
}

// exSkipMention returns the index after mention k and the items of its
// name (its parents and inner places).
// exListGoesOn reports whether the list of bodies continues after the
// mention at k: ", D" or ", and D" follows it.
func exListGoesOn(items []exItem, k int) bool {
	m := exSkipMention(items, k)
	if m >= len(items) || items[m].kind != xWord || items[m].low != "," {
		return false
	}
	m++
	for m < len(items) && items[m].kind == xWord && (items[m].low == "and" || items[m].low == "the") {
		m++
	}
	return m < len(items) && items[m].kind == xOrg
}

func exSkipMention(items []exItem, k int) int {
	k++
	for k < len(items) && items[k].inner {
		k++
	}
	return k
}

// exNameHead returns the head noun of an organisation name, lower case:
// the last head word before the first "of" or "for" ("Research Centre
// for Local Legislation", "State Key Laboratory of X"), else the last
// head word of the name; "" when it has none.
func exNameHead(ws []string) string {
	end := len(ws)
	for k, w := range ws {
		if k > 0 && (w == "of" || w == "for") {
			end = k
			break
		}
	}
	for k := end - 1; k >= 0; k-- {
		if exOrgHeads.has(ws[k]) {
			return ws[k]
		}
	}
	return ""
}

// exIsUnitName: the name is that of an academic or administrative unit,
// which lists of units share a parent with.
func exIsUnitName(name string) bool {
	ws := strings.Fields(strings.ToLower(name))
	if len(ws) == 0 {
		return false
	}
	if exUnitHeads.has(ws[len(ws)-1]) {
		return true
	}
	if len(ws) > 2 && ws[1] == "of" && exSubunitHeads.has(ws[0]) {
		return true
	}
	return exUnitHeads.has(exNameHead(ws))
}

// exIsSubunitName: the name ends in (or is headed by) a sub-unit noun.
func exIsSubunitName(name string) bool {
	ws := strings.Fields(strings.ToLower(name))
	if len(ws) == 0 {
		return false
	}
	if exSubunitHeads.has(ws[len(ws)-1]) {
		return true
	}
	return len(ws) > 2 && exSubunitHeads.has(ws[0]) && ws[1] == "of"
}

// exIsHeadedUnitName: the name's head noun, wherever it stands, is a
// sub-unit's ("Research Centre for Coastal Ecology", "Key Laboratory of
// Marine Biology", "Legislative Affairs Commission"): after a possessive
// or "its" it names a unit of the possessor.
func exIsHeadedUnitName(name string) bool {
	ws := strings.Fields(strings.ToLower(name))
	if len(ws) > 1 && exFacilityHeads.has(ws[len(ws)-1]) {
		return true // "the group's Xishan coal mine"
	}
	h := exNameHead(ws)
	return exSubunitHeads.has(h) || exUnitHeads.has(h) || exPossessedUnitHeads.has(h)
}

// ref returns the entity an item stands for: a folded party organ stands
// for its parent, "our university" for the home organisation, a bare
// "Municipal Government" for the article's city.
func (art *exArticle) ref(items []exResolved, k int) int {
	for depth := 0; depth < 8 && k >= 0 && k < len(items); depth++ {
		it := &items[k]
		switch it.kind {
		case xHome:
			if it.back && it.fold && it.ent >= 0 {
				return art.institutionOf(it.ent) // titles.go: "the School Party Committee" is the institution's
			}
			if it.back {
				return it.ent
			}
			return art.homeFor(it.name)
		case xOrg, xPlace, xBase:
			if it.fold && it.kind == xOrg {
				k = it.parent
				continue
			}
			if it.ent < 0 && it.level != 0 {
				if e, ok := art.ctx[it.level]; ok {
					return e
				}
				// (a bare "Municipal Party Committee" in an article that
				// names only a district is the city's the text leaves
				// unnamed, never the district's)
				return -1
			}
			return it.ent
		case xPerson:
			return it.ent
		}
		return -1
	}
	return -1
}

// homeFor returns the home organisation of the kind "our <noun>" names: a
// company's site says "our company", a university's "our university".
func (art *exArticle) homeFor(noun string) int {
	if h, ok := art.homes[noun]; ok {
		return h
	}
	if noun != "company" && noun != "group" {
		return art.home
	}
	r := art.r
	best, bc := -1, 0
	for i, e := range r.ents {
		if r.find(i) != i || e.typ != quads.Organization || e.parent >= 0 {
			continue
		}
		company := false
		for n := range e.names {
			ws := exOrgWords(n)
			if len(ws) == 0 {
				continue
			}
			if l := ws[len(ws)-1]; l == "company" || l == "group" {
				company = true
			}
		}
		if company && (e.count > bc || (e.count == bc && best >= 0 && e.first < r.ents[best].first)) {
			best, bc = i, e.count
		}
	}
	if best < 0 {
		return art.home
	}
	return best
}

// resolveContext completes resolution over the whole article: back
// references, sub-units' parents, the home organisation and the places
// bare government references stand for.
func (art *exArticle) resolveContext() {
	r := art.r
	art.resolveBackRefs()
	// sub-unit parents
	for si := range art.items {
		items := art.items[si]
		for k := range items {
			it := &items[k]
			if it.kind != xOrg || it.fold || it.parent < 0 || it.ent < 0 {
				continue
			}
			pe := art.ref(items, it.parent)
			if pe < 0 || pe == it.ent || r.ents[pe].typ != quads.Organization {
				continue
			}
			if r.ents[it.ent].parent < 0 {
				r.ents[it.ent].parent = pe
			}
		}
	}
	art.adoptPrefixedUnits()
	art.adoptDesignations()
	art.adoptGenericNames()
	art.adoptAcademicUnits()
	art.mergeGenericUnits()  // rparts: parts_adopt.go
	art.setUpBodiesAsBases() // parts10: parts_setup.go
	// home organisation: the most mentioned top-level organisation
	bestC := 0
	for i, e := range r.ents {
		if r.find(i) != i || e.typ != quads.Organization || e.parent >= 0 {
			continue
		}
		if e.count > bestC || (e.count == bestC && art.home >= 0 && e.first < r.ents[art.home].first) {
			art.home, bestC = i, e.count
		}
	}
	art.resolveAcronymBackRefs() // rhome: resolve_home.go
	art.resolveHomeRefs()
	// context places by level
	cnt := map[placeLevel]int{}
	for i, e := range r.ents {
		if r.find(i) != i || e.typ != quads.Place {
			continue
		}
		if e.count > cnt[e.level] {
			art.ctx[e.level], cnt[e.level] = i, e.count
		}
	}
}

// relate runs the relation rules on every sentence: posts first, since
// signers and visitors stand for the bodies they lead.
func (art *exArticle) relate() {
	for si := range art.items {
		art.titledGroupsIn(si)  // xlists: lists.go
		art.onBehalfPostsIn(si) // xlists: signed.go
		art.respectivePostsIn(si)
		art.respectivePairsIn(si)      // xlists: lists.go
		art.frontedBodyListIn(si)      // xlists: lists.go
		art.titledListBodyIn(si)       // xlists: lists.go
		art.pluralPostsFirstIn(si)     // xlists: lists.go
		art.bracketedPostHoldersIn(si) // rleads: leads_brackets.go
		art.verbalLeadsIn(si)
		art.leadsIn(si)
		art.sharedPluralPostIn(si) // rleads: leads_shared.go
		art.listOfBodyIn(si)       // rleads: leads_scope.go
		art.prefixedListIn(si)     // rleads: leads_prefix.go
		art.pairedPostsFirstIn(si) // rleads: leads_shared.go
		art.pronounPostsIn(si)
		art.memberPostsIn(si) // members_posts.go
	}
	for si := range art.items {
		art.signedIn(si)
	}
	for si := range art.items {
		art.basesIn(si)
		art.coordinatedSetUpBasesIn(si) // r12-bases: bases_coordinated.go
		art.placeNamedBasesIn(si)       // xvisited2: bases_place.go
		art.foundedBodyBasesIn(si)      // r13-visits: bases_founded.go
		art.asBaseAppositionsIn(si)     // r13-visits: bases_as.go
		art.visitsIn(si)
		art.moreVisitsIn(si) // xvisited2: visits_site.go
		art.delegationIn(si)
		art.partsIn(si)
	}
	art.industryCollegesAtSchools() // synth13: bases_industry.go
}

// adoptAcademicUnits gives an academic unit named without its parent
// ("the School of Mechanical Engineering", "the Department of Humanity and
// Social Sciences") the one educational body of the article, when it names
// exactly one: SCHEMA.md's sub-units belong to their parent.
func (art *exArticle) adoptAcademicUnits() {
	r := art.r
	edu := -1
	for i, e := range r.ents {
		if r.find(i) != i || e.typ != quads.Organization || e.parent >= 0 || !art.isEducational(i) && !(e.acr && exUniversityAcronyms(e.names)) || exGenericName(e.names) || exHoldsNoSchools(e.names) {
			continue
		}
		if edu >= 0 {
			return // two: the text must say whose
		}
		edu = i
	}
	if edu < 0 {
		return
	}
	for i, e := range r.ents {
		if r.find(i) != i || i == edu || e.typ != quads.Organization || e.parent >= 0 || art.shortFormOfNamedBody(i) {
			continue
		}
		if exUniversityOnlyUnit(e.names) {
			// "the Graduate School", "the Academic Affairs Office" (parts_adopt.go)
			e.parent, e.adopted = edu, true
			continue
		}
		if !exGenericName(e.names) {
			continue
		}
		academic := true
		for n := range e.names {
			ws := strings.Fields(strings.ToLower(n))
			if len(ws) < 3 || !exAcademicUnitHeads.has(ws[0]) || ws[1] != "of" {
				academic = false
				continue
			}
			for _, w := range ws[2:] {
				// a field, not a government's department of a place, nor
				// a party committee's work ("Department of United Front
				// Work"), which any level's committee has (parts10)
				if exGovWords.has(w) || exPartyBodyWords.has(w) || exPlaceSuffix.has(w) || knownPlace(w) || exOrgHeads.has(w) || exPartyWorkFields.has(w) {
					academic = false
				}
			}
		}
		if academic {
			e.parent, e.adopted = edu, true
		}
	}
}

// orgHeads returns the head nouns of entity e's names: the last
// organisation head word ("university" of "Huaxi University"), and the head
// before "of" ("committee" of "Standing Committee of the X People's
// Congress").
func (art *exArticle) orgHeads(e int) map[string]bool {
	h := map[string]bool{}
	for n := range art.r.ents[art.r.find(e)].names {
		ws := strings.Fields(strings.ToLower(n))
		for k := len(ws) - 1; k >= 0; k-- {
			if exOrgHeads.has(ws[k]) {
				h[ws[k]] = true
				break
			}
		}
		if hd := exNameHead(ws); hd != "" {
			h[hd] = true
		}
	}
	return h
}

// resolveBackRefs points every "the <noun>" at the organisation last named
// before it whose name has that head word (the first one named after it
// when none came before: a headline may come later in the text).
func (art *exArticle) resolveBackRefs() {
	if !art.p.back {
		return
	}
	r := art.r
	heads := map[int]map[string]bool{}
	headsOf := func(e int) map[string]bool {
		e = r.find(e)
		if h, ok := heads[e]; ok {
			return h
		}
		heads[e] = art.orgHeads(e)
		return heads[e]
	}
	matches := func(e int, noun string) bool {
		if r.ents[r.find(e)].typ != quads.Organization {
			return false
		}
		h := headsOf(e)
		if hs, ok := exBackHeads[noun]; ok {
			for _, w := range hs {
				if h[w] {
					return true
				}
			}
			return false
		}
		return h[noun]
	}
	var pending []*exResolved
	// last: the body last named that the noun may refer to; exact: the
	// one last named whose own head is the noun ("the school" is the Law
	// School named with its university, the university when no school is
	// named)
	last, exact := map[string]int{}, map[string]int{}
	for si := range art.items {
		items := art.items[si]
		for k := range items {
			it := &items[k]
			if it.kind == xHome && it.back {
				if e, ok := exact[it.name]; ok {
					it.ent = e
				} else if e, ok := last[it.name]; ok {
					it.ent = e
				} else {
					pending = append(pending, it)
				}
				continue
			}
			if it.kind != xOrg || it.ent < 0 || it.fold {
				continue
			}
			for _, noun := range exBackNounList {
				if matches(it.ent, noun) {
					last[noun] = r.find(it.ent)
					if headsOf(it.ent)[noun] {
						exact[noun] = r.find(it.ent)
					}
					for _, p := range pending {
						if p.name == noun && p.ent < 0 {
							p.ent = r.find(it.ent)
						}
					}
				}
			}
		}
	}
}

// add records a relation once per sentence.
func (art *exArticle) add(s int, p quads.Predicate, o int, title string, sent int) {
	if s < 0 || o < 0 {
		return
	}
	s, o = art.r.find(s), art.r.find(o)
	if s == o {
		return
	}
	if p.Symmetric() && o < s {
		s, o = o, s
	}
	k := exRelKey{s, o, sent, p}
	if art.seen[k] {
		return
	}
	art.seen[k] = true
	art.rels = append(art.rels, exRel{s: s, o: o, p: p, title: title, sent: sent})
}

// extraction builds the Extraction: entity names, aliases and ids, and the
// relations with their evidence.
func (art *exArticle) extraction(a quads.Article, norm *exNormText) *quads.Extraction {
	r := art.r
	x := &quads.Extraction{Article: a}
	name := make([]string, len(r.ents))
	var canon func(i int, depth int) string
	canon = func(i int, depth int) string {
		if name[i] != "" {
			return name[i]
		}
		e := r.ents[i]
		best, bc := "", -1
		for n, c := range e.names {
			if c == 0 {
				continue
			}
			acr := exHasAcronym(n) || art.p.short[strings.ToLower(n)] != ""
			score := c * 4
			if !acr {
				score += 1000
			}
			if e.typ == quads.Place && (strings.HasSuffix(strings.ToLower(n), " district") || strings.HasSuffix(strings.ToLower(n), " county")) {
				score += 500
			}
			if score > bc || (score == bc && (len(n) > len(best) || (len(n) == len(best) && n < best))) {
				best, bc = n, score
			}
		}
		if best == "" {
			for n := range e.names {
				if best == "" || n < best {
					best = n
				}
			}
		}
		if e.typ == quads.Organization && e.parent >= 0 && !e.ownName && !exNamesItsParent(best) && depth < 4 && r.find(e.parent) != i {
			pn := canon(r.find(e.parent), depth+1)
			if !strings.Contains(best, pn) {
				e.names[best] += 0
				// the text's own full name ("First Affiliated Hospital of
				// X University", "the Office of XU" with the parent's
				// acronym, "the S&T Division of the Y Branch" with its
				// bare name) is kept as an alias: the graph and a reader
				// find the unit by it
				for _, of := range art.unitOfParentNames(best, r.find(e.parent)) {
					e.names[of] += 0
				}
				best = best + ", " + pn
			}
		}
		name[i] = exCleanName(best)
		return name[i]
	}
	used := map[int]bool{}
	for _, rel := range art.rels {
		used[rel.s], used[rel.o] = true, true
	}
	idOf := map[int]string{}
	ids := map[string]int{}
	for i, e := range r.ents {
		if r.find(i) != i {
			continue
		}
		n := canon(i, 0)
		if n == "" || quads.NormalizeName(n) == "" {
			continue
		}
		ent := quads.Entity{Name: n, Type: e.typ}
		ent.ID = quads.EntityID(e.typ, n)
		if j, dup := ids[ent.ID]; dup {
			idOf[i] = x.Entities[j].ID
			continue
		}
		var als []string
		for s := range e.names {
			als = append(als, s)
		}
		sort.Strings(als)
		have := map[string]bool{quads.NormalizeName(n): true}
		for _, s := range als {
			s = exCleanName(s)
			// a generic description ("the municipal government") only
			// refers within the article: SCHEMA.md keeps it off the node
			if k := quads.NormalizeName(s); s != "" && k != "" && !have[k] && !quads.IsGenericName(s) {
				have[k] = true
				ent.Aliases = append(ent.Aliases, s)
			}
		}
		ids[ent.ID] = len(x.Entities)
		idOf[i] = ent.ID
		x.Entities = append(x.Entities, ent)
	}
	dropped := exOutranked(art.rels)
	for k := range exLinealVisits(art.rels) { // (visits9)
		dropped[k] = true
	}
	art.provinceOutranked(dropped)
	for _, rel := range art.rels {
		sid, oid := idOf[rel.s], idOf[rel.o]
		if sid == "" || oid == "" || sid == oid {
			continue
		}
		st, ot := r.ents[rel.s].typ, r.ents[rel.o].typ
		if !exTypesOK(rel.p, st, ot) || dropped[exRelKey{s: rel.s, o: rel.o, p: rel.p}] {
			continue
		}
		sn := art.sents[rel.sent]
		start, end := norm.origStart(sn.Start), norm.origEnd(sn.End) // the article's own sentence
		x.Relations = append(x.Relations, quads.Relation{
			Subject: sid, Predicate: rel.p, Object: oid, Title: quads.Truncate(rel.title, 200),
			Evidence: quads.Evidence{ArticleID: a.ID, Sentence: a.Text[start:end], Start: start, End: end},
		})
	}
	return x
}

// exHasAcronym: the name's last word is an acronym ("LNU", "Liaoning OU").
func exHasAcronym(n string) bool {
	f := strings.Fields(n)
	if len(f) == 0 {
		return false
	}
	w := f[len(f)-1]
	return len(w) >= 2 && strings.ToUpper(w) == w && strings.ToLower(w) != w
}

// exSingleSpaced: s has no white space but single ASCII spaces between
// words, what exCleanName's re-spacing gives, so it may skip it (most names).
func exSingleSpaced(s string) bool {
	prevSpace := true // no leading space
	for _, r := range s {
		space := unicode.IsSpace(r)
		if space && (r != ' ' || prevSpace) {
			return false
		}
		prevSpace = space
	}
	return !prevSpace || s == ""
}

// exCleanName trims a name to what Entity.Validate accepts.
func exCleanName(s string) string {
	if !exSingleSpaced(s) {
		s = strings.TrimSpace(strings.Join(strings.Fields(s), " "))
	}
	if len(s) > quads.MaxNameLen {
		s = quads.Truncate(s, quads.MaxNameLen-4)
	}
	return s
}

// unitOfParentNames returns the names "<unit> of <parent>" and "<unit> of
// the <parent>" that the text spells out, for every name the parent goes by
// (its full name, its acronym, its name without its own parent): a unit's
// full name in the text's words.
func (art *exArticle) unitOfParentNames(unit string, parent int) []string {
	var out []string
	for pn, c := range art.r.ents[parent].names {
		if c == 0 || quads.IsGenericName(pn) {
			continue // a generic description ("the university") names no one body
		}
		for _, of := range [...]string{unit + " of " + pn, unit + " of the " + pn} {
			if strings.Contains(art.text, of) {
				out = append(out, of)
			}
		}
	}
	sort.Strings(out) // names' order is map order: keep the output stable
	return out
}
