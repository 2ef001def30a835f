package extract

import "testing"

// TestNameGrammarBases13 checks round 13's hosts-base-at class on invented
// sentences: a party whose name ends in "Centre" beside a base the sentence
// builds ("the X Heritage Centre and Y College have signed an agreement on
// jointly building a training base") is one of the base's two bodies, not
// the base. Near-misses: a centre the sentence itself sets up stays what
// is built, with or without a base word after it.
func TestNameGrammarBases13(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"CentreAndCollegeJointlyBuildingBase": {
			text: "Brimley Provincial Heritage Centre and Harlow Tourism College have signed an agreement on jointly building a hands-on training base.",
			want: []string{"Harlow Tourism College|hosts-base-at|Brimley Provincial Heritage Centre"},
		},
		"UniversityWithCenterToBuildBase": {
			text: "On June 2, Qiantang University signed an agreement with the Linhe Marine Research Center to build a graduate practice base.",
			want: []string{"Qiantang University|hosts-base-at|Linhe Marine Research Center"},
		},
		"CentreAndUniversityUnveiledBase": {
			text: "The Linhe Cultural Centre and Qiantang University jointly unveiled the teaching practice base on May 3.",
			want: []string{"Qiantang University|hosts-base-at|Linhe Cultural Centre"},
		},
		// near-misses: the centre is what the sentence sets up
		"CentreSetUpAsBaseStays": {
			text: "Qiantang University and Linhe Steel Group jointly established the Linhe Innovation Centre, a base for engineering students.",
			want: []string{"Qiantang University|hosts-base-at|Linhe Steel Group"},
			not:  []string{"Qiantang University|hosts-base-at|Linhe Innovation Centre", "Linhe Innovation Centre|hosts-base-at|Linhe Steel Group"},
		},
		"CentreSetUpAloneStays": {
			text: "Qiantang University and Linhe Steel Group jointly established the Linhe Innovation Centre.",
			want: []string{"Qiantang University|hosts-base-at|Linhe Steel Group"},
			not:  []string{"Qiantang University|hosts-base-at|Linhe Innovation Centre"},
		},
	})
}
