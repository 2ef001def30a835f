package extract

import "testing"

// TestNameGrammarBases10 checks round 10's hosts-base-at class on invented
// sentences: when a place and a body, the place named first, build or sign
// for a base together ("Linhe District and Qiantang University signed an
// agreement to jointly build the X Centre", a headline "Linhe County and
// Qiantang University to build ten practice bases"), the body hosts it in
// the place, as when the body is named first — a place hosts no base
// (SCHEMA.md); two places host none, two bodies keep their order, and a
// base only hoped for gives none. A centre where an event is held or
// takes place ("the ceremony of the programme jointly organised by A and
// B was held at the X Center") is its venue, no base.
func TestNameGrammarBases10(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"PlaceFirstJointlyBuildCentre": {
			text: "Linhe District and Qiantang University have signed a strategic agreement to jointly build the Qiantang Innovation Center.",
			want: []string{"Qiantang University|hosts-base-at|Linhe District"},
		},
		"PlaceFirstHeadlineToBuildBases": {
			text: "Linhe County and Qiantang University to build ten practice bases\n\nThe two sides met on May 3.",
			want: []string{"Qiantang University|hosts-base-at|Linhe County"},
		},
		"PlaceFirstJointlyUnveiledBase": {
			text: "Beihai City and Linhe Steel Group jointly unveiled the Beihai Talent Training Base on May 3.",
			want: []string{"Linhe Steel Group|hosts-base-at|Beihai"},
		},
		"BodyFirstUnchanged": {
			text: "Qiantang University and Linhe District signed an agreement to jointly build the Qiantang Innovation Center.",
			want: []string{"Qiantang University|hosts-base-at|Linhe District"},
		},
		// near-misses: two places, a base hoped for, two bodies' order
		"TwoPlacesNoHost": {
			text: "Linhe District and Beihai County jointly built a practice base.",
			not:  []string{"Linhe District|hosts-base-at|Beihai County", "Beihai County|hosts-base-at|Linhe District"},
		},
		"PlaceFirstHopedBaseNone": {
			text: "Linhe District and Qiantang University hope to build a practice base.",
			not:  []string{"Qiantang University|hosts-base-at|Linhe District"},
		},
		// a centre where an event is held is its venue, no base set up
		"ProgrammeHeldAtCentreNoBase": {
			text: "On the morning of June 20th, the opening ceremony of the training programme jointly organized by Qiantang University and Linhe Group was held at Beihai Linhe Center.",
			not:  []string{"Qiantang University|hosts-base-at|Linhe Group", "Linhe Group|hosts-base-at|Qiantang University"},
		},
		"ClassTookPlaceInCentreNoBase": {
			text: "The order class jointly run by the School of Management of Qiantang University and Linhe Group took place in the Linhe Training Center.",
			not:  []string{"School of Management|hosts-base-at|Linhe Group", "Qiantang University|hosts-base-at|Linhe Group"},
		},
		"BaseCeremonyHeldAtCompanyStillHosted": {
			text: "The unveiling ceremony of the Practice Base of Qiantang University was held at Linhe Steel Group on May 3.",
			want: []string{"Qiantang University|hosts-base-at|Linhe Steel Group"},
		},
		"JointlyBuiltCentreStillBase": {
			text: "Qiantang University and Linhe Steel Group jointly built the Linhe Innovation Center in Beihai.",
			want: []string{"Qiantang University|hosts-base-at|Beihai", "Linhe Steel Group|hosts-base-at|Beihai"},
		},
		"TwoBodiesKeepOrder": {
			text: "Linhe Steel Group and Qiantang University signed an agreement to jointly build the Linhe Innovation Center.",
			not:  []string{"Qiantang University|hosts-base-at|Linhe Steel Group"},
		},
	})
}
