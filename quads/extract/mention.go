package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/coopgraph/coopgraph/quads"
)

// exTok is one token of a sentence: a word or one punctuation rune, as a
// byte span of the article text.
type exTok struct {
	s, e int    // span in the article text
	low  string // lower case, without a possessive 's
	word bool   // letters and digits (with inner ' - and abbreviation dots)
	cap  bool   // starts with an upper-case letter
	acr  bool   // two or more letters, all upper case ("LNU")
	poss bool   // ends in 's / ’s
	sp   bool   // preceded by white space
	f    uint32 // which generic word lists the word is in (exLex)
	// lists: which of the lexicon's lists hold low (exLexOf), looked
	// up once here instead of once per rule that asks
	lists *exListBits
}

// is reports whether the token is in the word list of flag f.
func (t *exTok) is(f uint32) bool { return t.f&f != 0 }

// in reports whether the token's lower-case text is in the list s.
func (t *exTok) in(s exWordSet) bool { return t.lists.has(s) }

// setLex sets the token's generic flags and lists to those of w.
func (t *exTok) setLex(w string) {
	t.f, t.lists = 0, nil
	if e := exLexOf[w]; e != nil {
		t.f, t.lists = e.flags, &e.lists
	}
}

// exIsASCII: s has only ASCII bytes.
func exIsASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// exLowerASCII lower-cases the ASCII letters of text and keeps every other
// byte, so its bytes stand where text's do: an ASCII word's lower case is
// a slice of it (the tokenizer's strings.ToLower allocated one per
// capitalised word).
func exLowerASCII(text string) string {
	b := []byte(text)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// exTokenize splits text[s:e] into tokens. Words keep inner apostrophes
// ("Ji’an", "People’s") and hyphens ("State-owned"); an abbreviation or an
// initial keeps its period ("Co.", "C."); a word glued from two words by a
// missing space ("HeavyIndustry", "ofParty") is cut where a lower-case letter
// meets an upper-case one.
// lower is exLowerASCII(text). The tokens are appended to buf (cut to
// length 0): the caller copies them out at their exact length.
func exTokenize(buf []exTok, text, lower string, s, e int) []exTok {
	toks := buf[:0]
	sp := true
	i := s
	for i < e {
		r, n := utf8.DecodeRuneInString(text[i:e])
		if unicode.IsSpace(r) || r == '\u00a0' {
			sp = true
			i += n
			continue
		}
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			toks = append(toks, exTok{s: i, e: i + n, low: text[i : i+n], sp: sp, lists: exListsOf(text[i : i+n])})
			sp = false
			i += n
			continue
		}
		// a word
		j := i
		prevLower := false
		for j < e {
			r, n := utf8.DecodeRuneInString(text[j:e])
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				if prevLower && unicode.IsUpper(r) && j > i {
					break // glued words
				}
				prevLower = unicode.IsLower(r)
				j += n
				continue
			}
			if r == '&' && exLetterAmpersandLetter(text, i, j, e) {
				j += n // "R&D", "S&T": one word (parts_prefix.go)
				continue
			}
			if (r == '\'' || r == '’' || r == '-') && j+n < e {
				if r == '-' && exAffiliationSuffix(text[j+n:e]) {
					break // "X University-affiliated Y": the parent's name ends here (parts_prefix.go)
				}
				r2, _ := utf8.DecodeRuneInString(text[j+n : e])
				if unicode.IsLetter(r2) || (r == '-' && unicode.IsDigit(r2)) {
					j += n
					prevLower = false
					continue
				}
			}
			break
		}
		if j == i { // cannot happen, but never loop forever
			j = i + n
		}
		j = exDottedCapitalsEnd(text, i, j, e) // names13: "China-U.S. Chamber of Commerce" (names_dotted.go)
		w := text[i:j]
		// abbreviation or initial keeps its period
		if j < e && text[j] == '.' {
			lw := strings.ToLower(w)
			if exAbbrev.has(lw) || (utf8.RuneCountInString(w) == 1 && unicode.IsUpper(r)) {
				j++
			}
		}
		// a trailing apostrophe: "People' Government"
		if j < e && (text[j] == '\'' || strings.HasPrefix(text[j:e], "’")) && strings.EqualFold(w, "people") {
			if text[j] == '\'' {
				j++
			} else {
				j += len("’")
			}
		}
		wordEnd := j
		if n := exPluralPossessiveEnd(text, i, j, e); n > j {
			j = n // "the Academy of Sciences' Institute of X" (parts_prefix.go)
		}
		t := exTok{s: i, e: j, word: true, sp: sp}
		core := text[i:j]
		if j > wordEnd {
			t.poss = true
			core = text[i:wordEnd]
		}
		if strings.HasSuffix(core, "’s") || strings.HasSuffix(core, "'s") {
			if len(core) > 3 {
				t.poss = true
				core = strings.TrimSuffix(strings.TrimSuffix(core, "’s"), "'s")
			}
		}
		if exIsASCII(core) {
			t.low = lower[i : i+len(core)] // strings.ToLower's result, without its allocation
		} else {
			t.low = strings.ToLower(core)
		}
		t.setLex(t.low)
		// titles (titles.go): a misspelt post is the post ("presdient")
		if t.f == 0 {
			if fixed := exTitleTypoFix(t.low); fixed != "" {
				t.low = fixed
				t.setLex(fixed)
			} else if fixed := exRankedTitleTypos[t.low]; fixed != "" && len(toks) > 0 && toks[len(toks)-1].f&xfTitleMod != 0 {
				// "Deputy Mayer", "vice principle": a word or surname of
				// its own is the post it misspells only after a rank
				t.low = fixed
				t.setLex(fixed)
			} else if rank, core, ok := strings.Cut(t.low, "-"); ok && exHyphenRanks.has(rank) && exLex[core]&xfTitleCore != 0 {
				// "Deputy-Director", "deputy-secretary": a rank joined to a
				// post is the post (the lexicon lists the common ones,
				// "vice-president", whole)
				t.setLex(core)
			}
		}
		t.cap = unicode.IsUpper(r)
		if t.cap && len(core) >= 2 {
			up := 0
			all := true
			for _, c := range core {
				if unicode.IsLetter(c) {
					if unicode.IsUpper(c) {
						up++
					} else {
						all = false
						break
					}
				}
			}
			t.acr = all && up >= 2
		}
		if t.cap {
			exAdjectivalHeadBefore(toks)
		}
		toks = append(toks, t)
		sp = false
		i = j
	}
	return toks
}

// exAdjectivalHeadBefore clears the head flag of a word of
// exNounOrAdjectiveHeads that a capitalised word follows, right after it or
// after "and": "Cooperative Education" and "Cooperative and Innovative
// Institute" are headed by what comes after (lexicon.go, synth13).
func exAdjectivalHeadBefore(toks []exTok) {
	k := len(toks) - 1
	if k >= 1 && toks[k].low == "and" {
		k--
	}
	if k >= 0 && toks[k].in(exNounOrAdjectiveHeads) {
		toks[k].f &^= xfOrgHeads
	}
}

// exKind is the kind of an item of a sentence.
type exKind uint8

const (
	xWord   exKind = iota // any other token
	xPerson               // "Wang Xiaowen"
	xOrg                  // "Liaoning University"
	xPlace                // "Anshan", "Anshan Municipal Party Committee"
	xBase                 // "Practical Teaching Base"
	xTitle                // "Deputy Secretary"
	xHome                 // "our university": the publishing organisation
)

// exSpan is where an item lies in its sentence.
type exSpan struct {
	t0, t1 int  // token range
	s, e   int  // byte span of the surface text
	paren  bool // inside parentheses
}

// exName is what a mention names, as the mention stage reads it.
type exName struct {
	name    string     // surface name (for places: the place name without "City")
	surf    string     // full surface ("Anshan Municipal Party Committee")
	aliases []string   // defined abbreviations ("Liaoning University (LNU)")
	level   placeLevel // bare government reference: the level it refers to
	back    bool       // "the university": a back-reference to an organisation named before
}

// exAttachment is where the name grammar attaches a mention in its
// sentence: to the body it belongs to, or inside another's name.
type exAttachment struct {
	parent int  // index of the item this org belongs to ("of Y"), or -1
	fold   bool // a party organ or a government: stands for its parent
	inner  bool // a place inside an org's name, or an org named only as a parent
	possOf bool // its parent is named by a possessive ("the university's College of X")
}

// exItem is a token or a mention in a sentence: the mention stage's
// output and the resolution stage's input. Words carry only kind, span
// and low; titles a span; mentions their name and attachment.
type exItem struct {
	kind exKind
	exSpan
	low string // for words: the lower-case token
	// lists: the lexicon's lists that hold low (exLexOf); set with
	// low, always
	lists *exListBits
	exName
	exAttachment
}

// in reports whether the item's low is in the list s.
func (it *exItem) in(s exWordSet) bool { return it.lists.has(s) }

// exParser holds one article's state for mention finding.
type exParser struct {
	text   string
	places map[string]bool // lower-case place names the article establishes
	// short names of enterprises: "Zoomlion" for "Zoomlion Heavy Industry
	// … Co., Ltd." (lower-case first word → the full name)
	short map[string]string
	// bodies named without a head noun that the article's roles establish
	// ("chairman of Qiantang Power"), by their lower-case surface: they are
	// bodies wherever else the article names them
	headless map[string]bool
	back     bool // the article has a back-reference ("the university")
	// lowerUnits: lower-case surfaces of the units the article names in
	// lower case after a possessive ("the university's school of law")
	lowerUnits map[string]bool
	// surnames of the article's persons (lower case → full name, "" when
	// two share one), for references by surname alone (persons.go)
	surnames map[string]string
	persons  exPersonMemo // personAt's answers (mention_memo.go)
}

// exIsNameTok: a capitalised word that can be part of a name.
func (p *exParser) isNameTok(t *exTok) bool {
	if !t.word || !t.cap {
		return false
	}
	return !t.is(xfMonths)
}

// titleAt matches a post title at tokens[i:], longest first, and returns its
// length. allowInst lets it start with an institution word ("District Chief").
func exTitleAt(toks []exTok, i int, allowInst bool) int {
	if i >= len(toks) || !toks[i].word {
		return 0
	}
	if !allowInst && toks[i].is(xfInstMods) {
		return 0
	}
	if toks[i].low == "deputy" && i+1 < len(toks) && toks[i+1].low == "to" {
		return 1 // "a deputy to the People's Congress": a member's post (leads.go)
	}
	best := 0
	for k := i; k < len(toks) && k < i+6; k++ {
		t := &toks[k]
		if !t.word {
			break
		}
		if t.is(xfTitleCore) {
			best = k + 1
			if t.poss {
				break
			}
		}
		if !t.is(xfTitleMod) && !exEngineerFieldAt(toks, k) || t.poss {
			break
		}
	}
	if best == 0 {
		return 0
	}
	n := best - i
	// titles (titles.go): "chief executive", "Chief Technology Officer"
	// are one post
	if exChiefExecutive(toks, best) {
		n++
	} else if exChiefFieldOfficer(toks, best) {
		n += 2
	}
	// "Secretary General", "Director General", "Chairman of the Board"
	if best < len(toks) && toks[best].low == "general" && (toks[best-1].is(xfTitleCore) || toks[best-1].low == "deputy") {
		n++
	}
	if toks[best-1].in(exBoardPosts) && best+2 < len(toks) && toks[best].low == "of" && toks[best+1].low == "the" && toks[best+2].low == "board" {
		n += 3
		// "Chair of the Board of Directors": the board's full name is the post's
		if e := i + n; e+1 < len(toks) && toks[e].low == "of" && toks[e+1].in(exBoardKinds) {
			n += 2
		}
	}
	// "Head of Research at X": a post of a field, then the body
	if e := i + n; e+2 < len(toks) && toks[e].low == "of" && !toks[e-1].poss {
		k := e + 1
		for k < len(toks) && k < e+4 && toks[k].word && toks[k].is(xfFieldWords) && !toks[k].is(xfOrgHeads) {
			k++
		}
		if k > e+1 && k < len(toks) && (toks[k].low == "at" || toks[k].low == "," || toks[k].low == "with") {
			n = k - i
		}
	}
	// "vice president for human resources": a portfolio of fields is part
	// of the post, not a body it is of
	if e := i + n; e+1 < len(toks) && toks[e].low == "for" && !toks[e-1].poss {
		k := e + 1
		for k < len(toks) && k < e+4 && toks[k].word && (toks[k].is(xfFieldWords) || toks[k].in(exRemitRegionWords)) {
			k++
		}
		if k > e+1 && !(k < len(toks) && toks[k].is(xfOrgHeads)) {
			n = k - i
		}
	}
	return n
}

// readPersonAt returns 2 when tokens i and i+1 are a romanised Chinese name
// (a surname and a pinyin given name, in either order) that does not run on
// into an organisation name, 3 when a Western given name precedes one.
func (p *exParser) readPersonAt(toks []exTok, i int) int {
	if i+1 >= len(toks) {
		return 0
	}
	if toks[i].acr && p.readPersonAt(toks, i+1) == 2 && (i+3 >= len(toks) || !toks[i+3].cap) {
		// "Vice President of PU Dong Yuhua": capitals before a full name
		// are a body's abbreviation, not a surname in capitals ("PU Dong")
		return 0
	}
	if p.gluedNameBeforePost(toks, i) {
		return 1
	}
	if n := p.initialNameAt(toks, i); n > 0 {
		return n // "Andrew K. Lowe"
	}
	if n := p.initialsNameAt(toks, i); n > 0 {
		return n // "K. H. Wen", "Mr. J. Wu" (persons.go)
	}
	if p.westernThreeAt(toks, i) {
		return 3 // "John Peter Smith, Vice-Chancellor of X" (persons.go)
	}
	if p.cantoneseThreeAt(toks, i) {
		return 3 // names9: "the President of X, Leong Wai Man," (persons.go)
	}
	a, b := &toks[i], &toks[i+1]
	aOK := p.plainNameTok(a) || (a.cap && a.word && a.is(xfSurnames) && !a.is(xfOrgHeads) && b.cap && exIsPinyin(b.low))
	if aOK && !a.poss && a.is(xfSurnames) && p.oddGivenName(toks, i+1) {
		return 2 // "Sun yuling,", "ZhuLiangrong"
	}
	if p.givenNameOfOtherWord(toks, i) {
		return 2 // "Qiao Xinjiang (Deputy Director …)", "Vice President Hong An" (persons.go)
	}
	if !aOK || !p.plainNameTok(b) || a.poss || b.sp == false {
		return 0
	}
	chinese := (a.is(xfSurnames) && exIsPinyin(b.low)) || (exIsPinyin(a.low) && b.is(xfSurnames) && !p.places[placeKey(a.low)])
	if !chinese && (exBodyNameWord(a) || exBodyNameWord(b)) {
		return 0 // "Consultative Conference, vice chairman of X" (persons.go)
	}
	if !chinese {
		// any two plain capitalised words followed by ", <title>", or
		// after a post or an honorific ("Vice-Chancellor Erik Sandvik")
		after := i > 0 && (toks[i-1].is(xfTitleCore) || toks[i-1].is(xfHonorifics)) || exAfterPostComma(toks, i)
		if i+3 < len(toks) && toks[i+2].low == "," && (exTitleAfterArticle(toks, i+3) || p.bodyPrefixedPostAt(toks, i+3)) && !p.places[placeKey(a.low)] {
			chinese = true
		} else if after && !p.isPlace(a.low) && !p.isPlace(b.low) {
			chinese = true
		} else if p.westernPairAt(toks, i) {
			chinese = true // "CEO of Tanhai GmbH Rudolf Berger" (persons.go)
		} else {
			return 0
		}
	}
	// must not run on into an organisation or place name
	for k := i + 2; k < len(toks) && k < i+8; k++ {
		t := &toks[k]
		if !t.word || !t.cap {
			break
		}
		if t.is(xfOrgHeads) || t.is(xfPlaceSuffix) {
			return 0
		}
		if exTitleAt(toks, k, true) > 0 {
			break
		}
	}
	if c := i + 2; c < len(toks) && !exIsPinyin(a.low) && b.is(xfSurnames) && p.plainNameTok(&toks[c]) && toks[c].sp && exIsPinyin(toks[c].low) && !toks[c].is(xfSurnames) {
		return 3 // a Western given name before a Chinese name: "Michael Zhou Jianguo"
	}
	if exMixedCaseGivenTail(toks, i) {
		return 3 // a given name typed in mixed case: "Qi ShengLi" (persons.go)
	}
	return 2
}

// gluedNameBeforePost: the token at i is a surname and a given name run
// together in one word of no lexicon ("Yaoshan") that an apposition of
// posts follows ("Yaoshan, the member of … and Vice President of X").
func (p *exParser) gluedNameBeforePost(toks []exTok, i int) bool {
	a := &toks[i]
	if !a.word || !a.cap || a.acr || a.f != 0 || a.poss || p.isPlace(a.low) || toks[i+1].low != "," {
		return false
	}
	if i > 0 && p.plainNameTok(&toks[i-1]) {
		return false // the second word of a name: "Kuang Lijun, a researcher"
	}
	k := i + 2
	if k < len(toks) && (toks[k].low == "the" || toks[k].low == "a") {
		k++
	}
	n := exTitleAt(toks, k, true)
	if n == 0 && k+2 < len(toks) && toks[k].in(exAssistantPosts) && toks[k+1].low == "to" {
		// names8: "Hanjun, Assistant to the President of X": the post
		// an assistant holds is the one after "to"
		m := k + 2
		if toks[m].low == "the" {
			m++
		}
		if n = exTitleAt(toks, m, true); n > 0 {
			n += m - k
		}
	}
	if n == 0 {
		return false
	}
	if exGluedName(a.low) {
		return true
	}
	if i > 0 && toks[i-1].is(xfHonorifics) || i > 0 && toks[i-1].in(exOneWordNameCues) && len(a.low) >= 4 && k+n < len(toks) && toks[k+n].low == "of" {
		// names6: a family name alone after an honorific ("Dr. Krengli,
		// director of …") or mid-sentence before a post of a body
		// ("signed with Albuquerque, vice president of X")
		return true
	}
	// a one-word pinyin name of two syllables or more whose apposition
	// states a post of a body ("Yalan, the member of the Standing Committee
	// of …"): the surname list need not know its first syllable
	return len(a.low) >= 5 && exIsPinyin(a.low) && k+n < len(toks) && (toks[k+n].low == "of" || toks[k+n].low == "to")
}

// oddGivenName: the token at j is a given name written in lower case or
// run together with the surname before it ("Sun yuling", "ZhuLiangrong"):
// pinyin of two syllables or more, no word of the lexicon, and, in lower
// case, followed by punctuation or a post.
func (p *exParser) oddGivenName(toks []exTok, j int) bool {
	b := &toks[j]
	if !b.word || b.f&^xfSurnames != 0 || len(b.low) < 4 && !exShortGivenBeforePost(toks, j) || !exIsPinyin(b.low) || b.acr { // persons.go
		return false
	}
	if !b.sp && b.cap {
		return true // glued: "ZhuLiangrong"
	}
	if b.cap || !b.sp {
		return false
	}
	return j+1 == len(toks) || !toks[j+1].word || exTitleAt(toks, j+1, true) > 0
}

// plainNameTok: a capitalised word that is not a generic word of the genre.
func (p *exParser) plainNameTok(t *exTok) bool {
	if !t.word || !t.cap {
		return false
	}
	// the lists' flags, set when the word was tokenized (exLex)
	if t.is(xfOrgHeads | xfTitleCore | xfTitleMod | xfPlaceSuffix | xfFunctionWords |
		xfMonths | xfGovWords | xfHonorifics | xfProvinces) {
		return false
	}
	for _, r := range t.low {
		if !unicode.IsLetter(r) && r != '\'' && r != '’' && r != '-' {
			return false
		}
	}
	return true
}

// runEnd returns the end of the run of adjacent name words starting at i:
// capitalised words, "State-owned", a place in brackets inside a name
// ("Donghu Power (Beihai) Co., Ltd."), ", Ltd.".
// It stops before a post title, after a possessive, and after a company
// suffix.
func (p *exParser) runEnd(toks []exTok, i int) int {
	j := i
	for j < len(toks) && j-i < 60 { // no name is longer; bounds hostile input
		t := &toks[j]
		if j > i && t.cap && t.in(exAffiliationWords) && !t.poss && p.affiliationParent(toks, j) >= 0 {
			break // "X Hospital Affiliated to Y": parseName reads the tie
		}
		if j > i && exRankAt(toks, j) > 0 {
			break // "X Chamber of Commerce Vice President Enterprise Y Co.": X, a rank, Y
		}
		if j > i && exCoBeforeWordAt(toks, j) {
			break // names11: "School-enterprise Co Construction" (names_branch.go)
		}
		if p.isNameTok(t) {
			if j > i && (exTitleAt(toks, j, false) > 0 && !p.titleWordInName(toks, j) || t.is(xfHonorifics)) {
				break
			}
			if j == i+1 && toks[i].acr && t.in(exDelegationHeadings) {
				break // (r13-visits) "SJTU Delegation Visits X": the body, then its delegation
			}
			if j == i && (t.is(xfFunctionWords) || exTitleAt(toks, j, false) > 0 && !p.titleWordInName(toks, j)) {
				break
			}
			if t.is(xfRunStops) && !t.acr {
				break // a capitalised function word or verb of a title-case heading
			}
			if j > i && p.headlineVerbAt(toks, j) {
				break // "X Academy Seeking for Cooperation", "X Government Inaugurates in Y"
			}
			if j > i && p.personAt(toks, j) > 0 {
				break // "… Party Committee Hu Xiaomei"
			}
			j++
			if t.poss && !t.in(exPossessiveNameNouns) && !exPostsOfficeAt(toks, j-1) {
				break
			}
			if t.acr && exTitleAt(toks, j, true) > 0 || exPartyPostAfterHead(toks, j) {
				break // "DHU Party Secretary": the body, then its post
			}
			if exClosingCompanyForm(t) && !p.branchFollows(toks, j) {
				break
			}
			continue
		}
		if j > i && exLowerCompanyForm(toks, j) {
			j++ // "Tanhai Biotech co., LTD": the form typed in lower case (names6)
			continue
		}
		if j > i && t.word && t.acr {
			j++
			if exTitleAt(toks, j, true) > 0 {
				break // "DHU Party Secretary": the body, then its post
			}
			continue
		}
		// titles (titles.go): "X Party committee" in lower case is X's
		// party committee, as "X Party Committee" is
		if exLowerPartyCommittee(toks, i, j) {
			j++
			continue
		}
		// titles (titles.go): a numbered school's number is in its name
		// ("Tianmen No. 2 Middle School"), so its staff's posts reach it
		if exNumberInName(toks, i, j) {
			j++
			continue
		}
		if p.ordinalInName(toks, i, j) {
			j++ // names11: "China Railway 15th Bureau Group" (names_branch.go)
			continue
		}
		if j > i && t.low == "," && j+1 < len(toks) && exClosingCompanyForm(&toks[j+1]) && (toks[j+1].cap || toks[j-1].low == "co.") {
			j++
			continue
		}
		// part-of/bases (xvisits): a numbered body, "Xiling No. 1 Middle
		// School", "No. 2 People's Hospital of X": the number is the name's
		if j > i && exIsNumber(t.low) && (toks[j-1].low == "no." || toks[j-1].low == "no") && j+1 < len(toks) && p.isNameTok(&toks[j+1]) {
			j++
			continue
		}
		if j > i && t.low == "(" {
			// "(Beihai)" inside a name: closed and followed by a name word
			k := j + 1
			for k < len(toks) && k < j+5 && p.isNameTok(&toks[k]) {
				k++
			}
			if k > j+1 && k+1 < len(toks) && toks[k].low == ")" && p.isNameTok(&toks[k+1]) && !toks[k+1].acr &&
				exTitleAt(toks, k+1, false) == 0 && // titles: "X University (XU) President P" defines XU, then the post
				!(k == j+2 && toks[j+1].acr && !p.runInfo(toks, i, j).head) { // names6: "X University of Finance and Economics (XUFE) Party Committee": the acronym closes the name its words began
				j = k + 1
				continue
			}
			break
		}
		if j > i && exParticleInName(toks, i, j) {
			j++ // names6: "Universidade Federal do Ceará", "Maggiore della Carità"
			continue
		}
		if j > i && (t.low == "'" || t.low == "’") && j+1 < len(toks) && p.isNameTok(&toks[j+1]) {
			j++
			continue
		}
		if j > i && t.low == "-" && !t.sp && j+1 < len(toks) && !toks[j+1].sp && p.isNameTok(&toks[j+1]) {
			j++
			continue
		}
		break
	}
	return j
}

// exParticleInName: the lower-case word at j joins the name words
// toks[i:j] to the capitalised word after it in a European body's name
// ("Universidade Federal do Ceará", "Hospital Maggiore della Carità"); a
// particle that is also an English word needs a foreign head before it.
func exParticleInName(toks []exTok, i, j int) bool {
	t := &toks[j]
	if !t.word || t.cap || !t.in(exNameParticles) || j+1 >= len(toks) || !toks[j+1].word || !toks[j+1].cap || !toks[j-1].cap {
		return false
	}
	if !t.in(exEnglishParticles) {
		return true
	}
	return exForeignHeadIn(toks, i, j)
}

// exForeignHeadIn: a European body's head noun is among toks[i:j]; its
// name goes on after the head ("Technische Universität Ilmenau").
func exForeignHeadIn(toks []exTok, i, j int) bool {
	for k := i; k < j; k++ {
		if toks[k].in(exForeignHeads) {
			return true
		}
	}
	return false
}

// cityAfterHeadAt: the name i…j ends in one word after its head that no
// list knows and no pinyin spells, closed by a list's comma, "and" or "in"
// ("Leibniz University Hannover, …", "Humboldt University Berlin and …"):
// the city a European university's name ends in, which the gazetteer (of
// China) lacks, not a heading's next word.
func (p *exParser) cityAfterHeadAt(toks []exTok, i, j int) bool {
	k := j - 1
	if k <= i || !toks[k-1].is(xfOrgHeads) || j >= len(toks) {
		return false
	}
	t := &toks[k]
	if !t.word || !t.cap || t.acr || t.poss || exLex[t.low] != 0 || exIsPinyin(t.low) || p.isPlace(t.low) {
		return false
	}
	switch toks[j].low {
	case ",", "and", "in":
		return true
	}
	return false
}

// exCongressSessionAt: the name at i is a numbered session of a party's
// congress ("the 20th National Congress of the CPC", "the 19th Party
// Congress", "the tenth Party Congress of X"), an event, not a body. A
// people's congress stays a body ("a deputy to the 14th National People's
// Congress").
func exCongressSessionAt(toks []exTok, i int) bool {
	if i == 0 || i+1 >= len(toks) || toks[i+1].low != "congress" || !toks[i].in(exSessionCongressWords) {
		return false
	}
	o := toks[i-1].low
	return exNumberedOrdinal(o) || exOrdinalWords.has(o)
}

// exClosingCompanyForm: the word is the company form that ends a company's
// name, with or without its period, in any case ("Ltd.", "Ltd", "LTD",
// "Inc."); "Limited" may go on ("Limited Liability Company").
func exClosingCompanyForm(t *exTok) bool {
	return t.word && t.in(exClosingCompanyForms)
}

// exLowerCompanyForm: the token at j is "co." typed in lower case before
// ", Ltd" ("Tanhai Biotech co., LTD"): the name goes on over it.
func exLowerCompanyForm(toks []exTok, j int) bool {
	return toks[j].low == "co." && !toks[j].cap && j+2 < len(toks) && toks[j+1].low == "," && exClosingCompanyForm(&toks[j+2])
}

// branchFollows: after "Ltd." comes "X Branch", part of the company's name.
func (p *exParser) branchFollows(toks []exTok, j int) bool {
	k := j
	for k < len(toks) && k < j+4 && p.isNameTok(&toks[k]) {
		if toks[k].low == "branch" {
			return true
		}
		k++
	}
	return false
}

type exRunInfo struct {
	head     bool // has an organisation head word
	lastHead bool // ends in a head word
	bareHead bool // is a single head word
	place    bool // is a place
	acrOrg   bool // an acronym of an organisation
	gov      bool // has a government word (Municipal, Government)
	party    bool // all words are party-organ words
}

func (p *exParser) runInfo(toks []exTok, i, j int) exRunInfo {
	var ri exRunInfo
	if j <= i {
		return ri
	}
	ri.party = true
	words := 0
	for k := i; k < j; k++ {
		t := &toks[k]
		if !t.word {
			continue
		}
		words++
		if t.is(xfOrgHeads) && !(t.acr && !t.is(xfGenericAcronyms) && !t.is(xfCompanySuffix)) {
			ri.head = true
		}
		if t.is(xfGovWords) && t.low != "city" {
			ri.gov = true
		}
		if !t.is(xfPartyBodyWords) {
			ri.party = false
		}
	}
	last := &toks[j-1]
	ri.lastHead = last.is(xfOrgHeads)
	ri.bareHead = words == 1 && ri.lastHead && !last.acr
	if !ri.head {
		if last.is(xfPlaceSuffix) && words > 1 {
			ri.place = true
		} else if words <= 3 {
			all := true
			for k := i; k < j; k++ {
				if toks[k].word && !p.isPlace(toks[k].low) {
					all = false
				}
			}
			// only a single word: "Qingdao Tsinghua" is no place
			ri.place = all && words == 1
		}
		if last.acr && !last.is(xfNotOrgAcronyms) && !(words == 1 && exPostSurnameAt(toks, i)) || words == 1 && p.short[last.low] != "" ||
			words == 2 && j-i == 2 && p.short[toks[i].low+" "+last.low] != "" {
			ri.acrOrg = true
		}
	}
	return ri
}

// parse turns the tokens of a sentence into items: titles, persons, names
// of organisations, places and bases, "our university", and plain words.
func (p *exParser) parse(toks []exTok) []exItem {
	items := make([]exItem, 0, len(toks))
	word := func(k int) {
		items = append(items, exItem{kind: xWord, low: toks[k].low, lists: toks[k].lists, exSpan: exSpan{t0: k, t1: k + 1, s: toks[k].s, e: toks[k].e}, exAttachment: exAttachment{parent: -1}})
	}
	paren := 0
	i := 0
	var ofUnits []int // lower-case units followed by "of" and their parent
	for i < len(toks) {
		t := &toks[i]
		if t.low == "(" {
			paren++
		} else if t.low == ")" && paren > 0 {
			paren--
		}
		start := len(items)
		if t.word && t.is(xfHonorifics) && i+1 < len(toks) && toks[i+1].cap {
			word(i)
			i++
			continue
		}
		if n := exRankAt(toks, i); n > 0 {
			// a member's rank in an association ("Vice President
			// Enterprise"): the post is the association's, the noun none
			items = append(items, exItem{kind: xTitle, exSpan: exSpan{t0: i, t1: i + n - 1, s: t.s, e: toks[i+n-2].e}, exAttachment: exAttachment{parent: -1}})
			word(i + n - 1)
			i += n
			continue
		}
		if n := exTitleAt(toks, i, true); n > 0 && !(t.cap && p.titleWordInName(toks, i)) {
			items = append(items, exItem{kind: xTitle, exSpan: exSpan{t0: i, t1: i + n, s: t.s, e: toks[i+n-1].e}, exAttachment: exAttachment{parent: -1}})
			i += n
			continue
		}
		possessed := 0 // read only after a possessor: the unit reader is dear at every word
		if i > 0 && (toks[i-1].low == "its" || toks[i-1].poss && start > 0 && items[start-1].t1 == i &&
			(items[start-1].kind == xOrg || items[start-1].kind == xHome && items[start-1].back)) {
			possessed = exPossessedUnitAt(toks, i)
		}
		if n := possessed; n > 0 {
			// "its second affiliated hospital", "the hospital's cardiology
			// department": a unit named in lower case, of its possessor
			surf := p.text[t.s:toks[i+n-1].e]
			it := exItem{kind: xOrg, exSpan: exSpan{t0: i, t1: i + n, s: t.s, e: toks[i+n-1].e, paren: paren > 0}, exName: exName{name: surf, surf: surf}, exAttachment: exAttachment{parent: -1}}
			if toks[i-1].poss {
				it.parent, it.possOf = start-1, true
			}
			p.noteLowerUnit(surf) // lowerunits.go
			items = append(items, it)
			i += n
			continue
		}
		// "P, director of the vocational education department": a unit
		// named in lower case after a post (lowerunits.go)
		if its, end, ok := p.postUnitItems(toks, i, items, paren); ok {
			items, i = its, end
			continue
		}
		// part-of (xvisits, parts_lower.go): units named in lower case or
		// by a bare head, "the school of law of X", "X's college of marine
		// science", "the first affiliated hospital of X", "the Library of
		// X", "the Beihai branch of X Bank"
		if its, end, ok := p.unitItemsAt(toks, i, items, paren); ok {
			items, i = its, end
			continue
		}
		if t.low == "the" && i+1 < len(toks) {
			// "the school of marine engineering" named before, "the basic
			// education group of X": a lower-case unit again (lowerunits.go)
			if n, ofParent := p.lowerUnitAgain(toks, i+1); n > 0 {
				if ofParent {
					// a unit first named here with its parent ("the school
					// of law of X") is read at the next word by
					// unitItemsAt, which makes the unit, not X, the party
					if _, _, ok := p.unitItemsAt(toks, i+1, append([]exItem(nil), items...), paren); ok {
						word(i)
						i++
						continue
					}
				}
				word(i)
				if pe := p.ofPlaceEnd(toks, i+1+n); ofParent && pe > 0 {
					// "the education department of Jiangsu province": the
					// place stays in the unit's name (lowerunits.go)
					n, ofParent = pe-i-1, false
				}
				u := &toks[i+1]
				e := exCoreEnd(p.text, &toks[i+n]) // without a possessive 's
				surf := p.text[u.s:e]
				items = append(items, exItem{kind: xOrg, exSpan: exSpan{t0: i + 1, t1: i + 1 + n, s: u.s, e: e, paren: paren > 0}, exName: exName{name: surf, surf: surf}, exAttachment: exAttachment{parent: -1}})
				if ofParent {
					ofUnits = append(ofUnits, len(items)-1)
				}
				i += 1 + n
				continue
			}
		}
		if t.cap && t.word && !t.poss && t.in(exBackNouns) && exTitleAt(toks, i+1, true) > 0 && (i == 0 || !p.isNameTok(&toks[i-1]) || toks[i-1].is(xfFunctionWords)) {
			// "Museum Director Lu Qiang", "Group Chairman X": the bare head
			// before a post is the body of that kind named before
			p.back = true
			items = append(items, exItem{kind: xHome, exSpan: exSpan{t0: i, t1: i + 1, s: t.s, e: t.e, paren: paren > 0}, exName: exName{back: true, name: t.low}, exAttachment: exAttachment{parent: -1}})
			i++
			continue
		}
		if t.low == "our" && i+1 < len(toks) && toks[i+1].word && toks[i+1].in(exHomeNouns) {
			items = append(items, exItem{kind: xHome, exSpan: exSpan{t0: i, t1: i + 2, s: t.s, e: toks[i+1].e}, exName: exName{name: toks[i+1].low}, exAttachment: exAttachment{parent: -1}})
			i += 2
			continue
		}
		if t.low == "the" && i+1 < len(toks) && toks[i+1].word && toks[i+1].in(exBackNouns) &&
			(!toks[i+1].cap || toks[i+1].poss || !(i+2 < len(toks) && p.isNameTok(&toks[i+2]))) && // leads13: "the College's School of X"
			!(i+2 < len(toks) && (toks[i+2].low == "of" || toks[i+2].low == "-" || toks[i+1].cap && (toks[i+2].low == "for" || toks[i+2].low == "and" && !(i+3 < len(toks) && toks[i+3].low == "the")))) {
			// (signed10: "the University and the City signed": two back-references, no longer name)
			// "the university", "the museum's", "the Centre": an
			// organisation of that kind named before
			p.back = true
			items = append(items, exItem{kind: xHome, exSpan: exSpan{t0: i, t1: i + 2, s: t.s, e: toks[i+1].e, paren: paren > 0}, exName: exName{back: true, name: toks[i+1].low}, exAttachment: exAttachment{parent: -1}})
			i += 2
			continue
		}
		if t.low == "the" && i+1 < len(toks) && (!toks[i+1].cap || exBackPlaceConjunct(toks, i+1)) && exBackPlaceNouns[toks[i+1].low] != 0 &&
			!(i+2 < len(toks) && (toks[i+2].low == "of" || toks[i+2].low == "-")) {
			// "the city's Party secretary", "the province": the place the
			// article is about, like a bare "municipal government"
			items = append(items, exItem{kind: xPlace, exSpan: exSpan{t0: i, t1: i + 2, s: t.s, e: exCoreEnd(p.text, &toks[i+1]), paren: paren > 0}, exName: exName{level: exBackPlaceNouns[toks[i+1].low]}, exAttachment: exAttachment{fold: true, parent: -1}})
			i += 2
			continue
		}
		if t.word && !t.cap && (t.low == "municipal" || t.low == "city" || t.low == "provincial") && i+1 < len(toks) {
			k := i + 1
			for k < len(toks) && k < i+5 && (toks[k].low == "party" || toks[k].low == "committee" || toks[k].low == "government" || toks[k].low == "people" || toks[k].low == "people's" || toks[k].low == "people’s") {
				k++
			}
			if k > i+1 && (toks[k-1].low == "committee" || toks[k-1].low == "government") {
				lv := levelCity
				if t.low == "provincial" {
					lv = levelProvince
				}
				items = append(items, exItem{kind: xPlace, exSpan: exSpan{t0: i, t1: k, s: t.s, e: toks[k-1].e}, exName: exName{level: lv}, exAttachment: exAttachment{fold: true, parent: -1}})
				i = k
				continue
			}
			if t.low == "city" && toks[i+1].low == "of" && i+2 < len(toks) && p.isNameTok(&toks[i+2]) {
				j := p.runEnd(toks, i+2)
				if j == i+3 || (j > i+2 && p.runInfo(toks, i+2, j).place) {
					items = append(items, p.placeItem(toks, i+2, j))
					i = j
					continue
				}
			}
		}
		if its, end := p.sharedPluralHead(toks, i); end > i { // xlists: conjunctions.go
			// the "and" and commas between the names stay words
			for _, it := range its {
				for k := i; k < it.t0; k++ {
					word(k)
				}
				it.paren = paren > 0
				items = append(items, it)
				i = it.t1
			}
			continue
		}
		if p.isNameTok(t) && (!t.is(xfFunctionWords) || t.is(xfSurnames)) {
			if n := p.personAt(toks, i); n > 0 {
				// "General Secretary Xi Jinping's visit": the person without the possessive
				e := exCoreEnd(p.text, &toks[i+n-1])
				items = append(items, exItem{kind: xPerson, exSpan: exSpan{t0: i, t1: i + n, s: t.s, e: e}, exName: exName{name: p.text[t.s:e]}, exAttachment: exAttachment{parent: -1}})
				i += n
				continue
			}
			if full := p.surnameAt(toks, i); full != "" {
				// a surname alone stands for the person named before (persons.go)
				items = append(items, exItem{kind: xPerson, exSpan: exSpan{t0: i, t1: i + 1, s: t.s, e: exCoreEnd(p.text, t), paren: paren > 0}, exName: exName{name: full}, exAttachment: exAttachment{parent: -1}})
				i++
				continue
			}
			end, its := p.parseName(toks, i)
			if len(its) == 1 && its[0].kind == xPlace && !its[0].fold {
				end = p.extendGov(toks, &its[0], end)
			}
			if len(its) == 0 && end > i {
				if pl, ok := p.partyOfPlaceBeforePost(toks, i, end); ok {
					its = []exItem{pl}
				} else if it, ok := p.headlessOrg(toks, i, end); ok {
					its = []exItem{it}
					if p.headless == nil {
						p.headless = map[string]bool{}
					}
					p.headless[strings.ToLower(it.name)] = true
				}
			}
			if end > i {
				if len(its) == 0 {
					for k := i; k < end; k++ {
						word(k)
					}
				} else {
					base := len(items)
					for _, it := range its {
						if it.parent >= 0 {
							it.parent += base
						}
						items = append(items, it)
					}
				}
				for k := start; k < len(items); k++ {
					items[k].paren = paren > 0
				}
				// "XTU's School of X", "the museum's Institute of Y": a unit
				// named after a possessive belongs to the possessor
				if start > 0 && start < len(items) {
					pr, it := &items[start-1], &items[start]
					if (pr.kind == xOrg || pr.kind == xHome && pr.back) && pr.t1 > 0 && toks[pr.t1-1].poss && pr.t1 == it.t0 &&
						it.kind == xOrg && it.parent < 0 && (exIsSubunitName(it.name) || exIsUnitName(it.name) || exIsHeadedUnitName(it.name)) {
						it.parent, it.possOf = start-1, true
					}
				}
				// "Donghu University's affiliated Beihai Middle School", "the
				// Donghu University-affiliated X", "X Group('s) subsidiary Y"
				// (parts_prefix.go)
				if q := exParentBeforeUnit(toks, items, start); q >= 0 {
					items[start].parent, items[start].possOf = q, true
					if !toks[items[q].t1-1].poss {
						items[q].inner = true // "the X-affiliated Y": X is named as Y's parent only
					}
				}
				i = end
				continue
			}
		}
		word(i)
		items[len(items)-1].paren = paren > 0
		i++
	}
	exLowerUnitParents(items, ofUnits)
	return items
}

// placeItem makes a Place item of tokens [i,j): "Anshan City" is Anshan.
func (p *exParser) placeItem(toks []exTok, i, j int) exItem {
	surf := p.text[toks[i].s:exCoreEnd(p.text, &toks[j-1])]
	name := surf
	if j-i > 1 && toks[j-1].is(xfPlaceSuffixDropped) && !toks[j-2].is(xfPlaceModifiers) {
		name = p.text[toks[i].s:toks[j-2].e]
	}
	return exItem{kind: xPlace, exSpan: exSpan{t0: i, t1: j, s: toks[i].s, e: exCoreEnd(p.text, &toks[j-1])}, exName: exName{name: name, surf: surf}, exAttachment: exAttachment{parent: -1}}
}

// exCoreEnd is the end of a token without its possessive.
func exCoreEnd(text string, t *exTok) int {
	if t.poss {
		if w := text[t.s:t.e]; strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’") {
			return t.s + strings.LastIndexByte(w, 's') + 1 // a plural's possessive
		}
		if strings.HasSuffix(text[t.s:t.e], "’s") {
			return t.e - len("’s")
		}
		return t.e - 2
	}
	return t.e
}

// parseName reads an organisation, place or base name at tokens[i:]:
// a run of name words, joined to more runs by "of", "for", "and", "&", "at",
// "in", "with" when the grammar of names allows ("Department of Science and
// Technology of Liaoning Province"). A following "of Y" that is itself an
// organisation makes Y the parent ("School of Economics of Liaoning
// University"); a party organ or government is folded into what it belongs
// to. It returns the end of what it read and the items it found (none when
// the words name nothing).
func (p *exParser) parseName(toks []exTok, i int) (int, []exItem) {
	if p.gerundOfNameAt(toks, i) {
		return i, nil // names11: "… for Establishing Y Institute" (names_for.go)
	}
	j := p.runEnd(toks, i)
	if j <= i {
		return i, nil
	}
	ri := p.runInfo(toks, i, j)
	hasHead := ri.head
	if f := exFacilityEnd(toks, j); f > j && !ri.head {
		// "Xishan coal mine", "the Nanhu steel plant": a name and a
		// lower-case head of a works
		j, hasHead = f, true
	}
	complement := false
	forComp := false
	end := j
	parentAt := -1
	var aliases []string
	definedAt := -1 // the "(" of a bracket defining an alias (names_alias.go)
	var innerPlaces [][2]int
	var designators []int // "Key Laboratory of the Ministry of X": the ministry names it, is no parent
	skipThe := func(k int) int {
		if k < len(toks) && toks[k].low == "the" {
			return k + 1
		}
		return k
	}
loop:
	for end < len(toks) && end-i < 40 {
		c := toks[end].low
		switch c {
		case "and", "&":
			k := skipThe(end + 1)
			r := p.runEnd(toks, k)
			if r == k {
				break loop
			}
			rr := p.runInfo(toks, k, r)
			switch {
			case hasHead && rr.bareHead && toks[end-1].is(xfOrgHeads) && k == end+1 && !toks[end-1].is(xfCompanySuffix) &&
				!(r < len(toks) && (toks[r].low == "of" || toks[r].low == "for")):
				end = r
			case c == "&" && hasHead && k == end+1 && toks[end-1].cap && !toks[end-1].is(xfOrgHeads) && rr.head && !rr.place:
				// names11: "X Group Harbin Measuring & Cutting Tool Group
				// Co.": an ampersand between two name words, the words
				// before it ending in none of a body's heads, joins two
				// trades of the name that goes on after it
				end = r
			case !hasHead && !ri.place && !ri.acrOrg && rr.head && !rr.place && k == end+1 &&
				exFieldsMeet(toks, end-1, k):
				// "Culture and Tourism Bureau", "Science and Technology
				// Museum": two fields of one body; "Qingdao and Tsinghua
				// University", "Weichai Power and X University" are two names
				end, hasHead = r, true
			case !hasHead && !ri.place && !ri.acrOrg && end == i+1 && k == end+1 && p.unitFieldsJoin(toks, i, k, r):
				// "Power and Heating Division", "Analysis and Test
				// Center": two ordinary words of one unit's name
				end, hasHead = r, true
			case !hasHead && !ri.place && !ri.acrOrg && p.fieldsJoinEnd(toks, i, end) > end:
				// xlists: fields of one name on both sides of "and" (conjunctions.go)
				end, hasHead = p.fieldsJoinEnd(toks, i, end), true
			case complement && !rr.head && !rr.place && !rr.acrOrg:
				if p.ownNamed(p.text[toks[k].s:toks[r-1].e]) {
					// "University of Technology and Beihai Port and
					// Shipping Group": a proper word opens the next name
					break loop
				}
				if p.fieldJoin(toks, k, r) > r {
					// "X University of Science and Technology and Y Iron
					// and Steel Group": the run opens the next name, whose
					// two fields meet at the next "and"
					break loop
				}
				end = r
			default:
				break loop
			}
		case ",":
			if complement && !forComp {
				// "School of History, Culture and Tourism": a list of
				// subjects inside the name
				if m, ok := p.subjectList(toks, end); ok {
					end = m
					continue
				}
			}
			if hasHead && end+1 < len(toks) && toks[end+1].in(exAffiliationWords) {
				// "X, affiliated to Y,": Y is X's parent
				if k := p.affiliationParent(toks, end+1); k >= 0 {
					parentAt = k
				}
				break loop
			}
			if hasHead || ri.place || ri.acrOrg {
				break loop
			}
			m := end
			ok := false
			for m < len(toks) && m-end < 30 {
				if toks[m].low == "," {
					r := p.runEnd(toks, m+1)
					if r == m+1 || p.runInfo(toks, m+1, r).head {
						break
					}
					m = r
					continue
				}
				if toks[m].low == "and" {
					r := p.runEnd(toks, m+1)
					if r > m+1 && p.runInfo(toks, m+1, r).head && r-(m+1) <= 3 {
						m, ok = r, true
					}
				}
				break
			}
			if !ok {
				break loop
			}
			end, hasHead = m, true
		case "of", "for":
			if !hasHead && ri.place && c == "of" {
				// a zone of a place named after it: "Xiling District of
				// Donghu Province Pilot Zone"
				k := skipThe(end + 1)
				r := p.runEnd(toks, k)
				if r > k && toks[r-1].in(exZoneHeads) {
					end, hasHead = r, true
					ri.place = false
					continue
				}
			}
			if !hasHead {
				break loop
			}
			if c == "of" && complement && end+1 < len(toks) && toks[end+1].word && unicode.IsDigit(rune(toks[end+1].low[0])) {
				end += 2 // "Museum of the Sino-Japanese War of 1894-1895"
				continue
			}
			if n := p.lowerFieldOfHead(toks, i, end); n > 0 {
				end, complement = end+n, true // names11: "the Academy of fine arts of X" (names_unitfields.go)
				continue
			}
			k := skipThe(end + 1)
			if c == "for" && p.forClauseAt(toks, k) {
				break loop // names11: "… Museum of China for Pang Xunhu" (names_for.go)
			}
			r := p.fieldJoin(toks, k, p.runEnd(toks, k))
			if r == k {
				break loop
			}
			rr := p.runInfo(toks, k, r)
			if h := p.lastHeadLow(toks, i, end); rr.head && (exSubunitHeads.has(h) || exFieldNamedHeads.has(h)) && toks[r-1].is(xfFieldWords) &&
				p.lastHeadLow(toks, k, r-1) == "" {
				// "School of Business Administration", "University of
				// Finance and Administration": a field that is also a head
				// word completes the name
				rr.head = false
			}
			switch {
			case rr.place && !rr.head:
				if r < len(toks) && !toks[r].cap && toks[r].is(xfPlaceSuffixDropped) && !toks[r-1].poss {
					// "the People's Congress of Henan province", "the
					// Education Bureau of Linhe city": the place's suffix,
					// dropped from its own name, is the body's
					r++
				}
				innerPlaces = append(innerPlaces, [2]int{k, r})
				end = r
			case rr.head || rr.acrOrg:
				if c == "of" && toks[r-1].in(exBaseHeads) && !exBaseHeads.has(p.lastHeadLow(toks, i, end)) {
					// "X Faculty of History Practice Teaching Base": a base
					// named after its owner, not a faculty whose parent is a base
					end, complement = r, true
					continue
				}
				if c == "for" {
					end, complement = r, true
					continue
				}
				if toks[end-1].low == "committee" && (toks[r-1].low == "congress" || toks[r-1].low == "cppcc") {
					// "Standing Committee of the Provincial People's Congress" is one body
					end = r
					continue
				}
				if p.designatedBy(toks, i, end, r) {
					designators = append(designators, k)
					end, complement = r, true
					continue
				}
				if b := p.ofPlaceBranchEnd(toks, i, end, k, r); c == "of" && b > 0 {
					end = b // names11: "Bank of China Shanghai Branch" (names_branch.go)
					break loop
				}
				if c == "of" && end == j && ri.bareHead && toks[i].in(exServingOfficeHeads) && !exPlaceGovWordIn(toks, k, r) {
					// names11: "the Office of the Alumni Association of X":
					// a bare office is named by the body it serves, which
					// is its name's complement, not its parent; a place's
					// government's office stays the government's
					// (names_office.go)
					end, complement = r, true
					continue
				}
				parentAt = k
				break loop
			default:
				end, complement = r, true
				forComp = c == "for"
			}
		case "with":
			if !forComp {
				break loop
			}
			k := skipThe(end + 1)
			r := p.runEnd(toks, k)
			if r == k || p.runInfo(toks, k, r).head {
				break loop
			}
			end = r
		case "affiliated", "subordinate", "attached":
			k := p.affiliationParent(toks, end)
			if hasHead && k >= 0 && toks[end].cap {
				// "X Hospital Affiliated to Y University", "the Middle
				// School Affiliated with Y": capitalised, the tie to the
				// parent is part of the official name, and the parent is
				// the body's own
				end, parentAt = p.runEnd(toks, k), k
				break loop
			}
			// "the hospitals affiliated to X", "an institute subordinate to X"
			if hasHead && k >= 0 {
				parentAt = k
			}
			break loop
		case "at", "under":
			if !hasHead {
				break loop
			}
			k := skipThe(end + 1)
			r := p.runEnd(toks, k)
			if r == k {
				break loop
			}
			rr := p.runInfo(toks, k, r)
			if rr.head || rr.acrOrg {
				if c == "at" && !exSubunitHeads.has(p.lastHeadLow(toks, i, end)) {
					break loop
				}
				if c == "at" && exCityNamedInstitutionHeads.has(p.lastHeadLow(toks, i, end)) && end-i >= 2 && p.isPlace(toks[i].low) {
					break loop // signed10: "Beijing X Museum at Y University" is a city's own museum; "at Y" is where it met
				}
				if h := exHeadAt(toks, i, end); c == "at" && h-i >= 1 && toks[h].low == "college" && (toks[h-1].low == "industry" || toks[h-1].low == "industrial") {
					break loop // an industry college "at Y" is a base at its site
				}
				if c == "at" && exHonoraryMembershipBefore(toks, i) {
					break loop // parts12: "an academician of X Academy at Y University" works at Y; X is no unit of Y
				}
				if c == "under" && p.designatedBy(toks, i, end, r) {
					designators = append(designators, k)
					end, complement = r, true
					continue
				}
				parentAt = k
			}
			break loop
		case "on":
			if r := p.onFieldEnd(toks, i, end); hasHead && r > end {
				end, complement = r, true // names11: "the Working Committee on Health" (names_on.go)
				continue
			}
			break loop
		case "in":
			k := skipThe(end + 1)
			r := p.runEnd(toks, k)
			if r == k || !hasHead || !p.runInfo(toks, k, r).place {
				break loop
			}
			if !exGovBodyHeads.has(p.lastHeadLow(toks, i, end)) {
				break loop
			}
			innerPlaces = append(innerPlaces, [2]int{k, r})
			end = r
		case "(":
			k := end + 1
			if a0, a1, close := exDefinedAliasAt(toks, k); close > 0 {
				// "(hereinafter referred to as BAST)": the text says
				// what it will call the body (names_alias.go)
				aliases = append(aliases, p.text[toks[a0].s:toks[a1-1].e])
				definedAt, end = end, close+1
				break loop
			}
			r := p.runEnd(toks, k)
			if r > k && r < len(toks) && toks[r].low == ")" {
				rr := p.runInfo(toks, k, r)
				if toks[r-1].acr || rr.head {
					aliases = append(aliases, p.text[toks[k].s:toks[r-1].e])
					end = r + 1
				}
			}
			break loop
		default:
			break loop
		}
		ri2 := p.runInfo(toks, i, end)
		hasHead = hasHead || ri2.head
	}
	nameEnd := end
	for nameEnd > i && !toks[nameEnd-1].word && toks[nameEnd-1].low != ")" {
		nameEnd--
	}
	if end == j && ri.head && !ri.lastHead && !exForeignHeadIn(toks, i, nameEnd) && !p.cityAfterHeadAt(toks, i, nameEnd) {
		// "Shanghai Jiao Tong University Signed Cooperation" (a title-case
		// heading): the name ends at its last head word, unless what follows
		// is a place ("… Business School China") or an acronym.
		k := nameEnd
		for k > i && toks[k-1].word && !toks[k-1].is(xfOrgHeads) && !p.isPlace(toks[k-1].low) && !toks[k-1].is(xfGovWords) &&
			!toks[k-1].is(xfCountries) && !toks[k-1].acr {
			k--
		}
		if k > i && toks[k-1].is(xfOrgHeads) {
			nameEnd = k
			end = k
		}
	}
	if definedAt > i {
		nameEnd = definedAt // the name ends before its defining bracket
	} else if len(aliases) > 0 {
		// the name ends before "(ABBR)"
		for k := i; k < nameEnd; k++ {
			if toks[k].low == "(" && p.text[toks[k].s:toks[nameEnd-1].e] == "("+aliases[0]+")" {
				nameEnd = k
				break
			}
		}
	}
	if nameEnd <= i {
		return end, nil
	}
	if exCongressSessionAt(toks, i) {
		return end, nil // names6: "the 20th National Congress of the CPC" is a session, no body
	}
	full := p.runInfo(toks, i, nameEnd)
	if full.bareHead || toks[end-1].is(xfDocWords) && !(end-2 > i && toks[end-2].in(exBodyDocModifiers)) { // exBodyDocModifiers: titles
		return end, nil // "the Museum"; "“District School Cooperation Agreement”"
	}
	if full.acrOrg && !full.head && strings.ContainsAny(p.text[toks[nameEnd-1].s:toks[nameEnd-1].e], "0123456789") {
		return end, nil // "COVID-19"
	}
	surf := p.text[toks[i].s:exCoreEnd(p.text, &toks[nameEnd-1])]
	it := exItem{exSpan: exSpan{t0: i, t1: nameEnd, s: toks[i].s, e: exCoreEnd(p.text, &toks[nameEnd-1])}, exName: exName{name: surf, surf: surf, aliases: aliases}, exAttachment: exAttachment{parent: -1}}
	var out []exItem
	switch {
	case hasHead || full.head:
		it.kind = xOrg
		if exBaseHeads.has(p.lastHeadLow(toks, i, nameEnd)) && !(nameEnd-i >= 2 && (toks[nameEnd-2].in(exBroadcastWords) || toks[nameEnd-2].in(exUtilityStationWords))) {
			it.kind = xBase // but a "Radio and Television Station" is a broadcaster, a "Hydropower Station" an enterprise
		}
		if h := exHeadAt(toks, i, nameEnd); h-i >= 1 && toks[h].low == "college" && (toks[h-1].low == "industry" || toks[h-1].low == "industrial") {
			// an industry college one body sets up at another (SCHEMA.md),
			// with its field or not ("X Industry College of Smart Welding"),
			// and named again by its kind alone ("the Industry College"):
			// no college of its own that "the college" could mean
			it.kind = xBase
		}
		if pl, ok := p.govPlace(toks, i, nameEnd, innerPlaces); ok {
			out = append(out, pl)
			return p.withParent(toks, end, parentAt, out)
		}
		if pl, ok := p.partyOfPlaceBeforePost(toks, i, nameEnd); ok && parentAt < 0 {
			return end, append(out, pl)
		}
		if full.party || parentAt >= 0 && nameEnd-i == 2 && toks[i].in(exGoverningOrgans) && toks[i+1].low == "committee" ||
			parentAt >= 0 && exGoverningCouncil(toks, i, nameEnd) { // titles.go
			// "the Administrative Committee of X Zone" governs X: it is X,
			// as a party committee is its body
			it.fold = true
		} else if b, ok := p.cpcBodyCommittee(toks, i, nameEnd); ok && parentAt < 0 {
			// titles.go: "the CPC Qiaoshan University Committee" is the
			// university's party committee: the mention names the university
			it.name = b
			it.surf = b
		} else if c := exBodyOrganTail(toks, i, nameEnd); c > i && parentAt < 0 {
			if body := p.runInfo(toks, i, c); (body.head || body.acrOrg) && !body.place && !body.bareHead && toks[c-1].cap {
				// "the JCNU Party Committee", "X University CPC Committee":
				// the body's party committee is the body (SCHEMA.md); the
				// mention names the body; a body's name ends in a name
				// word ("the Office of the CPC Committee" is the office's)
				it.name = p.text[toks[i].s:exCoreEnd(p.text, &toks[c-1])]
				it.surf = it.name
			} else if body.bareHead && c == i+1 && toks[i].in(exBackNouns) {
				// titles (titles.go): "the University Party Committee" is
				// the party committee of the university named before
				// ("School Party Committee" renders the whole institution's,
				// 校党委: fold marks it, and it stands for the top body)
				p.back = true
				it.kind, it.back, it.name, it.fold = xHome, true, toks[i].low, true
			}
		}
	case full.place || (nameEnd-i >= 2 && toks[nameEnd-1].is(xfPlaceSuffix)):
		out = append(out, p.placeItem(toks, i, nameEnd))
		return end, out
	case full.acrOrg:
		it.kind = xOrg
	default:
		return end, nil
	}
	out = append(out, it)
	for _, ip := range innerPlaces {
		pl := p.placeItem(toks, ip[0], ip[1])
		pl.inner = true
		out = append(out, pl)
	}
	for _, d := range designators {
		if _, dits := p.parseName(toks, d); len(dits) > 0 && dits[0].t1 <= nameEnd {
			dits[0].inner, dits[0].parent = true, -1
			out = append(out, dits[0])
		}
	}
	return p.withParent(toks, end, parentAt, out)
}

// exRankAt returns the length of a member's rank in an association at i —
// a post and a capitalised member noun before a member's name ("Vice
// President Enterprise Y Co., Ltd.", "Council Member Unit Y") — or 0.
func exRankAt(toks []exTok, i int) int {
	n := exTitleAt(toks, i, false)
	if n == 0 || !toks[i].cap {
		return 0
	}
	k := i + n
	if k+1 >= len(toks) || !toks[k].cap || !toks[k].in(exRankNouns) || toks[k].poss || !toks[k+1].cap || !toks[k+1].word {
		return 0
	}
	return n + 1
}

// designatedBy: the name toks[i:end] is of a laboratory or centre and the
// body named at toks[..r) after its "of" / "under" is a ministry: a
// ministry designates key laboratories and centres across the country
// ("the Key Laboratory of X of the Ministry of Education", "the
// Engineering Centre under the Ministry of Y"), so the ministry is part of
// the name, not the unit's parent.
func (p *exParser) designatedBy(toks []exTok, i, end, r int) bool {
	return exDesignatedUnitHeads.has(p.lastHeadLow(toks, i, end)) && r > 0 && toks[r-1].in(exDesignatorHeads)
}

// headlessOrg reads a body named without a head noun from its role: a run
// of name words right before a post and its holder's name is the body of
// that post ("Shandong Heavy Industry Weichai Power Chairman Tan Xuguang").
func (p *exParser) headlessOrg(toks []exTok, i, end int) (exItem, bool) {
	if end-i > 8 {
		return exItem{}, false
	}
	known := p.headless[strings.ToLower(p.text[toks[i].s:exCoreEnd(p.text, &toks[end-1])])]
	postsFollow := p.postsFollow(toks, end) || p.companyPostFollows(toks, i, end) // titles.go
	if !known && !p.postOf(toks, i) && !p.partyOf(toks, i) && !postsFollow {
		n := exTitleAt(toks, end, true)
		if n == 0 {
			return exItem{}, false
		}
		k := end + n
		if k < len(toks) && toks[k].is(xfHonorifics) {
			k++
		}
		if p.personAt(toks, k) == 0 {
			return exItem{}, false
		}
	}
	for m := i; m < end; m++ {
		if !toks[m].word || !toks[m].cap || toks[m].is(xfFunctionWords) || toks[m].is(xfRunStops) {
			return exItem{}, false
		}
	}
	if end-i == 1 && toks[i].is(xfOrgHeads) {
		return exItem{}, false // a bare head noun is no name
	}
	if exClauseAfterGluedComma(toks, i, end) {
		return exItem{}, false // "… and Y Company,Gives specific instructions": a clause, no body
	}
	if quads.IsGenericName(p.text[toks[i].s:toks[end-1].e]) {
		return exItem{}, false // "Three Universities": a body needs a word of its own
	}
	if end-i == 1 && !toks[i].acr && !known && !((p.postOf(toks, i) || p.partyOf(toks, i) || postsFollow) && !p.isPlace(toks[i].low) && !toks[i].is(xfFieldWords)) {
		return exItem{}, false // "Shandong Governor X", a typo ("Part Secretary X")
	}
	surf := p.text[toks[i].s:exCoreEnd(p.text, &toks[end-1])]
	name := surf
	if c := exPartyOrganTail(toks, i, end); c > i {
		name = p.text[toks[i].s:exCoreEnd(p.text, &toks[c-1])] // "Weichai Party Secretary X": Weichai's organ
	}
	return exItem{kind: xOrg, exSpan: exSpan{t0: i, t1: end, s: toks[i].s, e: exCoreEnd(p.text, &toks[end-1])}, exName: exName{name: name, surf: name}, exAttachment: exAttachment{parent: -1}}, true
}

// postOf: tokens before i are a post and "of" ("Minister of the United
// Front", "chairman of Rhein-Koester"): what follows is the post's body.
func (p *exParser) postOf(toks []exTok, i int) bool {
	k := i - 1
	if k >= 0 && toks[k].low == "the" {
		k--
	}
	return k >= 1 && toks[k].low == "of" && (toks[k-1].is(xfTitleCore) || exChiefExecutive(toks, k-1)) && !toks[k-1].in(exMemberCores)
}

// partyOf: the run at i is a party of a signing ("signed an agreement
// with Rhein-Koester", "signed between Donghu and …"): "with" or "between"
// right before it, a signing cue earlier in the sentence.
func (p *exParser) partyOf(toks []exTok, i int) bool {
	if i >= 2 && (toks[i-1].low == "and" || toks[i-1].low == ",") {
		// a later conjunct: "signed … with A and Rhein-Koester"
		for k := i - 2; k >= 0 && k >= i-25; k-- {
			if l := toks[k].low; l == "." || l == ";" {
				break
			}
			if l := toks[k].low; l == "with" || l == "between" {
				i = k + 1
				break
			}
		}
	}
	if i >= 2 && toks[i-1].low == "between" && exAgreementBetween(toks, i-1) {
		return true // xlists: "the agreement between Donghu and …" (lists.go)
	}
	if i >= 2 && (toks[i-1].low == "with" || toks[i-1].low == "between") {
		for k := i - 2; k >= 0; k-- {
			if toks[k].is(xfSignCues) || toks[i-1].low == "between" && toks[k].in(exConcludeCues) {
				return true // "reached between Donghu Power and …"
			}
		}
		return false
	}
	return p.signerListOf(toks, i)
}

// signerListOf: the run at i opens a list of names that signs ("Nordvik,
// Fenglin University and Nanhu Museum signed …"): only names, commas and
// "and" stand between it and the signing verb, and one of the names has a
// head noun.
func (p *exParser) signerListOf(toks []exTok, i int) bool {
	if i > 0 && toks[i-1].low != "the" || toks[i].in(exSentenceAdverbs) {
		return false
	}
	r := p.runEnd(toks, i)
	if v := r; i == 0 && r-i >= 2 && v < len(toks) {
		// "Xiling Biotech (also) signed …": a sentence's subject of two
		// name words or more, right before its signing verb
		if v+1 < len(toks) && toks[v].in(exSignAuxiliaries) {
			v++
		}
		if toks[v].is(xfSignCues) && toks[v].low != "signing" {
			return true
		}
	}
	if r >= len(toks) || toks[r].low != "," && toks[r].low != "and" {
		return false
	}
	head, and := false, toks[r].low == "and"
	for k := r; k < len(toks) && k < r+25; k++ {
		t := &toks[k]
		switch {
		case t.is(xfSignCues):
			return head && and // a list: "X, Y and Z"; "Earlier, Y signed" is none
		case t.low == "and" || t.low == "&":
			and = true
		case t.low == "," || t.low == "the" || t.low == "." && k > 0 && !toks[k-1].sp:
		case t.word && t.cap:
			head = head || t.is(xfOrgHeads)
		case t.low == "(" || t.low == ")" || t.low == "." || t.low == "jointly":
			if t.low == "." {
				return false
			}
		default:
			return false
		}
	}
	return false
}

// fieldJoin extends the run [k,r) over "and" when two fields of one body
// meet there: "of the [Culture and Tourism Bureau]", "of [Liaoning Radio and
// TV Bureau]". It returns the new end, or r.
func (p *exParser) fieldJoin(toks []exTok, k, r int) int {
	if r <= k || r+1 >= len(toks) || toks[r].low != "and" || !exFieldsMeet(toks, r-1, r+1) {
		return r
	}
	if p.runInfo(toks, k, r).head {
		return r
	}
	r2 := p.runEnd(toks, r+1)
	if r2 > r+1 && p.runInfo(toks, r+1, r2).head {
		return r2
	}
	return r
}

// subjectList reads ", B, C and D" at toks[m:] where every member is a
// short run of name words without a head word, a place or a person: the
// rest of "School of A, B and D". It returns the end and whether it read one.
func (p *exParser) subjectList(toks []exTok, m int) (int, bool) {
	member := func(k int) int {
		if k >= len(toks) || p.personAt(toks, k) > 0 {
			return -1
		}
		r := p.runEnd(toks, k)
		if r == k || r-k > 3 {
			return -1
		}
		if rr := p.runInfo(toks, k, r); rr.head || rr.place || rr.acrOrg {
			return -1
		}
		return r
	}
	// fields: every member is one field word ("Culture, Radio, Television
	// and Tourism"), so a comma after the last one ends the name
	fields := m > 0 && toks[m-1].is(xfFieldWords)
	for n := 0; n < 6 && m < len(toks) && toks[m].low == ","; n++ {
		r := member(m + 1)
		if r < 0 {
			return m, false
		}
		fields = fields && r == m+2 && toks[m+1].is(xfFieldWords)
		m = r
		if m < len(toks) && toks[m].low == "and" {
			r := member(m + 1)
			fields = fields && r == m+2 && toks[m+1].is(xfFieldWords)
			if r >= 0 && !(r < len(toks) && (toks[r].low == "," && !fields || toks[r].low == "and")) {
				return r, true
			}
			return m, false
		}
	}
	return m, false
}

// withParent parses the parent organisation at parentAt (if any) and links
// the first item to it.
func (p *exParser) withParent(toks []exTok, end, parentAt int, out []exItem) (int, []exItem) {
	if parentAt < 0 {
		return end, out
	}
	pend, pits := p.parseName(toks, parentAt)
	if len(pits) == 0 {
		return end, out
	}
	base := len(out)
	out[0].parent = base
	if gov := &pits[0]; gov.kind == xPlace && gov.t1 > 0 && toks[gov.t1-1].low == "government" && out[0].kind == xOrg {
		// names6: "the Shenzhen Office of X Province People's Government",
		// "the General Office of X Municipal Government": the government's
		// unit is named with it, or its name is a bare "General Office"
		out[0].name = p.text[out[0].s:gov.e]
		out[0].surf = out[0].name
	}
	if exNamesItsParent(out[0].name) && pits[0].kind == xOrg && pits[0].s < out[0].e && pits[0].e > out[0].e {
		// names13: "the High School Affiliated to the X Academy of Fine
		// Arts": the tie names the whole parent, whose name runs past the
		// run the tie's words stopped at
		out[0].name = p.text[out[0].s:pits[0].e]
		out[0].surf = out[0].name
	}
	exUnitAbbreviation(&out[0], &pits[0]) // lowerunits.go
	for k, it := range pits {
		if it.parent >= 0 {
			it.parent += base
		}
		if k == 0 {
			it.inner = true
		}
		out = append(out, it)
	}
	return pend, out
}

// exNamesItsParent: the name ties the body to its parent ("X Hospital
// Affiliated to FLU"): it is whole without the parent's name after it.
func exNamesItsParent(name string) bool {
	ws := strings.Fields(strings.ToLower(name))
	for k := 0; k+1 < len(ws); k++ {
		if exAffiliationWords.has(ws[k]) && (ws[k+1] == "to" || ws[k+1] == "with") {
			return true
		}
	}
	return false
}

// affiliationParent returns where the body begins that "affiliated
// to/with", "subordinate to" at toks[at] attaches a name to, or -1.
func (p *exParser) affiliationParent(toks []exTok, at int) int {
	if at+1 >= len(toks) || !toks[at].in(exAffiliationWords) || (toks[at+1].low != "to" && toks[at+1].low != "with") {
		return -1
	}
	k := at + 2
	if k < len(toks) && toks[k].low == "the" {
		k++
	}
	r := p.runEnd(toks, k)
	if r == k {
		return -1
	}
	if ri := p.runInfo(toks, k, r); !ri.head && !ri.acrOrg {
		return -1
	}
	return k
}

// lastHeadLow is the last head word of tokens [i,j).
func (p *exParser) lastHeadLow(toks []exTok, i, j int) string {
	for k := j - 1; k >= i; k-- {
		if toks[k].is(xfOrgHeads) {
			return toks[k].low
		}
	}
	return ""
}

// govPlace recognises a government or party committee of a place, which the
// schema folds into the place: "Anshan Municipal Party Committee",
// "People's Government of Haicheng City", "Wuchang District Government",
// "Municipal Government" (a bare reference, resolved to the article's city).
func (p *exParser) govPlace(toks []exTok, i, j int, innerPlaces [][2]int) (exItem, bool) {
	if c := exOfThePartyTail(toks, i, j); c > i {
		// titles (titles.go): "Tianmen Municipal Committee of the
		// Communist Party of China" is "Tianmen Municipal Committee"
		if pl, ok := p.govPlace(toks, i, c, nil); ok {
			pl.surf = p.text[toks[i].s:toks[j-1].e]
			pl.e, pl.t1 = toks[j-1].e, j
			return pl, true
		}
	}
	if j-i >= 3 && (toks[i].low == "cpc" || toks[i].low == "party") && !toks[i+1].is(xfGovWords) {
		// "CPC Yuzhou Municipal Committee": the party's committee of a place
		if pl, ok := p.govPlace(toks, i+1, j, innerPlaces); ok {
			pl.surf = p.text[toks[i].s:toks[j-1].e]
			pl.s, pl.t0 = toks[i].s, i
			return pl, true
		}
	}
	last := toks[j-1].low
	if last != "government" && last != "committee" {
		// "People's Government of Beihai County": the name goes on past
		// the government to the place it is of
		if len(innerPlaces) == 0 || innerPlaces[len(innerPlaces)-1][1] != j {
			return exItem{}, false
		}
		m := innerPlaces[len(innerPlaces)-1][0] - 1
		if m > i && toks[m].low == "the" {
			m--
		}
		if m <= i || toks[m].low != "of" && toks[m].low != "in" || toks[m-1].low != "government" && toks[m-1].low != "committee" {
			return exItem{}, false
		}
	}
	// leading place words, then only government words; a leading "CPC"
	// names the party of the place's committee ("CPC Yuzhou Municipal
	// Committee")
	lead := i
	if toks[i].low == "cpc" && i+1 < j && toks[i+1].word && !toks[i+1].is(xfGovWords) {
		lead = i + 1
	}
	k := lead
	for k < j && !toks[k].is(xfGovWords) && toks[k].word {
		k++
	}
	for m := k; m < j; m++ {
		if toks[m].word && !toks[m].is(xfGovWords) && toks[m].low != "of" && toks[m].low != "the" && toks[m].low != "in" {
			return exItem{}, false
		}
		if toks[m].low == "in" && k > lead && (toks[k-1].is(xfPlaceSuffix) || k-lead == 1 && p.isPlace(toks[lead].low)) {
			// "Anning Government in Yunnan Province": the government is
			// the leading place's; "in Y" only says where that place is
			pl := p.placeItem(toks, lead, k)
			pl.surf = p.text[toks[i].s:toks[j-1].e]
			pl.s, pl.e, pl.t0, pl.t1 = toks[i].s, toks[j-1].e, i, j
			pl.fold = true
			return pl, true
		}
		if toks[m].low == "of" || toks[m].low == "in" {
			// "People's Government of X": X must be a place
			if len(innerPlaces) == 0 {
				return exItem{}, false
			}
			ip := innerPlaces[len(innerPlaces)-1]
			pl := p.placeItem(toks, ip[0], ip[1])
			pl.surf = p.text[toks[i].s:toks[j-1].e]
			pl.s, pl.e, pl.t0, pl.t1 = toks[i].s, toks[j-1].e, i, j
			pl.fold = true
			return pl, true
		}
	}
	if k == j {
		return exItem{}, false
	}
	gov := false
	lv := placeLevel(0)
	for m := k; m < j; m++ {
		switch toks[m].low {
		case "municipal", "city":
			gov, lv = true, levelCity
		case "provincial":
			gov, lv = true, levelProvince
		case "district":
			gov, lv = true, levelDistrict
		case "county":
			gov, lv = true, levelDistrict
		case "government":
			gov = true
		}
	}
	if !gov && k > lead && (toks[k-1].is(xfPlaceSuffix) || k-lead == 1 && p.isPlace(toks[lead].low)) {
		// "Binhai New Area Party Committee", "Shandong Party Committee":
		// the words before the party organ are a place
		gov, lv = true, levelCity
		if toks[k-1].low == "district" || toks[k-1].low == "county" || toks[k-1].low == "area" {
			lv = levelDistrict
		} else if toks[k-1].low == "province" || toks[lead].in(exProvinces) {
			lv = levelProvince
		}
	}
	if !gov {
		return exItem{}, false // "Party Committee" alone is an organisation's
	}
	surf := p.text[toks[i].s:toks[j-1].e]
	if k == lead {
		return exItem{kind: xPlace, exSpan: exSpan{t0: i, t1: j, s: toks[i].s, e: toks[j-1].e}, exName: exName{surf: surf, level: lv}, exAttachment: exAttachment{fold: true, parent: -1}}, true
	}
	pe := k
	if toks[k].low == "district" || toks[k].low == "county" {
		pe = k + 1 // "Wuchang District Government": the place is Wuchang District
	}
	pl := p.placeItem(toks, lead, pe)
	pl.surf = surf
	pl.s, pl.e, pl.t0, pl.t1 = toks[i].s, toks[j-1].e, i, j
	pl.fold = true
	return pl, true
}

// learnShortNames finds the enterprises an article also calls by the first
// word of their name alone ("Zoomlion" for "Zoomlion Heavy Industry Science
// and Technology Co., Ltd.", "Midea" for "Midea Group") and reports whether
// it found any. The word must stand alone elsewhere, capitalised, and be no
// place, surname, title or generic word.
func (p *exParser) learnShortNames(toks [][]exTok, items [][]exItem) bool {
	cand := map[string]string{}
	for si := range items {
		for k := range items[si] {
			it := &items[si][k]
			if it.kind != xOrg || it.t1-it.t0 < 2 {
				continue
			}
			ws := exOrgWords(it.name)
			if len(ws) < 2 {
				continue
			}
			if l := ws[len(ws)-1]; l != "company" && l != "group" && !(l == "university" && len(ws) == 2) {
				// (dev7) "Huaxi" for "Huaxi University" as well: a
				// university of one distinctive word is called by it
				continue
			}
			t := &toks[si][it.t0]
			if t.word && t.cap && p.isPlace(t.low) {
				// a company named after its place is called by the place
				// and one more word of its name ("Nanhu Steel" for "Nanhu
				// Iron and Steel Group"): the place alone stays the place
				for _, w := range ws[1 : len(ws)-1] {
					if len(w) >= 3 && !exFunctionWords.has(w) && !exOrgHeads.has(w) && !exCompanySuffix.has(w) {
						if _, ok := cand[t.low+" "+w]; !ok {
							cand[t.low+" "+w] = it.name
						}
					}
				}
				continue
			}
			if !t.word || !t.cap || t.acr || t.f != 0 || p.isPlace(t.low) || len(t.low) < 3 {
				continue
			}
			if _, ok := cand[t.low]; !ok {
				cand[t.low] = it.name
			}
			// titles (class 10): "Linhai Steel" for "Linhai Iron and Steel
			// Group", as for a company named after its place
			for _, w := range ws[1 : len(ws)-1] {
				if len(w) >= 3 && !exFunctionWords.has(w) && !exOrgHeads.has(w) && !exCompanySuffix.has(w) {
					if _, ok := cand[t.low+" "+w]; !ok {
						cand[t.low+" "+w] = it.name
					}
				}
			}
		}
	}
	if len(cand) == 0 {
		return false
	}
	for si := range toks {
		ts := toks[si]
		for k := range ts {
			t := &ts[k]
			inLonger := func() bool { // the pair begins a longer name already read
				for _, it := range items[si] {
					if it.kind == xOrg && it.t0 <= k && k+2 < it.t1 {
						return true
					}
				}
				return false
			}
			if k+1 < len(ts) && t.word && t.cap && ts[k+1].word && ts[k+1].cap && !inLonger() {
				pair := t.low + " " + ts[k+1].low
				if full, ok := cand[pair]; ok && (k+2 >= len(ts) || !(ts[k+2].word && ts[k+2].cap) || ts[k+1].poss) {
					if p.short == nil {
						p.short = map[string]string{}
					}
					p.short[pair] = full
					continue
				}
			}
			full, ok := cand[t.low]
			if !ok || !t.word || !t.cap {
				continue
			}
			if k+1 < len(ts) && ts[k+1].word && ts[k+1].cap && !t.poss {
				continue // part of a longer name
			}
			if p.short == nil {
				p.short = map[string]string{}
			}
			p.short[t.low] = full
		}
	}
	return len(p.short) > 0
}

// learnPlaces records the place names an article establishes: "X City",
// "X Province", "city of X", "X Municipal …", "X Provincial …", and in lower
// case "X municipal government", "X province", "the X government",
// "government of X". A modifier of a district ("New" of "New District") is
// no place.
func (p *exParser) learnPlaces(toks []exTok) {
	placeWord := func(t *exTok) bool {
		return p.isNameTok(t) && !t.is(xfOrgHeads) && !t.is(xfGovWords) && !t.is(xfFunctionWords) &&
			!t.is(xfPlaceModifiers) && !t.is(xfTitleCore) && !t.acr && !t.in(exCardinalWords)
	}
	if len(toks) > 3 && toks[0].acr && len(toks[0].low) >= 4 && toks[1].low == "," && !toks[0].is(xfNotOrgAcronyms) {
		// a dateline: "HANGXI, Oct. 12 -- …", "YUZHOU, Gansu, March 14":
		// the capitals name the city
		for k := 2; k < len(toks) && k < 6; k++ {
			if toks[k].is(xfMonths) {
				p.places[placeKey(toks[0].low)] = true
				break
			}
		}
	}
	p.learnApposedPlaces(toks, placeWord) // places (xvisits): places_learn.go
	for k := 1; k < len(toks); k++ {
		t, prev := &toks[k], &toks[k-1]
		l := t.low
		switch {
		case l == "," && placeWord(prev) && (k < 2 || !p.isNameTok(&toks[k-2])) && k+2 < len(toks) &&
			p.isNameTok(&toks[k+1]) && toks[k+2].low == "province":
			// "Beihai, Donghu Province": a city located by its province
			// (before the word test: a comma is no word)
			p.places[placeKey(prev.low)] = true
		case !t.word:
		case (t.in(exPlaceSuffix) || l == "municipal" || l == "provincial") && t.cap && placeWord(prev) && !prev.poss:
			p.places[placeKey(prev.low)] = true
		case !t.cap && t.in(exLowerPlaceCues) && placeWord(prev) && !prev.poss && (k < 2 || !p.isNameTok(&toks[k-2]) || toks[k-2].is(xfFunctionWords)):
			p.places[placeKey(prev.low)] = true
		case l == "of" && (prev.low == "city" || prev.low == "government") && k+1 < len(toks) && placeWord(&toks[k+1]) &&
			(k+2 >= len(toks) || !p.isNameTok(&toks[k+2])):
			p.places[placeKey(toks[k+1].low)] = true
		case l == "of" && prev.in(exGovTitles) && k+1 < len(toks) && placeWord(&toks[k+1]) && !toks[k+1].is(xfSurnames) &&
			(k+2 >= len(toks) || !p.isNameTok(&toks[k+2]) || p.personAt(toks, k+2) > 0):
			// "Mayor of Linhe", "Governor of Nanhu Zhao Minghui": a
			// government's post is of a place
			p.places[placeKey(toks[k+1].low)] = true
		case placeWord(prev) && (k < 2 || !p.isNameTok(&toks[k-2]) || toks[k-2].is(xfFunctionWords)) && p.govPostOfPersonAt(toks, k):
			// places.go: "Tianmen Mayor Zhou Min", "Tianmen's mayor Zhou
			// Min": a government's post after one name word is of a place
			p.places[placeKey(prev.low)] = true
		case l == "in" && prev.in(exDelegationNouns) && k+1 < len(toks) && placeWord(&toks[k+1]) &&
			(k+2 >= len(toks) || !p.isNameTok(&toks[k+2])):
			// "… and his delegation in Jinan": a delegation is in a place
			p.places[placeKey(toks[k+1].low)] = true
		}
	}
}

// placeKey folds the apostrophes of a lower-case place word ("xi’an").
func placeKey(low string) string {
	return strings.ReplaceAll(low, "’", "'")
}

// extendGov folds lower-case government words after a place into it:
// "Qingdao municipal government", "Qingdao municipal Party committee" are
// Qingdao (SCHEMA.md). It returns the end of what it read.
func (p *exParser) extendGov(toks []exTok, it *exItem, end int) int {
	k := end
	for k < len(toks) && k < end+5 && toks[k].word && (toks[k].is(xfGovWords) || toks[k].is(xfPartyBodyWords)) {
		k++
	}
	if k == end || !(toks[k-1].low == "committee" || toks[k-1].low == "government") {
		return end
	}
	if toks[end].cap && !(toks[end].low == "party" || toks[end].low == "cpc") {
		return end // capitalised: parseName's reading stands
	}
	it.t1, it.e, it.fold = k, toks[k-1].e, true
	it.surf = p.text[it.s:it.e]
	return k
}

// exPartyTail returns where a trailing "Party Committee" / "CPC Committee"
// of the name toks[i:end] begins, or -1.
func exPartyTail(toks []exTok, i, end int) int {
	if end-i < 3 || toks[end-1].low != "committee" {
		return -1
	}
	c := end - 1
	for c > i && (toks[c-1].low == "party" || toks[c-1].low == "cpc") {
		c--
	}
	if c == end-1 {
		return -1
	}
	return c
}

// exPartyOrganTail returns where the party organ that ends the name
// toks[i:end] begins, or -1: a trailing "Party Committee" / "CPC Committee"
// (exPartyTail), or a bare "Party" / "CPC" right before a post ("X
// University Party Secretary Y", "X College CPC Committee Secretary Y"):
// the party word belongs to the post, which is of the body named before it.
func exPartyOrganTail(toks []exTok, i, end int) int {
	if c := exPartyTail(toks, i, end); c > i {
		return c
	}
	c := end
	for c > i && toks[c-1].in(exPartyWords) && !toks[c-1].poss {
		c--
	}
	if c == end || c == i || end >= len(toks) || exTitleAt(toks, end, true) == 0 {
		return -1
	}
	return c
}

// exBodyOrganTail returns where the organ that governs a body begins at
// the end of the name toks[i:end] — its party organ before a post
// (exPartyOrganTail), or the governing council of a university, college,
// school or academy ("Fenglin University Council", "University Council")
// — or -1: the organ is its body, as a party committee is (SCHEMA.md).
func exBodyOrganTail(toks []exTok, i, end int) int {
	if c := exPartyOrganTail(toks, i, end); c > i {
		return c
	}
	if c := end - 1; c > i && exGoverningCouncil(toks, c-1, end) && !toks[c].poss && !toks[c-1].poss { // titles.go
		return c
	}
	return -1
}

// partyOfPlaceBeforePost reads "Anshan Party Secretary Y", "Donghu CPC
// Committee Secretary Y": the party organ of a place, named by a bare party
// word before a post, folds into the place (SCHEMA.md).
func (p *exParser) partyOfPlaceBeforePost(toks []exTok, i, end int) (exItem, bool) {
	c := exPartyOrganTail(toks, i, end)
	if c <= i || exPartyTail(toks, i, end) > i || !p.runInfo(toks, i, c).place {
		return exItem{}, false
	}
	pl := p.placeItem(toks, i, c)
	pl.surf = p.text[toks[i].s:toks[end-1].e]
	pl.e, pl.t1, pl.fold = toks[end-1].e, end, true
	return pl, true
}

// exHeadAt returns the index of the head noun of the name toks[i:j]: the
// last head word before the first "of"/"for", else the last head word;
// -1 when it has none (see exNameHead).
func exHeadAt(toks []exTok, i, j int) int {
	end := j
	for k := i + 1; k < j; k++ {
		if toks[k].low == "of" || toks[k].low == "for" {
			end = k
			break
		}
	}
	for k := end - 1; k >= i; k-- {
		if toks[k].is(xfOrgHeads) {
			return k
		}
	}
	return -1
}

// exFacilityEnd returns the end of a lower-case head of a works after a
// name ending at j ("coal mine", "steel plant", "iron and steel works"):
// up to two modifiers of its trade, then the head; j when there is none.
// "works" needs a modifier: alone it is the verb.
func exFacilityEnd(toks []exTok, j int) int {
	k := j
	for k < len(toks) && k < j+2 && toks[k].word && !toks[k].cap && (toks[k].is(xfFieldWords) || toks[k].in(exFacilityModifiers)) {
		k++
	}
	if k < len(toks) && toks[k].word && !toks[k].cap && toks[k].in(exFacilityHeads) && (k > j || toks[k].low != "works") {
		return k + 1
	}
	return j
}

// unitAppositionParents reads "the Law School, Zhongzhou University," and
// "(Dean, School of X, Y University)": a unit named generically, a comma
// and a body that is no unit, the apposition closed (not "and": "the Law
// School, Y University and Z Museum" may be a list): the body is the unit's
// parent, named only as that.
func (p *exParser) unitAppositionParents(items []exItem) {
	for k := 0; k+2 < len(items); k++ {
		u := &items[k]
		if u.kind != xOrg || u.inner || u.parent >= 0 || u.fold || items[k+1].kind != xWord || items[k+1].low != "," {
			continue
		}
		pa := &items[k+2]
		if pa.kind != xOrg || pa.inner || pa.fold || exIsUnitName(pa.name) || exIsSubunitName(pa.name) || !p.genericUnitName(u.name) {
			continue
		}
		if !exUnitMayBelongTo(u.name, pa.name) {
			continue // parts13: "A, Institute of X, Y Bureau of Z,": an institute is no bureau's unit, a list goes on
		}
		m := exSkipMention(items, k+2)
		if m < len(items) && items[m].kind == xWord && (items[m].low == "and" || items[m].low == "&") {
			continue
		}
		if m < len(items) && items[m].kind != xWord {
			continue // "School of Law, Fenglin University Zhao Minghui …"
		}
		u.parent = k + 2
		pa.inner = true
	}
}

// ownNamed: a word of the name is its own (a place, a romanised name):
// "Donghu Museum of Natural History", not "Key Laboratory of X".
func (p *exParser) ownNamed(name string) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if p.isPlace(w) || exLex[w] == 0 && exIsPinyin(w) {
			return true
		}
	}
	return false
}

// genericUnitName: the name is a unit's and has no word of its own (a
// place, a romanised name): "Law School", "School of Marine Science", not
// "Fenglin School of Chemistry".
func (p *exParser) genericUnitName(name string) bool {
	if !exIsUnitName(name) {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if p.isPlace(w) || exLex[w] == 0 && exIsPinyin(w) {
			return false
		}
	}
	return true
}

// exLowerUnitAt returns the length of a unit named in lower case at i: one
// to three modifiers (an ordinal, "affiliated", a field or a clinical
// speciality), then a unit's head ("second affiliated hospital",
// "cardiology department"); 0 when there is none. A bare head ("its
// library") is too vague to be a body.
//
// The head may also be followed by "of" and its field ("school of marine
// engineering", "its department of emergency medicine", "the group's
// research institute of metallurgy"): the field makes a bare head specific,
// and the name ends at its last field word, so "school of thought" is none.
func exLowerUnitAt(toks []exTok, i int) int {
	k := i
	for k < len(toks) && k < i+3 && toks[k].word && !toks[k].cap && exLowerUnitModifier(&toks[k]) {
		k++
	}
	if k >= len(toks) || !toks[k].word || toks[k].cap || !toks[k].in(exLowerUnitHeads) || exPeopleGroupAt(toks, i, k) {
		return 0
	}
	if n := exLowerFieldTail(toks, k+1); n > 0 {
		return k + 1 + n - i
	}
	if k == i {
		return 0
	}
	return k + 1 - i
}

// exLowerUnitModifier: a lower-case word that may stand in a lower-case
// unit's name, before its head or in its field.
func exLowerUnitModifier(t *exTok) bool {
	return t.is(xfFieldWords) || t.in(exUnitModifierWords) || t.in(exLowerUnitFieldWords) || t.in(exLowerFieldWordsNames11)
}

// exLowerFieldTail returns the length of "of field [and field]" at j, the
// field in lower case and ending on a word of a field; 0 when there is none.
func exLowerFieldTail(toks []exTok, j int) int {
	if j+1 >= len(toks) || toks[j].low != "of" {
		return 0
	}
	end := 0
	for k := j + 1; k < len(toks) && k < j+8 && toks[k].word && !toks[k].cap; k++ {
		if toks[k].low == "and" {
			if end == 0 {
				break
			}
			continue
		}
		if !exLowerUnitModifier(&toks[k]) {
			break
		}
		if toks[k].is(xfFieldWords) || toks[k].in(exLowerUnitFieldWords) || toks[k].in(exLowerFieldWordsNames11) {
			end = k + 1
		}
	}
	if end == 0 {
		return 0
	}
	return end - j
}

// exRoleAppositionParents reads "X, a subordinate unit of Y", "X, a
// subsidiary of Y", "X, the branch under Y": an apposition whose noun says
// X is part of Y.
func exRoleAppositionParents(items []exItem) {
	for k := 0; k+4 < len(items); k++ {
		x := &items[k]
		if x.kind != xOrg || x.inner || x.parent >= 0 || x.fold {
			continue
		}
		m := exSkipMention(items, k)
		if m >= len(items) || items[m].kind != xWord || items[m].low != "," {
			continue
		}
		m++
		if m < len(items) && items[m].kind == xWord && (items[m].low == "a" || items[m].low == "an" || items[m].low == "the") {
			m++
		}
		n := m
		for n < len(items) && n < m+3 && items[n].kind == xWord && !items[n].in(exPartNouns) && exIsLowerWord(items[n].low) && items[n].low != "which" && items[n].low != "that" {
			n++
		}
		q := -1
		switch {
		case n+2 < len(items) && items[n].kind == xWord && items[n].in(exPartNouns) && items[n+1].kind == xWord && (items[n+1].low == "of" || items[n+1].low == "under"):
			q = n + 2 // "X, a subordinate unit of Y"
		case n+3 < len(items) && n == m && items[n].kind == xWord && (items[n].low == "which" || items[n].low == "that") &&
			items[n+1].kind == xWord && items[n+1].in(exBelongVerbs) && items[n+2].kind == xWord && items[n+2].low == "to":
			q = n + 3 // "X, which belongs to Y"
		case n+1 < len(items) && n == m && items[n].kind == xWord && items[n].in(exBelongVerbs) && items[n+1].kind == xWord && items[n+1].low == "to":
			q = n + 2 // "X, belonging to Y"
		}
		if q < 0 || q >= len(items) {
			continue
		}
		if items[q].kind == xWord && items[q].low == "the" {
			q++
		}
		if q < len(items) && (items[q].kind == xOrg && !items[q].fold || items[q].kind == xHome && items[q].back) {
			x.parent = q
			items[q].inner = true // named as the parent, no party
		}
	}
}

// headlineVerbAt: the capitalised word at j is the verb of a title-case
// heading glued onto the body's name before it ("Delegation from X Academy
// of Sciences Seeking for Cooperation with Y", "X People's Government
// Inaugurates in Y", "X Municipality Carries out …"): a word of no lexicon
// and no pinyin followed by a lower-case particle, in -ing anywhere, in -s
// only straight after the body's head noun, where a name's "Sciences" or
// "Economics" never stands.
func (p *exParser) headlineVerbAt(toks []exTok, j int) bool {
	t := &toks[j]
	if j+1 >= len(toks) || t.f != 0 || t.acr || t.poss || exIsPinyin(t.low) || p.isPlace(t.low) {
		return false
	}
	next := &toks[j+1]
	if !next.word || next.cap || !next.in(exHeadlineVerbParticles) {
		return false
	}
	if len(t.low) >= 6 && strings.HasSuffix(t.low, "ing") {
		return true
	}
	prev := &toks[j-1]
	return len(t.low) >= 4 && strings.HasSuffix(t.low, "s") && !strings.HasSuffix(t.low, "ss") &&
		(prev.is(xfOrgHeads) || prev.is(xfPlaceSuffix) || prev.is(xfGovWords))
}

// exBackPlaceConjunct: the capitalised "City" or "Province" at k after
// "the" is a conjunct of another back-reference, "the University and the
// City", not the start of a name ("the City Government").
func exBackPlaceConjunct(toks []exTok, k int) bool {
	if k+1 >= len(toks) || toks[k+1].cap {
		return false
	}
	if k >= 3 && toks[k-2].low == "and" && toks[k-3].cap {
		return true // "the University and the City"
	}
	return k+2 < len(toks) && toks[k+1].low == "and" && toks[k+2].low == "the" // "the City and the University"
}
