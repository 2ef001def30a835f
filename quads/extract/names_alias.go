package extract

import (
	"unicode"
	"unicode/utf8"
)

// A bracket that defines a body's alias (leads13): "X (hereinafter referred
// to as BAST)", "Y (hereinafter referred to as “Zhongyi Testing”)". The text
// says outright what it will call the body, so the alias is the body's even
// when an acronym would fit another body better ("BAST" fits both the
// Beijing Association and the Beijing Academy for Science and Technology),
// and even when it is no name the name rules read ("Dadu Rental company").

// exDefinedAliasMaxWords bounds the alias: a longer run is a clause, not a
// name.
const exDefinedAliasMaxWords = 8

// exDefinedAliasAt reads a defining bracket whose contents start at k (after
// the "("): it returns the alias's token span [a0, a1) and the index of the
// closing ")", or close 0 when the bracket defines none. The alias may be
// quoted and may begin with "the", which is left out; it must begin with a
// capital and hold words only.
func exDefinedAliasAt(toks []exTok, k int) (a0, a1, close int) {
	lead := 0
	for _, in := range exAliasLeadIns {
		if exWordsAt(toks, k, in) {
			lead = len(in)
			break
		}
	}
	if lead == 0 {
		return 0, 0, 0
	}
	a0 = k + lead
	if a0 < len(toks) && exQuoteTok(&toks[a0]) {
		a0++
	}
	if a0 < len(toks) && toks[a0].low == "the" {
		a0++
	}
	a1 = a0
	for a1 < len(toks) && a1-a0 <= exDefinedAliasMaxWords && toks[a1].word {
		a1++
	}
	close = a1
	if close < len(toks) && exQuoteTok(&toks[close]) {
		close++
	}
	if a1 == a0 || a1-a0 > exDefinedAliasMaxWords || close >= len(toks) || toks[close].low != ")" {
		return 0, 0, 0
	}
	if r, _ := utf8.DecodeRuneInString(toks[a0].low); !toks[a0].cap || !unicode.IsLetter(r) {
		return 0, 0, 0
	}
	return a0, a1, close
}

// exWordsAt reports whether the tokens from k are the lower-case words ws.
func exWordsAt(toks []exTok, k int, ws []string) bool {
	if k+len(ws) > len(toks) {
		return false
	}
	for n, w := range ws {
		if toks[k+n].low != w {
			return false
		}
	}
	return true
}

// exQuoteTok: the token is a quotation mark.
func exQuoteTok(t *exTok) bool {
	switch t.low {
	case "\"", "“", "”", "‘", "’", "'":
		return true
	}
	return false
}
