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
