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

// TestNameGrammarCentreOpenedIn checks hosts-base-at for a centre its
// builders set up and the text says was opened in a place ("the X Centre,
// jointly established by A and B, was inaugurated in P"): each builder that
// is an organisation hosts it there, a place among the builders does not.
// Near-miss: a centre opened with no builder named hosts nothing.
func TestNameGrammarCentreOpenedIn(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"JointlyEstablishedOpenedIn": {
			text: "The Yunping Innovation Centre, jointly established by Qiantang University and Jinshui Group, was officially opened in Xiling District on Monday.",
			want: []string{"Qiantang University|hosts-base-at|Xiling District", "Jinshui Group|hosts-base-at|Xiling District"},
			not:  []string{"Qiantang University|hosts-base-at|Jinshui Group"},
		},
		"BuilderWithGovernmentInauguratedIn": {
			text: "The Donghu Transformation Center, jointly built by Qiantang University and the Baisha Municipal People's Government, was formally inaugurated in Luhe District, Baisha on April 2.",
			want: []string{"Qiantang University|hosts-base-at|Luhe District"},
		},
		"NoBuilderNamed": {
			text: "The Yunping Innovation Centre was officially opened in Xiling District on Monday.",
			not:  []string{"Yunping Innovation Centre|hosts-base-at|Xiling District"},
		},
	})
}
