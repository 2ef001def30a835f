package extract

import "testing"

// TestNameGrammarVisits9 checks session 9's visited classes on invented
// sentences: a host who receives a delegation or a guest named in
// apposition ("met with the visiting delegation of P, T of O", "received
// the delegation of P and Q", "welcomed a guest from Britain, P, T of O")
// was visited by P and the body P leads, while a comma that opens another
// clause ("welcomed the guests, P said") names no visitor; a host who
// accompanied or escorted the visitors to visit a site went along and is
// no visitor — the persons or bodies accompanied are, or the last
// visitors the guests stand for — while "accompanied by H" and "P led a
// delegation to visit Z" keep their readings; a body does not visit a
// part of its own at any depth, though a sibling's part is visited.
func TestNameGrammarVisits9(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"MetVisitingDelegationOfPerson": {
			text: "On May 29, Ma Lin, director of Qiantang Museum, met with the visiting delegation of Zhou Ping, director of the Linhe Education Bureau, and the two sides talked about cooperation.",
			want: []string{"Linhe Education Bureau|visited|Qiantang Museum", "Zhou Ping|visited|Qiantang Museum"},
			not:  []string{"Ma Lin|visited|Qiantang Museum", "Qiantang Museum|visited|Linhe Education Bureau"},
		},
		"ReceivedDelegationOfTwoPersons": {
			text: "Gao Yun, president of Donghu University, and Chen Hua, secretary of its Party Committee, attended the ceremony. Ma Lin, director of Beihai Science Museum, received the delegation of Gao Yun and Chen Hua before the signing.",
			want: []string{"Gao Yun|visited|Beihai Science Museum", "Chen Hua|visited|Beihai Science Museum", "Donghu University|visited|Beihai Science Museum"},
		},
		"WelcomedDelegationOfTitledPerson": {
			text: "Xiling Library warmly welcomed the delegation of Vice President Zhou Ping of Fenglin University on June 3.",
			want: []string{"Zhou Ping|visited|Xiling Library"},
		},
		"WelcomedGuestFromCountryNamed": {
			text: "In the end of March, Qiantang Library welcomed a guest from Britain, Zhou Ping, the chief librarian of Linhe Central Library.",
			want: []string{"Zhou Ping|visited|Qiantang Library"},
			not:  []string{"Qiantang Library|visited|Linhe Central Library"},
		},
		"WelcomedVisitorsFromBodyNamed": {
			text: "Ma Lin, director of Qiantang Museum, warmly welcomed the visitors from Linhe University, Zhou Ping and Gao Yun.",
			want: []string{"Linhe University|visited|Qiantang Museum", "Zhou Ping|visited|Qiantang Museum", "Gao Yun|visited|Qiantang Museum"},
		},
		// near-misses: another clause after the guests, a planned meeting
		"GuestsThenClauseSubject": {
			text: "Ma Lin, director of Qiantang Museum, welcomed the guests, Zhou Ping said on May 3.",
			not:  []string{"Zhou Ping|visited|Qiantang Museum"},
		},
		"PlannedMeetingWithDelegationOfPerson": {
			text: "Ma Lin, director of Qiantang Museum, will meet with the delegation of Zhou Ping, president of Linhe University, next month.",
			not:  []string{"Zhou Ping|visited|Qiantang Museum", "Linhe University|visited|Qiantang Museum"},
		},
		// a host who went along
		"HostsAccompaniedGuestsToVisit": {
			text: "Before the ceremony, Ma Lin, CEO of Linhe Steel Group, and Zhou Ping, secretary of the park, accompanied the guests to visit the Beihai Exhibition Center.",
			not:  []string{"Ma Lin|visited|Beihai Exhibition Center", "Zhou Ping|visited|Beihai Exhibition Center", "Linhe Steel Group|visited|Beihai Exhibition Center"},
		},
		"HostAccompaniedGuestsAfterToldVisit": {
			text: "Zhou Ping, president of Qiantang University, visited Linhe Steel Group on May 3. Ma Lin, CEO of Linhe Steel Group, accompanied the guests to visit the Beihai Exhibition Center.",
			want: []string{"Qiantang University|visited|Beihai Exhibition Center"},
			not:  []string{"Ma Lin|visited|Beihai Exhibition Center", "Linhe Steel Group|visited|Beihai Exhibition Center"},
		},
		"MayorEscortedDelegationToBody": {
			text: "Zhou Ping, president of Qiantang University, led a delegation to Linhe on May 3. Ma Lin, mayor of Linhe, escorted the delegation to Beihai Steel Group.",
			want: []string{"Qiantang University|visited|Beihai Steel Group"},
			not:  []string{"Ma Lin|visited|Beihai Steel Group"},
		},
		"HostAccompaniedNamedVisitor": {
			text: "Ma Lin, general manager of Beihai Steel Group, accompanied Zhou Ping, president of Qiantang University, to visit the Xiling Museum.",
			want: []string{"Zhou Ping|visited|Xiling Museum", "Qiantang University|visited|Xiling Museum"},
			not:  []string{"Ma Lin|visited|Xiling Museum", "Beihai Steel Group|visited|Xiling Museum"},
		},
		// near-misses: the companion phrase, a leader of the delegation
		"AccompaniedByHostDelegationVisits": {
			text: "Accompanied by Ma Lin, vice mayor of Linhe, Zhou Ping, president of Qiantang University, visited Beihai Steel Group.",
			want: []string{"Zhou Ping|visited|Beihai Steel Group", "Qiantang University|visited|Beihai Steel Group"},
			not:  []string{"Ma Lin|visited|Beihai Steel Group"},
		},
		"LeaderLedDelegationToVisit": {
			text: "Ma Lin, president of Qiantang University, led a delegation to visit Beihai Steel Group on May 3.",
			want: []string{"Ma Lin|visited|Beihai Steel Group", "Qiantang University|visited|Beihai Steel Group"},
		},
		// a body's own part, at any depth, is not visited by it
		"BodyToItsSchoolsSiteNoVisit": {
			text: "After the event, the administrators of Qiantang University went to Linhe District School Facilities of the Affiliated Middle School of Qiantang University for an inspection.",
			not:  []string{"Qiantang University|visited|*"},
		},
		"UniversityToItsSchoolsLabNoVisit": {
			text: "A delegation from Fenglin University visited the Key Laboratory of Catalysis of the School of Physics of Fenglin University on May 3.",
			not:  []string{"Fenglin University|visited|Key Laboratory of Catalysis*"},
		},
		// near-misses: a sibling's part, another body's part
		"SchoolToSiblingSchoolsLabVisited": {
			text: "A delegation from the School of Chemistry of Fenglin University visited the Key Laboratory of Catalysis of the School of Physics of Fenglin University on May 3.",
			want: []string{"School of Chemistry, Fenglin University|visited|Key Laboratory of Catalysis*"},
		},
		"OtherBodysSchoolVisited": {
			text: "On May 3, Zhou Ping, chairman of Beihai Steel Group, visited the School of Chemistry of Qiantang University.",
			want: []string{"Beihai Steel Group|visited|School of Chemistry, Qiantang University"},
		},
	})
}
