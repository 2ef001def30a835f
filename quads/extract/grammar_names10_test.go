package extract

import "testing"

// TestNameGrammarNames10 checks round 10's name class on invented
// sentences: a government department named in lower case right after its
// place ("the Linhe education bureau", "Linhe district education bureau",
// "the Beihai municipal health commission") is a body of its own, which
// signs, visits and has heads, not its place (SCHEMA.md folds only the
// party committee and the government into the place); a place followed by
// a head with no field, by a government word or by no head names no
// department.
func TestNameGrammarNames10(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"TwoPlaceBureausSign": {
			text: "The Linhe district education bureau and the Beihai education bureau signed an education cooperation framework agreement on Sept 23.",
			want: []string{"Linhe district education bureau|signed-with|Beihai education bureau"},
			not:  []string{"Linhe|signed-with|Beihai"},
		},
		"DirectorOfPlaceBureau": {
			text: "Zhou Ping, director of the Linhe culture and tourism bureau, said the two sides would share resources.",
			want: []string{"Zhou Ping|leads|Linhe culture and tourism bureau"},
			not:  []string{"Zhou Ping|leads|Linhe"},
		},
		"DelegationFromPlaceBureauVisits": {
			text: "A delegation from the Linhe county education bureau paid a visit to Qiantang University on May 3.",
			want: []string{"Linhe county education bureau|visited|Qiantang University"},
		},
		"MunicipalCommissionSigns": {
			text: "Qiantang University signed a cooperation agreement with the Beihai municipal health commission.",
			want: []string{"Qiantang University|signed-with|Beihai municipal health commission"},
			not:  []string{"Qiantang University|signed-with|Beihai"},
		},
		// near-misses: no field before the head, a government word, no head
		"PlaceOfficeNoDepartment": {
			text: "Qiantang University signed a cooperation agreement with Linhe office staff present.",
			not:  []string{"Qiantang University|signed-with|Linhe office"},
		},
		"PlaceGovernmentDepartmentsNone": {
			text: "Qiantang University signed a cooperation agreement with Linhe government departments.",
			not:  []string{"Qiantang University|signed-with|Linhe government departments"},
		},
		"PlaceFieldNoHeadNone": {
			text: "Qiantang University signed a cooperation agreement with Linhe on education reform.",
			want: []string{"Qiantang University|signed-with|Linhe"},
		},
	})
}
