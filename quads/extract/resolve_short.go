package extract

import "github.com/coopgraph/coopgraph/quads"

// Resolution (synth13): a school named without the second word of a
// coordination in its name — "Ruyang Vocational College" for "Ruyang
// Vocational and Technical College", as headlines shorten it — is the same
// school, when exactly one body's name is the short one with "and" and a
// word of exShortenedCoordinates put back after the same word.

// joinCoordinationShortNames makes each organisation named by such a short
// name one with the one body of the full name.
func (r *exResolver) joinCoordinationShortNames() {
	for i, e := range r.ents {
		if e.typ != quads.Organization {
			continue
		}
		match := -1
		for n := range e.names {
			short := exOrgWords(n)
			for j, f := range r.ents {
				if j == i || f.typ != quads.Organization || r.find(j) == r.find(i) {
					continue
				}
				for m := range f.names {
					if !exDropsCoordination(short, exOrgWords(m)) {
						continue
					}
					if match >= 0 && r.find(match) != r.find(j) {
						match = -2
					} else if match != -2 {
						match = j
					}
				}
			}
		}
		if match >= 0 {
			r.union(i, match)
		}
	}
}

// exDropsCoordination: short is full without one "and W" (W of
// exShortenedCoordinates) right after a word both share, the rest equal:
// "ruyang vocational college" of "ruyang vocational and technical college".
func exDropsCoordination(short, full []string) bool {
	if len(full) != len(short)+2 || len(short) < 3 {
		return false
	}
	for p := 1; p+1 < len(full); p++ {
		if full[p] != "and" || !exShortenedCoordinates.has(full[p+1]) {
			continue
		}
		same := true
		for k := range short {
			f := k
			if k >= p {
				f = k + 2
			}
			if short[k] != full[f] {
				same = false
				break
			}
		}
		if same {
			return true
		}
	}
	return false
}
