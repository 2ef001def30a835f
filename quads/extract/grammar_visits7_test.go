package extract

import "testing"

// TestNameGrammarVisits7 checks session 7's visited classes on invented
// sentences: once the visitors' visit to a body is told, a later receiver
// whose post is of another body names no second host (the reception was
// part of the visit told), while a receiver of the body visited, or of a
// body in a city the visitors went to, still is one; a visitor's post in a
// people's congress or a consultative conference, held beside the office
// they travel for, makes no visiting body, and of a visitor's posts only
// the first body goes with them, though a delegation of the congress
// itself and a body named as a party of the subject do visit; "visit and
// research" takes the list that follows; a list item in words no mention
// took is passed over and the list goes on; a group noun the objects are
// introduced by ("including", "such as") is passed over; a name split at a
// lower-case word inside it is no object; who "led a delegation to
// exchange with X" or "went to meet with X" went to X; a delegation
// welcomed "for their arrival at Z" went to Z, and who welcomed it did not;
// "his visit to Z" is of the person "his" stands for, not of the bodies
// the clause names.
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
		"DelegationLeaderCongressPostThenSociety": {
			text: "A delegation led by Zhou Ping, vice chairman of the Standing Committee of the Xiling Provincial People's Congress and chairman of the Linhe Democratic League, visited Qiantang University on May 3.",
			want: []string{"Linhe Democratic League|visited|Qiantang University", "Zhou Ping|visited|Qiantang University"},
			not:  []string{"Standing Committee of the Xiling Provincial People's Congress|visited|Qiantang University"},
		},
		"VisitorConsultativePostThenUniversity": {
			text: "Ma Lin, vice chairman of the Xiling Provincial Committee of the CPPCC and president of Fenglin University, visited Beihai Steel Group on June 2.",
			want: []string{"Fenglin University|visited|Beihai Steel Group", "Ma Lin|visited|Beihai Steel Group"},
			not:  []string{"Xiling Provincial Committee of the CPPCC|visited|Beihai Steel Group"},
		},
		"VisitorOnlyCongressPostVisitsAlone": {
			text: "Zhou Ping, director of the Standing Committee of the Linhe Municipal People's Congress, visited Qiantang University on May 3.",
			want: []string{"Zhou Ping|visited|Qiantang University"},
			not:  []string{"Standing Committee of the Linhe Municipal People's Congress|visited|Qiantang University"},
		},
		"VisitorSecondPostBodyStaysHome": {
			text: "Gao Yun, president of Donghu University and chairman of the Linhe Chamber of Commerce, visited Beihai Museum on May 3.",
			want: []string{"Donghu University|visited|Beihai Museum", "Gao Yun|visited|Beihai Museum"},
			not:  []string{"Linhe Chamber of Commerce|visited|Beihai Museum"},
		},
		// near-misses: the congress's own delegation, a body as a party
		"CongressDelegationItselfVisits": {
			text: "A delegation from the Standing Committee of the Linhe Municipal People's Congress visited Qiantang University on May 3.",
			want: []string{"Standing Committee of the Linhe Municipal People's Congress|visited|Qiantang University"},
		},
		"BodyAsPartyBesidePersonVisits": {
			text: "Donghu University and Zhou Ping, president of Fenglin University, visited Beihai Museum on May 3.",
			want: []string{"Donghu University|visited|Beihai Museum", "Fenglin University|visited|Beihai Museum"},
		},
		// "visit and research": the list after the second verb
		"VisitAndResearchList": {
			text: "On May 3, Zhou Ping and his delegation went to Linhe City to visit and research Beihai Steel Group and Qiantang Library.",
			want: []string{"Zhou Ping|visited|Beihai Steel Group", "Zhou Ping|visited|Qiantang Library"},
		},
		"VisitedAndInspectedList": {
			text: "Donghu University visited and inspected Fenglin Coal Group on June 2.",
			want: []string{"Donghu University|visited|Fenglin Coal Group"},
		},
		// a lower-case item opens the list
		"LowerCaseCenterOpensList": {
			text: "Zhou Ping, president of Donghu University, visited the provincial product quality supervision and inspection center, Beihai Steel Group and Qiantang Library.",
			want: []string{"Donghu University|visited|Beihai Steel Group", "Donghu University|visited|Qiantang Library"},
		},
		"LowerCaseCommunityOfDistrictInList": {
			text: "Gao Yun, president of Fenglin University, visited the Xinhe community of Linhe District, Beihai Steel Group and Qiantang Library.",
			want: []string{"Fenglin University|visited|Beihai Steel Group", "Fenglin University|visited|Qiantang Library"},
			not:  []string{"Fenglin University|visited|Linhe District"},
		},
		"LowerCaseItemThenClauseIsNoList": {
			text: "Donghu University visited the exhibition center, and Beihai Steel Group signed an agreement with Qiantang Library.",
			not:  []string{"Donghu University|visited|Beihai Steel Group", "Donghu University|visited|Qiantang Library"},
		},
		// a group noun that a list introduces
		"GroupNounIncludingList": {
			text: "The delegation from Donghu University also visited key industrial zones in Linhe City, including the Beihai Steel Group and the Xiling Coffee Company.",
			want: []string{"Donghu University|visited|Beihai Steel Group", "Donghu University|visited|Xiling Coffee Company"},
		},
		"SeveralEnterprisesSuchAs": {
			text: "Fenglin University visited several enterprises such as Beihai Steel Group and Qiantang Electric Co., Ltd.",
			want: []string{"Fenglin University|visited|Beihai Steel Group", "Fenglin University|visited|Qiantang Electric Co., Ltd."},
		},
		// a name split at a lower-case word inside it
		"SplitNameIsNoObject": {
			text: "Zhou Ping visited Beihai Steel Group and Linhe ABC graphite Industrial Park Co., Ltd. on May 3.",
			want: []string{"Zhou Ping|visited|Beihai Steel Group"},
			not:  []string{"Zhou Ping|visited|Linhe ABC", "Zhou Ping|visited|Industrial Park Co., Ltd."},
		},
		// "led a delegation to exchange with X"
		"LedDelegationToExchangeWith": {
			text: "Ma Lin, vice chairman of Xiling Provincial Federation of Social Sciences, led a delegation to exchange with Linhe Provincial Academy of Social Sciences on May 3.",
			want: []string{"Xiling Provincial Federation of Social Sciences|visited|Linhe Provincial Academy of Social Sciences"},
		},
		"WentToMeetWith": {
			text: "Gao Yun, president of Fenglin University, went to meet with Beihai Steel Group in June.",
			want: []string{"Fenglin University|visited|Beihai Steel Group", "Gao Yun|visited|Beihai Steel Group"},
		},
		// near-misses: signing with X, or exchange with X at home, is no visit
		"LedDelegationToSignWithIsNoVisit": {
			text: "Ma Lin, president of Donghu University, led a delegation to sign an agreement with Beihai Steel Group at the Linhe Hotel.",
			not:  []string{"Donghu University|visited|Beihai Steel Group"},
		},
		"ExchangedWithAtHomeIsNoVisit": {
			text: "Donghu University exchanged with Beihai Steel Group on May 3.",
			not:  []string{"Donghu University|visited|Beihai Steel Group"},
		},
		// "their arrival at Z": the delegation named before
		"WelcomeForTheirArrivalAt": {
			text: "During the talks, Ma Lin extended her ardent welcome to the delegation of Donghu University for their arrival at Linhe City.",
			want: []string{"Donghu University|visited|Linhe"},
			not:  []string{"Ma Lin|visited|Linhe"},
		},
		"WelcomedOnTheirArrivalIn": {
			text: "Ma Lin welcomed the delegation of Fenglin University on their arrival in Beihai City.",
			want: []string{"Fenglin University|visited|Beihai"},
			not:  []string{"Ma Lin|visited|Beihai"},
		},
		"UponItsArrivalAtBody": {
			text: "Ma Lin welcomed the Donghu University delegation upon its arrival at Beihai Steel Group.",
			want: []string{"Donghu University|visited|Beihai Steel Group"},
		},
		// near-miss: no delegation named, nobody went
		"ArrivalWithoutDelegationNamesNoVisitor": {
			text: "Ma Lin, director of Xiling Museum, announced their arrival at Linhe City.",
			not:  []string{"Ma Lin|visited|Linhe", "Xiling Museum|visited|Linhe"},
		},
		// "his visit to Z": the person, not the clause's bodies
		"HisVisitIsThePersons": {
			text: "The agreement shows Donghu University's dedication to the guidelines put forward by Zhou Ping for Xiling Province's development during his visit to Xiling.",
			want: []string{"Zhou Ping|visited|Xiling"},
			not:  []string{"Donghu University|visited|Xiling"},
		},
		"HerVisitKeepsPersonsBody": {
			text: "Beihai Steel Group thanked Ma Lin, president of Fenglin University, for the talks held during her visit to Linhe City.",
			want: []string{"Ma Lin|visited|Linhe", "Fenglin University|visited|Linhe"},
			not:  []string{"Beihai Steel Group|visited|Linhe"},
		},
		// near-miss: with no person before "their", the bodies still went
		"TheirVisitOfBodiesStillVisits": {
			text: "Donghu University and Fenglin University signed the agreement during their visit to Beihai Steel Group.",
			want: []string{"Donghu University|visited|Beihai Steel Group", "Fenglin University|visited|Beihai Steel Group"},
		},
	})
}
