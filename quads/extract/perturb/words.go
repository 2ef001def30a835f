package perturb

import (
	"regexp"
	"strings"
	"unicode"
)

var (
	// wordRE is a word of a text or a name: ASCII letters, apostrophes inside.
	wordRE = regexp.MustCompile(`[A-Za-z]+(?:['’][A-Za-z]+)*`)
	// apostropheRE splits a word at its apostrophes.
	apostropheRE = regexp.MustCompile(`['’]`)
	// englishSuffixRE marks a word that looks English: kept when unsure.
	englishSuffixRE = regexp.MustCompile(`(tion|sion|ology|ical|ics|ism|ment|ness|ship|ance|ence|ity|ies|ive|` +
		`ary|ory|ure|ful|less|able|ible|ous|ern|ese|ist|ing|ed|er|al)$`)
)

func setOf(ws []string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

func lowerSetOf(ws []string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[strings.ToLower(w)] = true
	}
	return m
}

var (
	generic      = setOf(genericWords)
	englishShort = setOf(englishShortWords)
	englishWords = setOf(englishWordList)
	wellKnown    = lowerSetOf(wellKnownPlaces)
	provinceL    = lowerSetOf(provinces)
	muniL        = lowerSetOf(municipalities)
	surnameL     = lowerSetOf(surnames)
)

// key is the map key of a word: lower case, apostrophe as '.
func key(w string) string { return strings.ReplaceAll(strings.ToLower(w), "’", "'") }

func isLowerASCII(c byte) bool { return 'a' <= c && c <= 'z' }
func isUpperASCII(c byte) bool { return 'A' <= c && c <= 'Z' }

// camelParts is the tool's CAMEL.findall, [A-Z][a-z]+|[A-Z]+(?![a-z])|[a-z]+:
// the parts of a run-together word ("ZhuLiangrong" → Zhu, Liangrong).
func camelParts(w string) []string {
	var out []string
	for i := 0; i < len(w); {
		c := w[i]
		switch {
		case isUpperASCII(c) && i+1 < len(w) && isLowerASCII(w[i+1]):
			j := i + 1
			for j < len(w) && isLowerASCII(w[j]) {
				j++
			}
			out = append(out, w[i:j])
			i = j
		case isUpperASCII(c):
			j := i
			for j < len(w) && isUpperASCII(w[j]) {
				j++
			}
			if j < len(w) && isLowerASCII(w[j]) {
				j-- // the last capital starts the next part
			}
			out = append(out, w[i:j])
			i = j
		case isLowerASCII(c):
			j := i
			for j < len(w) && isLowerASCII(w[j]) {
				j++
			}
			out = append(out, w[i:j])
			i = j
		default:
			i++
		}
	}
	return out
}

// isUpper and isLower are Python's str.isupper and str.islower: some cased
// letter, none of the other case.
func isUpper(s string) bool {
	cased := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		cased = cased || unicode.IsUpper(r)
	}
	return cased
}

func isLower(s string) bool {
	cased := false
	for _, r := range s {
		if unicode.IsUpper(r) {
			return false
		}
		cased = cased || unicode.IsLower(r)
	}
	return cased
}

// caseLike gives rep the case pattern of src.
func caseLike(src, rep string) string {
	switch {
	case len(src) > 1 && isUpper(src):
		return strings.ToUpper(rep)
	case src != "" && isUpper(src[:1]):
		return strings.ToUpper(rep[:1]) + rep[1:]
	case isLower(src):
		return strings.ToLower(rep)
	}
	return rep
}

// isPyWordRune is a character of Python's \w (letters, numbers, underscore).
func isPyWordRune(r rune) bool { return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r) }

// isPySpace is a character Python's str.rstrip removes.
func isPySpace(r rune) bool { return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f) }

// lowerWords is the tool's re.findall(r"\b[a-z]+\b", t): the runs of lower-case
// letters standing as words of their own.
func lowerWords(t string, into map[string]bool) {
	for i := 0; i < len(t); {
		if !isLowerASCII(t[i]) {
			i++
			continue
		}
		j := i
		for j < len(t) && isLowerASCII(t[j]) {
			j++
		}
		before, after := true, true
		if i > 0 {
			r, _ := lastRune(t[:i])
			before = !isPyWordRune(r)
		}
		if j < len(t) {
			r := []rune(t[j:min(len(t), j+4)])[0]
			after = !isPyWordRune(r)
		}
		if before && after {
			into[t[i:j]] = true
		}
		i = j
	}
}
