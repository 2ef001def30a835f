package extract

import (
	"testing"
)

// TestNameGrammarMembers3 checks member-of constructions the development
// sets missed: a second post after "and a/an" in an apposition, a post of
// the specialist staff whose body is a back-reference ("a research
// librarian of the museum"), and a plural post after "its" ("Its
// professors A and B"). Every name is made up.
func TestNameGrammarMembers3(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		// the second post of an apposition: "P, T1 of X and an academician of Y"
		"SecondPostAcademician": {
			text: "The guests were received by Tan Wenrui, Deputy Director of the Department of Oncology of Fenglin Hospital and an academician of the Linhe Academy of Sciences.",
			want: []string{"Tan Wenrui|member-of|Linhe Academy of Sciences"},
		},
		"SecondPostResearcher": {
			text: "Pei Xiaolan, curator of the Nanhu Science Museum and a researcher at the Linhe Institute of Geology, showed them the exhibits.",
			want: []string{"Pei Xiaolan|leads|Nanhu Science Museum", "Pei Xiaolan|member-of|Linhe Institute of Geology"},
			not:  []string{"Pei Xiaolan|leads|Linhe Institute of Geology"},
		},
		"SecondPostProfessor": {
			text: "Qiu Anna, Dean of the School of Law of Fenglin University and a professor of the Linhe Normal University, gave a speech.",
			want: []string{"Qiu Anna|member-of|Linhe Normal University"},
			not:  []string{"Qiu Anna|leads|Linhe Normal University"},
		},
		"SecondPostAfterBackReference": {
			text: "The guests visited the Second Hospital of Fenglin Medical University. Present were Han Yu, President of the hospital, and Tan Wenrui, Deputy Director of the Department of Oncology of the hospital and an academician of the Linhe Academy of Sciences.",
			want: []string{"Tan Wenrui|member-of|Linhe Academy of Sciences"},
			not:  []string{"Tan Wenrui|leads|Linhe Academy of Sciences"},
		},
		// an honorific post with its body, then an apposition: "academician
		// P of O1, a professor of O2"
		"HonorificPostThenApposition": {
			text: "President Han Yu and academician Tao Renjie of the Linhe Academy of Sciences, a professor of the School of Mining Engineering, met the guests.",
			want: []string{"Tao Renjie|member-of|Linhe Academy of Sciences", "Tao Renjie|member-of|School of Mining Engineering*"},
			not:  []string{"Han Yu|member-of|School of Mining Engineering*", "Tao Renjie|leads|School of Mining Engineering*"},
		},
		// a member's post "there": the body of the where clause
		"ThereInWhereClause": {
			text: "On May 3, the delegation went to the Linhe Institute of Soil Science, where they were received by Prof. Han Yu, director of the institute, and Dr. Tao Renjie, a senior scientist there who studied at Fenglin University.",
			want: []string{"Han Yu|leads|Linhe Institute of Soil Science", "Tao Renjie|member-of|Linhe Institute of Soil Science"},
			not:  []string{"Tao Renjie|leads|Linhe Institute of Soil Science", "Tao Renjie|member-of|Fenglin University"},
		},
		"ThereEngineer": {
			text: "The guests toured Nanhu Robot Co., Ltd., where Cao Yiming, an engineer there, showed them a workshop.",
			want: []string{"Cao Yiming|member-of|Nanhu Robot Co., Ltd."},
			not:  []string{"Cao Yiming|leads|Nanhu Robot Co., Ltd."},
		},
		// no where clause: "there" stands for nothing the rule can read
		"ThereNoWhereClause": {
			text: "Fenglin University signed an agreement with Nanhu Robot Co., Ltd. Cao Yiming, an engineer there, spoke.",
			not:  []string{"Cao Yiming|member-of|*", "Cao Yiming|leads|*"},
		},
		// "P, a T from PLACE who works in/at O": the post is at O
		"WhoWorksInBackReference": {
			text: "The guests visited the School of Mining Engineering, where Han Yu showed them a lab. Mr. Karl Brandt, a visiting professor from Germany who works in the school, gave a brief introduction.",
			want: []string{"Karl Brandt|member-of|School of Mining Engineering"},
			not:  []string{"Karl Brandt|leads|School of Mining Engineering", "Karl Brandt|member-of|Germany"},
		},
		"WhoWorksAtNamedBody": {
			text: "Dr. Tao Renjie, a researcher from Linhe who works at the Fenglin Institute of Geology, joined the talks.",
			want: []string{"Tao Renjie|member-of|Fenglin Institute of Geology"},
			not:  []string{"Tao Renjie|leads|Fenglin Institute of Geology"},
		},
		// a leadership post is not made a membership by the clause
		"WhoWorksLeaderNot": {
			text: "Dr. Tao Renjie, director of Nanhu Robot Co., Ltd., who worked at the Fenglin Institute of Geology, joined the talks.",
			want: []string{"Tao Renjie|leads|Nanhu Robot Co., Ltd."},
			not:  []string{"Tao Renjie|member-of|Fenglin Institute of Geology", "Tao Renjie|leads|Fenglin Institute of Geology"},
		},
		// "member of the standing committee of the X Party Committee and
		// head of its publicity department": a member of X; the head is of
		// a unit no name gives
		"StandingCommitteeMemberAndUnnamedUnitHead": {
			text: "The guests were received by Tan Wenrui, mayor of Linhe; and Qiu Anna, member of the standing committee of the Fenglin Municipal Party Committee and head of its publicity department.",
			want: []string{"Tan Wenrui|leads|Linhe", "Qiu Anna|member-of|Fenglin"},
			not:  []string{"Qiu Anna|leads|Fenglin", "Qiu Anna|leads|Linhe"},
		},
		"ChairmanAndUnnamedUnitHead": {
			text: "Cao Yiming, chairman of Nanhu Robot Co., Ltd. and head of its research department, met the guests.",
			want: []string{"Cao Yiming|leads|Nanhu Robot Co., Ltd."},
		},
		// membership of national bodies (the gold sets give "an academician
		// of the Chinese Academy of Engineering" and "a deputy to the Nanlu
		// Provincial People's Congress" as member-of)
		"DeputyToNationalCongress": {
			text: "Also present was Deng Shuhua, chief nurse of Linhe Hospital and a deputy to the National People's Congress.",
			want: []string{"Deng Shuhua|member-of|Linhe Hospital", "Deng Shuhua|member-of|National People's Congress"},
			not:  []string{"Deng Shuhua|leads|National People's Congress"},
		},
		"DeputyToNumberedCongress": {
			text: "Pei Xiaolan, a deputy to the 14th National People's Congress and president of Linhe Hospital, spoke.",
			want: []string{"Pei Xiaolan|member-of|National People's Congress", "Pei Xiaolan|leads|Linhe Hospital"},
			not:  []string{"Pei Xiaolan|leads|National People's Congress", "Pei Xiaolan|member-of|Linhe Hospital"},
		},
		"MemberOfNumberedCommittee": {
			text: "Tan Wenrui, president of Fenglin University and a member of the 13th CPPCC National Committee, met the guests.",
			want: []string{"Tan Wenrui|leads|Fenglin University", "Tan Wenrui|member-of|CPPCC National Committee"},
			not:  []string{"Tan Wenrui|leads|CPPCC National Committee"},
		},
		"AcademicianOfNationalAcademy": {
			text: "Qiu Anna, an academician of the Linhe Academy of Engineering and a professor at Fenglin University, spoke.",
			want: []string{"Qiu Anna|member-of|Linhe Academy of Engineering", "Qiu Anna|member-of|Fenglin University"},
			not:  []string{"Qiu Anna|leads|Linhe Academy of Engineering", "Qiu Anna|leads|Fenglin University"},
		},
		"SecondPostAfterUnnamedUnit": {
			text: "The team toured the Nanhu Science Museum. Pei Xiaolan, head of the education department of the museum and a researcher at the Linhe Institute of Geology, showed them the exhibits.",
			want: []string{"Pei Xiaolan|member-of|Linhe Institute of Geology"},
			not:  []string{"Pei Xiaolan|leads|Linhe Institute of Geology", "Pei Xiaolan|leads|Nanhu Science Museum"},
		},
		// a plural post after a list, "both" between: "A and B, both
		// professors at O"
		"BothProfessorsAt": {
			text: "Qiu Anna and Cao Yiming, both professors at Linhe Normal University, attended the talks with Nanhu Robot Co., Ltd.",
			want: []string{"Qiu Anna|member-of|Linhe Normal University", "Cao Yiming|member-of|Linhe Normal University"},
			not:  []string{"Qiu Anna|leads|Linhe Normal University", "Cao Yiming|member-of|Nanhu Robot Co., Ltd."},
		},
		"AllResearchersOf": {
			text: "Tan Wenrui, Pei Xiaolan and Han Yu, all researchers of the Linhe Institute of Geology, joined the talks.",
			want: []string{"Tan Wenrui|member-of|Linhe Institute of Geology", "Han Yu|member-of|Linhe Institute of Geology"},
		},
		// a plural post in a where clause: the clause's body
		"WhereTeachersList": {
			text: "The delegation visited Linhe Polytechnic, where teachers Zhou Mingde and Lu Yanhong showed them the workshops of Fenglin Robot Co., Ltd.",
			want: []string{"Zhou Mingde|member-of|Linhe Polytechnic", "Lu Yanhong|member-of|Linhe Polytechnic"},
			not:  []string{"Zhou Mingde|leads|Linhe Polytechnic", "Lu Yanhong|member-of|Fenglin Robot Co., Ltd."},
		},
		// a member's post with its field: "professor of physics at O"
		"ProfessorOfFieldAt": {
			text: "Tan Wenrui, professor of physics at Fenglin University, spoke with Qiu Anna, director of Linhe Robot Co., Ltd.",
			want: []string{"Tan Wenrui|member-of|Fenglin University", "Qiu Anna|leads|Linhe Robot Co., Ltd."},
			not:  []string{"Tan Wenrui|leads|Fenglin University"},
		},
		"AssociateProfessorOfFieldAt": {
			text: "Ma Jinglan, an associate professor of mechanical engineering at the Nanhu University of Technology, spoke.",
			want: []string{"Ma Jinglan|member-of|Nanhu University of Technology"},
			not:  []string{"Ma Jinglan|leads|Nanhu University of Technology"},
		},
		"ChiefScientistForField": {
			text: "Tan Wenrui, Fenglin University's chief scientist for marine biology, spoke.",
			want: []string{"Tan Wenrui|member-of|Fenglin University"},
			not:  []string{"Tan Wenrui|leads|Fenglin University"},
		},
		// a member of a body's committee no name gives is a member of the
		// body; its head leads no named body
		"MemberOfBodysCommittee": {
			text: "Tan Wenrui, a member of Fenglin University's academic committee, spoke.",
			want: []string{"Tan Wenrui|member-of|Fenglin University"},
			not:  []string{"Tan Wenrui|leads|Fenglin University"},
		},
		"HeadOfBodysCommitteeNot": {
			text: "Qiu Anna, head of Fenglin University's academic committee, spoke.",
			not:  []string{"Qiu Anna|member-of|*", "Qiu Anna|leads|Fenglin University"},
		},
		// a member's post stated by a predicate: "P is a T at O", "P works
		// as a T at O"
		"IsAProfessorAt": {
			text: "Tan Wenrui is a professor at Fenglin University and met Qiu Anna, director of Linhe Robot Co., Ltd.",
			want: []string{"Tan Wenrui|member-of|Fenglin University", "Qiu Anna|leads|Linhe Robot Co., Ltd."},
			not:  []string{"Tan Wenrui|leads|Fenglin University", "Tan Wenrui|member-of|Linhe Robot Co., Ltd."},
		},
		"WorksAsAResearcherAt": {
			text: "Deng Shuhua works as a researcher at the Nanhu Institute of Geology.",
			want: []string{"Deng Shuhua|member-of|Nanhu Institute of Geology"},
			not:  []string{"Deng Shuhua|leads|Nanhu Institute of Geology"},
		},
		// "P was a visitor": no post; "P is the president of O" is no member
		"IsNoMemberPost": {
			text: "Cao Yiming was a guest of Fenglin University. Pei Xiaolan is the president of Linhe Normal University.",
			not:  []string{"Cao Yiming|member-of|*", "Pei Xiaolan|member-of|*"},
		},
		// a specialist post whose body is a back-reference
		"ResearchLibrarianOfTheMuseum": {
			text: "They were received by Cao Yiming, Director of the Nanhu Maritime Museum, and Deng Shuhua, a research librarian of the museum.",
			want: []string{"Cao Yiming|leads|Nanhu Maritime Museum", "Deng Shuhua|member-of|Nanhu Maritime Museum"},
			not:  []string{"Deng Shuhua|leads|Nanhu Maritime Museum"},
		},
		"ResearcherOfTheInstitute": {
			text: "The delegation visited the Linhe Institute of Soil Science. Tao Renjie, a researcher of the institute, explained its work.",
			want: []string{"Tao Renjie|member-of|Linhe Institute of Soil Science"},
			not:  []string{"Tao Renjie|leads|Linhe Institute of Soil Science"},
		},
		// a plural post after "its": "O … Its professors A and B"
		"ItsProfessorsList": {
			text: "The delegation visited Fenglin University. Its professors Tan Wenrui and Qiu Anna introduced the laboratories.",
			want: []string{"Tan Wenrui|member-of|Fenglin University", "Qiu Anna|member-of|Fenglin University"},
			not:  []string{"Tan Wenrui|leads|Fenglin University"},
		},
		"ItsResearchersList": {
			text: "The guests toured the Linhe Institute of Geology. Its researchers Pei Xiaolan, Cao Yiming and Deng Shuhua showed them the core samples.",
			want: []string{"Pei Xiaolan|member-of|Linhe Institute of Geology", "Deng Shuhua|member-of|Linhe Institute of Geology"},
		},
		"ItsProfessorsSameSentence": {
			text: "Fenglin University welcomed the guests, and its professors Tan Wenrui and Qiu Anna introduced the laboratories of Linhe Robot Co., Ltd.",
			want: []string{"Tan Wenrui|member-of|Fenglin University", "Qiu Anna|member-of|Fenglin University"},
			not:  []string{"Tan Wenrui|member-of|Linhe Robot Co., Ltd.", "Qiu Anna|leads|Fenglin University"},
		},
		// no body before "its": nothing to bind
		"ItsProfessorsNoBody": {
			text: "Its professors Tan Wenrui and Qiu Anna introduced the laboratories.",
			not:  []string{"Tan Wenrui|member-of|*", "Qiu Anna|member-of|*"},
		},
	})
}
