package extract

import "testing"

// TestNameGrammarVisits7 checks session 7's visited classes on invented
// sentences: once the visitors' visit to a body is told, a later receiver
// whose post is of another body names no second host (the reception was
// part of the visit told), while a receiver of the body visited, or of a
// body in a city the visitors went to, still is one.
func TestNameGrammarVisits7(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"ReceiverOfOtherBodyAfterToldVisit": {
			text: "Gao Yun, president of Fenglin University, led a delegation to visit Qiantang University on May 3. Ma Lin, director of Beihai Science Museum, welcomed Gao Yun and his delegation.",
			want: []string{"Fenglin University|visited|Qiantang University", "Gao Yun|visited|Qiantang University"},
			not:  []string{"Fenglin University|visited|Beihai Science Museum", "Gao Yun|visited|Beihai Science Museum"},
		},
		"ReceivedDelegationFromBodyAfterToldVisit": {
			text: "A delegation from Linhe Steel Group visited Donghu University on June 9. Zhou Ping, director of Xiling Hall, received a delegation from Linhe Steel Group.",
			want: []string{"Linhe Steel Group|visited|Donghu University"},
			not:  []string{"Linhe Steel Group|visited|Xiling Hall"},
		},
		"VisitorsWelcomedByVisitedBodyStillHost": {
			text: "Chen Hua, mayor of Beihai, visited Qiantang Library on May 3. Ma Lin, curator of Qiantang Library, warmly received Chen Hua and his delegation.",
			want: []string{"Chen Hua|visited|Qiantang Library"},
		},
		"CityTripThenReceiverBodyIsHost": {
			text: "Gao Yun, president of Fenglin University, led a delegation to Linhe City on May 3. Ma Lin, director of Xiling Museum, received Gao Yun and his delegation.",
			want: []string{"Gao Yun|visited|Xiling Museum", "Fenglin University|visited|Xiling Museum"},
		},
	})
}
