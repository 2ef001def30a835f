package perturb

import (
	"regexp"
	"strings"
)

var acronymWordRE = regexp.MustCompile(`[A-Za-z][A-Za-z'’\-]*`)

var acronymStop = setOf([]string{"of", "for", "and", "the", "at", "in"})

// acronymOK reports whether acr abbreviates name: every content word gives
// its initial, in order, and may give more letters from inside it;
// of/for/and/the/at/in may be skipped (the usual reading of Chinese
// institutions' abbreviations).
func acronymOK(acr, name string) bool {
	acr = strings.ToLower(acr)
	var words []string
	for _, w := range acronymWordRE.FindAllString(name, -1) {
		for _, p := range strings.Split(key(w), "-") {
			if p != "" {
				words = append(words, p)
			}
		}
	}
	if len(words) < 2 {
		return false
	}
	type state struct{ a, i int }
	memo := map[state]bool{}
	var rec func(a, i int) bool
	rec = func(a, i int) bool {
		if r, ok := memo[state{a, i}]; ok {
			return r
		}
		var r bool
		if i == len(words) {
			r = a == len(acr)
		} else {
			w := words[i]
			if acronymStop[w] && rec(a, i+1) {
				r = true
			} else if a < len(acr) && w[0] == acr[a] {
				// the initial, then optionally more letters from inside the word
				aa, pos := a+1, 1
				r = rec(aa, i+1)
				for !r && aa < len(acr) {
					idx := strings.IndexByte(w[min(pos, len(w)):], acr[aa])
					if idx < 0 {
						break
					}
					pos, aa = pos+idx+1, aa+1
					r = rec(aa, i+1)
				}
			}
		}
		memo[state{a, i}] = r
		return r
	}
	return rec(0, 0)
}
