package perturb

import (
	"strings"
	"unicode/utf8"
)

// piece is one replaced token: its span in the old text and in the new one.
type piece struct{ oldStart, oldEnd, newStart, newEnd int }

// repWord is the replacement of the token w, or "" to keep it. ctxOK says
// whether a name word that is also an English word ("He", "Sun") may be
// replaced here.
func (p *perturber) repWord(w string, ctxOK bool) string {
	k := key(w)
	r, ok := p.repl[k]
	if !ok {
		return ""
	}
	if englishWords[k] && (isLower(w) || !ctxOK) {
		return ""
	}
	if strings.Contains(w, "’") {
		r = strings.ReplaceAll(r, "'", "’")
	}
	return caseLike(w, r)
}

// subToken replaces the token w whole, else its apostrophe parts, else the
// parts of a run-together word.
func (p *perturber) subToken(w string, ctxOK bool) string {
	if r := p.repWord(w, ctxOK); r != "" {
		return r
	}
	if strings.ContainsAny(w, "'’") {
		var b strings.Builder
		rest := w
		for {
			i := strings.IndexAny(rest, "'’")
			if i < 0 {
				b.WriteString(p.subToken(rest, ctxOK))
				break
			}
			_, n := utf8.DecodeRuneInString(rest[i:])
			b.WriteString(p.subToken(rest[:i], ctxOK))
			b.WriteString(rest[i : i+n])
			rest = rest[i+n:]
		}
		return b.String()
	}
	if cs := camelParts(w); len(cs) > 1 && strings.Join(cs, "") == w {
		var b strings.Builder
		for _, c := range cs {
			if r := p.repWord(c, true); r != "" {
				b.WriteString(r)
			} else {
				b.WriteString(c)
			}
		}
		return b.String()
	}
	return w
}

func lastRune(s string) (rune, int) { return utf8.DecodeLastRuneInString(s) }

// sentenceInitial reports whether the token at start opens a sentence, a
// quotation, a bracket or a line: there "He" is the English word.
func sentenceInitial(text string, start int, prev string) bool {
	before := strings.TrimRightFunc(text[:start], isPySpace)
	if before == "" {
		return true
	}
	if r, _ := lastRune(before); strings.ContainsRune(".!?\"“”:;\n(", r) {
		switch strings.ToLower(prev) {
		case "mr", "mrs", "ms", "dr", "prof":
		default:
			return true
		}
	}
	// a newline among the two characters before the token
	s := text[:start]
	for n := 0; n < 2 && s != ""; n++ {
		r, size := lastRune(s)
		if r == '\n' {
			return true
		}
		s = s[:len(s)-size]
	}
	return false
}

// substitute applies the map to text on word boundaries and returns the new
// text with the spans of every replaced token. In a name (nameContext) every
// mapped word is replaced; in running text a word that is also an English
// word is replaced only where it is not sentence-initial, or is followed by
// another replaced name word.
func (p *perturber) substitute(text string, nameContext bool) (string, []piece) {
	var b strings.Builder
	var pieces []piece
	ms := wordRE.FindAllStringIndex(text, -1)
	last, shift := 0, 0
	for i, m := range ms {
		w := text[m[0]:m[1]]
		ctxOK := true
		if !nameContext && englishWords[key(w)] {
			prev := ""
			if i > 0 {
				prev = text[ms[i-1][0]:ms[i-1][1]]
			}
			follows := false
			if i+1 < len(ms) {
				nk := key(text[ms[i+1][0]:ms[i+1][1]])
				_, mapped := p.repl[nk]
				follows = mapped && !englishWords[nk] && text[m[1]:ms[i+1][0]] == " "
			}
			ctxOK = !sentenceInitial(text, m[0], prev) || follows
		}
		r := p.subToken(w, ctxOK)
		b.WriteString(text[last:m[0]])
		ns := m[0] + shift
		b.WriteString(r)
		if r != w {
			pieces = append(pieces, piece{m[0], m[1], ns, ns + len(r)})
		}
		shift += len(r) - len(w)
		last = m[1]
	}
	b.WriteString(text[last:])
	return b.String(), pieces
}

func (p *perturber) subName(s string) string {
	out, _ := p.substitute(s, true)
	return out
}

// mapOffset carries an offset of the old text to the new one; an offset
// inside a replaced token goes to the new token's start (or its end, for the
// end of a span).
func mapOffset(pieces []piece, pos int, end bool) int {
	shift := 0
	for _, pc := range pieces {
		if pc.oldEnd <= pos {
			shift = pc.newEnd - pc.oldEnd
			continue
		}
		if pc.oldStart < pos && pos < pc.oldEnd {
			if end {
				return pc.newEnd
			}
			return pc.newStart
		}
		break
	}
	return pos + shift
}
