package extract

// exPersonMemo holds personAt's answers for the one token slice read last.
// The name grammar asks at the same word many times (runEnd at every word
// of a run, then parse, sharedPluralHead and the title rules), and the
// answer depends only on the tokens, which never change once cut, and on
// the places the article establishes, which only grow.
type exPersonMemo struct {
	toks   []exTok // the slice answered for, held so its array is not reused
	places int     // len(p.places) when the answers were read
	n      []int32 // personAt(toks, i) + 1, or 0 when not read yet
}

// personAt is readPersonAt (mention.go), each answer read once.
func (p *exParser) personAt(toks []exTok, i int) int {
	if i < 0 || i >= len(toks) {
		return p.readPersonAt(toks, i)
	}
	m := &p.persons
	if !m.of(toks, len(p.places)) {
		m.toks, m.places = toks, len(p.places)
		if cap(m.n) >= len(toks) {
			m.n = m.n[:len(toks)]
			clear(m.n)
		} else {
			m.n = make([]int32, len(toks))
		}
	}
	if v := m.n[i]; v != 0 {
		return int(v) - 1
	}
	n := p.readPersonAt(toks, i)
	if m.of(toks, len(p.places)) { // the reading may have asked of other tokens
		m.n[i] = int32(n) + 1
	}
	return n
}

// of reports whether the memo holds the answers for toks and that many places.
func (m *exPersonMemo) of(toks []exTok, places int) bool {
	return len(m.toks) == len(toks) && len(toks) > 0 && &m.toks[0] == &toks[0] && m.places == places
}
