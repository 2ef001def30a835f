package extract

import (
	"testing"
)

// TestNameGrammarMembers6 checks the round-6 member-of and hosts-base-at
// classes on invented names: the civil service's graded inspectors and an
// assistant to a body's leader hold no leadership; a members list runs on
// over a given name that is an English word; an industrial park is a body,
// never a base; an "industrial base" is a region's economy; a base only
// named gives no host; a research institute opened at a named site is a
// base.
func TestNameGrammarMembers6(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		// the civil service's non-leading ranks: member-of, not leads
		"GradedInspector": {
			text: "The ceremony was attended by Qiu Anna, second-level inspector of the Department of Education of Linhe Province; and Han Yu, Director of the Nanhu Museum.",
			want: []string{"Qiu Anna|member-of|Department of Education of Linhe Province", "Han Yu|leads|Nanhu Museum"},
			not:  []string{"Qiu Anna|leads|*"},
		},
		"FirstLevelInspectorOfBureau": {
			text: "Tan Wenrui, first-level inspector of the Linhe Municipal Bureau of Culture, accompanied the visit.",
			want: []string{"Tan Wenrui|member-of|Linhe Municipal Bureau of Culture"},
			not:  []string{"Tan Wenrui|leads|*"},
		},
		"DeputyInspector": {
			text: "Tan Wenrui, deputy inspector of the Fenglin Provincial Department of Water Resources, attended the meeting.",
			want: []string{"Tan Wenrui|member-of|Fenglin Provincial Department of Water Resources"},
			not:  []string{"Tan Wenrui|leads|*"},
		},
		// near miss: a rank no longer held gives nothing
		"FormerInspectorNot": {
			text: "Tan Wenrui, former first-level inspector of the Linhe Municipal Bureau of Culture, accompanied the visit.",
			not:  []string{"Tan Wenrui|member-of|*", "Tan Wenrui|leads|*"},
		},
		// a list of a body's members runs on over a name no mention took
		// whose given name is also an English word ("Gao An")
		"MembersListOverFunctionWordGivenName": {
			text: "The Nanhu Academy of Engineering (NAE) opened a centre in Linhe. The attendees included NAE academicians Tan Wenrui, Qiu Anna, Gao An, Han Yu, Zhou Lin; and Fenglin University President Pei Xiaolan.",
			want: []string{"Tan Wenrui|member-of|Nanhu Academy of Engineering", "Han Yu|member-of|Nanhu Academy of Engineering", "Zhou Lin|member-of|Nanhu Academy of Engineering"},
		},
		"MembersListOverHeGivenName": {
			text: "Linhe Democratic League members including Tan Wenrui, Zhang He, Qiu Anna and Pei Xiaolan accompanied the inspection.",
			want: []string{"Tan Wenrui|member-of|Linhe Democratic League", "Qiu Anna|member-of|Linhe Democratic League", "Pei Xiaolan|member-of|Linhe Democratic League"},
		},
		// near miss: the list still needs a plural member post
		"LeadersListOverGivenNameNot": {
			text: "The Nanhu Academy of Engineering (NAE) opened a centre in Linhe. NAE leaders Tan Wenrui, Gao An, Han Yu and Zhou Lin attended.",
			not:  []string{"Han Yu|member-of|*", "Zhou Lin|member-of|*"},
		},
		// an assistant to a body's leader: member-of the body, not leads
		"AssistantToPresident": {
			text: "The delegation included Qiu Anna, Assistant to the President of Fenglin University, and Han Yu, Director of the Nanhu Museum.",
			want: []string{"Qiu Anna|member-of|Fenglin University", "Han Yu|leads|Nanhu Museum"},
			not:  []string{"Qiu Anna|leads|*"},
		},
		"AssistantToDirectorLowerCase": {
			text: "Qiu Anna, assistant to the director of the Nanhu Museum, attended the ceremony.",
			want: []string{"Qiu Anna|member-of|Nanhu Museum"},
			not:  []string{"Qiu Anna|leads|*"},
		},
		"AnAssistantToDean": {
			text: "Tan Wenrui, an assistant to the Dean of the Fenglin Institute of Optics, gave a report.",
			want: []string{"Tan Wenrui|member-of|Fenglin Institute of Optics"},
		},
		// near misses: an assistant to a person, or to a leader of no
		// named body
		"AssistantToPersonNot": {
			text: "Fenglin University signed an agreement with Nanhu. Qiu Anna, assistant to Han Yu, attended.",
			not:  []string{"Qiu Anna|member-of|*", "Qiu Anna|leads|*"},
		},
		"AssistantToPresidentNoBodyNot": {
			text: "Qiu Anna, assistant to the president, attended the ceremony in Nanhu.",
			not:  []string{"Qiu Anna|member-of|Nanhu", "Qiu Anna|leads|Nanhu"},
		},
		// near misses: a park visited or settled in is no base
		"VisitedIndustrialParkNot": {
			text: "The delegation from Fenglin University also visited key industrial zones in Nanhu, including the Nanhu Tongda Silicon Co and the Nanhu Tea Industrial Park.",
			not:  []string{"Fenglin University|hosts-base-at|*", "Nanhu Tea Industrial Park|hosts-base-at|*"},
		},
		"SettledInParkNot": {
			text: "The Linhe Institute of Optics is the first research institution under the Fenglin Academy of Sciences that has settled in the Fenglin Huaxi Science and Education Industry Park.",
			not:  []string{"Fenglin Academy of Sciences|hosts-base-at|*", "Linhe Institute of Optics|hosts-base-at|*"},
		},
		// still a base: a practice base set up in a park
		"PracticeBaseStillRead": {
			text: "Fenglin University and Nanhu Tongda Silicon Company jointly set up a practice base at the Nanhu Tea Industrial Park.",
			want: []string{"Fenglin University|hosts-base-at|*"},
		},
		// near miss: a base named only as the body a person heads, in a
		// sentence that sets none up, says nothing of who hosts it where
		"BaseHeadedInAttendeeListNot": {
			text: "The Nanhu Chamber of Commerce (NCC) sent experts. Tan Wenrui, head of NCC Sino-German Chemical Vocational Training Base and principal of Fenglin Petrochemical Academy, and Qiu Anna, vice principal of Fenglin Petrochemical Academy, were invited to attend.",
			want: []string{"Qiu Anna|leads|Fenglin Petrochemical Academy"},
			not:  []string{"Nanhu Chamber of Commerce|hosts-base-at|*", "Fenglin Petrochemical Academy|hosts-base-at|*"},
		},
		// the same base set up in the sentence is still read
		"BaseUnveiledStillRead": {
			text: "Tan Wenrui, principal of Fenglin Petrochemical Academy, and Qiu Anna, director of Nanhu Vocational School, unveiled the plaque of the Fenglin Petrochemical Academy Chemical Training Base.",
			want: []string{"Fenglin Petrochemical Academy|hosts-base-at|Nanhu Vocational School"},
		},
		// a research institute opened at a named site is a base there
		"ResearchInstituteOpenedIn": {
			text: "Fenglin University has opened a research institute in Nanhu prefecture, aiming to help raise the standard of higher education.",
			want: []string{"Fenglin University|hosts-base-at|Nanhu"},
		},
		"ResearchInstituteAfterDateline": {
			text: "Nanhu prefecture, Linhe: Fenglin University has opened a research institute in Nanhu prefecture, Linhe region, aiming to help the region.",
			want: []string{"Fenglin University|hosts-base-at|Nanhu"},
			not:  []string{"Linhe|hosts-base-at|*"},
		},
		"ResearchInstituteSetUpAt": {
			text: "Under the agreement, Fenglin University will set up a research institute at Nanhu Tongda Silicon Company.",
			want: []string{"Fenglin University|hosts-base-at|Nanhu Tongda Silicon Company"},
		},
		// near misses: no site named, the institute may be the setter's own
		"ResearchInstituteNoSiteNot": {
			text: "Zhong Yiwen said that Fenglin University and Nanhu had jointly built an industrial technology research institute and a talent apartment.",
			not:  []string{"Fenglin University|hosts-base-at|Nanhu", "Nanhu|hosts-base-at|Fenglin University"},
		},
		"ResearchInstituteOnTopicNot": {
			text: "Fenglin University signed an agreement with Nanhu. The university has established a research institute on rural history.",
			not:  []string{"Fenglin University|hosts-base-at|Nanhu"},
		},
		// near misses: an industrial base is a region's economy
		"IndustrializationBaseNot": {
			text: "The Fenglin Ministry of Science and Linhe Province defined two themes: jointly boosting the construction of the Linhe industrialization base for new materials, and jointly boosting the Linhe industrial base for medicine.",
			not:  []string{"Fenglin Ministry of Science|hosts-base-at|Linhe", "Linhe|hosts-base-at|Fenglin Ministry of Science"},
		},
		"SolidIndustrialBaseNot": {
			text: "Fenglin University signed a cooperation agreement with Nanhu, a central city with a long history and a solid industrial base.",
			want: []string{"Fenglin University|signed-with|Nanhu"},
			not:  []string{"Fenglin University|hosts-base-at|Nanhu"},
		},
	})
}
