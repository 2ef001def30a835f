package extract

import "testing"

// TestNameGrammarVisits12 checks round 12's visited class on invented
// sentences: a facility of the host described in lower case after the
// host's possessive ("visited the company's smart grid dispatch centre",
// "toured Linhe Museum's conservation centre") is no visit object of its
// own — the host is where the visitors went. Near-misses: a lower-case
// unit named by its field ("the college's training center for intelligent
// manufacturing") and a facility with a capitalised name stay objects.
func TestNameGrammarVisits12(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"CompanysDispatchCentre": {
			text: "On March 3, a delegation of Qiantang University visited Linhe Power Co., Ltd. The delegation visited the company's smart grid dispatch centre.",
			want: []string{"Qiantang University|visited|Linhe Power Co., Ltd."},
			not:  []string{"Qiantang University|visited|smart grid dispatch centre, Linhe Power Co., Ltd."},
		},
		"BodysPossessiveConservationCentre": {
			text: "Zhou Ping, president of Qiantang University, toured Beihai Museum's conservation centre.",
			want: []string{"Zhou Ping|visited|Beihai Museum", "Qiantang University|visited|Beihai Museum"},
			not:  []string{"Zhou Ping|visited|conservation centre, Beihai Museum", "Qiantang University|visited|conservation centre, Beihai Museum"},
		},
		"CollegesTrainingCentre": {
			text: "On May 3, Linhe Steel Group visited Donghu Vocational College. After the signing, the guests visited the college's logistics training centre and its welding workshop.",
			want: []string{"Linhe Steel Group|visited|Donghu Vocational College"},
			not:  []string{"Linhe Steel Group|visited|logistics training centre, Donghu Vocational College"},
		},
		// near-misses: a unit named by its field, a capitalised facility
		"CollegesCenterForFieldStays": {
			text: "On May 3, Gao Yun, general manager of Linhe Steel Group, visited Donghu Vocational College. Gao Yun visited the college's training center for intelligent manufacturing.",
			want: []string{"Gao Yun|visited|training center for intelligent manufacturing, Donghu Vocational College"},
		},
		"CapitalisedFacilityStays": {
			text: "Zhou Ping, president of Qiantang University, toured Beihai Museum's Conservation Centre.",
			want: []string{"Zhou Ping|visited|Conservation Centre, Beihai Museum"},
		},
	})
}
