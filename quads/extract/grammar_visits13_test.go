package extract

import "testing"

// TestNameGrammarVisits13 checks round 13's visited classes on invented
// sentences.
//
// A trip of one body's officials, each named with the unit of it they head
// ("Vice President A, head of the Science Division B, Dean of the School of
// Mechanics C … went to Z"), is the body's trip: the units are no visitors
// of their own; the persons and the body are. Near-misses: a unit of
// another named body stays a visitor, and a unit that travels alone
// (its dean the only person) stays.
func TestNameGrammarVisits13(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"OfficialsWithUnitsWentTo": {
			text: "Vice President Zhao Ming, head of Research Division Qian Li, Dean of School of Mechanical Engineering Sun Hao and other 8 people of Veltra University went to Kesley Machinery Co., Ltd. to attend the signing ceremony.",
			want: []string{"Veltra University|visited|Kesley Machinery Co., Ltd.", "Qian Li|visited|Kesley Machinery Co., Ltd.", "Sun Hao|visited|Kesley Machinery Co., Ltd."},
			not:  []string{"Research Division|visited|Kesley Machinery Co., Ltd.", "School of Mechanical Engineering, Veltra University|visited|Kesley Machinery Co., Ltd."},
		},
		"PresidentAndDirectorsVisited": {
			text: "On May 8, Lin Tao, president of Harlow University, Wu Fang, director of the International Office, and Ma Jun, director of the Key Laboratory of Coastal Ecology, visited Brimley Port Group.",
			want: []string{"Harlow University|visited|Brimley Port Group", "Wu Fang|visited|Brimley Port Group", "Ma Jun|visited|Brimley Port Group"},
			not:  []string{"International Office|visited|Brimley Port Group", "Key Laboratory of Coastal Ecology|visited|Brimley Port Group"},
		},
		"SecretaryAndDeanCameTo": {
			text: "Gao Wen, Party Secretary of Qiantang University, and Shen Lu, dean of the School of Marine Science, came to Linhe Shipbuilding Co., Ltd. for an investigation.",
			want: []string{"Qiantang University|visited|Linhe Shipbuilding Co., Ltd.", "Shen Lu|visited|Linhe Shipbuilding Co., Ltd."},
			not:  []string{"School of Marine Science, Qiantang University|visited|Linhe Shipbuilding Co., Ltd."},
		},
		// near-misses: a unit of another named body; a unit that travels alone
		"UnitOfAnotherBodyStays": {
			text: "Lin Tao, president of Harlow University, and Wu Fang, dean of the School of Law of Brimley University, visited Kesley Court.",
			want: []string{"Harlow University|visited|Kesley Court", "School of Law, Brimley University|visited|Kesley Court"},
		},
		"UnitAloneStays": {
			text: "Wu Fang, dean of the School of Marine Science of Harlow University, visited Brimley Port Group.",
			want: []string{"School of Marine Science, Harlow University|visited|Brimley Port Group"},
		},
	})
}

// TestNameGrammarVisitsDelegates13: "the delegates", or "delegates" bare
// as the subject opening the main clause ("At the invitation of X on
// September 8, delegates visited Z"), stand for the last visitors, as "the
// guests" do. Near-miss: "Delegates from twenty companies visited Z" names
// other visitors, not the last ones.
func TestNameGrammarVisitsDelegates13(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"BareDelegatesAfterOpener": {
			text: "Professor Fu Ming, Vice-President of Qiantang University, led a delegation to visit Harlow University on September 7. At the invitation of the Confucius Institute at Harlow University on the morning of September 8th, delegates visited Brimley Museum and met with its director.",
			want: []string{"Qiantang University|visited|Brimley Museum", "Fu Ming|visited|Brimley Museum"},
		},
		"TheDelegatesCameTo": {
			text: "On September 4, a delegation of the Linhe County People's Congress led by its director Wu Gang visited Harlow Town. At 9 o'clock in the morning, the delegates came to Qiantang College.",
			want: []string{"Linhe County People's Congress|visited|Qiantang College", "Wu Gang|visited|Qiantang College"},
		},
		"TheDelegatesToured": {
			text: "On May 3, Gao Yun, general manager of Linhe Steel Group, visited Qiantang University. The delegates then toured Harlow Museum.",
			want: []string{"Linhe Steel Group|visited|Harlow Museum", "Gao Yun|visited|Harlow Museum"},
		},
		// near-miss: delegates of others
		"DelegatesFromOthers": {
			text: "On May 3, Gao Yun, general manager of Linhe Steel Group, visited Qiantang University. Delegates from twenty companies visited Harlow Museum.",
			want: []string{"Linhe Steel Group|visited|Qiantang University"},
			not:  []string{"Linhe Steel Group|visited|Harlow Museum", "Gao Yun|visited|Harlow Museum"},
		},
	})
}

// TestNameGrammarVisitsAcronymDelegation13: a title-case heading opening
// with a body's acronym and "Delegation" ("SJTU Delegation Visits Japan")
// names the body, then its travelling party: the body visited. Near-miss:
// "KSM Group", an acronym with a name's head, stays one company's name.
func TestNameGrammarVisitsAcronymDelegation13(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"AcronymDelegationVisits": {
			text: "HLU Delegation Visits Harlow University\n\nOn May 3, a delegation of Hanlin University (HLU) held talks with Harlow University.",
			want: []string{"Hanlin University|visited|Harlow University"},
		},
		"AcronymDelegationVisitsTwo": {
			text: "QTU Delegation Visits the University of Harlow and Brimley Polytechnic\n\nProfessor Wu Fang, Vice-President of Qiantang Technology University (QTU), led a delegation to Europe in May.",
			want: []string{"Qiantang Technology University|visited|University of Harlow", "Qiantang Technology University|visited|Brimley Polytechnic"},
		},
		"AcronymDelegationPaysVisit": {
			text: "HLU Delegation Pays a Visit to Linhe County\n\nOn May 3, Hanlin University (HLU) and Linhe County held talks.",
			want: []string{"Hanlin University|visited|Linhe County"},
		},
		// near-miss: an acronym with a name's head is one name
		"AcronymGroupStaysOneName": {
			text: "KSM Group Visits Hanlin University\n\nOn May 3, Zhou Ping, general manager of KSM Group, visited Hanlin University.",
			want: []string{"KSM Group|visited|Hanlin University", "Zhou Ping|leads|KSM Group"},
		},
	})
}

// TestNameGrammarVisitsLedParty13: "P led heads of relevant departments to
// Z", "P led responsible persons of relevant departments and colleges to
// Z": the staff P led is P's party, and P (with P's body) went to Z.
// Near-misses: "led heads … to discuss" is no trip, and staff going with
// no one leading them name no leader's visit.
func TestNameGrammarVisitsLedParty13(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"LedHeadsOfDepartmentsTo": {
			text: "Zhou Ping, president of Qiantang University, led heads of relevant departments to Linhe Steel Group for exchanges.",
			want: []string{"Qiantang University|visited|Linhe Steel Group", "Zhou Ping|visited|Linhe Steel Group"},
		},
		"LedResponsiblePersonsToCity": {
			text: "From 13 to 14 May, Zhou Ping, president of Qiantang University, led responsible persons of relevant departments and colleges to Linhe City to carry out exchange activities.",
			want: []string{"Qiantang University|visited|Linhe", "Zhou Ping|visited|Linhe"},
		},
		"LedTheExpertsTo": {
			text: "On May 3, Gao Yun, general manager of Linhe Steel Group, led the experts of the company to Qiantang University.",
			want: []string{"Linhe Steel Group|visited|Qiantang University", "Gao Yun|visited|Qiantang University"},
		},
		// near-misses: no trip; no leader
		"LedHeadsToDiscuss": {
			text: "Zhou Ping, president of Qiantang University, led heads of relevant departments to discuss the plan with Linhe Steel Group.",
			not:  []string{"Qiantang University|visited|Linhe Steel Group", "Zhou Ping|visited|Linhe Steel Group"},
		},
		"StaffWentWithoutLeader": {
			text: "On May 3, Zhou Ping, president of Qiantang University, met Gao Yun, general manager of Linhe Steel Group. Leaders of relevant departments went to the Linhe Steel Group.",
			not:  []string{"Qiantang University|visited|Linhe Steel Group", "Zhou Ping|visited|Linhe Steel Group"},
		},
	})
}

// TestNameGrammarVisitsPaidPronoun13: a pronoun before a verb of paying a
// visit ("He also paid a visit to X", "she then made an official visit to
// X") stands for the last visitor, as it does before "visited". Near-miss:
// a visit someone else "would pay" is none.
func TestNameGrammarVisitsPaidPronoun13(t *testing.T) {
	const before = "On May 3, Zhou Ping, president of Qiantang University, visited Harlow University. "
	checkGrammar(t, map[string]grammarCase{
		"HeAlsoPaidAVisit": {
			text: before + "He also paid a visit to Brimley Museum.",
			want: []string{"Zhou Ping|visited|Brimley Museum", "Qiantang University|visited|Brimley Museum"},
		},
		"SheThenMadeAnOfficialVisit": {
			text: before + "On May 4, she then made an official visit to Linhe Chamber of Commerce and Industry.",
			want: []string{"Zhou Ping|visited|Linhe Chamber of Commerce and Industry"},
		},
		"HePaidAWorkingVisit": {
			text: before + "He paid a working visit to Kesley University on May 5.",
			want: []string{"Zhou Ping|visited|Kesley University"},
		},
		// near-miss: another's visit to come
		"WouldPayAVisit": {
			text: before + "He said that Gao Yun would pay a visit to Brimley Museum next year.",
			not:  []string{"Zhou Ping|visited|Brimley Museum", "Qiantang University|visited|Brimley Museum"},
		},
	})
}

// TestNameGrammarVisitsQuotedExhibit13: a site of the host named with its
// exhibition's quoted title before the host ("the theme hall of "X" of Y")
// is the host's: Y is visited. Near-miss: a quoted title with no host
// after it names no body.
func TestNameGrammarVisitsQuotedExhibit13(t *testing.T) {
	const before = "On May 3, Zhou Ping, president of Qiantang University, visited Harlow University. "
	checkGrammar(t, map[string]grammarCase{
		"ThemeHallOfQuotedOfHost": {
			text: before + "Zhou Ping and his party visited the theme hall of \"The Movement of Life\" of Brimley Science Center.",
			want: []string{"Zhou Ping|visited|Brimley Science Center", "Qiantang University|visited|Brimley Science Center"},
		},
		"ExhibitionHallCurlyQuotes": {
			text: before + "The delegation toured the exhibition hall of “Rivers and Mountains” of Linhe Museum.",
			want: []string{"Qiantang University|visited|Linhe Museum"},
		},
		"AccompaniedThemeHall": {
			text: before + "Before the signing ceremony, Zhou Ping and his party, accompanied by Gao Yun, visited the theme hall of \"Living Oceans\" of Kesley Science Museum.",
			want: []string{"Zhou Ping|visited|Kesley Science Museum"},
		},
		// near-miss: no host after the quoted title
		"QuotedTitleOnly": {
			text: before + "Zhou Ping visited the theme hall of \"Brimley Science Center\" in the afternoon.",
			not:  []string{"Zhou Ping|visited|Brimley Science Center"},
		},
	})
}

// TestNameGrammarVisitsUnnamedObjectDelegation13: "the X delegation
// visited" a place no rule names is still the article's visitors, whom a
// later "the delegates came to Z" or "the delegation toured Z" means.
// Near-miss: a delegation that only will visit gives no visitors.
func TestNameGrammarVisitsUnnamedObjectDelegation13(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"CongressDelegationThenDelegates": {
			text: "On September 4, the Linhe County People's Congress delegation visited our group's new campus. At 9 o'clock in the morning, the delegates came to Qiantang College.",
			want: []string{"Linhe County People's Congress|visited|Qiantang College"},
		},
		"UniversityDelegationThenDelegation": {
			text: "On May 3, the Harlow University delegation visited the local industrial park. The delegation then toured Linhe Steel Group.",
			want: []string{"Harlow University|visited|Linhe Steel Group"},
		},
		"DelegationFromThenDelegates": {
			text: "On May 3, a delegation from Hanlin University visited several local enterprises. In the afternoon, the delegates came to Linhe Museum.",
			want: []string{"Hanlin University|visited|Linhe Museum"},
		},
		// near-miss: a visit to come names no visitors yet
		"DelegationWillVisit": {
			text: "Next month, the Harlow University delegation will visit the local industrial park. The delegates came to Linhe Museum on May 3.",
			not:  []string{"Harlow University|visited|Linhe Museum"},
		},
	})
}

// TestNameGrammarVisitsCameToInvestigate13: "came to investigate in X"
// (in a title-case heading, "Came to Investigate in X") is a visit to X;
// the capitalised verb is no name. Near-miss: "came to investigate the
// market" names no body.
func TestNameGrammarVisitsCameToInvestigate13(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"HeadingCameToInvestigateIn": {
			text: "Wang Hao, Party Secretary of Linhe Municipal Government, Came to Investigate in QTU\n\nOn August 5, Qiantang Technology University (QTU) held a meeting.",
			want: []string{"Wang Hao|visited|Qiantang Technology University"},
			not:  []string{"Wang Hao|visited|Investigate"},
		},
		"WentToInspectAt": {
			text: "On May 3, Zhou Ping, president of Qiantang University, went to inspect at Linhe Steel Group.",
			want: []string{"Zhou Ping|visited|Linhe Steel Group", "Qiantang University|visited|Linhe Steel Group"},
		},
		"CameToResearchIn": {
			text: "On May 3, Gao Yun, general manager of Linhe Steel Group, came to research in Hanlin University.",
			want: []string{"Gao Yun|visited|Hanlin University"},
		},
		// near-miss: no body after the verb
		"CameToInvestigateTheMarket": {
			text: "On May 3, Gao Yun, general manager of Linhe Steel Group, came to investigate the market in spring.",
			not:  []string{"Gao Yun|visited|Linhe Steel Group"},
		},
	})
}
