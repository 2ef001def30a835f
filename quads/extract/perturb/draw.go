package perturb

import "strings"

// free reports whether w may be an invented word: not a word of the texts,
// not already drawn, not generic, a well-known place or a short English word.
func (p *perturber) free(w string) bool {
	w = strings.ToLower(w)
	return !p.vocab[w] && !p.vocab[strings.ReplaceAll(w, "'", "")] && !p.used[w] &&
		!generic[w] && !wellKnown[w] && !englishShort[w]
}

// genPinyin invents a pinyin word with as many syllables as k. With
// keepInitials each syllable keeps its initial (so abbreviations still
// abbreviate), for the first 300 attempts; otherwise only the first letter
// is kept.
func (p *perturber) genPinyin(k string, keepInitials, allowSurname bool) string {
	sylls := segment(k)
	if sylls == nil {
		sylls = []string{"ba"}
		if len(k) > 3 {
			sylls = []string{"ba", "ba"}
		}
	}
	apos := strings.Contains(k, "'")
	for attempt := 0; attempt < 400; attempt++ {
		out := make([]string, len(sylls))
		for i, s := range sylls {
			var pool []string
			if keepInitials && attempt < 300 {
				pool = syllablesByInitial[initial(s)]
				if len(pool) == 0 {
					pool = niceSyllables
				}
			} else {
				pool = niceSyllables
				if i == 0 {
					pool = nil
					for _, x := range niceSyllables {
						if x[0] == k[0] {
							pool = append(pool, x)
						}
					}
					if len(pool) == 0 {
						pool = niceSyllables
					}
				}
			}
			c := pyChoice(p.rng, pool)
			if i > 0 && startsWithVowel(c) && !apos {
				c = pyChoice(p.rng, pool)
			}
			out[i] = c
		}
		same := true
		for i := range out {
			same = same && out[i] == sylls[i]
		}
		if same {
			continue
		}
		var w string
		if apos && len(out) == 2 {
			sep := ""
			if startsWithVowel(out[1]) {
				sep = "'"
			}
			w = out[0] + sep + out[1]
		} else {
			w = strings.Join(out, "")
			vowelInside := false
			for _, x := range out[1:] {
				vowelInside = vowelInside || startsWithVowel(x)
			}
			if vowelInside {
				continue // would need an apostrophe
			}
		}
		if !allowSurname && (surnameL[w] || provinceL[w]) {
			continue
		}
		if p.free(w) {
			return w
		}
	}
	return ""
}

// genForeign invents a word that is not pinyin: k's first letter, then
// alternating consonants and vowels, at least four letters.
func (p *perturber) genForeign(k string) string {
	const cons, vow = "bcdfghklmnprstvwz", "aeiou"
	n := max(4, len(k))
	for attempt := 0; attempt < 400; attempt++ {
		w := k[:1]
		wantVowel := !strings.Contains(vow, w)
		for len(w) < n {
			pool := cons
			if wantVowel {
				pool = vow
			}
			w += string(pool[p.rng.below(len(pool))])
			wantVowel = !wantVowel
		}
		if p.free(w) && segment(w) == nil {
			return w
		}
	}
	return ""
}

// pick draws a free word of pool other than k, of k's initial when there is one.
func (p *perturber) pick(pool []string, k string, sameInitial bool) string {
	var cands []string
	for _, x := range pool {
		if lx := strings.ToLower(x); p.free(lx) && lx != k {
			cands = append(cands, x)
		}
	}
	if sameInitial {
		var si []string
		for _, x := range cands {
			if strings.ToLower(x[:1]) == k[:1] {
				si = append(si, x)
			}
		}
		if len(si) > 0 {
			cands = si
		}
	}
	if len(cands) == 0 {
		return ""
	}
	return strings.ToLower(pyChoice(p.rng, cands))
}

// draw invents the replacement of the name word k by its class, or "".
func (p *perturber) draw(k string) string {
	switch c := p.kind[k]; c {
	case classSurname:
		one := len(segment(k)) <= 1
		var pool []string
		for _, s := range surnames {
			if (len(segment(strings.ToLower(s))) == 1) == one {
				pool = append(pool, s)
			}
		}
		if rep := p.pick(pool, k, true); rep != "" {
			return rep
		}
		return p.genPinyin(k, false, true)
	case classGiven:
		return p.genPinyin(k, false, false)
	case classWGiven:
		return p.pick(westernGiven, k, true)
	case classWSurname:
		return p.pick(westernSurnames, k, true)
	case classProvince, classMunicipality:
		pool := provinces
		if c == classMunicipality {
			pool = municipalities
		}
		rep := p.pick(pool, k, true)
		if c == classMunicipality && (rep == "" || rep[0] != k[0]) {
			// a province-level city may become a province ("Beijing Normal
			// University"), never the other way ("Shanghai Provincial Party Committee")
			if r := p.pick(append(append([]string{}, provinces...), municipalities...), k, true); r != "" {
				rep = r
			}
		}
		return rep
	case classPinyin:
		return p.genPinyin(k, true, false)
	}
	return p.genForeign(k)
}
