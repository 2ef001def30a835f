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
		// the verb of a title-case heading glued onto a body's name ends it
		"HeadlineIngVerbAfterOfTail": {
			text: "Delegation from Linhe Academy of Marine Sciences Seeking for Cooperation with Fenglin University\n\nThe delegation of Linhe Academy of Marine Sciences visited Fenglin University.",
			want: []string{"Linhe Academy of Marine Sciences|visited|Fenglin University"},
			not:  []string{"Linhe Academy of Marine Sciences Seeking for Cooperation with Fenglin University|visited|Fenglin University"},
		},
		"HeadlineSVerbAfterGovernment": {
			text: "Linhe Exhibition Centre Jointly Established by Fenglin University and Nanhu Municipal People's Government Opens in Nanhu\n\nFenglin University and Nanhu Municipal People's Government signed an agreement.",
			want: []string{"Fenglin University|signed-with|Nanhu"},
			not:  []string{"Fenglin University|signed-with|Nanhu Municipal People's Government Opens*"},
		},
		"HeadlineSVerbAfterMunicipality": {
			text: "Science Commission of Nanhu Municipality Carries out Cooperation with Fenglin University\n\nScience Commission of Nanhu Municipality signed an agreement with Fenglin University.",
			want: []string{"Science Commission of Nanhu Municipality|signed-with|Fenglin University"},
			not:  []string{"Science Commission of Nanhu Municipality Carries|signed-with|Fenglin University", "Science Commission of Nanhu Municipality Carries out Cooperation with Fenglin University|signed-with|Fenglin University"},
		},
		// near-misses: a name's own -s or -ing word before a particle stays
		"NameSciencesBeforeIn": {
			text: "The Linhe Academy of Agricultural Sciences in Nanhu signed an agreement with Fenglin University.",
			want: []string{"Linhe Academy of Agricultural Sciences|signed-with|Fenglin University"},
		},
		"NameEngineeringBeforeAnd": {
			text: "The Linhe Institute of Mining and Engineering signed an agreement with Fenglin University.",
			want: []string{"Linhe Institute of Mining and Engineering|signed-with|Fenglin University"},
		},
		// a person named in the possessive after a post keeps no possessive
		"PossessivePersonAfterPost": {
			text: "The delegation studied President Tao Renjie's speech during his visit to Linhe City. Tao Renjie, president of Fenglin University, met the guests.",
			want: []string{"Tao Renjie|leads|Fenglin University"},
			not:  []string{"Tao Renjie's|visited|Linhe", "Tao Renjie's|leads|Fenglin University"},
		},
		"CurlyPossessivePersonAfterPost": {
			text: "Dean Qian Wenbo’s team from Fenglin University visited Linhe Museum.",
			not:  []string{"Qian Wenbo’s|visited|Linhe Museum", "Qian Wenbo’s|leads|Fenglin University"},
		},
		// a member list of less common surnames ("Cong", "Lyu")
		"RareSurnamesInMemberList": {
			text: "Linhe Society members including Tao Ming, Cong Wenbo, Lyu Wenjie and Qian Lin visited Fenglin University.",
			want: []string{"Cong Wenbo|member-of|Linhe Society", "Lyu Wenjie|member-of|Linhe Society"},
		},
		// a hyphenated "in-chief" post of the technical staff is a post,
		// not a body, and member-of like "chief engineer"
		"EngineerInChiefAfterName": {
			text: "Fenglin University signed a memorandum with Tao Ming, Engineer-in-chief of Linhe Science and Technology Commission, on Monday.",
			want: []string{"Tao Ming|member-of|Linhe Science and Technology Commission"},
			not:  []string{"Tao Ming|leads|Linhe Science and Technology Commission", "Engineer-in-chief|signed-with|Fenglin University"},
		},
		"LowerEngineerInChiefBeforeName": {
			text: "The engineer-in-chief of Linhe Power Group, Qian Wenbo, visited Fenglin University.",
			not:  []string{"Qian Wenbo|leads|Linhe Power Group"},
		},
		// near-miss: a Western three-word name before a post stays a person
		"WesternThreeNameBeforePost": {
			text: "John Peter Harwick, Vice-Chancellor of Linhe University, signed the agreement with Fenglin University.",
			want: []string{"John Peter Harwick|leads|Linhe University"},
		},
	})
}
