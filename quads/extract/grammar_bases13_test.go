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

// TestNameGrammarInnerBuilding13: "the team building of X", "the
// discipline construction of X" build up what is inside X, which stays the
// body it is (here a visit object), not a base set up. Near-miss: "the
// co-construction of the X Joint Laboratory" sets the laboratory up.
func TestNameGrammarInnerBuilding13(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"TeamBuildingOfInstitute": {
			text: "On May 3, Lin Tao, president of Qiantang University, visited the Confucius Institute. The two sides talked about the teachers' team building of Confucius Institute.",
			want: []string{"Qiantang University|visited|Confucius Institute", "Lin Tao|visited|Confucius Institute"},
		},
		"DisciplineConstructionOfCentre": {
			text: "On May 3, Lin Tao, president of Qiantang University, visited the Harlow Research Centre. They discussed the discipline construction of the Harlow Research Centre.",
			want: []string{"Qiantang University|visited|Harlow Research Centre"},
		},
		"CulturalConstructionOfInstitute": {
			text: "Lin Tao, president of Qiantang University, visited the Brimley Design Institute and praised the cultural construction of the Brimley Design Institute.",
			want: []string{"Lin Tao|visited|Brimley Design Institute"},
		},
		// near-miss: the co-construction sets the laboratory up
		"CoConstructionOfJointLaboratory": {
			text: "Qiantang University and Linhe Steel Group signed an agreement on the co-construction of the Linhe Joint Laboratory.",
			want: []string{"Qiantang University|hosts-base-at|Linhe Steel Group"},
			not:  []string{"Qiantang University|visited|Linhe Joint Laboratory"},
		},
	})
}

// TestNameGrammarFoundedBodyBases13: a body of Y founded at a site it is
// named after ("the Linhe Innovation Institute of Qiantang University was
// unveiled in Linhe") is Y's base there. Near-misses: a unit founded at a
// site not in its name stays Y's unit, and a joint consortium founded at a
// site not in its name has no host.
func TestNameGrammarFoundedBodyBases13(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"InstituteUnveiledInItsCity": {
			text: "Linhe Cooperative and Innovative Institute of Qiantang University was unveiled in Linhe on Sept. 28.",
			want: []string{"Qiantang University|hosts-base-at|Linhe"},
		},
		"InstituteSetUpInItsCity": {
			text: "The Brimley Marine Research Institute of Harlow University was officially set up in Brimley City last week.",
			want: []string{"Harlow University|hosts-base-at|Brimley"},
		},
		"CentreInauguratedInItsTown": {
			text: "On May 3, the Kesley Innovation Centre of Hanlin University was inaugurated in Kesley.",
			want: []string{"Hanlin University|hosts-base-at|Kesley"},
		},
		// near-misses: named after no site it is founded at
		"SchoolEstablishedElsewhereStaysUnit": {
			text: "The School of Marine Science of Harlow University was established in Brimley in 2005.",
			want: []string{"School of Marine Science, Harlow University|part-of|Harlow University"},
			not:  []string{"Harlow University|hosts-base-at|Brimley"},
		},
		"JointConsortiumHasNoHost": {
			text: "The Joint Development Consortium of the Linhe Museum was established in Kesley, Harlow Province.",
			not:  []string{"Linhe Museum|hosts-base-at|Kesley"},
		},
	})
}

// TestNameGrammarAsBase13: a body in apposition "as the B base of Y"
// ("the company, as the undergraduate internship base of X College, held
// …", "As the teaching practice base of X College, Y has trained …") is
// where Y's base is. Near-misses: "regards Z as an important base for …"
// and "as well as" name no base of an owner.
func TestNameGrammarAsBase13(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"CompanyAsInternshipBaseOf": {
			text: "Linhe Pharmaceutical Co., Ltd. is a drug maker in Harlow. On the morning of October 21, the company, as the undergraduate internship base of Qiantang College, held the evaluation meeting.",
			want: []string{"Qiantang College|hosts-base-at|Linhe Pharmaceutical Co., Ltd."},
		},
		"NamedBodyAsPracticeBaseOf": {
			text: "Linhe Pharmaceutical Co., Ltd., as a practice base of Qiantang College, received 30 students this summer.",
			want: []string{"Qiantang College|hosts-base-at|Linhe Pharmaceutical Co., Ltd."},
		},
		"OpeningAsTeachingPracticeBaseOf": {
			text: "As the teaching practice base of Qiantang College, Linhe People's Hospital has trained 200 students.",
			want: []string{"Qiantang College|hosts-base-at|Linhe People's Hospital"},
		},
		// near-misses: no owner named with "of", no apposition
		"RegardsAsBaseFor": {
			text: "Zhou Ping said that Qiantang College regards Linhe People's Hospital as an important base for applying its research results.",
			not:  []string{"Qiantang College|hosts-base-at|Linhe People's Hospital"},
		},
		"AsWellAs": {
			text: "Linhe Pharmaceutical Co., Ltd., as well as Qiantang College, attended the meeting on the practice base.",
			not:  []string{"Qiantang College|hosts-base-at|Linhe Pharmaceutical Co., Ltd."},
		},
	})
}

// TestNameGrammarBuildingNoun13: "building" as a noun ("the administrative
// teaching building", "the office building", "party building") sets no base
// up: a centre's host who shows guests around its buildings hosts no base
// at their body. Near-misses: "are jointly building a practice base" and
// "talks on building a joint laboratory center" set one up.
func TestNameGrammarBuildingNoun13(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"ShowedAroundTeachingBuilding": {
			text: "Han Kai, director of Linhe Innovation Center, warmly received Dean Wang Hua and the delegation of Qiantang University, and showed them around the administrative teaching building and various key laboratories of the center.",
			not:  []string{"Linhe Innovation Center|hosts-base-at|Qiantang University", "Qiantang University|hosts-base-at|Linhe Innovation Center"},
		},
		"ShowedAroundOfficeBuilding": {
			text: "Gao Yun, director of the Linhe Research Center, showed the delegation of Qiantang University around the office building and the research center.",
			not:  []string{"Linhe Research Center|hosts-base-at|Qiantang University", "Qiantang University|hosts-base-at|Linhe Research Center"},
		},
		"PartyBuildingWork": {
			text: "On May 3, the Qiantang University delegation visited the Linhe Design Center, where the two sides discussed party building work.",
			want: []string{"Qiantang University|visited|Linhe Design Center"},
			not:  []string{"Qiantang University|hosts-base-at|Linhe Design Center"},
		},
		// near-misses: the verb sets a base up
		"JointlyBuildingPracticeBase": {
			text: "Qiantang University and Linhe Steel Group are jointly building a practice base.",
			want: []string{"Qiantang University|hosts-base-at|Linhe Steel Group"},
		},
		"TalksOnBuildingJointCenter": {
			text: "Qiantang University and Linhe Steel Group held talks on building a joint laboratory center.",
			want: []string{"Qiantang University|hosts-base-at|Linhe Steel Group"},
		},
	})
}
