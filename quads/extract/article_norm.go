package extract

import (
	"sort"
	"unicode/utf8"
)

// The text layer: what real pages do to text that typed ones never do.
// Pages copied from Chinese sites carry acute accents and primes for
// apostrophes ("People´s Government"), non-breaking, full-width and
// zero-width spaces, full-width punctuation ("（", "，"), hyphens of other
// code points, and words run together where the page lost a space
// ("Commissionof", "Tradeand", "Inthe", "partysecretary"). Every later stage
// reads the folded text, so a name is spelt as one word list knows it; the
// evidence of a relation is still the article's own sentence, through the
// offsets the folding keeps.

// exNormText is an article's text as the stages read it, with the edits that
// made it from the original, so offsets map back.
type exNormText struct {
	text  string
	edits []exTextEdit // in text order; none when text is the original
}

// exTextEdit says text[ns:ne] stands for the original's [os:oe].
type exTextEdit struct{ ns, ne, os, oe int }

// exNormalize folds the typographic variants of orig (see above). It copies
// the text only when something is folded.
func exNormalize(orig string) exNormText {
	var b []byte
	var edits []exTextEdit
	last := 0
	edit := func(os, oe int, repl string) {
		if b == nil {
			b = make([]byte, 0, len(orig)+16)
		}
		b = append(b, orig[last:os]...)
		ns := len(b)
		b = append(b, repl...)
		edits = append(edits, exTextEdit{ns: ns, ne: len(b), os: os, oe: oe})
		last = oe
	}
	for i := 0; i < len(orig); {
		c := orig[i]
		if c < utf8.RuneSelf {
			if exASCIILetter(c) {
				j := i + 1
				for j < len(orig) && exASCIILetter(orig[j]) {
					j++
				}
				if k := exGlueSplit(orig[i:j]); k > 0 {
					edit(i+k, i+k, " ")
				}
				i = j
				continue
			}
			if c == '`' && exLetterAround(orig, i, 1) {
				edit(i, i+1, "'") // "People`s"
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(orig[i:])
		if repl, ok := exFoldRune(r); ok {
			edit(i, i+n, repl)
		} else if exApostropheLike(r) && exLetterAround(orig, i, n) {
			edit(i, i+n, "'") // "People´s", "People‘s", "Xi′an"
		}
		i += n
	}
	if b == nil {
		return exNormText{text: orig}
	}
	b = append(b, orig[last:]...)
	return exNormText{text: string(b), edits: edits}
}

// origStart maps the start of a span of the folded text to the original.
func (nt *exNormText) origStart(p int) int { return nt.orig(p, false) }

// origEnd maps the end of a span of the folded text to the original.
func (nt *exNormText) origEnd(p int) int { return nt.orig(p, true) }

func (nt *exNormText) orig(p int, end bool) int {
	// the last edit that begins at or before p
	k := sort.Search(len(nt.edits), func(i int) bool { return nt.edits[i].ns > p }) - 1
	if k < 0 {
		return p
	}
	e := nt.edits[k]
	switch {
	case p >= e.ne:
		return p + e.oe - e.ne
	case end && p > e.ns:
		return e.oe // an end inside a replacement takes all of it
	}
	return e.os
}

func exASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// exLetterAround: a letter ends just before text[i] and one starts at i+n.
func exLetterAround(text string, i, n int) bool {
	if i == 0 || i+n >= len(text) {
		return false
	}
	r0, _ := utf8.DecodeLastRuneInString(text[:i])
	r1, _ := utf8.DecodeRuneInString(text[i+n:])
	return exLetterRune(r0) && exLetterRune(r1)
}

func exLetterRune(r rune) bool {
	return r < utf8.RuneSelf && exASCIILetter(byte(r)) || r >= 0xC0 && r < 0x250 && r != 0xD7 && r != 0xF7
}

// exApostropheLike are the marks pages type for an apostrophe: the acute
// accent, the grave-like modifier letters, the prime and the left single
// quote. Between two letters they are one; elsewhere ("‘Belt and Road’")
// they are left alone.
func exApostropheLike(r rune) bool {
	switch r {
	case '\u00b4', '\u02b9', '\u02bb', '\u02bc', '\u02bd', '\u2032', '\u2018', '\u201b':
		return true
	}
	return false
}

// exFoldRune returns what a space, hyphen, quote or full-width form folds
// to, or false for a rune kept as it is.
func exFoldRune(r rune) (string, bool) {
	switch {
	case r == '\u00a0' || r == '\u1680' || r >= '\u2000' && r <= '\u200a' || r == '\u202f' || r == '\u205f' || r == '\u3000':
		return " ", true // non-breaking, typographic and ideographic spaces
	case r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\u2060' || r == '\ufeff' || r == '\u00ad':
		return "", true // zero-width marks and the soft hyphen: no text at all
	case r == '\u2010' || r == '\u2011' || r == '\u2012' || r == '\u2212' || r == '\ufe63':
		return "-", true // hyphens of other code points ("Sino‐German")
	case r == '\u2033' || r == '\u201e' || r == '\u201f' || r == '\u00ab' || r == '\u00bb' || r == '\u301d' || r == '\u301e':
		return `"`, true // double primes, low and angle quotes
	case r == '\u3001' || r == '\uff64':
		return ",", true // the ideographic comma of lists ("diagnosis、treatment")
	case r >= '\uff01' && r <= '\uff5e':
		return string(rune(r - 0xfee0)), true // full-width forms of ASCII ("（", "，", "：")
	}
	return "", false
}

// exGlueSplit returns where a run of letters is two words that lost the
// space between them, or 0. The run must be no word the lexicon knows, and
// its parts must be, in one of the classes of glued words:
//   - a head noun of a name, a field or a place before "of" or "and"
//     ("Commissionof", "Tradeand", "collegesand");
//   - a function word or a verb of the genre before "the" ("Inthe", "ofthe",
//     "attendedthe");
//   - "of", "and" or "the" before a head noun in lower case ("ofscience");
//   - a post's modifier before its core ("partysecretary", "vicepresident").
func exGlueSplit(w string) int {
	n := len(w)
	if n < 4 || n > 40 {
		return 0
	}
	if n < 7 && !exGlueEdge(w) {
		return 0 // too short to hold a post, and no function word at an end
	}
	var buf [40]byte
	for i := 0; i < n; i++ {
		buf[i] = w[i] | 0x20
	}
	lw := buf[:n]
	// a word the lexicon knows is never cut; it is asked last, of the few
	// words a class would cut, not of every word of the text
	if k := exGlueCut(w, lw); k > 0 && exLex[string(lw)] == 0 {
		return k
	}
	return 0
}

// exGlueCut is exGlueSplit's cut of w (lw: w in lower case) by the classes
// of glued words, or 0.
func exGlueCut(w string, lw []byte) int {
	n := len(w)
	for _, tail := range exGlueTails {
		if a := n - len(tail); a >= 3 && string(lw[a:]) == tail && exGlueHead(lw[:a]) {
			return a
		}
	}
	if a := n - len(exGlueArticle); a >= 2 && string(lw[a:]) == exGlueArticle {
		if head := string(lw[:a]); exLex[head]&xfFunctionWords != 0 || exGlueVerbs.has(head) {
			return a
		}
	}
	for _, front := range exGlueFronts {
		if k := len(front); n-k >= 4 && string(lw[:k]) == front && w[k] >= 'a' && exGlueHead(lw[k:]) {
			return k
		}
	}
	if k := exNameGlueCut(w, lw); k > 0 {
		return k
	}
	if n >= 7 && exPostOpenings.mod[exLetterPair(lw, 0)] {
		for k := 3; k <= n-3; k++ {
			if exPostOpenings.core[exLetterPair(lw, k)] && exLex[string(lw[:k])]&xfTitleMod != 0 && exLex[string(lw[k:])]&xfTitleCore != 0 {
				return k
			}
		}
	}
	return 0
}

// exNameGlueCut: the run w opens with a capitalised pinyin name that the
// page ran onto the word after it — "of" or "and", or a verb of speech
// ("Liu RenliangofChongqing R & D Center", "Prof. Yingkui Yangintroduced
// the …"). A pinyin syllable ends in a vowel, "n" or "ng", so no pinyin
// name ends in "of", "and" or such a verb; the cut is where the name ends.
// A capital inside the run ends the word ("RenliangofChongqing").
func exNameGlueCut(w string, lw []byte) int {
	if w[0] < 'A' || w[0] > 'Z' {
		return 0
	}
	m := len(w)
	for k := 1; k < len(w); k++ {
		if w[k] >= 'A' && w[k] <= 'Z' {
			m = k
			break
		}
	}
	word := lw[:m]
	for _, tail := range exGlueTails {
		if a := m - len(tail); a >= 2 && string(word[a:]) == tail && exIsPinyin(string(word[:a])) {
			return a
		}
	}
	if last := word[m-1]; m < 7 || last != 'd' && last != 's' {
		return 0
	}
	for v := range exSpeechVerbs.words {
		if a := m - len(v); a >= 2 && string(word[a:]) == v && exIsPinyin(string(word[:a])) {
			return a
		}
	}
	return 0
}

// exPostOpenings are the first two letters of the lexicon's post modifiers
// and cores, so a word is cut at a post only where one can begin.
var exPostOpenings = func() (o struct{ mod, core [26 * 26]bool }) {
	for w, f := range exLex {
		if len(w) < 2 || !exASCIILetter(w[0]) || !exASCIILetter(w[1]) {
			continue
		}
		if f&xfTitleMod != 0 {
			o.mod[exLetterPair([]byte(w), 0)] = true
		}
		if f&xfTitleCore != 0 {
			o.core[exLetterPair([]byte(w), 0)] = true
		}
	}
	return o
}()

// exLetterPair indexes the two lower-case ASCII letters at lw[k:].
func exLetterPair(lw []byte, k int) int {
	a, b := int(lw[k]|0x20)-'a', int(lw[k+1]|0x20)-'a'
	if a < 0 || a >= 26 || b < 0 || b >= 26 {
		return 0
	}
	return a*26 + b
}

// exGlueEdge: the word may open or end with a function word that pages run
// onto others (its first or last letter is that of one).
func exGlueEdge(w string) bool {
	first, last := w[0]|0x20, w[len(w)-1]|0x20
	return last == 'f' || last == 'd' || last == 'e' || first == 'o' || first == 'a' || first == 't'
}

// exGlueHead: a lower-case word (or its plural) heads a name, a field or a
// place: what "of" or "and" follows or precedes when glued to it.
func exGlueHead(w []byte) bool {
	const heads = xfOrgHeads | xfSubunitHeads | xfFieldWords | xfTitleCore | xfPlaceSuffix | xfProvinces | xfCountries
	if exLex[string(w)]&heads != 0 {
		return true
	}
	n := len(w)
	switch {
	case n > 4 && string(w[n-3:]) == "ies":
		return exLex[string(w[:n-3])+"y"]&heads != 0
	case n > 3 && w[n-1] == 's':
		return exLex[string(w[:n-1])]&heads != 0
	}
	return false
}
