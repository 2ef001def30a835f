package extract

import "testing"

// TestNameGrammarBases12 checks round 12's hosts-base-at class on invented
// sentences: a second set-up clause after ", and" ("A will set up a base
// at B, and B will set up a workstation at A's campus / at the company")
// names its own setter and site. Near-misses: a second clause that only
// hopes to set one up, or that sets nothing up, adds no base.
func TestNameGrammarBases12(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"ReciprocalAtPossessedCampus": {
			text: "Fenglin Museum and Qiantang University signed an agreement on May 3. According to the agreement, Qiantang University will set up a \"Practice Base for Biology\" at Fenglin Museum, and the museum will set up a \"Science Workstation\" at the university's Xixi campus.",
			want: []string{"Qiantang University|hosts-base-at|Fenglin Museum", "Fenglin Museum|hosts-base-at|Qiantang University"},
		},
		"ReciprocalAtTheCompany": {
			text: "Linhe Power Co., Ltd. and the School of Physics of Qiantang University signed an agreement on May 3. Under the agreement, Linhe Power Co., Ltd. will set up a joint training base at the School, and the School will set up an \"Energy Innovation Workstation\" at the company.",
			want: []string{"Linhe Power Co., Ltd.|hosts-base-at|School of Physics, Qiantang University", "School of Physics, Qiantang University|hosts-base-at|Linhe Power Co., Ltd."},
		},
		"ReciprocalBuiltPast": {
			text: "Donghu Steel Group and Beihai University signed an agreement. Donghu Steel Group established an \"Alloy Innovation Workstation\" at Beihai University, and Beihai University established a \"Steel Research Workstation\" at Donghu Steel Group.",
			want: []string{"Donghu Steel Group|hosts-base-at|Beihai University", "Beihai University|hosts-base-at|Donghu Steel Group"},
		},
		// near-misses: only hoped for, nothing set up
		"SecondClauseHopesNone": {
			text: "Fenglin Museum and Qiantang University signed an agreement on May 3. Qiantang University will set up a \"Practice Base for Biology\" at Fenglin Museum, and the museum hopes to set up a \"Science Workstation\" at the university's Xixi campus.",
			want: []string{"Qiantang University|hosts-base-at|Fenglin Museum"},
			not:  []string{"Fenglin Museum|hosts-base-at|Qiantang University"},
		},
		"SecondClauseVisitsNone": {
			text: "Fenglin Museum and Qiantang University signed an agreement on May 3. Qiantang University will set up a \"Practice Base for Biology\" at Fenglin Museum, and the museum will visit the university's Xixi campus.",
			not:  []string{"Fenglin Museum|hosts-base-at|Qiantang University"},
		},
	})
}

// TestNameGrammarBasesCoSetter12 checks round 12's second hosts-base-at
// class: a body named with "together with" after the site of "the base,
// which A set up in Y" sets it up too. Near-misses: a place after
// "together with", and "together with" naming who attended, add no host.
func TestNameGrammarBasesCoSetter12(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"WhichSetUpInPlaceTogetherWith": {
			text: "On May 3, the unveiling ceremony of the Linhe Steel Academician Workstation, which Linhe Steel Group Co., Ltd. set up in Xishan County together with Qiantang University, was held in Xishan.",
			want: []string{"Linhe Steel Group Co., Ltd.|hosts-base-at|Xishan County", "Qiantang University|hosts-base-at|Xishan County"},
		},
		"WhichSetUpAtBodyJointlyWith": {
			text: "The Fenglin Science Workstation, which Beihai Science Museum set up at Donghu Middle School jointly with Qiantang University, opened on May 3.",
			want: []string{"Beihai Science Museum|hosts-base-at|Donghu Middle School", "Qiantang University|hosts-base-at|Donghu Middle School"},
		},
		"WhichSetUpLastYearTogetherWith": {
			text: "The Xishan Science Popularization Base, which Beihai Science Museum set up in Xishan County last year together with Qiantang University, offers weekend workshops.",
			want: []string{"Beihai Science Museum|hosts-base-at|Xishan County", "Qiantang University|hosts-base-at|Xishan County"},
		},
		// near-misses
		"TogetherWithPlaceNone": {
			text: "The Xishan Science Popularization Base, which Beihai Science Museum set up in Xishan County together with Donghu County, offers weekend workshops.",
			want: []string{"Beihai Science Museum|hosts-base-at|Xishan County"},
			not:  []string{"Donghu County|hosts-base-at|Xishan County"},
		},
		"TogetherWithAttendeesNone": {
			text: "The Xishan Science Popularization Base, which Beihai Science Museum set up in Xishan County, was unveiled by Zhou Ping together with Qiantang University officials.",
			not:  []string{"Qiantang University|hosts-base-at|Xishan County"},
		},
	})
}
