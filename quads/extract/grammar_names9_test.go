package extract

import (
	"testing"

	"github.com/coopgraph/coopgraph/quads"
)

// entityNameCase is one invented text and the names (entity names or
// aliases) its extraction must and must not carry.
type entityNameCase struct {
	text      string
	names     []string
	not       []string
	notPerson []string // names no person may carry
}

// checkEntityNames runs each case as a subtest on the extractor's entities.
func checkEntityNames(t *testing.T, cases map[string]entityNameCase) {
	t.Helper()
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			x, err := Extract(quads.Article{Text: tc.text})
			if err != nil {
				t.Fatal(err)
			}
			have, person := map[string]bool{}, map[string]bool{}
			for _, e := range x.Entities {
				for _, n := range append([]string{e.Name}, e.Aliases...) {
					have[n] = true
					person[n] = person[n] || e.Type == quads.Person
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
			for _, n := range tc.notPerson {
				if person[n] {
					t.Errorf("a person is named %s; have %v", n, have)
				}
			}
		})
	}
}

// TestNameGrammarUnitOfParentAlias9 checks that a sub-unit named "X of P"
// keeps the text's own full name as an alias when P is the parent's
// acronym or its name without its own parent, not only its full name.
// Every name is made up.
func TestNameGrammarUnitOfParentAlias9(t *testing.T) {
	checkEntityNames(t, map[string]entityNameCase{
		"OfParentsAcronym": {
			text:  "Fenglin City University (FCU) signed an agreement with Nanhu Hospital. Zhao Minghui, director of the International Office of FCU, attended the ceremony.",
			names: []string{"International Office of FCU"},
		},
		"OfTheParentsBareName": {
			text:  "Gao Yun, Director of the Research Division of the Qiaotou Branch of the Linhe Academy of Sciences, visited Nanhu.",
			names: []string{"Research Division of the Qiaotou Branch"},
		},
		"AcronymInAttendeeList": {
			text:  "Linhe Normal University (LNU) and Qiaotou Museum signed an agreement. People in charge of the Party Office of LNU and the Teaching Affairs Department of LNU attended.",
			names: []string{"Party Office of LNU", "Teaching Affairs Department of LNU"},
		},
		// near-misses: a generic description is no name of the parent,
		// and a unit the text names only with a possessive has no "of" name
		"GenericParentIsNoName": {
			text: "Fenglin University signed an agreement with Nanhu Hospital. Zhao Minghui, director of the International Office of the university, attended.",
			not:  []string{"International Office of the university"},
		},
		"PossessiveGivesNoOfName": {
			text: "Fenglin City University (FCU) signed an agreement with Nanhu Hospital. Zhao Minghui, director of FCU's International Office, attended.",
			not:  []string{"International Office of FCU"},
		},
	})
}
