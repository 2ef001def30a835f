package extract

import (
	"testing"
)

// TestNameGrammarMembers9 checks the round-9 member-of classes on invented
// names: a seat in a body's party organ (its standing committee, its party
// leadership group) is a post of its own beside a leadership post of the
// same body, so the member-of stays beside the leads; an organ that names
// only its place's level ("District Party Standing Committee") is that
// place's, and only at that level; the post joined to the seat may be of a
// lower-case unit of the body ("head of the organization of X"); a
// library's chief librarian leads it, a librarian alone is a member; a
// trustee of a body is a member of it.
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
		// an organ named only by its place's level
		"DistrictLevelStandingCommittee": {
			text: "Pei Xiaolan, Secretary of the Linhe District Committee, attended. Tan Wenrui, member of District Party Standing Committee and Deputy District Mayor, and Qiu Anna, member of District Party Standing Committee and Director of the District Office, also attended.",
			want: []string{"Tan Wenrui|member-of|Linhe District", "Tan Wenrui|leads|Linhe District", "Qiu Anna|member-of|Linhe District"},
		},
		"CountyLevelStandingCommitteeMember": {
			text: "The Nanhu County government signed an agreement with Fenglin University. Han Yu, member of the County Party Standing Committee and deputy county head, spoke at the ceremony.",
			want: []string{"Han Yu|member-of|Nanhu County"},
		},
		// near miss: the level names a place the article does not name
		"MunicipalOrganInDistrictArticleNot": {
			text: "Fenglin University signed an agreement with Linhe District. Tan Wenrui, member of the Standing Committee of the Municipal Party Committee, attended the ceremony.",
			not:  []string{"Tan Wenrui|member-of|Linhe District", "Tan Wenrui|leads|Linhe District"},
		},
		"MunicipalSecretaryInDistrictArticleNot": {
			text: "Fenglin University signed an agreement with Linhe District. Tan Wenrui, Secretary of the Municipal Party Committee, attended the ceremony.",
			not:  []string{"Tan Wenrui|leads|Linhe District"},
		},
		// the seat's joined post is of a lower-case unit of the body
		"SeatAndHeadOfLowerUnit": {
			text: "Tan Wenrui, member of the Standing Committee and head of the organization of Nanhu Municipal Party Committee, and Qiu Anna, Vice Mayor of Nanhu Municipal Government, attended the meeting.",
			want: []string{"Tan Wenrui|member-of|Nanhu", "Qiu Anna|leads|Nanhu"},
		},
		"SeatAndDirectorOfLowerOffice": {
			text: "Han Yu, a member of the Party Leadership Group and director of the general office of the Fenglin Provincial Department of Culture, attended the ceremony.",
			want: []string{"Han Yu|member-of|Fenglin Provincial Department of Culture"},
		},
		// near miss: a seat with no body named at all
		"SeatOfNoBodyNot": {
			text: "Fenglin University signed an agreement with Nanhu Museum. Tan Wenrui, member of the Standing Committee and head of the organization, attended.",
			not:  []string{"Tan Wenrui|member-of|*"},
		},
		// a library's head: its chief librarian
		"ChiefLibrarianOf": {
			text: "Linhe Public Library welcomed a guest from Britain, Anna Whitfield, the chief librarian of Nanhu Central Library.",
			want: []string{"Anna Whitfield|leads|Nanhu Central Library"},
			not:  []string{"Anna Whitfield|member-of|*"},
		},
		"DeputyChiefLibrarian": {
			text: "Tan Wenrui, Deputy Chief Librarian of the Fenglin Provincial Library, signed the agreement with Nanhu University.",
			want: []string{"Tan Wenrui|leads|Fenglin Provincial Library"},
			not:  []string{"Tan Wenrui|member-of|*"},
		},
		"ChiefLibrarianBeforeName": {
			text: "Nanhu Central Library Chief Librarian Anna Whitfield visited the Linhe Public Library.",
			want: []string{"Anna Whitfield|leads|Nanhu Central Library"},
		},
		// near misses: a librarian's rank is a member's post
		"ResearchLibrarianNot": {
			text: "They were received by Chen Lan, Director of the Linhe Museum, and Xie Meiyun, a research librarian of the museum.",
			want: []string{"Xie Meiyun|member-of|Linhe Museum", "Chen Lan|leads|Linhe Museum"},
			not:  []string{"Xie Meiyun|leads|*"},
		},
		"AssociateLibrarianNot": {
			text: "Xie Meiyun, associate librarian of the Fenglin Library, gave a talk.",
			not:  []string{"Xie Meiyun|leads|*"},
		},
		// a seat on a body's board of trustees
		"TrusteeOfUniversity": {
			text: "Guests included Wen Biao, a trustee of Fenglin University, and Qiu Anna, President of Nanhu College.",
			want: []string{"Wen Biao|member-of|Fenglin University", "Qiu Anna|leads|Nanhu College"},
			not:  []string{"Wen Biao|leads|*"},
		},
		"TrusteeOfAssociationInList": {
			text: "Attending were Han Yu, Director of the Linhe Museum; and Chen Lan, a trustee of the Fenglin Alumni Association, who spoke at the ceremony.",
			want: []string{"Chen Lan|member-of|Fenglin Alumni Association", "Han Yu|leads|Linhe Museum"},
		},
		"TrusteeBeforeName": {
			text: "Fenglin University trustee Zhou Lin donated books to the Nanhu Library.",
			want: []string{"Zhou Lin|member-of|Fenglin University"},
			not:  []string{"Zhou Lin|leads|*"},
		},
		// near miss: the chair of the board of trustees leads the body
		"ChairmanOfTrusteesNot": {
			text: "Zhou Lin, Chairman of the Board of Trustees of Fenglin University, attended.",
			not:  []string{"Zhou Lin|member-of|Fenglin University"},
		},
	})
}
