package extract

// Names: capitals with periods inside a word. A country's abbreviation
// written with periods ("U.S.", "U.K.") joined to a name word by a hyphen
// ("China-U.S. Chamber of Commerce", "Sino-U.K. Education Foundation") or
// standing alone is one word: its periods are no initials, and the name
// runs on after it (names13).

// exDottedCapitalsEnd returns the end of the word text[i:j] run on over
// the rest of a dotted abbreviation of capitals, when the word ends in one
// capital letter, at the word's start or after a hyphen, and a period and
// at least one more capital with its period follow ("U" of "U.S.", "China-U"
// of "China-U.S."); else j.
func exDottedCapitalsEnd(text string, i, j, e int) int {
	if j-i < 1 || !exIsUpperASCII(text[j-1]) || j-i > 1 && text[j-2] != '-' {
		return j
	}
	k := j
	for k+2 < e && text[k] == '.' && exIsUpperASCII(text[k+1]) && text[k+2] == '.' {
		k += 2
	}
	if k == j {
		return j
	}
	return k + 1 // the last period is the abbreviation's
}

// exIsUpperASCII: b is an ASCII capital letter.
func exIsUpperASCII(b byte) bool { return b >= 'A' && b <= 'Z' }
