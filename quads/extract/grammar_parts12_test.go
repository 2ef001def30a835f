package extract

import "testing"

// TestNameGrammarMembers12 checks round 12's member-of classes on invented
// sentences: a post of the specialist staff named by its science ("Senior
// agronomist P of X", "a pharmacist at Y") and an engineer's post
// qualified by its lower-case field ("a logistics engineer of X") are
// posts at the body, no leadership of it (SCHEMA.md: member-of), while a
// field word in a body's name and a leader's post beside it stay as
// before.
func TestNameGrammarMembers12(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"SeniorAgronomistOfInstitute": {
			text: "Senior agronomist Kong Lan of the Lishan Academy of Agricultural Sciences will coordinate the project.",
			want: []string{"Kong Lan|member-of|Lishan Academy of Agricultural Sciences"},
			not:  []string{"Kong Lan|leads|Lishan Academy of Agricultural Sciences"},
		},
		"PharmacistAtHospital": {
			text: "Wu Bo, a pharmacist at Lishan Central Hospital, also spoke at the meeting.",
			want: []string{"Wu Bo|member-of|Lishan Central Hospital"},
		},
		"GeologistOfInstitute": {
			text: "Ding Ke, a geologist of the Lishan Survey Institute, attended the ceremony.",
			want: []string{"Ding Ke|member-of|Lishan Survey Institute"},
		},
		"LogisticsEngineerOfGroup": {
			text: "Gao Ming, a logistics engineer of Tongmu Group, gave a demonstration.",
			want: []string{"Gao Ming|member-of|Tongmu Group"},
			not:  []string{"Gao Ming|leads|Tongmu Group"},
		},
		"SeniorSoftwareEngineerAtCompany": {
			text: "Xu Fei, a senior software engineer at Fenlan Steel Co., Ltd., introduced the system.",
			want: []string{"Xu Fei|member-of|Fenlan Steel Co., Ltd."},
		},
		// near-misses: a field word in the body's name, a director beside it
		"LogisticsInNameKeepsLeader": {
			text: "Han Lu, general manager of Tongmu Logistics Group, and Wu Bo, a process engineer of the group, attended.",
			want: []string{"Han Lu|leads|Tongmu Logistics Group"},
			not:  []string{"Han Lu|member-of|Tongmu Logistics Group"},
		},
		"FieldWithoutEngineerIsNoPost": {
			text: "Gao Ming, a logistics expert, visited Tongmu Group on May 3.",
			not:  []string{"Gao Ming|member-of|Tongmu Group", "Gao Ming|leads|Tongmu Group"},
		},
	})
}

// TestNameGrammarOrganSeats12 checks round 12's seat in a body's organ
// named for its work ("a member of the Academic Committee of X", "of the
// Expert Committee of Y"): the seat is in the organ, a body of its own
// (SCHEMA.md: member-of), and, as before, in the body; a seat in a party
// organ ("the Standing Committee of the X Municipal Party Committee")
// stays the place's alone.
func TestNameGrammarOrganSeats12(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"MemberOfAcademicCommitteeOfUniversity": {
			text: "Professor Lin Qi, a member of the Academic Committee of Fenlan University, spoke at the ceremony.",
			want: []string{"Lin Qi|member-of|Academic Committee, Fenlan University", "Lin Qi|member-of|Fenlan University"},
		},
		"MemberOfExpertCommitteeOfGroup": {
			text: "Dr. Yu Hai, a member of the Expert Committee of Tongmu Group, attended the signing.",
			want: []string{"Yu Hai|member-of|Expert Committee, Tongmu Group"},
		},
		"MemberOfExpertCouncilOfHospital": {
			text: "Ma Lin, a member of the Expert Council of Xiling Hospital, and Gao Yun, director of Lishan Museum, attended.",
			want: []string{"Ma Lin|member-of|Expert Council, Xiling Hospital", "Ma Lin|member-of|Xiling Hospital", "Gao Yun|leads|Lishan Museum"},
		},
		// near-miss: a party organ's seat is the place's, not the organ's
		"StandingCommitteeSeatStaysThePlaces": {
			text: "Hu Jun, a member of the Standing Committee of the Lishan Municipal Party Committee, attended the ceremony.",
			want: []string{"Hu Jun|member-of|Lishan"},
			not:  []string{"Hu Jun|member-of|Standing Committee, Lishan", "Hu Jun|member-of|Standing Committee"},
		},
	})
}

// TestNameGrammarAcademicianAt12 checks round 12's elected member named
// with the learned body and the body the member works at ("P, an
// academician of the X Academy of Sciences at Y University"): the academy
// is no unit of Y, and the member is of both (SCHEMA.md: member-of); a
// unit named with "at" after a staff post stays the unit of its body.
func TestNameGrammarAcademicianAt12(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"AcademicianOfAcademyAtUniversity": {
			text: "Professor Qi Rong, an academician of the Huaxia Academy of Sciences at Fenlan University, attended.",
			want: []string{"Qi Rong|member-of|Huaxia Academy of Sciences", "Qi Rong|member-of|Fenlan University"},
			not:  []string{"Huaxia Academy of Sciences, Fenlan University|part-of|Fenlan University"},
		},
		"AcademicianWithoutArticleAtInstitute": {
			text: "Meng Tao, academician of the Xiling Academy of Engineering at Lishan Institute of Technology, gave a report.",
			want: []string{"Meng Tao|member-of|Xiling Academy of Engineering", "Meng Tao|member-of|Lishan Institute of Technology"},
		},
		// near-misses: a staff post's unit "at" its body, an academician
		// who only visits a body
		"ProfessorOfSchoolAtUniversityKeepsUnit": {
			text: "Gao Yun, a professor of the School of Law at Fenlan University, attended the ceremony.",
			want: []string{"School of Law, Fenlan University|part-of|Fenlan University"},
		},
		"AcademicianVisitsUniversity": {
			text: "Meng Tao, an academician of the Xiling Academy of Engineering, visited Fenlan University on May 3.",
			want: []string{"Meng Tao|member-of|Xiling Academy of Engineering"},
			not:  []string{"Meng Tao|member-of|Fenlan University"},
		},
	})
}

// TestNameGrammarGroupLedByStaff12 checks round 12's group of a body's
// staff led by one of them ("experts from the X Department, led by Chief
// Physician P"): leading the group is no post of the body, the staff post
// makes P a member of it (SCHEMA.md: member-of); a body itself led by P
// keeps leads.
func TestNameGrammarGroupLedByStaff12(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"ExpertsFromDepartmentLedByChiefPhysician": {
			text: "Experts from the Department of Orthopaedics of Lishan Central Hospital, led by Chief Physician Mao Wen, held a free clinic.",
			want: []string{"Mao Wen|member-of|Department of Orthopaedics, Lishan Central Hospital"},
			not:  []string{"Mao Wen|leads|Department of Orthopaedics, Lishan Central Hospital"},
		},
		"TeamFromInstituteLedByResearcher": {
			text: "A team of engineers from Fenlan Steel Co., Ltd., led by senior engineer Han Lu, installed the line.",
			want: []string{"Han Lu|member-of|Fenlan Steel Co., Ltd."},
			not:  []string{"Han Lu|leads|Fenlan Steel Co., Ltd."},
		},
		// near-miss: the body itself is led by P
		"CentreLedByEngineerLeads": {
			text: "The Lishan Testing Centre, led by chief engineer Han Lu, opened on May 3.",
			want: []string{"Han Lu|leads|Lishan Testing Centre"},
		},
	})
}
