package extract

import "testing"

// TestParts10Grammar holds the part-of constructions of round 10 by class,
// each as invented variants of the genre with what must not come out.
func TestParts10Grammar(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		// class 1: a party of people sent on a task ("the research group of
		// X", "its inspection group") is no unit of X
		"ResearchGroupOfSchoolVisits": {
			text: "General Manager Wang Tao welcomed the visit of the research group of Fenglin Vocational School to Qiantang Machinery Co., Ltd.",
			not:  []string{"research group, Fenglin Vocational School|part-of|Fenglin Vocational School", "research group of Fenglin Vocational School|part-of|Fenglin Vocational School"},
		},
		"RepresentativeOfResearchGroupOfUniversity": {
			text: "Then, the representative of the research group of Xiling University presented the project to Qiantang Chemical Co., Ltd.",
			not:  []string{"research group, Xiling University|part-of|Xiling University", "research group of Xiling University|part-of|Xiling University"},
		},
		"ItsInspectionGroup": {
			text: "Qiantang University sent its inspection group to Fenglin County on May 3.",
			not:  []string{"inspection group, Qiantang University|part-of|Qiantang University", "inspection group|part-of|Qiantang University"},
		},
		"StudyAndInvestigationGroupOfBureau": {
			text: "The study and investigation group of the Fenglin Municipal Education Bureau visited Xiling University on May 3.",
			not: []string{"study and investigation group, Fenglin Municipal Education Bureau|part-of|Fenglin Municipal Education Bureau",
				"investigation group, Fenglin Municipal Education Bureau|part-of|Fenglin Municipal Education Bureau"},
		},
		// near-misses: a group named by its field, or a capitalised group,
		// is still a unit
		"BasicEducationGroupStaysUnit": {
			text: "Representatives of the basic education group of Xiling Normal University, which runs eleven schools in Fenglin, attended the symposium.",
			want: []string{"basic education group, Xiling Normal University|part-of|Xiling Normal University"},
		},
		"ResearchInstituteOfUniversityStaysUnit": {
			text: "Wang Tao, director of the research institute of Xiling University, attended the ceremony.",
			want: []string{"research institute, Xiling University|part-of|Xiling University"},
		},
	})
}
