package extract

import "testing"

// TestNameGrammarSigned3 checks a third round of signed-with scope: the
// places a signing sentence names only to say where (the province after
// a place, the venue of a signing of three or more), and more ways the
// genre joins several signings or signers and witnesses in one sentence.
// Every name is made up; each class has variants of wording and near-misses
// that must not fire.
func TestNameGrammarSigned3(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		// the province after a place locates it (signed_locator.go)
		"LocatorAfterVisitedPlace": {
			text: "Donghu University visited Beihai, Zhejiang, to implement the cooperation agreement signed last year.",
			want: []string{"Donghu University|signed-with|Beihai"},
			not:  []string{"Donghu University|signed-with|Zhejiang", "Beihai|signed-with|Zhejiang"},
		},
		"LocatorProvinceWordAfterCounty": {
			text: "A delegation of Xiling Museum went to Luoxi County, Hunan Province, and signed a cooperation agreement with the county.",
			want: []string{"Xiling Museum|signed-with|Luoxi County"},
			not:  []string{"Xiling Museum|signed-with|Hunan", "Luoxi County|signed-with|Hunan"},
		},
		"LocatorAfterPassiveVenue": {
			text: "A cooperation agreement between Donghu University and Qiantang Group was signed in Beihai, Gansu.",
			want: []string{"Donghu University|signed-with|Qiantang Group"},
			not:  []string{"Donghu University|signed-with|Gansu", "Qiantang Group|signed-with|Beihai"},
		},
		"ProvinceListStillParties": {
			text: "Donghu University has signed cooperation agreements with Hunan, Hubei and Jiangxi.",
			want: []string{"Donghu University|signed-with|Hunan", "Donghu University|signed-with|Hubei", "Donghu University|signed-with|Jiangxi"},
		},
		"ProvinceGovernmentStillParty": {
			text: "The Gansu Provincial People's Government and Donghu University signed a strategic cooperation agreement in Lanzhou.",
			want: []string{"Gansu|signed-with|Donghu University"},
			not:  []string{"Donghu University|signed-with|Lanzhou"},
		},
		// the venue of a signing of three or more (signed_locator.go)
		"TripartiteBetweenSignedInCity": {
			text: "On May 18, a tripartite cooperation agreement between Donghu University, its first affiliated hospital and the Beihai Municipal Health Commission was signed in Beihai, Gansu.",
			want: []string{"Donghu University|signed-with|Beihai Municipal Health Commission"},
			not:  []string{"Donghu University|signed-with|Beihai", "Beihai Municipal Health Commission|signed-with|Beihai", "Donghu University|signed-with|Gansu"},
		},
		"ThreePartySignedInCityProvince": {
			text: "Donghu University, Xiling Museum and Qiantang Group signed a three-party agreement in Hangzhou, Zhejiang Province.",
			want: []string{"Donghu University|signed-with|Xiling Museum", "Donghu University|signed-with|Qiantang Group", "Xiling Museum|signed-with|Qiantang Group"},
			not:  []string{"Donghu University|signed-with|Hangzhou", "Qiantang Group|signed-with|Zhejiang"},
		},
		"TripartiteAtHotelInCity": {
			text: "Donghu University, Xiling Museum and Qiantang Group signed a tripartite agreement at the Luoxi Hotel in Beihai.",
			want: []string{"Donghu University|signed-with|Xiling Museum", "Xiling Museum|signed-with|Qiantang Group"},
			not:  []string{"Donghu University|signed-with|Beihai", "Xiling Museum|signed-with|Beihai"},
		},
		"TripartiteWithTwoAfterVerb": {
			text: "Xiling Museum signed a three-party cooperation agreement with Qiantang Group and Beihai Steel Group in Luoxi.",
			want: []string{"Xiling Museum|signed-with|Qiantang Group", "Xiling Museum|signed-with|Beihai Steel Group", "Qiantang Group|signed-with|Beihai Steel Group"},
			not:  []string{"Xiling Museum|signed-with|Luoxi"},
		},
		"TripartiteWithCityAsParty": {
			text: "Donghu University signed a tripartite agreement with Beihai and Qiantang Group.",
			want: []string{"Donghu University|signed-with|Beihai", "Beihai|signed-with|Qiantang Group"},
		},
		// a second signing clause joined by a bare "and" (signed_clauses.go)
		"AndSecondClauseSignedOne": {
			text: "Donghu University signed a cooperation agreement with Xiling Museum and Qiantang Group signed one with Luoxi Library.",
			want: []string{"Donghu University|signed-with|Xiling Museum", "Qiantang Group|signed-with|Luoxi Library"},
			not:  []string{"Donghu University|signed-with|Qiantang Group", "Xiling Museum|signed-with|Luoxi Library"},
		},
		"AndSecondClausePairAlsoSigned": {
			text: "Donghu University signed a memorandum with Xiling Museum and Qiantang Group and Luoxi Library also signed a memorandum.",
			want: []string{"Donghu University|signed-with|Xiling Museum", "Qiantang Group|signed-with|Luoxi Library"},
			not:  []string{"Donghu University|signed-with|Qiantang Group", "Donghu University|signed-with|Luoxi Library"},
		},
		"AndListOfPartnersNoClause": {
			text: "Donghu University signed an agreement with Xiling Museum and Qiantang Group.",
			want: []string{"Donghu University|signed-with|Xiling Museum", "Donghu University|signed-with|Qiantang Group"},
		},
		// a fronted clause of time holding a signing (signed_clauses.go)
		"AfterClauseSigningThenOtherAct": {
			text: "After Donghu University signed an agreement with Xiling Museum, Qiantang Group donated books to Luoxi Library.",
			want: []string{"Donghu University|signed-with|Xiling Museum"},
			not:  []string{"Donghu University|signed-with|Qiantang Group", "Xiling Museum|signed-with|Qiantang Group"},
		},
		"WhenClauseSigningThenSpeech": {
			text: "When Beihai Steel Group signed the memorandum with Xiling Museum, Qiantang Group announced a new fund.",
			want: []string{"Beihai Steel Group|signed-with|Xiling Museum"},
			not:  []string{"Qiantang Group|signed-with|Xiling Museum", "Qiantang Group|signed-with|Beihai Steel Group"},
		},
		"SinceSigningNoPartiesStillPair": {
			text: "Since the signing of the cooperation agreement in 2019, Donghu University and Beihai have carried out more than 40 projects.",
			want: []string{"Donghu University|signed-with|Beihai"},
		},
		// one "between" a pair (signed_clauses.go)
		"BetweenAndBetweenCeremony": {
			text: "The signing of agreements between Donghu University and Xiling Museum, and between Qiantang Group and Luoxi Library, was held.",
			want: []string{"Donghu University|signed-with|Xiling Museum", "Qiantang Group|signed-with|Luoxi Library"},
			not:  []string{"Donghu University|signed-with|Qiantang Group", "Xiling Museum|signed-with|Luoxi Library"},
		},
		"BetweenAndBetweenPassive": {
			text: "Agreements between Donghu University and Xiling Museum and between Qiantang Group and Luoxi Library were signed.",
			want: []string{"Donghu University|signed-with|Xiling Museum", "Qiantang Group|signed-with|Luoxi Library"},
			not:  []string{"Donghu University|signed-with|Luoxi Library", "Xiling Museum|signed-with|Qiantang Group"},
		},
		"BetweenPersonsOfBodies": {
			text: "The agreement was signed between Tang Li, president of Donghu University, and Ma Fang, director of Xiling Museum.",
			want: []string{"Donghu University|signed-with|Xiling Museum"},
		},
		"BetweenBodiesThenBetweenPersons": {
			text: "The agreement between Donghu University and Xiling Museum was signed between Tang Li and Ma Fang.",
			want: []string{"Donghu University|signed-with|Xiling Museum"},
		},
		// attendance beside the signers (signed_asides.go)
		"WithAttendingAsWitness": {
			text: "Donghu University and Xiling Museum signed the agreement with Qiantang Group attending as a witness.",
			want: []string{"Donghu University|signed-with|Xiling Museum"},
			not:  []string{"Donghu University|signed-with|Qiantang Group", "Xiling Museum|signed-with|Qiantang Group"},
		},
		"WithLeadersOfPresent": {
			text: "The Beihai Municipal People's Government and Luoxi Library signed the agreement with leaders of Qiantang Group present.",
			want: []string{"Beihai|signed-with|Luoxi Library"},
			not:  []string{"Beihai|signed-with|Qiantang Group", "Luoxi Library|signed-with|Qiantang Group"},
		},
		"CommaWithListAsWitnesses": {
			text: "Donghu University signed the agreement with Xiling Museum, with Beihai Steel Group and Qiantang Group as witnesses.",
			want: []string{"Donghu University|signed-with|Xiling Museum"},
			not:  []string{"Donghu University|signed-with|Beihai Steel Group", "Donghu University|signed-with|Qiantang Group"},
		},
		"WithPartnerNotAbsolute": {
			text: "Donghu University signed a cooperation agreement with Qiantang Group at the ceremony.",
			want: []string{"Donghu University|signed-with|Qiantang Group"},
		},
		"CeremonyWhereNoComma": {
			text: "Leaders of Beihai Steel Group attended the ceremony where Donghu University and Xiling Museum signed the agreement.",
			want: []string{"Donghu University|signed-with|Xiling Museum"},
			not:  []string{"Beihai Steel Group|signed-with|Donghu University", "Beihai Steel Group|signed-with|Xiling Museum"},
		},
		"ForumAtWhichNoComma": {
			text: "Qiantang Group hosted the forum at which Luoxi County and Xiling Museum signed a memorandum.",
			want: []string{"Luoxi County|signed-with|Xiling Museum"},
			not:  []string{"Qiantang Group|signed-with|Luoxi County", "Qiantang Group|signed-with|Xiling Museum"},
		},
		"EventDuringWhichWith": {
			text: "Beihai Steel Group organised the event during which Donghu University signed with Xiling Museum.",
			want: []string{"Donghu University|signed-with|Xiling Museum"},
			not:  []string{"Beihai Steel Group|signed-with|Xiling Museum"},
		},
		"WitnessedPartiesSigning": {
			text: "Tang Li, mayor of Beihai, attended the ceremony and witnessed Donghu University and Xiling Museum signing the agreement.",
			want: []string{"Donghu University|signed-with|Xiling Museum"},
			not:  []string{"Beihai|signed-with|Donghu University"},
		},
		"AttendedSigningCeremonyStillNone": {
			text: "Leaders of Donghu University and Xiling Museum attended the signing ceremony.",
			not:  []string{"Donghu University|signed-with|Xiling Museum"},
		},
		// "the two sides" of a sentence that names neither (signed_locator.go)
		"TwoSidesPastPlaceOfThing": {
			text: "A delegation of Xiling Museum visited Donghu University on May 3. Chen Li showed the guests how the university has used the history of Beihai in its courses. Wang Fang said both institutions share much. At the talks that followed, the two sides signed a memorandum of cooperation.",
			want: []string{"Xiling Museum|signed-with|Donghu University"},
			not:  []string{"Donghu University|signed-with|Beihai", "Xiling Museum|signed-with|Beihai"},
		},
		"TwoSidesDelegationOfPlace": {
			text: "A delegation of Beihai visited Donghu University on May 3. Tang Li, mayor of Beihai, said the people of Beihai welcome students. The two sides signed a cooperation agreement.",
			want: []string{"Beihai|signed-with|Donghu University"},
		},
		"TwoSidesOfTalksSentenceBefore": {
			text: "Donghu University and Xiling Museum held talks on May 3. The two sides signed a cooperation agreement.",
			want: []string{"Donghu University|signed-with|Xiling Museum"},
		},
		"LocatorCityAfterDistrict": {
			text: "The People's Government of Luoxi District, Beihai signed an agreement with Donghu University.",
			want: []string{"Luoxi District|signed-with|Donghu University"},
			not:  []string{"Beihai|signed-with|Donghu University"},
		},
		"CityListStillParties": {
			text: "Donghu University has signed cooperation agreements with Beihai, Luoxi and Nanlu in recent years.",
			want: []string{"Donghu University|signed-with|Beihai", "Donghu University|signed-with|Luoxi", "Donghu University|signed-with|Nanlu"},
		},
		"WithListCommaAndSecondClause": {
			text: "Donghu University signed agreements with Qiantang Group and Luoxi Steel, and Xiling Museum signed with Beihai Library.",
			want: []string{"Donghu University|signed-with|Qiantang Group", "Donghu University|signed-with|Luoxi Steel", "Xiling Museum|signed-with|Beihai Library"},
			not:  []string{"Luoxi Steel|signed-with|Beihai Library", "Donghu University|signed-with|Xiling Museum"},
		},
		// a signing put forward, not done
		"ProposedSigning": {
			text: "Donghu University proposed signing an agreement with Xiling Museum.",
			not:  []string{"Donghu University|signed-with|Xiling Museum"},
		},
		"SuggestedSigningNextYear": {
			text: "At the talks, Tang Li suggested signing a cooperation agreement between Beihai and Qiantang Group next year.",
			not:  []string{"Beihai|signed-with|Qiantang Group"},
		},
		// a "with" repeated after a comma names another partner (signed_clauses.go)
		"ParallelWithPhrases": {
			text: "Donghu University signed agreements with Qiantang Group on talent training, with Luoxi Steel on research, and with Beihai Library on books.",
			want: []string{"Donghu University|signed-with|Qiantang Group", "Donghu University|signed-with|Luoxi Steel", "Donghu University|signed-with|Beihai Library"},
			not:  []string{"Qiantang Group|signed-with|Luoxi Steel"},
		},
		"ParallelWithAbsoluteProviding": {
			text: "Xiling Museum signed an agreement with Luoxi County, with Qiantang Group providing the funds.",
			want: []string{"Xiling Museum|signed-with|Luoxi County"},
			not:  []string{"Xiling Museum|signed-with|Qiantang Group"},
		},
		"ParallelWithSupportOf": {
			text: "Donghu University signed an agreement with Xiling Museum, with the support of Qiantang Group.",
			want: []string{"Donghu University|signed-with|Xiling Museum"},
			not:  []string{"Donghu University|signed-with|Qiantang Group"},
		},
		// a clause of another verb after the signing (signed_clauses.go)
		"ProjectsSignedThenAttended": {
			text: "At the fair, 30 projects were signed, and Qiantang Group and Beihai Steel Group attended.",
			not:  []string{"Qiantang Group|signed-with|Beihai Steel Group"},
		},
		"WithVenueThenHostedClause": {
			text: "Donghu University signed an agreement with Xiling Museum in Beihai, and Qiantang Group hosted the banquet.",
			want: []string{"Donghu University|signed-with|Xiling Museum"},
			not:  []string{"Donghu University|signed-with|Qiantang Group"},
		},
		"SignedThenPairWillBuild": {
			text: "The agreement was signed on May 3, and Luoxi County and Qiantang Group will build a logistics park.",
			not:  []string{"Luoxi County|signed-with|Qiantang Group"},
		},
		"WithLooseListStillPartners": {
			text: "Donghu University signed agreements with Xiling Museum to build a lab, Qiantang Group for talent training, and Luoxi Library.",
			want: []string{"Donghu University|signed-with|Xiling Museum", "Donghu University|signed-with|Qiantang Group", "Donghu University|signed-with|Luoxi Library"},
		},
	})
}
