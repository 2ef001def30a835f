package extract

import "testing"

// TestNameGrammarVisitAsTopic checks that a visit named only as what a talk
// speaks of ("a speech on P's visit to Z", "instructions during his visit
// to Z") is no visit of the article, while a visit the sentence reports
// (a visit paid, a visit during which the article's events happen) still is.
func TestNameGrammarVisitAsTopic(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"SpeechOnPossessiveVisit": {
			text: "Mao Lin delivered a speech on General Secretary Wang Hua's visit to Xiling Province at Yunping University.",
			not:  []string{"Wang Hua|visited|Xiling Province"},
		},
		"LectureAboutPossessiveVisit": {
			text: "Professor Zhao Jun gave a lecture about Wang Hua's visit to Baisha County.",
			not:  []string{"Wang Hua|visited|Baisha County"},
		},
		"InstructionsDuringHisVisit": {
			text: "Li Ming urged the study of Wang Hua's important speeches and instructions during his visit to Xiling Province.",
			not:  []string{"Wang Hua|visited|Xiling Province"},
		},
		// near-misses: visits the sentence reports
		"PaidVisitStillVisit": {
			text: "Zhao Jun, president of Yunping University, paid a visit to Qiantang Museum.",
			want: []string{"Zhao Jun|visited|Qiantang Museum"},
		},
		"DuringHisVisitMainClause": {
			text: "During his visit to Qiantang Museum, Zhao Jun, president of Yunping University, met the curator.",
			want: []string{"Zhao Jun|visited|Qiantang Museum"},
		},
	})
}
