// Package gazetteer names China's provinces, prefecture-level divisions and
// county-level places in English, from GeoNames data turned into a Go table
// by gen/generate.mjs (places_gen.go; see README.md for the sources, the
// licence and the filters). Lookups fold case, diacritics, apostrophes and
// hyphens ("Xi'an", "Xian", "XI’AN") and take the unit words that English
// text adds to a name ("Shenyang City", "Liaoning Province", "Yanbian Korean
// Autonomous Prefecture"); they allocate nothing, for an extractor that
// looks up every capitalised run of words.
package gazetteer

import "strings"

// Level is the tier of China's administrative divisions a place belongs to.
type Level int

const (
	// Province covers provinces, the four municipalities (Beijing, Shanghai,
	// Tianjin, Chongqing) and the five autonomous regions.
	Province Level = iota + 1
	// Prefecture covers prefecture-level cities, prefectures, autonomous
	// prefectures and leagues.
	Prefecture
	// County covers county-level cities, counties and districts.
	County
)

func (l Level) String() string {
	switch l {
	case Province:
		return "Province"
	case Prefecture:
		return "Prefecture"
	case County:
		return "County"
	}
	return "Level(?)"
}

// Place is one division: its English name, its level and the English name
// of the province it lies in (its own name for a province).
type Place struct {
	Name     string
	Level    Level
	Province string
}

// entry is one row of the generated table: the place, the GeoNames
// population of its seat (0 where GeoNames has none), and every spelling
// it is looked up by.
type entry struct {
	place      Place
	population int
	names      []string
}

// index maps a normalised spelling to the rows that go by it, in the
// table's priority order (higher level, then larger population).
var index map[string][]uint16

// maxWords bounds how many words a spelling spans, with room for the unit
// and ethnic-group words MatchAt may have to read past.
var maxWords int

func init() {
	index = make(map[string][]uint16, 4*len(table))
	for i := range table {
		for _, name := range table[i].names {
			key := string(normalize(nil, name))
			rows := index[key]
			if len(rows) > 0 && rows[len(rows)-1] == uint16(i) {
				continue // two spellings of one row fold alike
			}
			index[key] = append(rows, uint16(i))
			if n := strings.Count(key, " ") + 1; n > maxWords {
				maxWords = n
			}
		}
	}
	maxWords += 4 // "… Li and Miao Autonomous County"
}

// Lookup finds a Chinese province or prefecture-/county-level city by English name,
// case-insensitively, with or without a "City", "Province", "County", "District",
// "Municipality", "Autonomous Region" suffix. Where several places share a
// name, the unit word decides ("Jilin City" is the prefecture, "Jilin" and
// "Jilin Province" the province); otherwise the higher level wins, then the
// larger place (Suzhou in Jiangsu over Suzhou in Anhui).
func Lookup(name string) (Place, bool) {
	var buf [96]byte
	rows, prefer := find(normalize(buf[:0], name))
	if rows == nil {
		return Place{}, false
	}
	return table[pick(rows, prefer)].place, true
}

// LookupAll returns every place the name may mean, the one Lookup returns
// first: "Haicheng" is a county-level city in Liaoning, a town in Guangdong.
func LookupAll(name string) []Place {
	var buf [96]byte
	rows, prefer := find(normalize(buf[:0], name))
	if rows == nil {
		return nil
	}
	first := pick(rows, prefer)
	places := make([]Place, 0, len(rows))
	places = append(places, table[first].place)
	for _, r := range rows {
		if r != first {
			places = append(places, table[r].place)
		}
	}
	return places
}

// IsPlaceName reports whether Lookup finds the name.
func IsPlaceName(name string) bool {
	var buf [96]byte
	rows, _ := find(normalize(buf[:0], name))
	return rows != nil
}

// MatchAt finds the longest run of words starting at words[i] that names a
// place, unit words included ("Shenyang", "City" in "Shenyang City
// Government"), and returns the place and how many words it spans.
func MatchAt(words []string, i int) (Place, int, bool) {
	var buf [128]byte
	key := buf[:0]
	var best Place
	bestLen := 0
	for j := i; j < len(words) && j-i < maxWords; j++ {
		if j > i {
			key = append(key, ' ')
		}
		before := len(key)
		key = normalize(key, words[j])
		if len(key) == before { // punctuation only: a name does not run across it
			break
		}
		if rows, prefer := find(key); rows != nil {
			best, bestLen = table[pick(rows, prefer)].place, j-i+1
		}
	}
	return best, bestLen, bestLen > 0
}

// All returns every place in the table, in priority order.
func All() []Place {
	places := make([]Place, len(table))
	for i := range table {
		places[i] = table[i].place
	}
	return places
}

// find looks a normalised name up as it is, then without its trailing unit
// words, and for an autonomous unit also without the ethnic groups before
// "Autonomous" ("guangxi zhuang autonomous region" → "guangxi"). prefer is
// the level the first unit word stripped asks for, 0 for none.
func find(key []byte) (rows []uint16, prefer Level) {
	if rows, ok := index[string(key)]; ok {
		return rows, 0
	}
	autonomous := false
	for {
		sp := lastSpace(key)
		if sp < 0 {
			break
		}
		level, ok := unitWords[string(key[sp+1:])]
		if !ok {
			break
		}
		key = key[:sp]
		if sp2 := lastSpace(key); sp2 >= 0 && string(key[sp2+1:]) == "autonomous" {
			key, autonomous = key[:sp2], true
		}
		if prefer == 0 {
			prefer = level
		}
		if rows, ok := index[string(key)]; ok {
			return rows, prefer
		}
	}
	if !autonomous {
		return nil, 0
	}
	for sp := lastSpace(key); sp >= 0; sp = lastSpace(key) {
		key = key[:sp]
		if rows, ok := index[string(key)]; ok {
			return rows, prefer
		}
	}
	return nil, 0
}

// unitWords are the words English and pinyin put after a division's name,
// each with the level it names.
var unitWords = map[string]Level{
	"province": Province, "sheng": Province, "municipality": Province, "region": Province,
	"prefecture": Prefecture, "diqu": Prefecture, "league": Prefecture, "meng": Prefecture,
	"city": Prefecture, "shi": Prefecture,
	"county": County, "xian": County, "district": County, "qu": County, "banner": County,
}

// pick returns the first row at the preferred level, else the first row.
func pick(rows []uint16, prefer Level) uint16 {
	if prefer != 0 {
		for _, r := range rows {
			if table[r].place.Level == prefer {
				return r
			}
		}
		if prefer == Prefecture { // "Haicheng City": a county-level city
			for _, r := range rows {
				if table[r].place.Level == County {
					return r
				}
			}
		}
	}
	return rows[0]
}

func lastSpace(b []byte) int {
	for i := len(b) - 1; i >= 0; i-- {
		if b[i] == ' ' {
			return i
		}
	}
	return -1
}

// normalize appends s to dst in the form keys are stored in: ASCII lower
// case, Latin diacritics and pinyin tone marks dropped, apostrophes,
// hyphens and dots removed (joining what they joined), any other run of
// non-letters one space, no space at either end or after dst's own last
// byte if that is a space.
func normalize(dst []byte, s string) []byte {
	start := len(dst)
	space := false
	for _, r := range s {
		var c byte
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			c = byte(r)
		case r >= 'A' && r <= 'Z':
			c = byte(r) + 'a' - 'A'
		case r == '\'' || r == '’' || r == '‘' || r == '`' || r == '-' || r == '.' || r == 'ʼ':
			continue
		case r >= 0xC0:
			c = foldLatin(r)
		}
		if c == 0 {
			space = len(dst) > start
			continue
		}
		if space {
			dst = append(dst, ' ')
			space = false
		}
		dst = append(dst, c)
	}
	return dst
}

// foldLatin gives the base letter of a Latin letter with a diacritic, 0 for
// anything else.
func foldLatin(r rune) byte {
	for _, f := range latinFolds {
		if strings.ContainsRune(f.from, r) {
			return f.to
		}
	}
	return 0
}

var latinFolds = [...]struct {
	from string
	to   byte
}{
	{"àáâãäåāăąǎÀÁÂÃÄÅĀĂĄǍ", 'a'},
	{"çćĉċčÇĆĈĊČ", 'c'},
	{"ďđĎĐ", 'd'},
	{"èéêëēĕėęěÈÉÊËĒĔĖĘĚ", 'e'},
	{"ĝğġģĜĞĠĢ", 'g'},
	{"ĥħĤĦ", 'h'},
	{"ìíîïĩīĭįıǐÌÍÎÏĨĪĬĮİǏ", 'i'},
	{"ĵĴ", 'j'},
	{"ķĶ", 'k'},
	{"ĺļľŀłĹĻĽĿŁ", 'l'},
	{"ñńņňÑŃŅŇ", 'n'},
	{"òóôõöøōŏőǒÒÓÔÕÖØŌŎŐǑ", 'o'},
	{"ŕŗřŔŖŘ", 'r'},
	{"śŝşšŚŜŞŠ", 's'},
	{"ţťŧŢŤŦ", 't'},
	{"ùúûüũūŭůűųǔǖǘǚǜÙÚÛÜŨŪŬŮŰŲǓǕǗǙǛ", 'u'},
	{"ŵŴ", 'w'},
	{"ýÿŷÝŸŶ", 'y'},
	{"źżžŹŻŽ", 'z'},
}
