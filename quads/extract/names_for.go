package extract

import "strings"

// Names (names11): where a "for" after a body's name opens no part of it.

// forClauseAt: the words at k after a body's name and "for" are a clause of
// the sentence, not the body's field ("Center for Disease Control", "China
// Association for Promoting Democracy"): a person's name (the works "the
// National Art Museum of China" collected "for Pang Xunhu, …"), or a
// purpose's gerund (gerundOfNameAt).
func (p *exParser) forClauseAt(toks []exTok, k int) bool {
	if k >= len(toks) || !toks[k].word || !toks[k].cap {
		return false
	}
	return p.personAt(toks, k) > 0 || p.gerundOfNameAt(toks, k)
}

// gerundOfNameAt: a capitalised gerund after "for" whose object is a
// body's name, a title-case heading's purpose ("… Signed by X and Bank of
// China for Establishing Y Institute of Finance"): the gerund is no word of
// either name. A gerund with a field after it stays in its body's name
// ("for Promoting Democracy").
func (p *exParser) gerundOfNameAt(toks []exTok, k int) bool {
	if k < 1 || k+1 >= len(toks) || toks[k-1].low != "for" {
		return false
	}
	t := &toks[k]
	if !t.word || !t.cap || t.f != 0 || t.acr || t.poss || len(t.low) < 6 || !strings.HasSuffix(t.low, "ing") || exIsPinyin(t.low) || p.isPlace(t.low) {
		return false
	}
	r := p.runEnd(toks, k+1)
	if r <= k+1 {
		return false
	}
	ri := p.runInfo(toks, k+1, r)
	return ri.head || ri.acrOrg
}
