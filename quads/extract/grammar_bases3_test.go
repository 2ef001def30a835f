package extract

import "testing"

// TestBases3Grammar holds hosts-base-at constructions by class, each as
// invented variants of the genre with what must not come out.
func TestBases3Grammar(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		// class 1: "which X set up in V, P": the base is at the village and
		// at the place the village is in
		"RelativeSetUpInVillageCommaCity": {
			text: "A delegation of Fenglin University travelled to Linhe. On May 3, Zhao Minghui unveiled the plaque of the Tea Science and Technology Workstation, which Fenglin University set up in Qiaotou Village, Linhe, together with the city's culture bureau.",
			want: []string{"Fenglin University|hosts-base-at|Qiaotou Village", "Fenglin University|hosts-base-at|Linhe"},
		},
		"RelativeSetUpInTownCommaCounty": {
			text: "Nanhu Normal University signed an agreement with Linhe County. The practice base, which Nanhu Normal University set up in Shiqiao Town, Linhe County, last year, received 40 students.",
			want: []string{"Nanhu Normal University|hosts-base-at|Shiqiao Town", "Nanhu Normal University|hosts-base-at|Linhe County"},
		},
		// "Science and Technology Courtyard" names a base of its kind
		"CourtyardRelativeSetUpVillageCommaCity": {
			text: "A delegation of Fenglin University travelled to Linhe. Zhao Minghui unveiled the plaque of the Tea Science and Technology Courtyard, which Fenglin University set up in Qiaotou Village, Linhe, together with the city's culture bureau.",
			want: []string{"Fenglin University|hosts-base-at|Qiaotou Village", "Fenglin University|hosts-base-at|Linhe"},
		},
		"CourtyardOnlyAfterItsKind": {
			text: "A delegation of Fenglin University travelled to Linhe. Zhao Minghui visited the Linhe Museum courtyard, which Fenglin University set up in Qiaotou Village, Linhe.",
			not:  []string{"Fenglin University|hosts-base-at|Linhe"},
		},
		// a comma then a body that is no place is not where the base is
		"RelativeSetUpCommaOrgIsNoPlace": {
			text: "The workstation, which Fenglin University set up in Qiaotou Village, Linhe Tea Company and the city's bureau will run.",
			want: []string{"Fenglin University|hosts-base-at|Qiaotou Village"},
			not:  []string{"Fenglin University|hosts-base-at|Linhe Tea Company"},
		},
	})
}
