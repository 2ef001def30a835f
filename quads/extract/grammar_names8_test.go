package extract

import "testing"

// TestNameGrammarRegions8 checks China's regions outside the gazetteer's
// table read as places, and their near-misses (a region's name inside a
// body's name). The bodies are made up.
func TestNameGrammarRegions8(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"DelegationsVisitToRegion": {
			text: "It was one of the results of a 40-member Fenglin University delegation's visit to Taiwan.",
			want: []string{"Fenglin University|visited|Taiwan"},
		},
		"BodyVisitedRegion": {
			text: "A delegation of Linhe University visited Macao on May 3.",
			want: []string{"Linhe University|visited|Macao"},
		},
		"RegionInsideBodyName": {
			text: "Linhe University Library and Taiwan Qiaotou University Library signed an agreement.",
			want: []string{"Linhe University Library|signed-with|Taiwan Qiaotou University Library"},
			not:  []string{"Linhe University Library|signed-with|Taiwan"},
		},
	})
}
