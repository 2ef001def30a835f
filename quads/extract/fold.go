package extract

import (
	"strings"
	"unicode/utf8"
)

// Word look-ups in a name without copying it. The rules ask of every body
// of every sentence whether its name holds a word of a list; lower-casing
// and splitting the name for each question was a tenth of extraction. On
// an ASCII name (lower-casing byte by byte) these read it in place; any
// other name takes the plain path, so the answers are those of
// strings.Fields(strings.ToLower(name)).

// exHasWordIn: a word of the name, lower-cased, is in the lower-case set.
func exHasWordIn(set map[string]bool, name string) bool {
	if !exASCII(name) {
		for _, w := range strings.Fields(strings.ToLower(name)) {
			if set[w] {
				return true
			}
		}
		return false
	}
	for i := 0; i < len(name); {
		for i < len(name) && exASCIISpace(name[i]) {
			i++
		}
		start := i
		for i < len(name) && !exASCIISpace(name[i]) {
			i++
		}
		if i > start && exSetHasFold(set, name[start:i]) {
			return true
		}
	}
	return false
}

// exASCII: the string is all ASCII, where lower-casing is byte by byte.
func exASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// exCutFold is the ASCII string s up to the first cut, ignoring case (all of
// s without one).
func exCutFold(s, cut string) string {
	for i := 0; i+len(cut) <= len(s); i++ {
		if s[i]|0x20 == cut[0]|0x20 && strings.EqualFold(s[i:i+len(cut)], cut) {
			return s[:i]
		}
	}
	return s
}

// exLastField is the last of strings.Fields(s) for an ASCII s, or "".
func exLastField(s string) string {
	end := len(s)
	for end > 0 && exASCIISpace(s[end-1]) {
		end--
	}
	start := end
	for start > 0 && !exASCIISpace(s[start-1]) {
		start--
	}
	return s[start:end]
}

// exASCIISpace: the byte is one of the ASCII spaces strings.Fields splits at.
func exASCIISpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// exSetHasFold: the lower case of the ASCII word w is in the lower-case set,
// lowered on the stack (the sets hold short words).
func exSetHasFold(set map[string]bool, w string) bool {
	var buf [24]byte
	if len(w) > len(buf) {
		return set[strings.ToLower(w)]
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return set[string(buf[:len(w)])]
}
