package gazetteer

import (
	"strings"
	"testing"
)

// Facts about China's divisions that the GeoNames data must reproduce, each
// with a spelling news text uses.
func TestLookupFindsKnownPlaces(t *testing.T) {
	cases := []struct {
		name string
		want Place
	}{
		{"Liaoning", Place{"Liaoning", Province, "Liaoning"}},
		{"Sichuan Province", Place{"Sichuan", Province, "Sichuan"}},
		{"Inner Mongolia", Place{"Inner Mongolia", Province, "Inner Mongolia"}},
		{"Inner Mongolia Autonomous Region", Place{"Inner Mongolia", Province, "Inner Mongolia"}},
		{"Guangxi Zhuang Autonomous Region", Place{"Guangxi", Province, "Guangxi"}},
		{"Xinjiang Uygur Autonomous Region", Place{"Xinjiang", Province, "Xinjiang"}},
		{"Xizang", Place{"Tibet", Province, "Tibet"}},
		{"Beijing", Place{"Beijing", Province, "Beijing"}},
		{"Chongqing Municipality", Place{"Chongqing", Province, "Chongqing"}},
		{"Anshan", Place{"Anshan", Prefecture, "Liaoning"}},
		{"Shenyang City", Place{"Shenyang", Prefecture, "Liaoning"}},
		{"shenyang", Place{"Shenyang", Prefecture, "Liaoning"}},
		{"Yibin", Place{"Yibin", Prefecture, "Sichuan"}},
		{"Suzhou", Place{"Suzhou", Prefecture, "Jiangsu"}},
		{"Kashgar", Place{"Kashgar", Prefecture, "Xinjiang"}},
		{"Kashi Prefecture", Place{"Kashgar", Prefecture, "Xinjiang"}},
		{"Yanbian Korean Autonomous Prefecture", Place{"Yanbian", Prefecture, "Jilin"}},
		{"Urumqi", Place{"Urumqi", Prefecture, "Xinjiang"}},
		{"Ürümqi", Place{"Urumqi", Prefecture, "Xinjiang"}},
		{"Haicheng", Place{"Haicheng", County, "Liaoning"}},
		{"Haicheng City", Place{"Haicheng", County, "Liaoning"}},
		{"Wafangdian", Place{"Wafangdian", County, "Liaoning"}},
		// Unit words choose among places that share a name.
		{"Jilin", Place{"Jilin", Province, "Jilin"}},
		{"Jilin Province", Place{"Jilin", Province, "Jilin"}},
		{"Jilin City", Place{"Jilin", Prefecture, "Jilin"}},
		{"Hainan", Place{"Hainan", Province, "Hainan"}},
		{"Hainan Prefecture", Place{"Hainan", Prefecture, "Qinghai"}},
		{"Chaoyang", Place{"Chaoyang", Prefecture, "Liaoning"}},
		{"Chaoyang County", Place{"Chaoyang", County, "Jilin"}},
	}
	for _, c := range cases {
		got, ok := Lookup(c.name)
		if !ok || got != c.want {
			t.Errorf("Lookup(%q) = %+v, %v; want %+v", c.name, got, ok, c.want)
		}
	}
}

// GeoNames' pinyin variants, apostrophes, diacritics and case all resolve
// to one place.
func TestLookupFoldsSpellings(t *testing.T) {
	want := Place{"Xi'an", Prefecture, "Shaanxi"}
	for _, name := range []string{"Xi'an", "Xian", "Xi’an", "XI'AN", "Xī'ān", "Xi'an City", "Xi'an Shi"} {
		if got, ok := Lookup(name); !ok || got != want {
			t.Errorf("Lookup(%q) = %+v, %v; want %+v", name, got, ok, want)
		}
	}
}

// Ordinary English words, words of the genre, and runs of words that are
// only unit words or only a person's name are not places.
func TestLookupRejectsWords(t *testing.T) {
	for _, name := range []string{"University", "Museum", "Science", "City", "Province", "County",
		"Autonomous Region", "the", "", "Shaping", "Jingling", "Ma Jie", "Shen Yang", "Anshan University"} {
		if p, ok := Lookup(name); ok {
			t.Errorf("Lookup(%q) = %+v; want no place", name, p)
		}
	}
}

// The generator's English-word filter leaves no key that is a word the
// genre's sentences are full of.
func TestNoKeyIsACommonEnglishWord(t *testing.T) {
	common := strings.Fields(`a an and at be by for from in is it of on or the to with
		new long gate ping bin dang can fan gang hang man pan ran tan van wan
		party city county university college museum hospital science centre center group`)
	for _, w := range common {
		if _, ok := index[w]; ok {
			t.Errorf("index has the English word %q as a key", w)
		}
	}
	for _, d := range droppedAsEnglish {
		if IsPlaceName(d) {
			t.Errorf("%q was dropped as an English word but still resolves", d)
		}
	}
	for _, d := range droppedAsOneSyllable {
		if IsPlaceName(d) {
			t.Errorf("%q was dropped as one pinyin syllable but still resolves", d)
		}
	}
	if len(droppedAsEnglish) == 0 {
		t.Error("the English-word filter dropped nothing: did the generator read its word list?")
	}
}

// The table holds every province-level division and a plausible number of
// prefecture-level ones (China has 333), and every row is well formed.
func TestTableCoversChina(t *testing.T) {
	count := map[Level]int{}
	provinces := map[string]bool{}
	for _, p := range All() {
		count[p.Level]++
		if p.Level == Province {
			provinces[p.Name] = true
		}
	}
	if count[Province] != 31 {
		t.Errorf("%d provinces, want 31 (22 provinces, 5 autonomous regions, 4 municipalities)", count[Province])
	}
	if count[Prefecture] < 320 || count[Prefecture] > 345 {
		t.Errorf("%d prefecture-level places, want about 333", count[Prefecture])
	}
	if count[County] < 300 {
		t.Errorf("%d county-level places, want at least 300", count[County])
	}
	for i, e := range table {
		if e.place.Name == "" || !provinces[e.place.Province] {
			t.Errorf("row %d %+v: no name or an unknown province", i, e.place)
		}
		if i > 0 && e.place.Level < table[i-1].place.Level {
			t.Errorf("row %d %+v comes after a lower level: the table is not in priority order", i, e.place)
		}
	}
}

func TestLookupAllListsEveryHaicheng(t *testing.T) {
	all := LookupAll("Haicheng")
	if len(all) == 0 || all[0] != (Place{"Haicheng", County, "Liaoning"}) {
		t.Fatalf("LookupAll(Haicheng) = %+v; want the Liaoning city first", all)
	}
	both := LookupAll("Suzhou")
	provinces := map[string]bool{}
	for _, p := range both {
		provinces[p.Province] = true
	}
	if !provinces["Jiangsu"] || !provinces["Anhui"] {
		t.Errorf("LookupAll(Suzhou) = %+v; want the cities of Jiangsu and Anhui", both)
	}
}

func TestMatchAtTakesTheLongestName(t *testing.T) {
	cases := []struct {
		text  string
		at    int
		want  Place
		words int
	}{
		{"visited Shenyang City Government today", 1, Place{"Shenyang", Prefecture, "Liaoning"}, 2},
		{"in Inner Mongolia Autonomous Region ,", 1, Place{"Inner Mongolia", Province, "Inner Mongolia"}, 4},
		{"the Yanbian Korean Autonomous Prefecture of Jilin", 1, Place{"Yanbian", Prefecture, "Jilin"}, 4},
		{"Haicheng , Liaoning", 0, Place{"Haicheng", County, "Liaoning"}, 1},
	}
	for _, c := range cases {
		words := strings.Fields(c.text)
		got, n, ok := MatchAt(words, c.at)
		if !ok || got != c.want || n != c.words {
			t.Errorf("MatchAt(%q, %d) = %+v, %d, %v; want %+v, %d", c.text, c.at, got, n, ok, c.want, c.words)
		}
	}
	if p, n, ok := MatchAt(strings.Fields("the University of Science"), 1); ok {
		t.Errorf("MatchAt found %+v over %d words in a university's name", p, n)
	}
}

// An extractor looks names up at every capitalised word: a lookup must not
// allocate.
func TestLookupDoesNotAllocate(t *testing.T) {
	words := strings.Fields("Guangxi Zhuang Autonomous Region")
	allocs := testing.AllocsPerRun(100, func() {
		Lookup("Shenyang City")
		Lookup("Xī'ān")
		Lookup("Guangxi Zhuang Autonomous Region")
		Lookup("University")
		MatchAt(words, 0)
	})
	if allocs != 0 {
		t.Errorf("lookups allocate %.1f times a run, want 0", allocs)
	}
}

func TestLevelString(t *testing.T) {
	for l, want := range map[Level]string{Province: "Province", Prefecture: "Prefecture", County: "County"} {
		if l.String() != want {
			t.Errorf("%d.String() = %q, want %q", int(l), l.String(), want)
		}
	}
}
