package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// exSentence is one sentence (or heading line) of an article as a byte span
// of the article text; text[Start:End] is the sentence, trimmed of space.
type exSentence struct {
	Start, End int
	Heading    bool // a heading line: title case, no verb needed
}

// exLayout is what the article text gives besides its sentences.
type exLayout struct {
	Title     string
	Date      string
	Sentences []exSentence
}

// Page furniture: breadcrumbs, date/source lines, bylines. They hold no
// statements, so they are not sentences.
var exFurnitureRE = regexp.MustCompile(`(?i)^(position\s*[:：]|you are here|home\s*>|current location|location\s*[:：]|date\s*[:：]|source\s*[:：]|release time|published\s*[:：]|publish time|update\s*[:：]|updated\s*[:：]|author\s*[:：]|editor\s*[:：]|views?\s*[:：]|clicks?\s*[:：]|\(?written by|\(?photo by|\(?editor|\(?reporter|\(?proofread|\(?reviewed by|\(?translated by|\(?edited by|print\s*$|close\s*$|share\s*(to)?\s*[:：]?\s*$)`)

// exFurnitureInitials are the lower-case first bytes of exFurnitureRE's
// openings (keep them with it).
const exFurnitureInitials = "pyhcldsruaevwt("

var (
	exISODateRE  = regexp.MustCompile(`(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})`)
	exWordDateRE = regexp.MustCompile(`(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	exDayDateRE  = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(\d{4})\b`)
)

var exMonthNum = map[string]int{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12}

// exDateIn returns the first date of line as YYYY-MM-DD, or "".
func exDateIn(line string) string {
	mk := func(y, m, d int) string {
		if y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31 {
			return ""
		}
		b := []byte("0000-00-00")
		b[0], b[1], b[2], b[3] = byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10)
		b[5], b[6] = byte('0'+m/10), byte('0'+m%10)
		b[8], b[9] = byte('0'+d/10), byte('0'+d%10)
		return string(b)
	}
	if m := exISODateRE.FindStringSubmatch(line); m != nil {
		return mk(exAtoi(m[1]), exAtoi(m[2]), exAtoi(m[3]))
	}
	if m := exWordDateRE.FindStringSubmatch(line); m != nil {
		return mk(exAtoi(m[3]), exMonthNum[strings.ToLower(m[1])], exAtoi(m[2]))
	}
	if m := exDayDateRE.FindStringSubmatch(line); m != nil {
		return mk(exAtoi(m[3]), exMonthNum[strings.ToLower(m[2])], exAtoi(m[1]))
	}
	return ""
}

func exAtoi(s string) int {
	n := 0
	for i := 0; i < len(s) && i < 6; i++ {
		if s[i] >= '0' && s[i] <= '9' {
			n = n*10 + int(s[i]-'0')
		}
	}
	return n
}

// exDateLine reports whether a line is only a date, perhaps with a label
// exFurnitureStart: the line begins with a byte one of exFurnitureRE's
// openings can begin with (ignoring case; any non-ASCII byte, since "ſ"
// folds to "s"), so that only such lines pay for the pattern.
func exFurnitureStart(line string) bool {
	return line != "" && (line[0] >= utf8.RuneSelf || strings.IndexByte(exFurnitureInitials, line[0]|0x20) >= 0)
}

// ("Date: 2024-04-28    Source:", "2016年06月23日").
func exDateLine(line string) bool {
	if len(line) > 120 {
		return false
	}
	letters := 0
	for _, r := range line {
		if unicode.IsLetter(r) && r < 0x2E80 {
			letters++
		}
	}
	return letters <= 40 && exDateIn(line) != "" // the count first: it is cheaper than the date patterns
}

// exLayoutOf splits an article into its title, date and sentences. Lines are
// paragraphs; furniture lines are skipped; the first line is the title when
// it reads as a heading (short, no sentence inside) and more text follows.
func exLayoutOf(text string) exLayout {
	var lay exLayout
	type line struct{ s, e int }
	var lines []line
	for i := 0; i <= len(text); {
		j := strings.IndexByte(text[i:], '\n')
		end := len(text)
		if j >= 0 {
			end = i + j
		}
		s, e := exTrimSpan(text, i, end)
		if s < e {
			lines = append(lines, line{s, e})
		}
		if j < 0 {
			break
		}
		i = end + 1
	}
	first := true
	var segs [][2]int
	for k, ln := range lines {
		t := text[ln.s:ln.e]
		if exFurnitureStart(t) && exFurnitureRE.MatchString(t) || exDateLine(t) || strings.Contains(t, ">>") {
			if lay.Date == "" && k < 8 && exDateLine(t) {
				lay.Date = exDateIn(t)
			}
			continue
		}
		s := ln.s
		if a := exAgencyEnd(t); a > 0 {
			// "OREANDA-NEWS  On 29 May, …": the agency that filed the story
			// takes no part in it
			s, _ = exTrimSpan(text, ln.s+a, ln.e)
			t = text[s:ln.e]
		}
		if d := exDatelineEnd(t); d > 0 {
			// "YUZHOU, Gansu, March 14 -- X and Y signed …": the dateline's
			// places say where the story was filed, not who took part
			lay.Sentences = append(lay.Sentences, exSentence{Start: s, End: s + d, Heading: true})
			s, _ = exTrimSpan(text, s+d, ln.e)
			for s < ln.e && (text[s] == '-' || text[s] == ':' || strings.HasPrefix(text[s:], "—") || strings.HasPrefix(text[s:], "–")) {
				_, n := utf8.DecodeRuneInString(text[s:])
				s += n
			}
			s, _ = exTrimSpan(text, s, ln.e)
		}
		t = text[s:ln.e]
		heading := exLooksLikeHeading(t)
		if first {
			first = false
			if heading && k < len(lines)-1 {
				lay.Title = t
			}
		}
		if heading {
			lay.Sentences = append(lay.Sentences, exSentence{Start: s, End: ln.e, Heading: true})
			continue
		}
		// a credit ("[Photo/X University]", "(Text by P from X)",
		// ".Photographed by P") names who took the picture, not who took part
		segs = exUncredited(text, s, ln.e, segs[:0])
		for _, seg := range segs {
			lay.Sentences = append(lay.Sentences, exSplitSentences(text, seg[0], seg[1])...)
		}
	}
	return lay
}

// exUncredited returns the parts of the paragraph text[s:e] outside its
// credits: a bracket that opens with a credit word and "by", "/" or ":"
// ("[Photo/Shanxi University]", "(Text by P   Photos by Q)"), and a credit
// run on after a sentence to the paragraph's end ("… Nationalities.Photographed
// by P"). It appends them to out.
func exUncredited(text string, s, e int, out [][2]int) [][2]int {
	from := s
	for i := s; i < e; i++ {
		c := text[i]
		if c != '(' && c != '[' && c != '.' {
			continue
		}
		cs, ce := -1, -1
		if c == '.' {
			j := i + 1
			for j < e && text[j] == ' ' {
				j++
			}
			if j < e && text[j] >= 'A' && text[j] <= 'Z' && exCreditAt(text, j, e) && e-j <= 120 && !strings.ContainsAny(text[j:e], ".!?") {
				cs, ce = i+1, e
			}
		} else if exCreditAt(text, i+1, e) {
			closer := byte(')')
			if c == '[' {
				closer = ']'
			}
			if k := strings.IndexByte(text[i+1:e], closer); k >= 0 && k < 240 {
				cs, ce = i, i+1+k+1
			}
		}
		if cs < 0 {
			continue
		}
		if a, b := exTrimSpan(text, from, cs); a < b {
			out = append(out, [2]int{a, b})
		}
		from, i = ce, ce-1
	}
	if a, b := exTrimSpan(text, from, e); a < b {
		out = append(out, [2]int{a, b})
	}
	return out
}

// exCreditAt: text[i:e] opens with a credit word and its mark ("Photo/",
// "Photos by", "Text by", "Photo:").
func exCreditAt(text string, i, e int) bool {
	j := i
	for j < e && exASCIILetter(text[j]) {
		j++
	}
	if j == i || j-i > 14 || !exCreditWords.has(strings.ToLower(text[i:j])) {
		return false
	}
	rest := strings.TrimLeft(text[j:e], " ")
	return strings.HasPrefix(rest, "/") || strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "by ")
}

// exAgencyEnd returns the length of a news agency's name that opens a
// paragraph, set off by a wide gap before the story ("OREANDA-NEWS  On 29
// May, …"): one word in capitals, hyphenated or longer than a body's
// acronym ("FLU  President P …" keeps its body), two or more spaces, and a
// capital. It returns 0 when the line opens otherwise.
func exAgencyEnd(t string) int {
	j, letters := 0, 0
	for j < len(t) && (t[j] >= 'A' && t[j] <= 'Z' || t[j] == '-' && j > 0) {
		if t[j] != '-' {
			letters++
		}
		j++
	}
	if letters < 6 && !strings.Contains(t[:j], "-") || j+3 > len(t) || t[j] != ' ' || t[j+1] != ' ' {
		return 0
	}
	k := j
	for k < len(t) && t[k] == ' ' {
		k++
	}
	if k >= len(t) || t[k] < 'A' || t[k] > 'Z' {
		return 0
	}
	return j
}

// exDatelineEnd returns the length of a dateline that opens a paragraph
// ("XILING, Shaanxi -- ", "Pingchuan, Shanxi (Oct. 15) — "): a few
// capitalised words, numbers or bracketed words with a comma or a bracket
// among them, before a dash. A dash without spaces ("Jan.21, Linhe--The",
// "NANHU--", "Linhe—") ends a dateline only before a capital and after a
// prefix of that shape, one all-capitals word or one known place, so a
// compound ("Shenzhen—Guangzhou railway") is no dateline. It returns 0 when the
// line has none.
func exDatelineEnd(t string) int {
	d, spaced := -1, false
	for _, dash := range []string{" -- ", " — ", " – "} {
		if i := strings.Index(t, dash); i > 0 && i < 80 && (d < 0 || i < d) {
			d, spaced = i, true
		}
	}
	for _, dash := range []string{"--", "—", "–"} {
		i := strings.Index(t, dash)
		if i <= 0 || i >= 80 || d >= 0 && i >= d || t[i-1] == ' ' && i+len(dash) < len(t) && t[i+len(dash)] == ' ' {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(strings.TrimLeft(t[i+len(dash):], " ")); !unicode.IsUpper(r) && r != '"' && r != '“' {
			continue
		}
		if exOpensWithPlace(t[i+len(dash):]) {
			continue // "Shenzhen—Guangzhou railway": a compound of two places
		}
		d, spaced = len(strings.TrimRight(t[:i], " ")), false
	}
	if d <= 0 {
		// "Peking University, May 23, 2011: X and Y signed …": a place or a
		// body and a date before a colon
		if i := strings.Index(t, ": "); i > 0 && i < 80 && exDateIn(t[:i]) != "" && strings.Contains(t[:i], ",") {
			d, spaced = i, true
		} else {
			return 0
		}
	}
	pre := t[:d]
	words := strings.Fields(pre)
	if len(words) > 8 {
		return 0
	}
	if !strings.ContainsAny(pre, ",(") && (spaced || len(words) != 1 || !exDatelinePlaceWord(words[0])) {
		return 0
	}
	inParen := false
	for _, w := range words {
		if strings.HasPrefix(w, "(") {
			inParen = true
		}
		r, _ := utf8.DecodeRuneInString(strings.TrimLeft(w, "("))
		if !inParen && !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return 0
		}
		if strings.HasSuffix(w, ")") {
			inParen = false
		}
	}
	return d
}

// exOpensWithPlace: the first word or two of t name a known place.
func exOpensWithPlace(t string) bool {
	words := strings.FieldsFunc(t, func(r rune) bool { return !unicode.IsLetter(r) })
	for n := 1; n <= 2 && n <= len(words); n++ {
		if knownPlace(placeKey(strings.ToLower(strings.Join(words[:n], " ")))) {
			return true
		}
	}
	return false
}

// exDatelinePlaceWord: a one-word dateline before an unspaced dash is a
// place in capitals ("NANHU--") or a known place ("Shenzhen—").
func exDatelinePlaceWord(w string) bool {
	return len(w) > 2 && strings.ToUpper(w) == w && strings.ToLower(w) != w || knownPlace(placeKey(strings.ToLower(w)))
}

// exLooksLikeHeading: a short line without a sentence break inside it.
func exLooksLikeHeading(t string) bool {
	if len(t) > 260 {
		return false
	}
	t = strings.TrimRight(t, ".。 ")
	for i := 0; i+1 < len(t); i++ {
		if (t[i] == '.' || t[i] == '!' || t[i] == '?') && t[i+1] == ' ' && i > 3 {
			return false
		}
	}
	return true
}

// exTrimSpan narrows [s,e) of text to exclude surrounding white space.
func exTrimSpan(text string, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:e])
		if !unicode.IsSpace(r) && r != '\ufeff' {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= n
	}
	return s, e
}

// exSplitSentences splits the paragraph text[s:e] at sentence ends: . ! ?
// (and their CJK forms) followed by space and a capital, a digit or a quote,
// or a period glued to a capitalised word after a lower-case word
// ("ceremony.Minghui"). A period after an abbreviation ("Co.", "Prof.",
// "Aug.", "C.Y.") does not end a sentence.
func exSplitSentences(text string, s, e int) []exSentence {
	var out []exSentence
	start := s
	i := s
	for i < e {
		c := text[i]
		var end, next int = -1, -1
		switch {
		case c == '.' || c == '!' || c == '?':
			j := i + 1
			for j < e && (text[j] == '.' || text[j] == '"' || text[j] == '\'' || text[j] == ')') {
				j++
			}
			j = exSkipClosers(text, j, e)
			k := j
			for k < e && (text[k] == ' ' || text[k] == '\t') {
				k++
			}
			if k >= e {
				break
			}
			r, _ := utf8.DecodeRuneInString(text[k:e])
			if k > j {
				if (unicode.IsUpper(r) || unicode.IsDigit(r) || r == '"' || r == '“' || r == '(') && !(c == '.' && exAbbrevBefore(text, s, i) && !exCompanyEnd(text, s, i, k, e)) {
					end, next = j, k
				}
			} else if c == '.' && unicode.IsUpper(r) && exLowerWordBefore(text, s, i) {
				end, next = j, k
			}
		case c == 0xE3 && i+2 < e && text[i+1] == 0x80 && text[i+2] == 0x82: // 。
			end, next = i+3, i+3
		}
		if end > 0 {
			a, b := exTrimSpan(text, start, end)
			if a < b {
				out = append(out, exSentence{Start: a, End: b})
			}
			start = next
			i = next
			continue
		}
		if c < utf8.RuneSelf {
			i++
		} else {
			_, n := utf8.DecodeRuneInString(text[i:e])
			i += n
		}
	}
	a, b := exTrimSpan(text, start, e)
	if a < b {
		out = append(out, exSentence{Start: a, End: b})
	}
	return out
}

// exSkipClosers steps over closing quotes after a sentence end.
func exSkipClosers(text string, j, e int) int {
	for j < e {
		r, n := utf8.DecodeRuneInString(text[j:e])
		if r == '”' || r == '’' || r == '」' || r == '"' || r == ')' {
			j += n
			continue
		}
		break
	}
	return j
}

// exWordBefore returns the letters just before byte i.
func exWordBefore(text string, s, i int) string {
	j := i
	for j > s {
		r, n := utf8.DecodeLastRuneInString(text[s:j])
		if !unicode.IsLetter(r) {
			break
		}
		j -= n
	}
	return text[j:i]
}

// exAbbrevBefore: the period at i closes an abbreviation or an initial.
func exAbbrevBefore(text string, s, i int) bool {
	w := exWordBefore(text, s, i)
	if w == "" {
		return false
	}
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r)
	}
	return exAbbrev.has(strings.ToLower(w))
}

// exCompanyEnd: the period at i closes "Ltd." or "Inc.", which end a
// company's name, and the capitalised words at k do not go on with it
// ("Co., Ltd. Shenyang Branch"): a new sentence begins at k.
func exCompanyEnd(text string, s, i, k, e int) bool {
	w := strings.ToLower(exWordBefore(text, s, i))
	if w != "ltd" && w != "inc" {
		return false
	}
	rest := text[k:e]
	if len(rest) > 60 {
		rest = rest[:60]
	}
	if a, _, ok := strings.Cut(rest, ")"); ok && strings.HasPrefix(a, "(") && len(a) <= 12 && !strings.ContainsAny(a, " .") {
		// xlists: "Co., Ltd. (LCC) and …": the company's abbreviation goes on
		// with its name
		return false
	}
	for _, f := range strings.Fields(rest) {
		r, _ := utf8.DecodeRuneInString(f)
		if !unicode.IsUpper(r) {
			break
		}
		if strings.HasPrefix(strings.ToLower(f), "branch") {
			return false
		}
	}
	return true
}

// exLowerWordBefore: a lower-case word of two letters or more ends at i.
func exLowerWordBefore(text string, s, i int) bool {
	w := exWordBefore(text, s, i)
	if utf8.RuneCountInString(w) < 2 || exAbbrev.has(strings.ToLower(w)) {
		return false
	}
	for _, r := range w {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return true
}
