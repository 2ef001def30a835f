package extract

import "testing"

// The cases are read by checkEntityNames (grammar_names9_test.go) and
// checkGrammar (grammar_test.go).

// TestNameGrammarSynth13Initials: a person named by initials and a family
// name ("K. H. Wen", "A. M. Singh", "Mr. J. Wu"), as English pages write
// Western and Hong Kong names: two initials make a name alone, one needs a
// courtesy title or a post before it. A lone letter in a list, or initials
// that open a body's name, are no person.
func TestNameGrammarSynth13Initials(t *testing.T) {
	checkEntityNames(t, map[string]entityNameCase{
		"TwoInitialsAfterHonorific": {
			text:  "Fenglin University Hosts Guests\n\nThe ceremony was attended by Mr. T. R. Okafor, secretary-general of the Donghu Chamber of Commerce.",
			names: []string{"T. R. Okafor"},
		},
		"TwoInitialsAfterPost": {
			text:  "Fenglin University Hosts Guests\n\nThe delegation included Vice President P. Q. Yuan and Dean Ma Lihong of Fenglin University.",
			names: []string{"P. Q. Yuan", "Ma Lihong"},
		},
		"OneInitialAfterHonorific": {
			text:  "Fenglin University Hosts Guests\n\nProf. D. Marlow, director of the Donghu Institute of Optics, gave a lecture.",
			names: []string{"D. Marlow"},
		},
		// near-miss: initials that open a body's name are the body's
		"InitialsOfBody": {
			text:  "Fenglin University Hosts Guests\n\nEngineers of the T. R. Okafor Foundation visited Fenglin University.",
			names: []string{"Fenglin University"},
			not:   []string{"T. R. Okafor"},
		},
		// near-miss: one letter without a title is a list's item
		"LoneLetter": {
			text:      "Fenglin University Hosts Guests\n\nThe plan has two parts. B. Marlow Street will be widened.",
			notPerson: []string{"B. Marlow"},
		},
	})
	checkGrammar(t, map[string]grammarCase{
		"InitialsLead": {
			text: "The ceremony was attended by Mr. T. R. Okafor, secretary-general of the Donghu Chamber of Commerce.",
			want: []string{"T. R. Okafor|leads|Donghu Chamber of Commerce"},
		},
		"InitialsHeadOfSchool": {
			text: "Prof. A. J. Mendes, Head of the School of Engineering at the University of Westfield, met the guests.",
			want: []string{"A. J. Mendes|leads|School of Engineering*"},
		},
		"OneInitialDean": {
			text: "Mr. D. Marlow, dean of Fenglin University's School of Law, signed the agreement.",
			want: []string{"D. Marlow|leads|School of Law*"},
		},
	})
}

// TestGrammarSynth13IndustryCollegeAgain: "the Industry College" named
// again by its kind alone, after the article named the industry college in
// full, is that base (SCHEMA.md: an industry college one body sets up at
// another), not a college of its own: "the college" then still means the
// school that hosts it, and the base is no organisation anyone visits.
func TestGrammarSynth13IndustryCollegeAgain(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"WhichClause": {
			text: "Fenglin Polytechnic and Donghu Robot Co., Ltd. unveiled the Donghu Smart Welding Industry College. The Industry College, which Donghu Robot Co., Ltd. and the college set up on the college's Nanshan campus, will enrol 200 students. Guests visited the college.",
			want: []string{"Donghu Robot Co., Ltd.|hosts-base-at|Fenglin Polytechnic"},
			not:  []string{"Donghu Robot Co., Ltd.|visited|Industry College", "Fenglin Polytechnic|hosts-base-at|Industry College"},
		},
		"SubjectOfCopula": {
			text: "Xiling Vocational College and Beihai Logistics Group launched the Beihai Logistics Industry College. The Industry College is a new type of college which Beihai Logistics Group set up at Xiling Vocational College. Zhou Lin, President of Xiling Vocational College, visited the Industry College.",
			want: []string{"Beihai Logistics Group|hosts-base-at|Xiling Vocational College"},
			not:  []string{"Zhou Lin|visited|Industry College"},
		},
		"ResolvesCollegeToSchool": {
			text: "Qiantang Technician College and Nanhu Auto Group opened the Nanhu Auto Industry College. The Industry College will train 300 technicians a year. Guests from Nanhu Auto Group visited the college.",
			want: []string{"Nanhu Auto Group|visited|Qiantang Technician College"},
			not:  []string{"Nanhu Auto Group|visited|Industry College"},
		},
	})
}

// TestNameGrammarSynth13HeadlineVerbs: a title-case headline's verb ends
// the body's name before it ("X Forms …", "X Designates …", "X and Y Set
// Up …", "X Sets Up …", "X Establishes …", "X Creates …"): the words after
// the verb are what the body forms, not more of its name.
func TestNameGrammarSynth13HeadlineVerbs(t *testing.T) {
	checkEntityNames(t, map[string]entityNameCase{
		"Forms": {
			text:  "Fenglin Medical University Forms Medical Alliance with Donghu County Hospital\n\nFenglin Medical University signed an agreement with Donghu County Hospital.",
			names: []string{"Fenglin Medical University", "Donghu County Hospital"},
			not:   []string{"Fenglin Medical University Forms Medical Alliance"},
		},
		"FormPlural": {
			text:  "Two Hospitals Form Medical Consortium\n\nFenglin Medical University signed an agreement with Donghu County Hospital.",
			names: []string{"Fenglin Medical University"},
			not:   []string{"Two Hospitals Form Medical Consortium", "Hospitals Form Medical Consortium"},
		},
		"Designates": {
			text:  "Qiantang Science Museum Designates Popularization Bases in Two Counties\n\nQiantang Science Museum named two schools as its bases.",
			names: []string{"Qiantang Science Museum"},
			not:   []string{"Qiantang Science Museum Designates Popularization Bases"},
		},
		"SetUpAfterOf": {
			text:  "Beihai Steel and Xiling University of Technology Set Up Joint Laboratory\n\nBeihai Steel and Xiling University of Technology signed an agreement.",
			names: []string{"Xiling University of Technology"},
			not:   []string{"Technology Set Up Joint Laboratory"},
		},
		"SetsUp": {
			text:  "Nanhu Academy of Sciences Sets Up Expert Workstation in Donghu County\n\nNanhu Academy of Sciences signed an agreement with Donghu County.",
			names: []string{"Nanhu Academy of Sciences"},
			not:   []string{"Up Expert Workstation", "Nanhu Academy of Sciences Sets Up Expert Workstation"},
		},
		"EstablishesCreates": {
			text:  "Nanhu Academy of Sciences Establishes Expert Workstation as Donghu Group Creates Research Fund\n\nNanhu Academy of Sciences and Donghu Group signed an agreement.",
			names: []string{"Nanhu Academy of Sciences", "Donghu Group"},
			not:   []string{"Nanhu Academy of Sciences Establishes Expert Workstation"},
		},
	})
}

// TestGrammarSynth13Cooperative: a farmers' or trade cooperative is a
// body named by its head "Cooperative" ("the Mingyue Kiwifruit
// Cooperative", "Donghu Tea Farmers' Cooperative"), listed among visited
// bodies or led by its chairman; before another capitalised word (or "and"
// and one) the word only modifies it ("Cooperative Education", "X
// Cooperative and Innovative Institute of Y") and heads nothing.
func TestGrammarSynth13Cooperative(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"VisitedList": {
			text: "A delegation of the Fenglin Academy of Sciences visited Donghu County on May 3. The delegation also visited the Beiling Kiwifruit Cooperative and the Qingshi Tea Company.",
			want: []string{"Fenglin Academy of Sciences|visited|Beiling Kiwifruit Cooperative", "Fenglin Academy of Sciences|visited|Qingshi Tea Company"},
		},
		"ChairmanLeads": {
			text: "Lu Hanqing, chairman of the Yunxi Coffee Cooperative, attended the signing with Fenglin University.",
			want: []string{"Lu Hanqing|leads|Yunxi Coffee Cooperative"},
		},
		// near-miss: "Cooperative and Innovative Institute" is one body of Y
		"ModifierBeforeAnd": {
			text: "Donghu Cooperative and Innovative Institute of University of Fenglin was unveiled in Donghu on May 3.",
			not:  []string{"Innovative Institute, University of Fenglin|part-of|University of Fenglin"},
		},
	})
	checkEntityNames(t, map[string]entityNameCase{
		"ModifierBeforeAndNames": {
			text: "Donghu Institute Unveiled\n\nDonghu Cooperative and Innovative Institute of University of Fenglin was unveiled in Donghu on May 3.",
			not:  []string{"Donghu Cooperative"},
		},
		// near-miss: an adjective before a name word heads nothing
		"CooperativeEducation": {
			text:  "Fenglin University Holds Ceremony\n\nThe Signing Ceremony of Cooperative Education was held at Fenglin University.",
			names: []string{"Fenglin University"},
			not:   []string{"Signing Ceremony of Cooperative", "Cooperative"},
		},
	})
}

// TestGrammarSynth13LevelBodySite: a base set up "at the county hospital",
// "in the city museum" is at the one body of that head the article named
// after a place of that level ("Donghu County People's Hospital"), as a
// visit to it is (levelBodyAt); with two such bodies the text does not say
// which, and a bare "the county" stays the place.
func TestGrammarSynth13LevelBodySite(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"WorkstationUnveiledAt": {
			text: "The Second Affiliated Hospital of Fenglin Medical University signed an agreement with Donghu County People's Hospital. A Specialist Training Workstation of the Second Affiliated Hospital of Fenglin Medical University was unveiled at the county hospital on the same day.",
			want: []string{"Second Affiliated Hospital, Fenglin Medical University|hosts-base-at|Donghu County People's Hospital"},
		},
		"BaseLocatedIn": {
			text: "Qiantang Normal University and Beiling City Museum signed an agreement on May 3. The practice base of Qiantang Normal University is located in the city museum.",
			want: []string{"Qiantang Normal University|hosts-base-at|Beiling City Museum"},
		},
		// near-miss: two county hospitals, so "the county hospital" is neither
		"TwoCountyHospitals": {
			text: "Fenglin Medical University signed agreements with Donghu County People's Hospital and Xiling County Hospital. A Training Workstation of Fenglin Medical University was unveiled at the county hospital on the same day.",
			not:  []string{"Fenglin Medical University|hosts-base-at|Donghu County People's Hospital", "Fenglin Medical University|hosts-base-at|Xiling County Hospital"},
		},
	})
}

// TestGrammarSynth13CountedDelegations: "the delegations of the two
// universities", "delegations from both universities" visit as every body
// of that kind the article names, when their number is the count; a count
// the article's bodies do not match says nothing.
func TestGrammarSynth13CountedDelegations(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"DelegationsOfTheTwo": {
			text: "The Donghu Provincial Government signed agreements with Fenglin University and Beiling University in Anlan. Before the signing, the delegations of the two universities visited the Anlan High-tech Zone and the Donghu Steel Group.",
			want: []string{"Fenglin University|visited|Anlan High-tech Zone", "Beiling University|visited|Anlan High-tech Zone",
				"Fenglin University|visited|Donghu Steel Group", "Beiling University|visited|Donghu Steel Group"},
		},
		"DelegationsFromBoth": {
			text: "Qiantang Polytechnic and Xiling Polytechnic signed an agreement with Beihai City. Delegations from both polytechnics then visited the Beihai Port Group.",
			want: []string{"Qiantang Polytechnic|visited|Beihai Port Group", "Xiling Polytechnic|visited|Beihai Port Group"},
		},
		"TeamsOfTheThree": {
			text: "Nanhu University, Donghu University and Linhe University signed an agreement with Beihai City. The teams of the three universities visited the Beihai Shipyard Company.",
			want: []string{"Nanhu University|visited|Beihai Shipyard Company", "Donghu University|visited|Beihai Shipyard Company", "Linhe University|visited|Beihai Shipyard Company"},
		},
		// near-miss: three universities named, "the two" does not say which
		"CountDoesNotMatch": {
			text: "Nanhu University, Donghu University and Linhe University signed an agreement with Beihai City. The delegations of the two universities visited the Beihai Shipyard Company.",
			not:  []string{"Nanhu University|visited|Beihai Shipyard Company", "Donghu University|visited|Beihai Shipyard Company", "Linhe University|visited|Beihai Shipyard Company"},
		},
	})
}

// TestGrammarSynth13WithDelegation: "P visited Z with a delegation from
// Y", "… with a team of Y": Y's delegation went too, and "the delegation"
// later is Y's; "with" and a body that is no delegation's ("visited Z
// with Y's support") names no visitor.
func TestGrammarSynth13WithDelegation(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"WithDelegationFrom": {
			text: "On April 2, Zhou Min, a professor, visited Donghu Steel Group with a delegation from Fenglin University.",
			want: []string{"Zhou Min|visited|Donghu Steel Group", "Fenglin University|visited|Donghu Steel Group"},
		},
		"WithTeamOf": {
			text: "Li Hua visited the Beihai Port Group with a team of the Qiantang Institute of Oceanography on May 5. The team also visited the Beihai Shipyard Company.",
			want: []string{"Qiantang Institute of Oceanography|visited|Beihai Port Group", "Qiantang Institute of Oceanography|visited|Beihai Shipyard Company"},
		},
		// near-miss: "with" and no delegation
		"WithSupport": {
			text: "Li Hua visited the Beihai Port Group with the support of the Qiantang Institute of Oceanography.",
			not:  []string{"Qiantang Institute of Oceanography|visited|Beihai Port Group"},
		},
	})
}

// TestGrammarSynth13IndustryCollegeHost: an industry college a school and
// an enterprise launch together is the enterprise's base at the school,
// whichever the sentence names first; a school's base at an enterprise
// (a practice base at a plant) is not turned round.
func TestGrammarSynth13IndustryCollegeHost(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"HeadlineSchoolFirst": {
			text: "Fenglin Polytechnic and Donghu Robot Launch Smart Welding Industry College\n\nOn May 3, Fenglin Polytechnic signed an agreement with Donghu Robot.",
			want: []string{"Donghu Robot|hosts-base-at|Fenglin Polytechnic"},
			not:  []string{"Fenglin Polytechnic|hosts-base-at|Donghu Robot"},
		},
		"JointlyUnveiled": {
			text: "On May 3, Xiling Vocational College signed an agreement with Beihai Auto Co., Ltd., and jointly unveiled the Nanhu Auto Industry College.",
			want: []string{"Beihai Auto Co., Ltd.|hosts-base-at|Xiling Vocational College"},
			not:  []string{"Xiling Vocational College|hosts-base-at|Beihai Auto Co., Ltd."},
		},
		"EnterpriseFirst": {
			text: "Donghu Robot and Fenglin Polytechnic Launch Smart Welding Industry College\n\nOn May 3, Fenglin Polytechnic signed an agreement with Donghu Robot.",
			want: []string{"Donghu Robot|hosts-base-at|Fenglin Polytechnic"},
		},
		// near-miss: a school's practice base at a company stays the school's
		"PracticeBaseAtCompany": {
			text: "Fenglin Polytechnic set up a practice base at Donghu Robot Co., Ltd. on May 3.",
			want: []string{"Fenglin Polytechnic|hosts-base-at|Donghu Robot Co., Ltd."},
		},
	})
}

// TestGrammarSynth13CountedPartiesBase: "the base, which the three parties
// set up at the College's campus": the parties the count stands for (the
// nearest sentence that lists that many, else the last signing's parties)
// host it at the site, but the site itself; a count no signing matches
// says nothing.
func TestGrammarSynth13CountedPartiesBase(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"ThreePartiesAtCollege": {
			text: "The agreement was signed by Zhong Lei, President of Anping Vocational College; Fu Hai, General Manager of Huaxin Electronics; and Cui Na, Vice President of Tongda Logistics Group. The Industry College, which the three parties set up at the College's Xinhe campus, will open soon.",
			want: []string{"Huaxin Electronics|hosts-base-at|Anping Vocational College", "Tongda Logistics Group|hosts-base-at|Anping Vocational College"},
			not:  []string{"Anping Vocational College|hosts-base-at|Huaxin Electronics"},
		},
		"TwoSidesOnCampus": {
			text: "On May 27, Fenglin University signed an agreement with Donghu Steel Group. The Joint Practice Base, which the two sides set up on the university's Nanshan campus, will open in June.",
			want: []string{"Donghu Steel Group|hosts-base-at|Fenglin University"},
		},
		"NewTypeWhich": {
			text: "On May 27, Xiling Polytechnic, Beihai Robot Co., Ltd. and Nanhu Logistics Group signed an agreement. The Industry College is a new type of industry college which the three parties set up at Xiling Polytechnic.",
			want: []string{"Beihai Robot Co., Ltd.|hosts-base-at|Xiling Polytechnic", "Nanhu Logistics Group|hosts-base-at|Xiling Polytechnic"},
		},
		// near-miss: two signers, "the three parties" is not them
		"CountMismatch": {
			text: "On May 27, Fenglin University signed an agreement with Donghu Steel Group. The Joint Practice Base, which the three parties set up on the university's Nanshan campus, will open in June.",
			not:  []string{"Donghu Steel Group|hosts-base-at|Fenglin University"},
		},
	})
}

// TestGrammarSynth13PossessiveBackRef: "the Academy's Institute of Fruit
// Trees", "the University's School of Law": a capitalised back-reference
// with its possessive is the body named before, however a name follows
// it; the unit after it is that body's.
func TestGrammarSynth13PossessiveBackRef(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"AcademysInstitute": {
			text: "A delegation of the Huaxi Academy of Agricultural Sciences visited Donghu County. The delegation included Deng Xiaoqing, director of the Academy's Institute of Fruit Trees.",
			want: []string{"Deng Xiaoqing|leads|Institute of Fruit Trees, Huaxi Academy of Agricultural Sciences"},
		},
		"UniversitysSchool": {
			text: "Fenglin University signed an agreement with Donghu Steel Group. Zhou Lin, dean of the University's School of Law, attended the ceremony.",
			want: []string{"Zhou Lin|leads|School of Law, Fenglin University"},
		},
	})
}

// TestNameGrammarSynth13AbbreviationBeforeName: a body's abbreviation in
// capitals right before a full Chinese name ("Vice President of PU Dong
// Yuhua", "Dean of HTU Ma Lin") is the body, then the person, not a surname
// in capitals with a given name ("PU Dong"); a surname in capitals alone
// before its given name stays a person ("ZHENG Hualin").
func TestNameGrammarSynth13AbbreviationBeforeName(t *testing.T) {
	checkEntityNames(t, map[string]entityNameCase{
		"PostOfAbbreviation": {
			text:  "Three Parties Sign\n\nPingshan University (PU) signed an agreement with Donghu Power. Vice Mayor Xiong Bin, Vice President of PU Dong Yuhua, and Yang Kaiming signed the agreement.",
			names: []string{"Dong Yuhua"},
			not:   []string{"PU Dong"},
		},
		"DeanOfAbbreviation": {
			text:  "Hengtai University Hosts Guests\n\nHengtai University (HTU) hosted the guests. Dean of HTU Ma Lin welcomed them.",
			names: []string{"Ma Lin"},
			not:   []string{"HTU Ma"},
		},
		// near-miss: a capitals surname and its given name are one person
		"CapitalSurname": {
			text:  "Fenglin University Meets Guests\n\nDeputy Chairman ZHENG Hualin of Fenglin University met the guests.",
			names: []string{"ZHENG Hualin"},
		},
	})
	checkGrammar(t, map[string]grammarCase{
		"LeadsAfterAbbreviation": {
			text: "Pingshan University (PU) signed an agreement with Donghu Power. Vice Mayor Xiong Bin, Vice President of PU Dong Yuhua, and Yang Kaiming signed the agreement.",
			want: []string{"Dong Yuhua|leads|Pingshan University"},
		},
	})
}

// TestGrammarSynth13DiscussedBase: a base the parties are only discussing,
// exploring or considering is hosted by no one yet; one they set up is.
func TestGrammarSynth13DiscussedBase(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"Discussing": {
			text: "Lanyuan District signed an agreement with Songlin University. Lanyuan hopes to sign a further agreement with Songlin University next year, and both sides are discussing a joint centre for teacher development.",
			not:  []string{"Songlin University|hosts-base-at|Lanyuan District", "Lanyuan District|hosts-base-at|Songlin University"},
		},
		"Exploring": {
			text: "Fenglin University and Donghu Steel Group are exploring a joint research base at Donghu Steel Group.",
			not:  []string{"Fenglin University|hosts-base-at|Donghu Steel Group"},
		},
		"Considering": {
			text: "Qiantang Polytechnic is considering a practice base at Beihai Port Group.",
			not:  []string{"Qiantang Polytechnic|hosts-base-at|Beihai Port Group"},
		},
		// near-miss: set up, not discussed
		"SetUp": {
			text: "Qiantang Polytechnic set up a practice base at Beihai Port Group on May 3.",
			want: []string{"Qiantang Polytechnic|hosts-base-at|Beihai Port Group"},
		},
	})
}

// TestGrammarSynth13UtilityStation: a power, hydropower or railway
// station is an enterprise or public service whose staff hold posts at it,
// not a base; a research station stays a base.
func TestGrammarSynth13UtilityStation(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"HydropowerEngineer": {
			text: "Senior engineer Du Xiaolong of the Songpu Hydropower Station will serve as a science volunteer.",
			want: []string{"Du Xiaolong|member-of|Songpu Hydropower Station"},
		},
		"PowerStationManager": {
			text: "Han Ting, general manager of the Beiling Power Station, met the delegation of Fenglin University.",
			want: []string{"Han Ting|leads|Beiling Power Station"},
		},
		"BaseAtRailwayStation": {
			text: "Qiantang Polytechnic set up a practice base at the Donghu Railway Station on May 3.",
			want: []string{"Qiantang Polytechnic|hosts-base-at|Donghu Railway Station"},
		},
		// near-miss: a research station is a base, no body to lead
		"ResearchStation": {
			text: "Ma Lin, director of the Fenglin University Marine Research Station, met the guests.",
			not:  []string{"Ma Lin|leads|Fenglin University Marine Research Station"},
		},
	})
}

// TestGrammarSynth13PluralBasesSites: bases in the plural ("Science
// Popularization Bases", "Expert Workstations") named, then "The bases are
// located at A in P1, the B in P2 and the C in P3": one base at each
// listed body, owned by the one organisation that set them up or awarded
// them in the sentence before; with two organisations there the text does
// not say whose.
func TestGrammarSynth13PluralBasesSites(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"AwardedThenLocated": {
			text: "On November 3, the Chengyao Science Museum held a ceremony to award plaques to its first batch of Science Popularization Education Bases. The bases are located at Gaotai Middle School in Hongling County, the Meiling Tea Park in Meiling County and the Songpu Hydropower Station in Songpu.",
			want: []string{"Chengyao Science Museum|hosts-base-at|Gaotai Middle School", "Chengyao Science Museum|hosts-base-at|Meiling Tea Park", "Chengyao Science Museum|hosts-base-at|Songpu Hydropower Station"},
		},
		"SetUpThenLocated": {
			text: "The Huaxi Academy of Agricultural Sciences set up two Expert Workstations in May. The bases are located at the Beiling Tea Company and the Nanhu Fruit Cooperative.",
			want: []string{"Huaxi Academy of Agricultural Sciences|hosts-base-at|Beiling Tea Company", "Huaxi Academy of Agricultural Sciences|hosts-base-at|Nanhu Fruit Cooperative"},
		},
		// near-miss: two bodies before the bases, neither said to own them
		"TwoOwners": {
			text: "Fenglin University and the Donghu Science Museum unveiled four Science Popularization Bases. The bases are located at Gaotai Middle School and the Meiling Tea Park.",
			not:  []string{"Fenglin University|hosts-base-at|Meiling Tea Park", "Donghu Science Museum|hosts-base-at|Meiling Tea Park"},
		},
	})
}

// TestGrammarSynth13BaseClauseParties: the parties of a base's setting up
// are those of its clause: a body named in a new clause after ", and"
// with its own subject and verb (", and the centre will host scholars
// from Y") is no site or host of it.
func TestGrammarSynth13BaseClauseParties(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"HostScholarsFrom": {
			text: "Qingmiao University Library signed an agreement with Ruxi Municipal Archives. The School of History and Culture and the library will set up a Local Documents Research Centre, and the centre will host visiting scholars from the Archives.",
			not:  []string{"Qingmiao University Library|hosts-base-at|Ruxi Municipal Archives"},
		},
		"ProvideEquipment": {
			text: "Fenglin Polytechnic set up a training base at Donghu Robot Co., Ltd., and Beihai Logistics Group will provide equipment.",
			want: []string{"Fenglin Polytechnic|hosts-base-at|Donghu Robot Co., Ltd."},
			not:  []string{"Fenglin Polytechnic|hosts-base-at|Beihai Logistics Group", "Beihai Logistics Group|hosts-base-at|Donghu Robot Co., Ltd."},
		},
		// near-miss: "and" joins two setters, no new clause
		"JointSetters": {
			text: "Fenglin Polytechnic signed an agreement with Donghu Robot Co., Ltd. The two will jointly set up a training base at Donghu Robot Co., Ltd., and Fenglin Polytechnic will send teachers there.",
			want: []string{"Fenglin Polytechnic|hosts-base-at|Donghu Robot Co., Ltd."},
		},
	})
}

// TestGrammarSynth13CoordinationShortName: a headline's "X Vocational
// College" is the "X Vocational and Technical College" of the text, and
// "Y University of Science" the "Y University of Science and Technology",
// when one body has the full name: the headline's edges are that body's.
// Two such bodies leave the short name alone.
func TestGrammarSynth13CoordinationShortName(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"HeadlineShortForm": {
			text: "Huaxin Technology and Ruyang Vocational College to Build Industry College\n\nRuyang Vocational and Technical College and Huaxin Intelligent Technology Co., Ltd. will build a Huaxin Industry College of Smart Manufacturing on the college's campus.",
			want: []string{"Huaxin Intelligent Technology Co., Ltd.|hosts-base-at|Ruyang Vocational and Technical College"},
			not:  []string{"Huaxin Intelligent Technology Co., Ltd.|hosts-base-at|Ruyang Vocational College"},
		},
		"ScienceShortForm": {
			text: "Zhou Lin, President of Donghu University of Science, visited Beihai Port Group\n\nDonghu University of Science and Technology signed an agreement with Beihai Port Group.",
			want: []string{"Zhou Lin|leads|Donghu University of Science and Technology"},
			not:  []string{"Zhou Lin|leads|Donghu University of Science"},
		},
		// near-miss: two full names, the short one is neither
		"TwoFullNames": {
			text: "Zhou Lin, President of Ruyang Vocational College, attended. Ruyang Vocational and Technical College and Ruyang Vocational and Technology College signed an agreement.",
			want: []string{"Zhou Lin|leads|Ruyang Vocational College"},
		},
	})
}
