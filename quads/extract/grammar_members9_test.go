package extract

import (
	"testing"
)

// TestNameGrammarMembers9 checks the round-9 member-of classes on invented
// names: a seat in a body's party organ (its standing committee, its party
// leadership group) is a post of its own beside a leadership post of the
// same body, so the member-of stays beside the leads.
func TestNameGrammarMembers9(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		// a seat in the city's standing committee beside the city's post
		"StandingCommitteeAndSecretaryGeneral": {
			text: "Zhou Lin, Mayor of Linhe, visited Fenglin University. Tan Wenrui, member of the Standing Committee and Secretary General of the Municipal Committee of Linhe, attended the talks.",
			want: []string{"Tan Wenrui|member-of|Linhe", "Tan Wenrui|leads|Linhe"},
		},
		"StandingCommitteeMemberInBrackets": {
			text: "Those present included Qiu Anna (Standing Committee Member of the Nanhu Municipal Party Committee, Deputy Mayor) and Han Yu, President of Fenglin University.",
			want: []string{"Qiu Anna|member-of|Nanhu", "Qiu Anna|leads|Nanhu", "Han Yu|leads|Fenglin University"},
		},
		"PartyLeadershipGroupAndDeputyDirector": {
			text: "The ceremony was attended by Zhou Lin, a member of the Party Leadership Group and deputy director of the Fenglin Provincial Department of Culture; and Pei Xiaolan, director of the Nanhu Museum.",
			want: []string{"Zhou Lin|member-of|Fenglin Provincial Department of Culture", "Zhou Lin|leads|Fenglin Provincial Department of Culture", "Pei Xiaolan|leads|Nanhu Museum"},
			not:  []string{"Pei Xiaolan|member-of|*"},
		},
		// near miss: a post that is no seat in a party organ is still
		// outranked by a leadership of the same body
		"PlainMemberBesideLeadsNot": {
			text: "Tan Wenrui, Executive Director, Vice President and Chief Engineer of the Linhe Tongda Group, attended the ceremony.",
			want: []string{"Tan Wenrui|leads|Linhe Tongda Group"},
			not:  []string{"Tan Wenrui|member-of|*"},
		},
		// near miss: the organ of one body, the leadership of another
		"SeatOfOtherBodyNot": {
			text: "Qiu Anna, President of Fenglin University, and Han Yu, member of the Standing Committee of the Nanhu Municipal Party Committee, signed the agreement.",
			want: []string{"Qiu Anna|leads|Fenglin University", "Han Yu|member-of|Nanhu"},
			not:  []string{"Qiu Anna|member-of|*", "Han Yu|member-of|Fenglin University", "Han Yu|leads|Fenglin University"},
		},
	})
}
