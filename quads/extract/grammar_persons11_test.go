package extract

import (
	"testing"

	"github.com/coopgraph/coopgraph/quads"
)

// personCase is one invented text and the entities it must and must not
// give: names (or aliases) present, names absent.
type personCase struct {
	text       string
	names, not []string
}

// checkPersonEntities runs each case as a subtest on the extractor's
// entities.
func checkPersonEntities(t *testing.T, cases map[string]personCase) {
	t.Helper()
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			x, err := Extract(quads.Article{Text: tc.text})
			if err != nil {
				t.Fatal(err)
			}
			have := map[string]bool{}
			for _, e := range x.Entities {
				have[e.Name] = true
				for _, a := range e.Aliases {
					have[a] = true
				}
			}
			for _, n := range tc.names {
				if !have[n] {
					t.Errorf("missing %s; have %v", n, have)
				}
			}
			for _, n := range tc.not {
				if have[n] {
					t.Errorf("unexpected %s; have %v", n, have)
				}
			}
		})
	}
}

// TestNameGrammarPersons11UpperSurname: a person named with the surname in
// capitals ("ZHENG Shuiquan", the genre's English pages of universities)
// is later called by that surname alone ("Deputy Chairman ZHENG", "Mr.
// HUANG", "CHEN also said"): the one word is the person, not a body's
// acronym or a place. An acronym the article's persons do not spell so
// stays a body.
func TestNameGrammarPersons11UpperSurname(t *testing.T) {
	checkPersonEntities(t, map[string]personCase{
		"AfterPost": {
			text:  "Fenglin University Meets Donghu Delegation\n\nDeputy Chairman ZHENG Hualin of Fenglin University met the guests. Deputy Chairman ZHENG extended a welcome to the guests.",
			names: []string{"ZHENG Hualin"},
			not:   []string{"ZHENG"},
		},
		"AfterHonorific": {
			text:  "Donghu Group Visits Fenglin University\n\nThe ceremony was attended by Mr. HUANG Lichang, general manager of Donghu Group. On behalf of Donghu Group, Mr. HUANG expressed his gratitude to Fenglin University.",
			names: []string{"HUANG Lichang"},
			not:   []string{"HUANG"},
		},
		"SentenceStart": {
			text:  "Fenglin University Signs with Donghu Institute\n\nCHEN Mingzhi, president of Fenglin University, signed the agreement. CHEN also expressed his good wishes for the cooperation.",
			names: []string{"CHEN Mingzhi"},
			not:   []string{"CHEN"},
		},
		// near-miss: capitals no person's name writes are a body's acronym
		"AcronymOfBodyStays": {
			text:  "Fenglin University Signs with Donghu Institute\n\nChen Mingzhi, president of Fenglin University, signed the agreement with CHEN. CHEN will send teachers.",
			names: []string{"Chen Mingzhi", "CHEN"},
		},
	})
	checkGrammar(t, map[string]grammarCase{
		"SurnameAloneLeads": {
			text: "Deputy Chairman ZHENG Hualin of Fenglin University met the guests from Donghu Institute. Deputy Chairman ZHENG extended a welcome to the guests.",
			want: []string{"ZHENG Hualin|leads|Fenglin University"},
		},
	})
}
