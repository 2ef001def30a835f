package extract

import (
	"strings"

	"github.com/coopgraph/coopgraph/quads"
)

// Person-name recognition beyond the two-word pinyin name personAt reads:
// a Western name with an initial ("Andrew K. Lowe"), a name set off after a
// post ("whose headmaster, Mou Dalin,"), and a surname alone that stands for
// the one person of that surname the article has named ("Lei, who also
// chairs …", "Hu said").

// initialNameAt returns 3 when tokens i, i+1, i+2 are a given name, a
// capital initial with its period and a family name ("Andrew K. Lowe").
func (p *exParser) initialNameAt(toks []exTok, i int) int {
	if i+2 >= len(toks) {
		return 0
	}
	a, m, b := &toks[i], &toks[i+1], &toks[i+2]
	if !p.plainNameTok(a) || a.poss || !m.word || len(m.low) != 2 || m.low[1] != '.' || !m.cap || !b.sp || !p.plainNameTok(b) {
		return 0
	}
	if p.isPlace(a.low) || p.isPlace(b.low) {
		return 0
	}
	// the family name must not open an organisation's name ("A. B. Smith
	// Foundation" is a body)
	if c := i + 3; c < len(toks) && toks[c].word && toks[c].cap && (toks[c].is(xfOrgHeads) || p.plainNameTok(&toks[c])) {
		return 0
	}
	return 3
}

// initialsNameAt returns the length of a name of one or two capital
// initials and a family name at toks[i:] ("K. H. Wen", "A. M. Singh",
// "Mr. J. Wu"), or 0. Two initials are a name by themselves; one needs a
// courtesy title or a post right before it ("Mr. J. Wu", "Dean J. Wu"),
// since a lone capital and a period may be a list's letter. As for
// initialNameAt, the family name must not open an organisation's name.
func (p *exParser) initialsNameAt(toks []exTok, i int) int {
	initial := func(k int) bool {
		t := &toks[k]
		return t.word && t.cap && len(t.low) == 2 && t.low[1] == '.' && t.low[0] >= 'a' && t.low[0] <= 'z'
	}
	n := 0
	for n < 2 && i+n < len(toks) && initial(i+n) {
		n++
	}
	if n == 0 || i+n >= len(toks) {
		return 0
	}
	if n == 1 && !(i > 0 && (toks[i-1].is(xfHonorifics) || toks[i-1].is(xfTitleCore))) {
		return 0
	}
	b := &toks[i+n]
	if !b.sp || !p.plainNameTok(b) || b.acr || p.isPlace(b.low) {
		return 0
	}
	if c := i + n + 1; c < len(toks) && toks[c].word && toks[c].cap && (toks[c].is(xfOrgHeads) || p.plainNameTok(&toks[c])) {
		return 0
	}
	return n + 1
}

// afterPostComma: the tokens before i are a post and a comma ("whose
// headmaster, Mou Dalin", "Fenglin University's president, Ou Zeming"): an
// apposition names the post's holder next.
func exAfterPostComma(toks []exTok, i int) bool {
	return i >= 2 && toks[i-1].low == "," && toks[i-2].word && toks[i-2].is(xfTitleCore)
}

// exTitleAfterArticle: a post, after "a", "an" or "the", begins at k ("Kuang
// Lijun, a researcher at X").
func exTitleAfterArticle(toks []exTok, k int) bool {
	if k < len(toks) && (toks[k].low == "a" || toks[k].low == "an" || toks[k].low == "the") {
		k++
	}
	return exTitleAt(toks, k, true) > 0
}

// learnSurnames records the surname of every person the article names, for
// the references by surname alone: a Chinese name's first word, a Western
// name's last. A surname two persons share is no reference (it maps to "").
// It reports whether it learnt any.
func (p *exParser) learnSurnames(toks [][]exTok, items [][]exItem) bool {
	for si := range items {
		for k := range items[si] {
			it := &items[si][k]
			if it.kind != xPerson || it.t1-it.t0 < 2 {
				continue
			}
			ts := toks[si]
			sur := &ts[it.t0]
			if !sur.is(xfSurnames) && !exCantoneseSurnames.has(sur.low) {
				sur = &ts[it.t1-1] // a Western name: "Erik Sandvik"
			}
			if sur.f&^xfSurnames != 0 || len(sur.low) < 2 {
				continue // a word of the genre's lexicon is no reference
			}
			if p.surnames == nil {
				p.surnames = map[string]string{}
			}
			if full, ok := p.surnames[sur.low]; ok && full != it.name {
				p.surnames[sur.low] = "" // two persons: ambiguous
				continue
			}
			p.surnames[sur.low] = it.name
		}
	}
	return len(p.surnames) > 0
}

// surnameAt returns the full name of the person the capitalised word at i
// stands for alone ("Lei, who also chairs …"), or "": a surname of one
// person the article names, not part of a longer name, no place and no
// function word ("He said" is a pronoun). A surname in capitals ("Deputy
// Chairman ZHENG extended …") stands for the person only when the full name
// wrote it so ("ZHENG Shuiquan"); else capitals are a body's acronym.
func (p *exParser) surnameAt(toks []exTok, i int) string {
	t := &toks[i]
	if p.surnames == nil || !t.word || !t.cap || t.is(xfFunctionWords) {
		return ""
	}
	full := p.surnames[t.low]
	if full == "" {
		return ""
	}
	if t.acr {
		if !strings.HasPrefix(full, p.text[t.s:exCoreEnd(p.text, t)]+" ") {
			return ""
		}
	} else if p.isPlace(t.low) {
		return "" // "Huang" may be a place too; "HUANG" of "HUANG Changfu" is the person's
	}
	if i+1 < len(toks) && toks[i+1].word && toks[i+1].cap && !t.poss {
		return "" // part of a longer name
	}
	if i > 0 && toks[i-1].word && toks[i-1].cap && !toks[i-1].is(xfFunctionWords) && !toks[i-1].is(xfTitleCore) && !toks[i-1].is(xfHonorifics) {
		return "" // the end of a longer name
	}
	return full
}

// exPersonKey is the resolution key of a person's name: its normal form,
// with a Chinese name written in Western order ("Minghui Zhao") put in
// Chinese order, so that the two spellings of one person are one entity.
func exPersonKey(name string) string {
	k := quads.NormalizeName(name)
	ws := strings.Fields(k)
	if len(ws) == 2 && exSurnames.has(ws[1]) && !exSurnames.has(ws[0]) && exIsPinyin(ws[0]) {
		return ws[1] + " " + ws[0]
	}
	return k
}

// westernThreeAt: tokens i, i+1, i+2 are a Western name of three words
// ("John Peter Smith") that an apposition of posts follows (", Vice-
// Chancellor of X", ", the president of Y"): three plain capitalised words
// of no place and no Chinese surname, so that "Donghu Steel Zhou Min" is a
// body and a name, not one name.
func (p *exParser) westernThreeAt(toks []exTok, i int) bool {
	if i+4 >= len(toks) || toks[i+3].low != "," || !exTitleAfterArticle(toks, i+4) {
		return false
	}
	for k := i; k < i+3; k++ {
		t := &toks[k]
		if !p.plainNameTok(t) || t.poss || t.acr || t.is(xfSurnames) || p.isPlace(t.low) || k > i && !t.sp {
			return false
		}
		if exBodyNameWord(t) {
			return false
		}
	}
	return i == 0 || !p.plainNameTok(&toks[i-1]) // the name's first word
}

// westernPairAt: tokens i and i+1 are a common European or English given
// name and a family name ("Rudolf Berger", "Evelyn Wang"), which need no
// post or comma to mark them: so "CEO of Tanhai GmbH Rudolf Berger visited
// …" names the body, then its head, and "Michael Kern attended" a person.
// The family name is a plain capitalised word of no place; that no body's
// head follows is personAt's check ("Paul Hamlyn Foundation").
func (p *exParser) westernPairAt(toks []exTok, i int) bool {
	a, b := &toks[i], &toks[i+1]
	return (a.in(exWesternGivenNames) || a.in(exEnglishGivenNames)) && !a.acr && !a.poss && b.sp && !b.acr && p.plainNameTok(b) &&
		!p.isPlace(a.low) && !p.isPlace(b.low)
}

// exShortGivenBeforePost: the short lower-case word at j ("min" of "Zhou
// min") is set off by a comma before a post (", general manager of X"):
// a one-syllable given name typed in lower case, which without the post
// would be too like an English word ("he", "an", "men") to read as a name.
func exShortGivenBeforePost(toks []exTok, j int) bool {
	return len(toks[j].low) >= 2 && j+2 < len(toks) && toks[j+1].low == "," && exTitleAfterArticle(toks, j+2)
}

// bodyPrefixedPostAt: a post prefixed by a body's one- or two-word name
// begins at k and ends the apposition ("…, Nordlys chief executive,", "…,
// UQ Vice-Chancellor."): the words before the comma are the post holder's
// name.
func (p *exParser) bodyPrefixedPostAt(toks []exTok, k int) bool {
	for w := 1; w <= 2; w++ {
		c := k + w
		if c >= len(toks) || !p.isNameTok(&toks[c-1]) || toks[c-1].is(xfTitleCore) || toks[c-1].is(xfTitleMod) {
			return false
		}
		if n := exTitleAt(toks, c, true); n > 0 {
			e := c + n
			return e >= len(toks) || toks[e].low == "," || toks[e].low == "." || toks[e].low == "and" || toks[e].low == ";"
		}
	}
	return false
}

// givenNameOfOtherWord: tokens i and i+1 are a surname and a pinyin given
// name that is also a word of another list — a place ("Qiao Xinjiang",
// "Ma Hainan") or an English function word ("Hong An") — which a post next
// to them shows to be a person's: a post or an honorific before them ("Vice
// President Hong An"), or a post in an apposition or in brackets after them
// ("Qiao Xinjiang (Deputy Director of X)", "Ma Hainan, the mayor").
// Capitalised mid-sentence, such a word is no article or preposition.
func (p *exParser) givenNameOfOtherWord(toks []exTok, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	a, b := &toks[i], &toks[i+1]
	if !a.is(xfSurnames) || !p.plainNameTok(a) || a.poss || p.isPlace(a.low) {
		return false
	}
	if !b.word || !b.cap || b.acr || !b.sp || !exIsPinyin(b.low) {
		return false
	}
	if !(b.is(xfFunctionWords) || b.is(xfProvinces) || p.isPlace(b.low)) || b.is(xfOrgHeads) || b.is(xfTitleCore) || b.is(xfPlaceSuffix) {
		return false
	}
	if c := i + 2; c < len(toks) && toks[c].word && toks[c].cap {
		return false // "Hu Xinjiang University": a name runs on
	}
	if i > 0 && (toks[i-1].is(xfTitleCore) || toks[i-1].is(xfHonorifics)) {
		return true
	}
	c := i + 2
	return c+1 < len(toks) && (toks[c].low == "," || toks[c].low == "(") && exTitleAfterArticle(toks, c+1)
}

// exBodyNameWord: the capitalised word is an event or document word that
// ends a body's name ("… of the Chinese People's Political Consultative
// Conference, vice chairman of Y", "the Nanhu Cooperation Forum,
// chairman …"), which no person's name holds.
func exBodyNameWord(t *exTok) bool {
	return t.in(exEventNouns) || t.in(exBodyDocModifiers)
}

// cantoneseThreeAt: tokens i, i+1, i+2 are a Hong Kong or Macao name, a
// Cantonese surname and two short syllables ("Leong Wai Man", "Lao Pak
// Sang"), where a post or a list marks a person: a comma, semicolon or
// "by" before it ("the President of X, Leong Wai Man,"), a post or an
// honorific just before it, a post in an apposition after it ("Lao Pak
// Sang, Director of X"), or "and" after another such name. The syllables
// are capitalised words of no place and no body or post word; a
// capitalised word after the third would make it a longer name.
func (p *exParser) cantoneseThreeAt(toks []exTok, i int) bool {
	if !p.cantoneseShapeAt(toks, i) {
		return false
	}
	if i+3 < len(toks) && toks[i+3].word && toks[i+3].cap && !toks[i+2].poss {
		return false // runs on into a longer name
	}
	if i > 0 {
		switch prev := &toks[i-1]; {
		case prev.low == "," || prev.low == ";" || prev.low == ":" || prev.low == "by":
			return true
		case prev.word && (prev.is(xfTitleCore) || prev.is(xfHonorifics)):
			return true
		case prev.low == "and" && i >= 4 && p.cantoneseShapeAt(toks, i-4):
			return true // "…, Pun Ka Leng and Wong Iong Ieng"
		}
	}
	return i+4 < len(toks) && toks[i+3].low == "," && exTitleAfterArticle(toks, i+4)
}

// cantoneseShapeAt: tokens i, i+1, i+2 are a Cantonese surname and two
// capitalised syllables of two to six letters, spaced as words, none a
// place or a word of the genre's bodies and posts.
func (p *exParser) cantoneseShapeAt(toks []exTok, i int) bool {
	if i < 0 || i+2 >= len(toks) || !exCantoneseSurnames.has(toks[i].low) {
		return false
	}
	for k := i; k < i+3; k++ {
		t := &toks[k]
		if !t.word || !t.cap || t.acr || k < i+2 && t.poss || k > i && !t.sp || p.isPlace(t.low) {
			return false
		}
		if t.is(xfOrgHeads|xfTitleCore|xfTitleMod|xfPlaceSuffix|xfMonths|xfGovWords|xfHonorifics|xfProvinces|xfCountries) || exBodyNameWord(t) {
			return false
		}
		if k > i && (len(t.low) < 2 || len(t.low) > 6) {
			return false
		}
		for _, r := range t.low {
			if r < 'a' || r > 'z' {
				return false
			}
		}
	}
	return true
}

// exMixedCaseGivenTail: tokens i and i+1 are a surname and a pinyin given
// name whose second syllable the page capitalised with no space ("Qi
// ShengLi", "Wang XiaoMing"): the capitalised pinyin syllable glued to the
// given name at i+2 is the name's last part, and the two together are one
// given name of pinyin, not a name and the start of a body's.
func exMixedCaseGivenTail(toks []exTok, i int) bool {
	c := i + 2
	if c >= len(toks) || !toks[i].is(xfSurnames) {
		return false
	}
	b, t := &toks[i+1], &toks[c]
	if t.sp || !t.word || !t.cap || t.acr || !exIsPinyin(b.low) || !exIsPinyin(t.low) {
		return false
	}
	if c+1 < len(toks) && toks[c+1].word && toks[c+1].cap {
		return false // "Wang LinChina Tanhai Group": the glued word opens a body's name
	}
	return exIsPinyin(b.low + t.low)
}
