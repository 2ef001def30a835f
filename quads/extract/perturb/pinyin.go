package perturb

import "strings"

var (
	syllableSet = setOf(syllables)
	// niceSyllables read well in invented names (the inventory without the rare ones).
	niceSyllables = func() []string {
		rare := setOf(rareSyllables)
		var out []string
		for _, s := range syllables {
			if !rare[s] {
				out = append(out, s)
			}
		}
		return out
	}()
	// syllablesByInitial groups niceSyllables by initial, in inventory order.
	syllablesByInitial = func() map[string][]string {
		m := map[string][]string{}
		for _, s := range niceSyllables {
			m[initial(s)] = append(m[initial(s)], s)
		}
		return m
	}()
)

// initial is a pinyin syllable's initial consonant ("" for a vowel-initial one).
func initial(syl string) string {
	for _, ini := range []string{"zh", "ch", "sh"} {
		if strings.HasPrefix(syl, ini) {
			return ini
		}
	}
	if strings.IndexByte("aeo", syl[0]) >= 0 {
		return ""
	}
	return syl[:1]
}

// segment splits a lower-case word into pinyin syllables, the fewest there
// are (the first such split found, as the tool does), or nil when it is not
// pinyin. Apostrophes are ignored.
func segment(w string) []string {
	w = strings.NewReplacer("'", "", "’", "").Replace(w)
	n := len(w)
	if n == 0 {
		return nil // the tool's [] is false too
	}
	best := make([][]string, n+1)
	ok := make([]bool, n+1)
	ok[0] = true
	for i := 0; i < n; i++ {
		if !ok[i] {
			continue
		}
		for j := i + 1; j <= min(n, i+6); j++ {
			if syllableSet[w[i:j]] && (!ok[j] || len(best[j]) > len(best[i])+1) {
				best[j] = append(append([]string{}, best[i]...), w[i:j])
				ok[j] = true
			}
		}
	}
	if !ok[n] {
		return nil
	}
	return best[n]
}

func startsWithVowel(s string) bool { return s != "" && strings.IndexByte("aeo", s[0]) >= 0 }
