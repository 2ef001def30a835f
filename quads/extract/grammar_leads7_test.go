package extract

import "testing"

// TestNameGrammarLeads7 checks, on invented sentences, posts whose name
// follows an honorific after "T of O": "T of O professor P" is P's post at
// O, and the post before it is the earlier name's alone.
func TestNameGrammarLeads7(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"PostOfBodyHonorificName": {
			text: "Tanhai University and Luoxi Institute signed an agreement. Also present were Deputy Director of Tanhai University Office of International Affairs Chen Qiu, Deputy Director of Luoxi Institute professor Wu Lei and some researchers.",
			want: []string{"Chen Qiu|leads|Tanhai University Office of International Affairs", "Wu Lei|leads|Luoxi Institute"},
			not:  []string{"Chen Qiu|leads|Luoxi Institute"},
		},
		"PostOfBodyHonorificNameAfterApposition": {
			text: "Tanhai University and Luoxi Institute signed an agreement. Present were Chen Qiu, president of Tanhai University, director of Luoxi Institute Dr. Wu Lei and others.",
			want: []string{"Chen Qiu|leads|Tanhai University", "Wu Lei|leads|Luoxi Institute"},
			not:  []string{"Chen Qiu|leads|Luoxi Institute"},
		},
	})
}

// TestNameGrammarLeads7Its checks "its" after a post of a unit no name
// gives: "B, its deputy director" is of that unit, not of the body before.
func TestNameGrammarLeads7Its(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"ItsAfterUnnamedUnit": {
			text: "Tanhai University hosted the forum. Guests included Wang Bo, vice minister of Sudland, part of the Norland Federation; Li Wen, director of the region's education department; and Zhao Yun, its deputy director.",
			not:  []string{"Zhao Yun|leads|Norland Federation", "Zhao Yun|leads|Sudland"},
		},
		"ItsAfterUnnamedUnitComma": {
			text: "Tanhai University hosted the forum. Guests included Wang Bo, president of Luoxi Institute, Li Wen, head of the city's planning office, and Zhao Yun, its deputy head.",
			want: []string{"Wang Bo|leads|Luoxi Institute"},
			not:  []string{"Zhao Yun|leads|Luoxi Institute"},
		},
		// near-miss: a named body before "its" is still its body
		"ItsAfterNamedBody": {
			text: "Tanhai University hosted the forum. Guests included Li Wen, director of Luoxi Institute, and Zhao Yun, its deputy director.",
			want: []string{"Zhao Yun|leads|Luoxi Institute", "Li Wen|leads|Luoxi Institute"},
		},
	})
}
