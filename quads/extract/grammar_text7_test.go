package extract

import (
	"strings"
	"testing"

	"github.com/coopgraph/coopgraph/quads"
)

// TestNameGrammarText7 checks the typographic variants of real pages (the
// text layer, article_norm.go): apostrophe marks, odd spaces and full-width
// forms, and words run together at a head noun, a function word or a post.
// Every name is made up.
func TestNameGrammarText7(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		// apostrophe-like marks between letters
		"AcuteApostropheGovernment": {
			text: "Fenglin University signed an agreement with Qiaotou Municipal People´s Government. Xu Baofeng, vice mayor of Qiaotou Municipal People´s Government, attended.",
			want: []string{"Fenglin University|signed-with|Qiaotou", "Xu Baofeng|leads|Qiaotou"},
			not:  []string{"Fenglin University|signed-with|Qiaotou Municipal People"},
		},
		"PrimeApostropheGovernment": {
			text: "Chen Fenghua, deputy governor of Tanhai Province People′s Government, visited Fenglin University.",
			want: []string{"Chen Fenghua|leads|Tanhai", "Chen Fenghua|visited|Fenglin University"},
		},
		"LeftQuoteApostropheGovernment": {
			text: "Linhe University signed an agreement with the People‘s Government of Qiaotou District.",
			want: []string{"Linhe University|signed-with|Qiaotou District"},
		},
		// spaces and full-width forms
		"NoBreakSpacesInNames": {
			text: "Xu\u00a0Baofeng, president of Fenglin\u00a0University, signed an agreement with Linhe\u3000Steel\u00a0Group.",
			want: []string{"Xu Baofeng|leads|Fenglin University", "Fenglin University|signed-with|Linhe Steel Group"},
		},
		"FullWidthPunctuation": {
			text: "Xu Baofeng，president of Fenglin University（FLU），signed an agreement with Linhe Steel Group.",
			want: []string{"Xu Baofeng|leads|Fenglin University", "Fenglin University|signed-with|Linhe Steel Group"},
		},
		"ZeroWidthSpaceInWord": {
			text: "Xu Baofeng, pres\u200bident of Fenglin University, visited Linhe Steel Group.",
			want: []string{"Xu Baofeng|leads|Fenglin University", "Xu Baofeng|visited|Linhe Steel Group"},
		},
		// a head noun run onto "of" or "and"
		"HeadNounGluedToOf": {
			text: "Economy and Information Commissionof Qiaotou Municipality signed an agreement with Fenglin University.",
			want: []string{"Economy and Information Commission of Qiaotou Municipality|signed-with|Fenglin University"},
			not:  []string{"Information Commissionof Qiaotou|signed-with|Fenglin University"},
		},
		"FieldWordGluedToAnd": {
			text: "Xu Baofeng, director of Qiaotou Tradeand Commerce Bureau, visited Fenglin University.",
			want: []string{"Xu Baofeng|leads|Qiaotou Trade and Commerce Bureau"},
			not:  []string{"Xu Baofeng|leads|Commerce Bureau"},
		},
		"DepartmentGluedToOf": {
			text: "Chen Fenghua, head of the Finance Departmentof Linhe University, attended the ceremony.",
			want: []string{"Chen Fenghua|leads|Finance Department*"},
			not:  []string{"Chen Fenghua|leads|Finance Departmentof*"},
		},
		// a post's modifier run onto its core, "the" run onto a function word
		"PartyGluedToSecretary": {
			text: "Director Xu Baofeng and partysecretary Chen Fenghua of Tanhai Bureau of Commerce attended the ceremony.",
			want: []string{"Chen Fenghua|leads|Tanhai Bureau of Commerce"},
		},
		"ViceGluedToPresident": {
			text: "Xu Baofeng, vicepresident of Fenglin University, visited Linhe Steel Group.",
			want: []string{"Xu Baofeng|leads|Fenglin University", "Xu Baofeng|visited|Linhe Steel Group"},
		},
		"InGluedToThe": {
			text: "Inthe afternoon of May 6, Fenglin University signed an agreement with Linhe Steel Group.",
			want: []string{"Fenglin University|signed-with|Linhe Steel Group"},
		},
		// near-misses: words that end in "and", "of" or "the" themselves
		"EnglishWordsEndingInAndStay": {
			text: "Fenglin University signed an agreement with Qiaotou Island Group to expand the grassland project.",
			want: []string{"Fenglin University|signed-with|Qiaotou Island Group"},
			not:  []string{"Fenglin University|signed-with|Qiaotou Isl"},
		},
		"PlaceEndingInLandStays": {
			text: "Xu Baofeng, president of Fenglin University, visited Finland and Poland.",
			want: []string{"Xu Baofeng|leads|Fenglin University"},
			not:  []string{"Xu Baofeng|visited|Finl", "Xu Baofeng|visited|Pol"},
		},
	})
}

// TestTextLayerFolds checks what the text layer folds and what it keeps, and
// that its offsets lead back to the original.
func TestTextLayerFolds(t *testing.T) {
	for in, want := range map[string]string{
		"People´s Government":          "People's Government",
		"Xi′an":                        "Xi'an",
		"‘Belt and Road’":              "‘Belt and Road’", // quotes, no apostrophes
		"Commissionof Linhe":           "Commission of Linhe",
		"collegesand universities":     "colleges and universities",
		"universitiesand":              "universities and",
		"Inthe morning":                "In the morning",
		"attendedthe forum":            "attended the forum",
		"partysecretary":               "party secretary",
		"ofscience":                    "of science",
		"Finland Poland Island expand": "Finland Poland Island expand",
		"thereof proof bathe lithe":    "thereof proof bathe lithe",
		"theory theme Anderson Andong": "theory theme Anderson Andong",
		"headmaster chairman":          "headmaster chairman",
		"a\u00a0b\u200bc":              "a bc",
		"（FLU），":                       "(FLU),",
		"Sino‐German":                  "Sino-German",
		"diagnosis、treatment":          "diagnosis,treatment",
	} {
		if got := exNormalize(in).text; got != want {
			t.Errorf("exNormalize(%q) = %q, want %q", in, got, want)
		}
	}
	orig := "Director of Commissionof People´s Government, partysecretary Chen\u00a0Ming."
	nt := exNormalize(orig)
	for _, w := range []string{"Commission of People's Government", "party secretary Chen Ming."} {
		s := strings.Index(nt.text, w)
		if s < 0 {
			t.Fatalf("%q not in %q", w, nt.text)
		}
		os, oe := nt.origStart(s), nt.origEnd(s+len(w))
		if got := exNormalize(orig[os:oe]).text; got != w {
			t.Errorf("span %q maps back to %q, which folds to %q", w, orig[os:oe], got)
		}
	}
}

// TestTextLayerEvidence checks that evidence is the article's own sentence,
// unfolded, at its own offsets.
func TestTextLayerEvidence(t *testing.T) {
	text := "Xu\u00a0Baofeng, partysecretary of Fenglin University, signed an agreement with Qiaotou Municipal People´s Government."
	x, err := Extract(quads.Article{Text: text})
	if err != nil {
		t.Fatal(err)
	}
	if len(x.Relations) == 0 {
		t.Fatal("no relations")
	}
	for _, r := range x.Relations {
		ev := r.Evidence
		if ev.Start < 0 || ev.End > len(text) || text[ev.Start:ev.End] != ev.Sentence || ev.Sentence != text[:len(text)] {
			t.Errorf("evidence %q [%d:%d] is not the article's sentence", ev.Sentence, ev.Start, ev.End)
		}
	}
}

// TestNameGrammarText7Furniture checks what a page sets around its story:
// a dateline closed by a colon, a news agency's name set off by a wide gap,
// and credits of pictures and texts, with near-misses. Every name is made up.
func TestNameGrammarText7Furniture(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"DatelineWithColon": {
			text: "Fenglin University, June 3, 2019: Fenglin University Library and Linhe University Library signed an exchange agreement.",
			want: []string{"Fenglin University Library|signed-with|Linhe University Library"},
			not:  []string{"Fenglin University|signed-with|Linhe University Library", "Fenglin University|signed-with|Fenglin University Library"},
		},
		"DatelinePlaceWithColon": {
			text: "Qiaotou, March 8, 2020: Linhe Steel Group and Fenglin University signed an agreement.",
			want: []string{"Linhe Steel Group|signed-with|Fenglin University"},
		},
		"AgencyBeforeWideGap": {
			text: "TANHAI-NEWS  On 12 May, Xu Baofeng, director of Fenglin Library, met Chen Fenghua, director of Linhe Library. Both sides signed a cooperation agreement.",
			want: []string{"Fenglin Library|signed-with|Linhe Library"},
			not:  []string{"Fenglin Library|signed-with|TANHAI-NEWS", "Linhe Library|signed-with|TANHAI-NEWS"},
		},
		"BracketPhotoCredit": {
			text: "Linhe Steel Group signed an agreement with Qiaotou County on June 2. [Photo/Fenglin University]",
			want: []string{"Linhe Steel Group|signed-with|Qiaotou County"},
			not:  []string{"Fenglin University|signed-with|Qiaotou County", "Linhe Steel Group|signed-with|Fenglin University"},
		},
		"TextAndPhotoCreditInBrackets": {
			text: "News from the News Center (Text by Xu Baofeng from School of Design   Photos by Chen Fenghua from School of Design) On May 8, Fenglin University signed an agreement with Linhe Steel Group.",
			want: []string{"Fenglin University|signed-with|Linhe Steel Group"},
			not:  []string{"Xu Baofeng|member-of|School of Design", "School of Design Photos*|part-of|*"},
		},
		"CreditRunOnAfterSentence": {
			text: "The agreement was signed between Qiaotou District People's Government and Linhe University.Photographed by Xu Baofeng",
			want: []string{"Qiaotou District|signed-with|Linhe University"},
		},
		// near-misses: a caption's own statement, and a colon after no date
		"CaptionStatementStays": {
			text: "Photo shows Xu Baofeng, president of Fenglin University, signing the agreement with Linhe Steel Group.",
			want: []string{"Xu Baofeng|leads|Fenglin University"},
		},
		"ColonWithoutDateIsNoDateline": {
			text: "Fenglin University, Linhe Steel Group: the two sides signed an agreement.",
			want: []string{"Fenglin University|signed-with|Linhe Steel Group"},
		},
		"BodyAcronymBeforeWideGapStays": {
			text: "Fenglin University (FLU) hosted the forum.\nFLU  President Xu Baofeng visited Linhe Steel Group.",
			want: []string{"Xu Baofeng|leads|Fenglin University", "Xu Baofeng|visited|Linhe Steel Group"},
		},
	})
}
