package extract

import "testing"

// TestNameGrammarPersons13PostSurname: a common Chinese surname in
// capitals straight after a post ("Minister ZHOU", "Chairman WANG",
// "President HU") names the post's holder even where the article never
// gives the full name: it is no body's acronym, so it signs with nobody.
// A full name after the post stays a person's name, and capitals no post
// precedes stay a body's acronym. Names are made up.
func TestNameGrammarPersons13PostSurname(t *testing.T) {
	checkEntityNames(t, map[string]entityNameCase{
		"MinisterSurnameAndFullName": {
			text:  "Donghu Ministry Signs with Qiantang\n\nAt the ceremony, Minister ZHOU and QIAN Lihua, Governor of Qiantang Province, signed the agreement.",
			names: []string{"QIAN Lihua"},
			not:   []string{"ZHOU"},
		},
		"ChairmanSurnameSaid": {
			text: "Fenglin University Meets Donghu Group\n\nChairman WANG said that both sides had long enjoyed good cooperation.",
			not:  []string{"WANG"},
		},
		"OnBehalfOfPresidentSurname": {
			text:  "Fenglin University Signs with Donghu Group\n\nOn behalf of President HU, the vice president signed the agreement with Donghu Group.",
			names: []string{"Donghu Group"},
			not:   []string{"HU"},
		},
		// near-misses: a full name after the post, and an acronym after "of"
		"FullNameAfterPostStays": {
			text:  "Fenglin University Meets Donghu Group\n\nDirector HU Minzhi of Donghu Group met the guests.",
			names: []string{"HU Minzhi", "Donghu Group"},
		},
		"AcronymAfterOfStaysBody": {
			text:  "Fenglin University Meets Donghu Group\n\nThe Secretary of FLU and the President of DHG attended the meeting.",
			names: []string{"FLU", "DHG"},
		},
	})
	checkGrammar(t, map[string]grammarCase{
		"SurnameSignsForNobody": {
			text: "Donghu Ministry Signs with Qiantang\n\nAt the ceremony, Minister ZHOU and QIAN Lihua, Governor of Qiantang Province, signed the agreement.",
			want: []string{"QIAN Lihua|leads|Qiantang"},
			not:  []string{"Qiantang|signed-with|ZHOU"},
		},
	})
}
