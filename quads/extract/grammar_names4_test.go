package extract

import (
	"testing"
)

// TestNameGrammarNames4 checks the mention-stage classes that dev9 and
// dev10 showed on real pages. Every name is made up: a rule passes only if
// it reads the construction.
func TestNameGrammarNames4(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		// a body's name ending in an event or document word before ", <post>"
		// is no three-word Western name
		"ConsultativeConferenceBeforePost": {
			text: "Fang Weiguo, deputy secretary-general of the Nanhu Provincial Committee of the Chinese People's Political Consultative Conference, vice chairman of Linhe Museum, attended.",
			want: []string{"Fang Weiguo|leads|Nanhu Provincial Committee of the Chinese People's Political Consultative Conference"},
			not:  []string{"Political Consultative Conference|leads|*"},
		},
		"CurlyConsultativeConferenceBeforePost": {
			text: "Fang Weiguo, vice chairman of the Linhe Municipal Committee of the Chinese People’s Political Consultative Conference, director of Linhe Museum, visited Fenglin University.",
			want: []string{"Fang Weiguo|leads|Linhe Municipal Committee of the Chinese People’s Political Consultative Conference", "Fang Weiguo|visited|Fenglin University"},
			not:  []string{"Political Consultative Conference|leads|*"},
		},
		"AnnualForumBeforePost": {
			text: "The delegates of the Nanhu Cooperation Forum, chairman of which is Tao Renjie, visited Fenglin University.",
			not:  []string{"Nanhu Cooperation Forum|leads|*"},
		},
		// near-miss: a Western three-word name before a post stays a person
		"WesternThreeNameBeforePost": {
			text: "John Peter Harwick, Vice-Chancellor of Linhe University, signed the agreement with Fenglin University.",
			want: []string{"John Peter Harwick|leads|Linhe University"},
		},
	})
}
