package extract

import "testing"

// TestNameGrammarSigned2 checks where the genre over-states signings: the
// bodies around a signing that do not sign (hosts, organisers, witnesses,
// guests, the background of a clause, appositions), the things an
// agreement sets up, the places and counts a signing sentence names, and
// sentences of several signings. Every name is made up; each class has
// variants of order and wording, so a case passes only when the rule reads
// the construction. signed-with follows SCHEMA.md: only the parties to a
// signed agreement.
func TestNameGrammarSigned2(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		// hosts and organisers named in a phrase before the signers
		"FrontedHostedBy": {
			text: "Hosted by Qiantang University, the ceremony saw Donghu University and Xiling Museum sign a cooperation agreement.",
			want: []string{"Donghu University|signed-with|Xiling Museum"},
			not:  []string{"Qiantang University|signed-with|Donghu University", "Qiantang University|signed-with|Xiling Museum"},
		},
		"FrontedForumHostedBy": {
			text: "At the Beihai Forum hosted by Qiantang University, Donghu University signed an agreement with Xiling Museum.",
			want: []string{"Donghu University|signed-with|Xiling Museum"},
			not:  []string{"Qiantang University|signed-with|Xiling Museum", "Qiantang University|signed-with|Donghu University"},
		},
		"FrontedOrganisedBy": {
			text: "Organised by Beihai Education Bureau, Donghu University and Xiling Museum signed a cooperation agreement.",
			want: []string{"Donghu University|signed-with|Xiling Museum"},
			not:  []string{"Beihai Education Bureau|signed-with|Donghu University", "Beihai Education Bureau|signed-with|Xiling Museum"},
		},
		"FrontedConferenceOrganisedBy": {
			text: "At the conference organised by Nanhu Culture Bureau and Qiantang Group, Tanhai University and Luoxi Library signed a memorandum of understanding.",
			want: []string{"Tanhai University|signed-with|Luoxi Library"},
			not:  []string{"Nanhu Culture Bureau|signed-with|Tanhai University", "Qiantang Group|signed-with|Luoxi Library", "Nanhu Culture Bureau|signed-with|Qiantang Group"},
		},
		"FrontedUnderGuidance": {
			text: "Under the guidance of Beihai Education Bureau, Donghu University and Xiling Museum signed a cooperation agreement.",
			want: []string{"Donghu University|signed-with|Xiling Museum"},
			not:  []string{"Beihai Education Bureau|signed-with|Donghu University"},
		},
		"FrontedWithSupport": {
			text: "With the support of Qiantang Group, Mingcheng University signed a strategic agreement with Luoxi Hospital.",
			want: []string{"Mingcheng University|signed-with|Luoxi Hospital"},
			not:  []string{"Qiantang Group|signed-with|Mingcheng University", "Qiantang Group|signed-with|Luoxi Hospital"},
		},
		"FrontedLedByLead": {
			text: "Led by Beihai Education Bureau, Donghu University, Qiantang University and Nanhu College signed a tripartite agreement.",
			want: []string{"Donghu University|signed-with|Qiantang University", "Donghu University|signed-with|Nanhu College", "Qiantang University|signed-with|Nanhu College"},
			not:  []string{"Beihai Education Bureau|signed-with|Donghu University", "Beihai Education Bureau|signed-with|Nanhu College"},
		},
		"TrailingOrganisedBy": {
			text: "Donghu University and Xiling Museum signed a cooperation agreement, organised by Beihai Education Bureau.",
			want: []string{"Donghu University|signed-with|Xiling Museum"},
			not:  []string{"Beihai Education Bureau|signed-with|Donghu University"},
		},
		// witnesses and guests
		"HostedCeremonyAtWhich": {
			text: "Beihai Steel Group hosted the signing ceremony, at which Donghu University and Xiling Museum signed a cooperation agreement.",
			want: []string{"Donghu University|signed-with|Xiling Museum"},
			not:  []string{"Beihai Steel Group|signed-with|Donghu University", "Beihai Steel Group|signed-with|Xiling Museum"},
		},
		"GuestsWitnessedSigning": {
			text: "Donghu University signed an agreement with Xiling Museum. Guests from Beihai Steel Group and Qiantang University witnessed the signing.",
			want: []string{"Donghu University|signed-with|Xiling Museum"},
			not:  []string{"Beihai Steel Group|signed-with|Qiantang University", "Donghu University|signed-with|Beihai Steel Group"},
		},
		"LeadersAttendedCeremony": {
			text: "Leaders of Nanhu Steel Group and Qiantang Power attended the signing ceremony in Beihai.",
			not:  []string{"Nanhu Steel Group|signed-with|Qiantang Power", "Nanhu Steel Group|signed-with|Beihai"},
		},
		"InPresenceOfTwoLeaders": {
			text: "Gao Yun, president of Donghu University, and Ma Lin, director of Xiling Museum, signed the agreement in the presence of Tang Li, mayor of Beihai, and Sun Wei, chairman of Qiantang Group.",
			want: []string{"Donghu University|signed-with|Xiling Museum"},
			not:  []string{"Beihai|signed-with|Donghu University", "Qiantang Group|signed-with|Xiling Museum", "Beihai|signed-with|Qiantang Group"},
		},
		"AttendedCeremonyAtWhichPersonsSigned": {
			text: "Tang Li, mayor of Beihai, and Sun Wei, chairman of Qiantang Group, attended the signing ceremony, at which Gao Yun, president of Donghu University, and Ma Lin, director of Xiling Museum, signed the agreement.",
			want: []string{"Donghu University|signed-with|Xiling Museum"},
			not:  []string{"Beihai|signed-with|Qiantang Group", "Beihai|signed-with|Donghu University"},
		},
		"WitnessedClauseThenSigners": {
			text: "Tang Li, mayor of Beihai, witnessed the signing, and Gao Yun, president of Donghu University, and Ma Lin, director of Xiling Museum, signed the agreement.",
			want: []string{"Donghu University|signed-with|Xiling Museum"},
			not:  []string{"Beihai|signed-with|Donghu University", "Beihai|signed-with|Xiling Museum"},
		},
		// a unit signs, not its parent
		"PossessiveUnitSigns": {
			text: "Donghu University's School of Law signed a cooperation agreement with Xiling Steel Group.",
			want: []string{"School of Law, Donghu University|signed-with|Xiling Steel Group"},
			not:  []string{"Donghu University|signed-with|Xiling Steel Group"},
		},
		"UnitOfParentAndPartySign": {
			text: "The School of Law of Donghu University and Xiling Steel Group signed a cooperation agreement.",
			want: []string{"School of Law, Donghu University|signed-with|Xiling Steel Group"},
			not:  []string{"Donghu University|signed-with|Xiling Steel Group"},
		},
		// the subject of a background clause or apposition
		"WhichClauseOfObject": {
			text: "Donghu University will cooperate with Xiling Museum, which signed an agreement with Beihai Steel Group last year.",
			want: []string{"Xiling Museum|signed-with|Beihai Steel Group"},
			not:  []string{"Donghu University|signed-with|Beihai Steel Group", "Donghu University|signed-with|Xiling Museum"},
		},
		"WhichClauseOfObjectHas": {
			text: "Tanhai University sent experts to Luoxi Hospital, which has signed a memorandum with Mingcheng Medical College.",
			want: []string{"Luoxi Hospital|signed-with|Mingcheng Medical College"},
			not:  []string{"Tanhai University|signed-with|Mingcheng Medical College", "Tanhai University|signed-with|Luoxi Hospital"},
		},
		"FollowingAgreementSignedBy": {
			text: "Following the framework agreement signed by Donghu University and Beihai in 2019, Xiling Museum signed an agreement with Nanhu Library.",
			want: []string{"Xiling Museum|signed-with|Nanhu Library"},
			not:  []string{"Donghu University|signed-with|Nanhu Library", "Beihai|signed-with|Nanhu Library", "Donghu University|signed-with|Xiling Museum"},
		},
		"ApposedPartnerOf": {
			text: "Xiling Museum, a partner of Donghu University, signed an agreement with Beihai Steel Group.",
			want: []string{"Xiling Museum|signed-with|Beihai Steel Group"},
			not:  []string{"Donghu University|signed-with|Beihai Steel Group", "Donghu University|signed-with|Xiling Museum"},
		},
		"ApposedBothPartnersOf": {
			text: "Luoxi Library and Tanhai Power Company, both partners of Mingcheng University, signed an agreement.",
			want: []string{"Luoxi Library|signed-with|Tanhai Power Company"},
			not:  []string{"Luoxi Library|signed-with|Mingcheng University", "Tanhai Power Company|signed-with|Mingcheng University"},
		},
		// several signings in one sentence
		"GappedSecondSigning": {
			text: "Donghu University signed an agreement with Beihai Steel Group, and Qiantang University with Xiling Museum.",
			want: []string{"Donghu University|signed-with|Beihai Steel Group", "Qiantang University|signed-with|Xiling Museum"},
			not:  []string{"Donghu University|signed-with|Qiantang University", "Donghu University|signed-with|Xiling Museum", "Beihai Steel Group|signed-with|Qiantang University"},
		},
		"SemicolonSecondPair": {
			text: "Donghu University and Beihai Steel Group signed a cooperation agreement; Qiantang University and Xiling Museum signed a memorandum.",
			want: []string{"Donghu University|signed-with|Beihai Steel Group", "Qiantang University|signed-with|Xiling Museum"},
			not:  []string{"Donghu University|signed-with|Qiantang University", "Beihai Steel Group|signed-with|Xiling Museum"},
		},
		// the thing an agreement sets up or concerns is no party
		"AgreementToBuildLab": {
			text: "Donghu University signed a cooperation agreement to build the Beihai Joint Laboratory.",
			not:  []string{"Donghu University|signed-with|Beihai Joint Laboratory"},
		},
		"AgreementOnProject": {
			text: "Tanhai University signed an agreement on the Luoxi Digital Museum Project last week.",
			not:  []string{"Tanhai University|signed-with|Luoxi Digital Museum", "Tanhai University|signed-with|Luoxi Digital Museum Project"},
		},
		"AgreementEstablishingAlliance": {
			text: "Donghu University, Xiling Museum and Qiantang Power Company signed an agreement establishing the Beihai Innovation Alliance.",
			want: []string{"Donghu University|signed-with|Xiling Museum", "Donghu University|signed-with|Qiantang Power Company"},
			not:  []string{"Donghu University|signed-with|Beihai Innovation Alliance", "Xiling Museum|signed-with|Beihai Innovation Alliance"},
		},
		// places and venues
		"SignedInPlace": {
			text: "Donghu University signed an agreement in Beihai on Monday.",
			not:  []string{"Donghu University|signed-with|Beihai"},
		},
		"SignedAtVenueBody": {
			text: "Mingcheng University signed the agreement at Luoxi Grand Hotel on Monday.",
			not:  []string{"Mingcheng University|signed-with|Luoxi Grand Hotel"},
		},
		// counted or general statements name no particular party
		"CountedPartiesInPlace": {
			text: "Donghu University has signed agreements with over 30 enterprises in Beihai.",
			not:  []string{"Donghu University|signed-with|Beihai"},
		},
		"CountedMuseumsInProvince": {
			text: "Donghu University signed an agreement with Xiling Museum. It has also signed agreements with more than 10 museums in Qiantang Province.",
			want: []string{"Donghu University|signed-with|Xiling Museum"},
			not:  []string{"Donghu University|signed-with|Qiantang", "Xiling Museum|signed-with|Qiantang"},
		},
		// cooperating, joining and signing up are not signing
		"CooperatedNoSigning": {
			text: "Donghu University has cooperated with Xiling Museum for many years, and the two held talks in Beihai.",
			not:  []string{"Donghu University|signed-with|Xiling Museum", "Donghu University|signed-with|Beihai"},
		},
		"SignedUpToJoin": {
			text: "Donghu University signed up to join the Beihai Museum Alliance.",
			not:  []string{"Donghu University|signed-with|Beihai Museum Alliance"},
		},
		"JoinedAllianceInitiatedBy": {
			text: "Tanhai University joined the Luoxi Museum Alliance, initiated by Mingcheng Museum.",
			not:  []string{"Tanhai University|signed-with|Mingcheng Museum", "Tanhai University|signed-with|Luoxi Museum Alliance"},
		},
		// a signer's other acts do not make their objects parties
		"SignedThenVisited": {
			text: "Gao Yun, president of Donghu University, signed the agreement and visited Xiling Museum.",
			not:  []string{"Donghu University|signed-with|Xiling Museum"},
		},
		// the ceremony's guests, chairs and speakers sign nothing
		"CeremonyAttendedByLeadersOf": {
			text: "The signing ceremony was attended by leaders of Beihai Education Bureau and Qiantang Group.",
			not:  []string{"Beihai Education Bureau|signed-with|Qiantang Group"},
		},
		"CeremonyAttendedByPersons": {
			text: "Donghu University signed an agreement with Xiling Museum. The signing ceremony was attended by Tang Li, mayor of Beihai, and Sun Wei, chairman of Qiantang Group.",
			want: []string{"Donghu University|signed-with|Xiling Museum"},
			not:  []string{"Beihai|signed-with|Qiantang Group", "Beihai|signed-with|Donghu University"},
		},
		"CeremonyPresidedOverBy": {
			text: "The signing ceremony was presided over by Tang Li, mayor of Beihai, and Sun Wei, chairman of Qiantang Group, delivered a speech.",
			not:  []string{"Beihai|signed-with|Qiantang Group"},
		},
		"UnveiledAfterTheSigning": {
			text: "Luo Min, director of Mingcheng Archives, and Qian Hong, president of Tanhai University, jointly unveiled the plaque after the signing.",
			not:  []string{"Mingcheng Archives|signed-with|Tanhai University"},
		},
		"AtTheSigningCeremonyPersonsSigned": {
			text: "At the signing ceremony, Gao Yun, president of Donghu University, and Ma Lin, director of Xiling Museum, signed the agreement.",
			want: []string{"Donghu University|signed-with|Xiling Museum"},
		},
		"SigningCeremonyOfTwoAttendedBy": {
			text: "The signing ceremony of Tanhai University and Luoxi Hospital was attended by Mingcheng Library.",
			want: []string{"Tanhai University|signed-with|Luoxi Hospital"},
			not:  []string{"Mingcheng Library|signed-with|Tanhai University", "Mingcheng Library|signed-with|Luoxi Hospital"},
		},
		// an agreement's later effects and its partner's possessor are no parties
		"AgreementSignedWillHelp": {
			text: "The agreement signed today will help Donghu University serve Beihai.",
			not:  []string{"Donghu University|signed-with|Beihai"},
		},
		"MemorandumSignedWillBring": {
			text: "The memorandum signed on Monday will bring Tanhai University closer to Mingcheng Hospital.",
			not:  []string{"Tanhai University|signed-with|Mingcheng Hospital"},
		},
		"PossessorPlaceOfPartner": {
			text: "Donghu University signed agreements with Beihai's Xiling Steel Group.",
			want: []string{"Donghu University|signed-with|Xiling Steel Group"},
			not:  []string{"Donghu University|signed-with|Beihai"},
		},
		"PossessorPlaceOfPartnerInked": {
			text: "Tanhai University inked a memorandum with Beihai's Mingcheng Hospital last week.",
			want: []string{"Tanhai University|signed-with|Mingcheng Hospital"},
			not:  []string{"Tanhai University|signed-with|Beihai"},
		},
		// a relative clause of place or time opens the signing's own clause
		"WhereClauseSigner": {
			text: "The delegation visited Beihai Port Group and Xiling Chemical Co., Ltd., where Donghu University's School of Chemistry signed a cooperation agreement with Xiling Chemical Co., Ltd.",
			want: []string{"School of Chemistry, Donghu University|signed-with|Xiling Chemical Co., Ltd."},
			not:  []string{"Beihai Port Group|signed-with|Xiling Chemical Co., Ltd.", "Beihai Port Group|signed-with|School of Chemistry, Donghu University"},
		},
		"AtWhichClauseSigners": {
			text: "Tanhai University hosted the Mingcheng Forum, at which Luoxi Hospital and Qiantang Group signed a memorandum.",
			want: []string{"Luoxi Hospital|signed-with|Qiantang Group"},
			not:  []string{"Tanhai University|signed-with|Luoxi Hospital", "Tanhai University|signed-with|Qiantang Group"},
		},
		// a unit named by its parent's possessive after a fronted phrase or
		// in a second clause is still the unit
		"FrontedThenPossessiveUnit": {
			text: "Before the signing, the delegation visited Beihai Port Group and Xiling Chemical Co., Ltd., where Donghu University's School of Chemistry signed a cooperation agreement with Xiling Chemical Co., Ltd.",
			want: []string{"School of Chemistry, Donghu University|signed-with|Xiling Chemical Co., Ltd."},
			not:  []string{"Donghu University|signed-with|Xiling Chemical Co., Ltd.", "Beihai Port Group|signed-with|Xiling Chemical Co., Ltd."},
		},
		"SecondClausePossessiveUnit": {
			text: "Tanhai University signed an agreement with Luoxi Hospital; Mingcheng University's School of Medicine signed one with Qiantang Group.",
			want: []string{"Tanhai University|signed-with|Luoxi Hospital", "School of Medicine, Mingcheng University|signed-with|Qiantang Group"},
			not:  []string{"Mingcheng University|signed-with|Qiantang Group", "Tanhai University|signed-with|Qiantang Group"},
		},
		// a place named as where a signer is
		"SignerDescribedInPlace": {
			text: "Luoxi Group, founded in 1998, is a leading enterprise in Qiantang Province and has signed cooperation agreements with Nanhu University and Beihai University.",
			want: []string{"Luoxi Group|signed-with|Nanhu University", "Luoxi Group|signed-with|Beihai University"},
			not:  []string{"Qiantang|signed-with|Nanhu University", "Qiantang|signed-with|Beihai University"},
		},
		"SignerInPlaceAndPartner": {
			text: "Xiling Steel Group in Beihai and Donghu University signed an agreement.",
			want: []string{"Xiling Steel Group|signed-with|Donghu University"},
			not:  []string{"Beihai|signed-with|Donghu University", "Beihai|signed-with|Xiling Steel Group"},
		},
		// a clause of time opens the signers' clause
		"EstablishedAfterSigned": {
			text: "The Beihai Joint Laboratory was established after Donghu University signed an agreement with Xiling Museum.",
			want: []string{"Donghu University|signed-with|Xiling Museum"},
			not:  []string{"Beihai Joint Laboratory|signed-with|Xiling Museum", "Beihai Joint Laboratory|signed-with|Donghu University"},
		},
		"OpenedAfterTwoSigned": {
			text: "Xiling Museum opened the Beihai Gallery after Donghu University and Nanhu Library signed a memorandum.",
			want: []string{"Donghu University|signed-with|Nanhu Library"},
			not:  []string{"Xiling Museum|signed-with|Donghu University", "Xiling Museum|signed-with|Nanhu Library"},
		},
		"SinceClauseSigning": {
			text: "Since Donghu University signed a strategic agreement with Beihai in 2018, the two sides have cooperated closely with Xiling Museum.",
			want: []string{"Donghu University|signed-with|Beihai"},
			not:  []string{"Donghu University|signed-with|Xiling Museum", "Beihai|signed-with|Xiling Museum"},
		},
		// a signer named with a person stands for the body the person leads
		"SignedWithPersonOfBody": {
			text: "Gao Yun, president of Donghu University, signed the agreement with Ma Lin, director of Xiling Museum.",
			want: []string{"Donghu University|signed-with|Xiling Museum"},
		},
		"UnitDeanSignedWithPersonBeforeWitness": {
			text: "Gao Yun, dean of the School of Law of Donghu University, signed the agreement with Ma Lin, director of Xiling Museum, in the presence of Tang Li, mayor of Beihai.",
			want: []string{"School of Law, Donghu University|signed-with|Xiling Museum"},
			not:  []string{"Donghu University|signed-with|Xiling Museum", "Beihai|signed-with|Xiling Museum", "School of Law, Donghu University|signed-with|Beihai"},
		},
		// signing what is no agreement
		"SignedTheirNames": {
			text: "Leaders of Donghu University and Xiling Museum signed their names on the commemorative wall.",
			not:  []string{"Donghu University|signed-with|Xiling Museum"},
		},
		"SignedGuestBook": {
			text: "Tanhai University and Luoxi Hospital signed the guest book of Mingcheng Museum.",
			not:  []string{"Tanhai University|signed-with|Luoxi Hospital", "Tanhai University|signed-with|Mingcheng Museum"},
		},
		// gapped clauses, each pair its own
		"GappedAfterSemicolon": {
			text: "Donghu University signed an agreement with Beihai Steel Group; Qiantang University with Xiling Museum.",
			want: []string{"Donghu University|signed-with|Beihai Steel Group", "Qiantang University|signed-with|Xiling Museum"},
			not:  []string{"Donghu University|signed-with|Qiantang University", "Donghu University|signed-with|Xiling Museum"},
		},
		"GappedChainOfThree": {
			text: "Donghu University signed agreements with Beihai Steel Group, Qiantang University with Xiling Museum, and Nanhu College with Luoxi Hospital.",
			want: []string{"Donghu University|signed-with|Beihai Steel Group", "Qiantang University|signed-with|Xiling Museum", "Nanhu College|signed-with|Luoxi Hospital"},
			not:  []string{"Donghu University|signed-with|Qiantang University", "Qiantang University|signed-with|Nanhu College", "Xiling Museum|signed-with|Nanhu College", "Donghu University|signed-with|Luoxi Hospital"},
		},
		"GappedWithListObject": {
			text: "Beihai Steel Group signed agreements with Tanhai University and Mingcheng University, and Luoxi Museum with Nanhu College and Qiantang Hospital.",
			want: []string{"Beihai Steel Group|signed-with|Tanhai University", "Beihai Steel Group|signed-with|Mingcheng University", "Luoxi Museum|signed-with|Nanhu College", "Luoxi Museum|signed-with|Qiantang Hospital"},
			not:  []string{"Beihai Steel Group|signed-with|Luoxi Museum", "Beihai Steel Group|signed-with|Nanhu College", "Mingcheng University|signed-with|Luoxi Museum"},
		},
		// a host named in a phrase between the signers and their verb, or as
		// the subject of the clause the signing's relative hangs on
		"InterjectedAtInvitationOf": {
			text: "Donghu University and Xiling Museum, at the invitation of Qiantang Group, signed a memorandum.",
			want: []string{"Donghu University|signed-with|Xiling Museum"},
			not:  []string{"Donghu University|signed-with|Qiantang Group", "Xiling Museum|signed-with|Qiantang Group"},
		},
		"InterjectedUnderGuidanceOf": {
			text: "Tanhai University, under the guidance of Luoxi Education Bureau, signed an agreement with Mingcheng Hospital.",
			want: []string{"Tanhai University|signed-with|Mingcheng Hospital"},
			not:  []string{"Luoxi Education Bureau|signed-with|Mingcheng Hospital", "Luoxi Education Bureau|signed-with|Tanhai University"},
		},
		"BrokeredAgreementWhichTheySigned": {
			text: "Qiantang Group brokered the agreement, which Donghu University and Xiling Museum signed on Monday.",
			want: []string{"Donghu University|signed-with|Xiling Museum"},
			not:  []string{"Qiantang Group|signed-with|Donghu University", "Qiantang Group|signed-with|Xiling Museum"},
		},
		// the last conjunct after "with" that has a verb of its own
		"WithListEndsInClauseSubject": {
			text: "Donghu University signed an agreement with Xiling Museum and Beihai Steel Group attended.",
			want: []string{"Donghu University|signed-with|Xiling Museum"},
			not:  []string{"Donghu University|signed-with|Beihai Steel Group"},
		},
		"WithListEndsInHost": {
			text: "Tanhai University signed agreements with Luoxi Hospital and the Mingcheng Museum hosted the ceremony.",
			want: []string{"Tanhai University|signed-with|Luoxi Hospital"},
			not:  []string{"Tanhai University|signed-with|Mingcheng Museum"},
		},
		"WithListOfTwoStays": {
			text: "Tanhai University signed agreements with Luoxi Hospital and Mingcheng Museum on Friday.",
			want: []string{"Tanhai University|signed-with|Luoxi Hospital", "Tanhai University|signed-with|Mingcheng Museum"},
		},
		// a body of a post its holder no longer holds
		"FormerPostNowPost": {
			text: "Gao Yun, former president of Donghu University, now director of Xiling Museum, signed an agreement with Beihai Library.",
			want: []string{"Xiling Museum|signed-with|Beihai Library"},
			not:  []string{"Donghu University|signed-with|Beihai Library", "Donghu University|signed-with|Xiling Museum"},
		},
		"PostAndFormerPost": {
			text: "Ma Lin, director of Tanhai Museum and former dean of Luoxi College, signed the agreement with Mingcheng University.",
			want: []string{"Tanhai Museum|signed-with|Mingcheng University"},
			not:  []string{"Luoxi College|signed-with|Mingcheng University", "Luoxi College|signed-with|Tanhai Museum"},
		},
		// "the two sides" are the two the text has just named, not a place
		// visited before
		"TwoSidesOfTheTalksBefore": {
			text: "Gao Yun, president of Donghu University, visited Beihai. Beihai Steel Group and Donghu University held talks. The two sides signed a cooperation agreement.",
			want: []string{"Donghu University|signed-with|Beihai Steel Group"},
			not:  []string{"Donghu University|signed-with|Beihai"},
		},
		"TwoSidesAfterTalksWith": {
			text: "Tanhai University visited Luoxi. After talks with Mingcheng Steel Group, the two sides signed an agreement.",
			want: []string{"Tanhai University|signed-with|Mingcheng Steel Group"},
			not:  []string{"Tanhai University|signed-with|Luoxi"},
		},
		// a unit named by its owner's possessive in a second clause, with
		// "respectively" in that clause only
		"SecondClauseUnitRespectively": {
			text: "Donghu Medical University (DMU) and Beihai Municipal Health Commission signed a cooperation agreement, and DMU's First Affiliated Hospital signed agreements with Beihai People's Hospital and Beihai Maternal and Child Health Hospital respectively.",
			want: []string{"Donghu Medical University|signed-with|Beihai Municipal Health Commission"},
			not:  []string{"Donghu Medical University|signed-with|Beihai People's Hospital", "Beihai Municipal Health Commission|signed-with|Beihai Maternal and Child Health Hospital"},
		},
		// counted partners are no particular party
		"CountedHospitalsAcrossProvince": {
			text: "Zhao Gang said that Donghu Medical University, together with its affiliated hospitals, has signed agreements with more than 40 hospitals across Qiantang Province.",
			not:  []string{"Donghu Medical University|signed-with|Qiantang"},
		},
		"CountedEnterprisesFromPlaces": {
			text: "Tanhai University has signed agreements with dozens of enterprises from Beihai and Xiling.",
			not:  []string{"Tanhai University|signed-with|Beihai", "Tanhai University|signed-with|Xiling"},
		},
		"CountedIncludingNamed": {
			text: "Donghu University has signed cooperation agreements with more than 20 universities, including Xiling University.",
			want: []string{"Donghu University|signed-with|Xiling University"},
		},
		"WitnessedSigningOfAgreementBy": {
			text: "Tang Li, mayor of Beihai, and Sun Wei, president of Qiantang University, witnessed the signing of the agreement by Donghu University and Xiling Museum.",
			want: []string{"Donghu University|signed-with|Xiling Museum"},
			not:  []string{"Beihai|signed-with|Donghu University", "Qiantang University|signed-with|Xiling Museum", "Beihai|signed-with|Qiantang University"},
		},
		// a body that leads others in signing, or invites them to, is no party
		"LedOthersInSigning": {
			text: "Beihai Education Bureau led Donghu University and Qiantang University in signing the agreement.",
			want: []string{"Donghu University|signed-with|Qiantang University"},
			not:  []string{"Beihai Education Bureau|signed-with|Donghu University", "Beihai Education Bureau|signed-with|Qiantang University"},
		},
		"InvitedToSign": {
			text: "Luoxi Culture Bureau invited Tanhai University to sign an agreement with Mingcheng Museum.",
			not:  []string{"Luoxi Culture Bureau|signed-with|Tanhai University", "Luoxi Culture Bureau|signed-with|Mingcheng Museum"},
		},
		// the body a signing founds, and a later clause's partner
		"AllianceEstablishedWithSigners": {
			text: "The Beihai Innovation Alliance was established, with Donghu University, Xiling Museum and Qiantang Group signing the charter.",
			want: []string{"Donghu University|signed-with|Xiling Museum", "Donghu University|signed-with|Qiantang Group"},
			not:  []string{"Beihai Innovation Alliance|signed-with|Donghu University", "Beihai Innovation Alliance|signed-with|Qiantang Group"},
		},
		"LaterClauseWillSetUpWith": {
			text: "Donghu University and Xiling Museum signed an agreement, and the two will jointly establish the Beihai Innovation Alliance with Qiantang Group.",
			want: []string{"Donghu University|signed-with|Xiling Museum"},
			not:  []string{"Donghu University|signed-with|Qiantang Group", "Xiling Museum|signed-with|Qiantang Group"},
		},
		"LaterClauseTheyWorkWith": {
			text: "Tanhai University signed a memorandum with Luoxi Hospital, and they will cooperate with Mingcheng Museum.",
			want: []string{"Tanhai University|signed-with|Luoxi Hospital"},
			not:  []string{"Tanhai University|signed-with|Mingcheng Museum", "Luoxi Hospital|signed-with|Mingcheng Museum"},
		},
	})
}
