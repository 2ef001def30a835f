package extract

import (
	"github.com/coopgraph/coopgraph/quads"
	"io/fs"
	"strings"
	"testing"
	"unicode/utf8"
)

// corpusTexts returns the shipped articles (quads/corpus), keyed SET/NAME.
func corpusTexts(tb testing.TB) map[string]string {
	tb.Helper()
	out := map[string]string{}
	for _, p := range quads.ShippedArticlePaths() {
		data, err := fs.ReadFile(quads.ShippedArticles(), p)
		if err != nil {
			tb.Fatal(err)
		}
		out[p] = string(data)
	}
	if len(out) == 0 {
		tb.Fatal("no shipped articles")
	}
	return out
}

// TestExtractEvidence checks every relation of every article: the extraction
// validates, and text[start:end] is exactly the evidence sentence.
func TestExtractEvidence(t *testing.T) {
	for name, text := range corpusTexts(t) {
		x, err := Extract(quads.Article{File: name, Text: text})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if err := x.Validate(); err != nil {
			t.Errorf("%s: %v", name, err)
		}
		if x.Article.ID != quads.ArticleID(text) {
			t.Errorf("%s: id %s", name, x.Article.ID)
		}
		if len(x.Relations) == 0 {
			t.Errorf("%s: no relations", name)
		}
		for _, r := range x.Relations {
			ev := r.Evidence
			if ev.Start < 0 || ev.End > len(text) || ev.Start >= ev.End || text[ev.Start:ev.End] != ev.Sentence {
				t.Errorf("%s: evidence [%d,%d) is not its sentence %q", name, ev.Start, ev.End, ev.Sentence)
			}
			if strings.TrimSpace(ev.Sentence) != ev.Sentence {
				t.Errorf("%s: evidence not trimmed: %q", name, ev.Sentence)
			}
		}
		for _, e := range x.Entities {
			if e.ID != quads.EntityID(e.Type, e.Name) {
				t.Errorf("%s: entity %q id is not EntityID(type, name)", name, e.Name)
			}
		}
	}
}

func TestExtractErrors(t *testing.T) {
	for name, tc := range map[string]struct {
		text string
		code string
	}{
		"ErrEmpty":    {"", quads.EINVALID},
		"ErrNotUTF8":  {"Liaoning University\xff signed", quads.EINVALID},
		"ErrTooLarge": {strings.Repeat("a", quads.MaxArticleLen+1), quads.ETOOLARGE},
	} {
		t.Run(name, func(t *testing.T) {
			if _, err := Extract(quads.Article{Text: tc.text}); quads.ErrorCode(err) != tc.code {
				t.Fatalf("code %q, want %q (%v)", quads.ErrorCode(err), tc.code, err)
			}
		})
	}
	t.Run("OK", func(t *testing.T) {
		if _, err := Extract(quads.Article{Text: "Hello."}); err != nil {
			t.Fatal(err)
		}
	})
}

func TestExtractLayout(t *testing.T) {
	text := "Position:  Home >> News >> Content\n\nLiaoning University Signed an Agreement with Anshan City\n\nDate: 2024-04-28    Source: \n\nLiaoning University and Anshan City signed an agreement. Zhao Yanzhi, president of Shenyang University, attended.\n"
	x, err := Extract(quads.Article{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	if x.Article.Title != "Liaoning University Signed an Agreement with Anshan City" {
		t.Errorf("title %q", x.Article.Title)
	}
	if x.Article.Date != "2024-04-28" {
		t.Errorf("date %q", x.Article.Date)
	}
	for _, r := range x.Relations {
		if strings.Contains(r.Evidence.Sentence, "Position") || strings.Contains(r.Evidence.Sentence, "Date:") {
			t.Errorf("furniture used as evidence: %q", r.Evidence.Sentence)
		}
	}
	// the caller's metadata wins
	x, _ = Extract(quads.Article{Text: text, Title: "T", Date: "2020-01-02"})
	if x.Article.Title != "T" || x.Article.Date != "2020-01-02" {
		t.Errorf("metadata not kept: %q %q", x.Article.Title, x.Article.Date)
	}
	// a date in another form
	x, _ = Extract(quads.Article{Text: "A Museum Signed an Agreement\n\n2016年06月23日\n\nThe museum and the university signed it."})
	if x.Article.Date != "2016-06-23" {
		t.Errorf("date %q", x.Article.Date)
	}
}

func TestSplitSentences(t *testing.T) {
	text := "Prof. Bai Wei went to Haicheng City. Aug.19th, the museum signed.Minghui Wang attended. It cost 2.5 million RMB! Li Ming (C.Y. Tung Co. Ltd.) spoke."
	var got []string
	for _, s := range exSplitSentences(text, 0, len(text)) {
		got = append(got, text[s.Start:s.End])
	}
	want := []string{"Prof. Bai Wei went to Haicheng City.", "Aug.19th, the museum signed.", "Minghui Wang attended.", "It cost 2.5 million RMB!", "Li Ming (C.Y. Tung Co. Ltd.) spoke."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

// relationsOf returns "subject|predicate|object" for each relation.
func relationsOf(t *testing.T, text string) map[string]bool {
	t.Helper()
	x, err := Extract(quads.Article{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	name := map[string]string{}
	for _, e := range x.Entities {
		name[e.ID] = e.Name
	}
	out := map[string]bool{}
	for _, r := range x.Relations {
		out[name[r.Subject]+"|"+string(r.Predicate)+"|"+name[r.Object]] = true
	}
	return out
}

func TestExtractRelations(t *testing.T) {
	for name, tc := range map[string]struct {
		text string
		want []string
		not  []string
	}{
		"TwoPosts": {
			text: "Wang Xiaowen, deputy director of Liaoning Provincial Public Cultural Service Center and curator of Liaoning Provincial Museum, and Zhao Yanzhi, president of Shenyang University, attended.",
			want: []string{"Wang Xiaowen|leads|Liaoning Provincial Public Cultural Service Center", "Wang Xiaowen|leads|Liaoning Provincial Museum", "Zhao Yanzhi|leads|Shenyang University"},
		},
		"PartyCommitteeFolded": {
			text: "Pan Yishan, Secretary of the CPC Committee of Liaoning University, went to Anshan City. Secretary Pan Yishan spoke.",
			want: []string{"Pan Yishan|leads|Liaoning University", "Liaoning University|visited|Anshan"},
		},
		"CityGovernmentFolded": {
			text: "Sichuan University and Yibin Municipal People's Government signed an agreement. Ziping Du, mayor of Yibin City, attended.",
			want: []string{"Sichuan University|signed-with|Yibin", "Ziping Du|leads|Yibin"},
		},
		"Abbreviation": {
			text: "Liaoning Open University (Liaoning OU) signed an agreement with Anshan Museum. Li Ming, president of Liaoning OU, spoke.",
			want: []string{"Li Ming|leads|Liaoning Open University", "Anshan Museum|signed-with|Liaoning Open University"},
		},
		"SchoolsOfTwoUniversities": {
			text: "The School of Economics of Liaoning University and the School of Economics of Shenyang University signed an agreement.",
			want: []string{"School of Economics, Liaoning University|part-of|Liaoning University", "School of Economics, Shenyang University|part-of|Shenyang University"},
		},
		"SameSurname": {
			text: "Wang Xudong, director of the Palace Museum, and Wang Xiaoming, director of Shanghai Science and Technology Museum, signed the agreement.",
			want: []string{"Wang Xudong|leads|Palace Museum", "Wang Xiaoming|leads|Shanghai Science and Technology Museum"},
			not:  []string{"Wang Xudong|leads|Shanghai Science and Technology Museum"},
		},
		"TitleBeforeNameList": {
			text: "Haicheng City’s Party Committee Secretary Sun Juxian, Mayor Wen Ran and others attended the meeting.",
			want: []string{"Sun Juxian|leads|Haicheng", "Wen Ran|leads|Haicheng"},
		},
	} {
		t.Run(name, func(t *testing.T) {
			got := relationsOf(t, tc.text)
			for _, w := range tc.want {
				if f := strings.Split(w, "|"); f[1] == string(quads.SignedWith) && got[f[2]+"|"+f[1]+"|"+f[0]] {
					continue
				}
				if !got[w] {
					t.Errorf("missing %s; got %v", w, got)
				}
			}
			for _, w := range tc.not {
				if got[w] {
					t.Errorf("unexpected %s", w)
				}
			}
		})
	}
}

func TestEntityResolution(t *testing.T) {
	text := "Pan Yishan, Secretary of the CPC Committee of Liaoning University, spoke. LNU signed an agreement with Anshan SASAC. Liaoning University hosted it."
	x, err := Extract(quads.Article{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, e := range x.Entities {
		if e.Name == "Liaoning University" {
			n++
			if !strings.Contains(strings.Join(e.Aliases, "|"), "LNU") {
				t.Errorf("LNU is not an alias: %v", e.Aliases)
			}
		}
		if e.Name == "LNU" {
			t.Errorf("LNU is its own entity")
		}
	}
	if n != 1 {
		t.Errorf("%d entities named Liaoning University", n)
	}
}

func FuzzExtract(f *testing.F) {
	for _, text := range corpusTexts(f) {
		f.Add(text)
	}
	f.Add("Co., Ltd. (LNU) of of and , , Secretary")
	f.Add("“”’’ 2016年06月23日 ...!!")
	f.Fuzz(func(t *testing.T, text string) {
		x, err := Extract(quads.Article{Text: text})
		// What no article may hold (invalid UTF-8, control bytes, too much
		// text) is refused with an error; anything else is extracted.
		if (&quads.Article{Text: text}).ValidateFields() != nil {
			if err == nil {
				t.Fatal("no error for invalid text")
			}
			return
		}
		if err != nil {
			t.Fatalf("error on valid text: %v", err)
		}
		if err := x.Validate(); err != nil {
			t.Fatalf("invalid extraction: %v", err)
		}
		for _, r := range x.Relations {
			ev := r.Evidence
			if ev.Start < 0 || ev.End > len(text) || ev.Start >= ev.End || text[ev.Start:ev.End] != ev.Sentence {
				t.Fatalf("bad evidence span [%d,%d)", ev.Start, ev.End)
			}
			if !utf8.RuneStart(text[ev.Start]) || (ev.End < len(text) && !utf8.RuneStart(text[ev.End])) {
				t.Fatalf("evidence span [%d,%d) splits a rune", ev.Start, ev.End)
			}
		}
	})
}

// BenchmarkExtract extracts the project's articles on one core and reports
// MB/s (via SetBytes) and articles/s.
func BenchmarkExtract(b *testing.B) {
	texts := corpusTexts(b)
	var all []string
	size := 0
	for _, t := range texts {
		all = append(all, t)
		size += len(t)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	cpu0, cpuKnown := processCPUSeconds()
	for i := 0; i < b.N; i++ {
		for _, t := range all {
			if _, err := Extract(quads.Article{Text: t}); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(b.N*len(all))/b.Elapsed().Seconds(), "articles/s")
	// MB per CPU-second: the "2 MB/s on one core", measured on the
	// core's own time, so that other work on the machine does not count
	if cpu1, ok := processCPUSeconds(); ok && cpuKnown && cpu1 > cpu0 {
		b.ReportMetric(float64(b.N)*float64(size)/1e6/(cpu1-cpu0), "MB/cpu-s")
	}
}

// TestExtractHostile runs the extractor on large degenerate texts: it must
// finish, stay valid and keep its spans on the text.
func TestExtractHostile(t *testing.T) {
	if testing.Short() {
		t.Skip("large inputs")
	}
	grow := func(s string, n int) string {
		for len(s) < n {
			s += s
		}
		return strings.ToValidUTF8(s[:n], "")
	}
	for name, text := range map[string]string{
		"Caps":     grow("A B C D E F G H ", 256<<10),
		"OneLine":  grow("Wang Xiaowen, president of Liaoning University, Li Ming, dean of School of Economics of Shenyang University and ", 256<<10),
		"Acronyms": grow("LNU SYAU Liaoning Normal Agricultural University of Shenyang Technology, ", 256<<10),
		"Punct":    grow("(((,,, of and Co., Ltd. “” ’s ", 256<<10),
	} {
		t.Run(name, func(t *testing.T) {
			x, err := Extract(quads.Article{Text: text})
			if err != nil {
				t.Fatal(err)
			}
			if err := x.Validate(); err != nil {
				t.Fatal(err)
			}
		})
	}
}
