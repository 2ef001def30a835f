package extract

import (
	"testing"
)

// TestNameGrammarMembers4 checks the member-of constructions of
// members_posts.go (issue 12 class 4): a plural member post after its body
// and before a list of names, a member post in an organ that names no body,
// a body's representative, a post of an office never named as a unit, and
// a member of an organ named after its body. Every name is made up.
func TestNameGrammarMembers4(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		// "O members (including) A, B and C"
		"BodyMembersIncluding": {
			text: "Linhe Democratic League members including Tan Wenrui, Qiu Anna and Pei Xiaolan accompanied the inspection.",
			want: []string{"Tan Wenrui|member-of|Linhe Democratic League", "Qiu Anna|member-of|Linhe Democratic League", "Pei Xiaolan|member-of|Linhe Democratic League"},
			not:  []string{"Tan Wenrui|leads|Linhe Democratic League"},
		},
		"BodyMembersListWithUntakenName": {
			text: "Linhe Democratic League members including Tan Wenrui, Ode Mirt, Qiu Anna and Pei Xiaolan accompanied the inspection.",
			want: []string{"Tan Wenrui|member-of|Linhe Democratic League", "Qiu Anna|member-of|Linhe Democratic League", "Pei Xiaolan|member-of|Linhe Democratic League"},
		},
		// near miss: the list's untaken name is read only after a plural
		// member post; "leaders" is none
		"UntakenNameNeedsPluralPost": {
			text: "Linhe Democratic League leaders including Tan Wenrui, Ode Mirt, Qiu Anna and Pei Xiaolan accompanied the inspection.",
			not:  []string{"Qiu Anna|member-of|Linhe Democratic League", "Pei Xiaolan|member-of|Linhe Democratic League"},
		},
		"BodyMembersDirect": {
			text: "The Fenglin Academy of Agricultural Sciences signed the agreement. Fenglin Academy of Agricultural Sciences members Tan Wenrui and Qiu Anna gave reports.",
			want: []string{"Tan Wenrui|member-of|Fenglin Academy of Agricultural Sciences", "Qiu Anna|member-of|Fenglin Academy of Agricultural Sciences"},
		},
		"AcronymMembers": {
			text: "The Nanhu Academy of Engineering (NAE) opened a centre in Linhe. NAE Members Tan Wenrui, Qiu Anna and five experts gave keynote reports.",
			want: []string{"Tan Wenrui|member-of|Nanhu Academy of Engineering", "Qiu Anna|member-of|Nanhu Academy of Engineering"},
			not:  []string{"Tan Wenrui|leads|Nanhu Academy of Engineering"},
		},
		"AcademiciansNamely": {
			text: "Fenglin Academy of Sciences academicians, namely Tan Wenrui and Qiu Anna, joined the forum.",
			want: []string{"Tan Wenrui|member-of|Fenglin Academy of Sciences", "Qiu Anna|member-of|Fenglin Academy of Sciences"},
		},
		// near misses: a party's members hold no post; member units are no persons
		"PartyMembersNot": {
			text: "Party members Tan Wenrui and Qiu Anna of Fenglin University spoke.",
			not:  []string{"Tan Wenrui|member-of|Fenglin University", "Tan Wenrui|leads|Fenglin University"},
		},
		"LeadersListNot": {
			text: "Linhe Democratic League leaders including Tan Wenrui and Qiu Anna attended.",
			not:  []string{"Tan Wenrui|member-of|Linhe Democratic League"},
		},
		"MembersOfOtherBodyNot": {
			text: "Director Han Yu of Fenglin University met members Tan Wenrui and Qiu Anna.",
			not:  []string{"Tan Wenrui|member-of|Fenglin University"},
		},
		// a member of an organ of no named body, and a second post that names one
		"StandingCommitteeThenPostOfPlace": {
			text: "Tan Wenrui, member of the Standing Committee and Dean of the School of Law of Fenglin University, accompanied the visit.",
			want: []string{"Tan Wenrui|member-of|Fenglin University"},
			not:  []string{"Tan Wenrui|leads|Fenglin University"},
		},
		"StandingCommitteeOfPartyCommittee": {
			text: "Han Yu, President of Fenglin University, and Tan Wenrui, member of the Standing Committee of the Party Committee and Director of the General Office, received the guests.",
			want: []string{"Tan Wenrui|member-of|Fenglin University"},
		},
		"LeadershipGroupThenPostOfDepartment": {
			text: "The ceremony was attended by Qiu Anna, a member of the Party Leadership Group and director of the Flood Control Office of the Fenglin Provincial Department of Water Resources; and Han Yu, director of the Nanhu Museum.",
			want: []string{"Qiu Anna|member-of|Fenglin Provincial Department of Water Resources", "Han Yu|leads|Nanhu Museum"},
			not:  []string{"Qiu Anna|leads|Fenglin Provincial Department of Water Resources", "Han Yu|member-of|*"},
		},
		"LeadershipGroupOfDepartment": {
			text: "The ceremony was attended by Qiu Anna, deputy secretary of the Fenglin Provincial Committee and a member of the Party Leadership Group of the Fenglin Provincial Department of Water Resources.",
			want: []string{"Qiu Anna|member-of|Fenglin Provincial Department of Water Resources"},
		},
		// near miss: the second post is of a unit no text says whose
		"StandingCommitteeThenGenericOfficeNot": {
			text: "Tan Wenrui, member of the Standing Committee and Director of the General Office, accompanied the visit.",
			not:  []string{"Tan Wenrui|member-of|General Office"},
		},
		// a body's representative
		"ChiefRepresentative": {
			text: "Markus Weber, vice chairman of Nordlicht Medical Group, and Tan Wenrui, chief representative of Nordlicht Medical Group, attended the ceremony.",
			want: []string{"Tan Wenrui|member-of|Nordlicht Medical Group", "Markus Weber|leads|Nordlicht Medical Group"},
		},
		"RegionalRepresentative": {
			text: "Qiu Anna, Fenglin Regional Representative of Nanhu Technologies Co., Ltd., delivered a speech.",
			want: []string{"Qiu Anna|member-of|Nanhu Technologies Co., Ltd."},
			not:  []string{"Qiu Anna|leads|Nanhu Technologies Co., Ltd."},
		},
		"PlaceRepresentative": {
			text: "Tan Wenrui, Beijing representative of Nanhu Steel Co., Ltd., gave a report.",
			want: []string{"Tan Wenrui|member-of|Nanhu Steel Co., Ltd."},
			not:  []string{"Tan Wenrui|member-of|Beijing", "Tan Wenrui|leads|Nanhu Steel Co., Ltd."},
		},
		// a member core "in chief" that no title took
		"EngineerInChief": {
			text: "Tan Wenrui, engineer-in-chief of Nanhu Steel Co., Ltd., gave a report.",
			want: []string{"Tan Wenrui|member-of|Nanhu Steel Co., Ltd."},
			not:  []string{"Tan Wenrui|leads|Nanhu Steel Co., Ltd."},
		},
		"CommanderInChiefNot": {
			text: "Tan Wenrui, commander-in-chief of Nanhu Steel Co., Ltd., gave a report.",
			not:  []string{"Tan Wenrui|member-of|Nanhu Steel Co., Ltd."},
		},
		"RepresentativeNoBodyNot": {
			text: "Qiu Anna, a student representative, spoke at Fenglin University.",
			not:  []string{"Qiu Anna|member-of|Fenglin University"},
		},
		// a post of an office never named as a unit
		"OfficeAffairsComma": {
			text: "President Han Yu met the delegation headed by Carlos Mendez Ruiz, director of teaching affairs, Sonora Autonomous University, and the two sides signed an agreement.",
			want: []string{"Carlos Mendez Ruiz|member-of|Sonora Autonomous University"},
			not:  []string{"Carlos Mendez Ruiz|leads|Sonora Autonomous University"},
		},
		"OfficeAffairsOf": {
			text: "Qiu Anna, director of student affairs of Fenglin University, welcomed the guests.",
			want: []string{"Qiu Anna|member-of|Fenglin University"},
		},
		// near miss: a post of a named body is the apposition's, not an office's
		"DirectorOfNamedBodyNot": {
			text: "Qiu Anna, director of the Nanhu Museum, welcomed the guests.",
			want: []string{"Qiu Anna|leads|Nanhu Museum"},
			not:  []string{"Qiu Anna|member-of|Nanhu Museum"},
		},
		// a member of an organ named after its body is a member of the body
		"OrganNamedAfterBody": {
			text: "The Nanhu Academy of Engineering (NAE) opened a centre in Linhe. Tan Wenrui, Honorary Chairman of NAE Governing Board, and Han Yu, President of the NAE, unveiled the plaque.",
			want: []string{"Tan Wenrui|member-of|Nanhu Academy of Engineering", "Han Yu|leads|Nanhu Academy of Engineering"},
			not:  []string{"Han Yu|member-of|Nanhu Academy of Engineering"},
		},
	})
}
