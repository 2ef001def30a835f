package extract

import "testing"

// TestNameGrammarBases10 checks round 10's hosts-base-at class on invented
// sentences: when a place and a body, the place named first, build or sign
// for a base together ("Linhe District and Qiantang University signed an
// agreement to jointly build the X Centre", a headline "Linhe County and
// Qiantang University to build ten practice bases"), the body hosts it in
// the place, as when the body is named first — a place hosts no base
// (SCHEMA.md); two places host none, two bodies keep their order, and a
// base only hoped for gives none.
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
		"TwoBodiesKeepOrder": {
			text: "Linhe Steel Group and Qiantang University signed an agreement to jointly build the Linhe Innovation Center.",
			not:  []string{"Qiantang University|hosts-base-at|Linhe Steel Group"},
		},
	})
}
