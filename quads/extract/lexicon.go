package extract

import "strings"

// The extractor's generic vocabulary. Every list here is about the genre
// (Chinese institutional cooperation news in English), never about the
// entities of particular articles: head nouns that end organisation names,
// words that make up a post title, suffixes that make a name a place, and
// general-world knowledge (common Chinese surnames, pinyin syllables,
// province-level divisions).

func exSet(words string) exWordSet {
	m := make(map[string]bool)
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return exWords(m)
}

// exWordSet is one word list of the lexicon. Its id is its bit in the
// membership bits each token gets once at tokenization (exLexOf), so a
// rule tests a token against a list with a bit test, not a map look-up of
// the token's text (those look-ups were a quarter of the extractor's time).
type exWordSet struct {
	words map[string]bool
	id    int
}

// has reports whether w is in the list.
func (s exWordSet) has(w string) bool { return s.words[w] }

// exListBits says which of the lexicon's lists (exWordSets, by id) hold a word.
type exListBits [exMaxWordSets / 64]uint64

// has reports whether the list is among the bits.
func (b *exListBits) has(s exWordSet) bool {
	return b != nil && b[s.id>>6]&(1<<(s.id&63)) != 0
}

// exMaxWordSets bounds the number of lists the lexicon may register.
const exMaxWordSets = 384

// exWordSets are the lexicon's lists, by id: the single source from which
// exLexOf is built.
var exWordSets []map[string]bool

// exWords registers a word list of the lexicon.
func exWords(m map[string]bool) exWordSet {
	exWordSets = append(exWordSets, m)
	return exWordSet{words: m, id: len(exWordSets) - 1}
}

// exLexEntry is what the lexicon knows of a word: its generic flags
// (exLex) and the lists that hold it.
type exLexEntry struct {
	flags uint32
	lists exListBits
}

// exLexOf maps a word to its entry (nil: in no list), so the tokenizer
// learns both at one look-up. It is built in the last init function of
// this file, after every list is complete (an init function adds words to
// exUnitModifierWords).
var exLexOf map[string]*exLexEntry

// exListsOf returns the lists that hold w (nil: none).
func exListsOf(w string) *exListBits {
	if e := exLexOf[w]; e != nil {
		return &e.lists
	}
	return nil
}

// exOrgHeads are the (lower-case, singular) nouns that end an organisation
// name: "Liaoning University", "Anshan Water Group", "… Co., Ltd.".
var exOrgHeads = exSet(`university college institute academy school faculty department section museum
library archives gallery bureau committee commission council association federation society group
company corporation co. ltd. inc. corp. llc centre center office government ministry
foundation congress zone branch laboratory lab hospital bank agency authority union league
administration cppcc sasac npc building enterprise institution press station base
workstation park chamber court procuratorate division team polytechnic holdings alliance consortium
farm cooperative bases workstations ` + exMediaHeadWords + exCompanyFormsNames6 + exForeignHeadsNames6)

// exBaseHeads make a name a Base (SCHEMA.md): a base, workstation, station or
// park that one body sets up at another.
var exBaseHeads = exSet(`base workstation station bases workstations`)

// exBaseCues are words that say a sentence is about setting up a base.
var exBaseCues = exSet(`base bases workstation workstations station centre center`)

// exSubunitHeads are heads of units that belong to a larger organisation
// when the text says "X of Y", "X at Y" or "X under Y".
var exSubunitHeads = exSet(`school faculty college department institute library museum gallery
centre center office branch laboratory lab division academy foundation association bureau
team group co. ltd. company corporation`)

// exCompanySuffix are company-form heads; "Co., Ltd." and "Company" are one form.
var exCompanySuffix = exSet(`co. ltd. inc. corp. llc company corporation` + exCompanyFormsNames6)

// exEduHeads are heads of educational institutions, whose names the text
// varies most ("Liaoning Education College", "Liaoning University of Education").
var exEduHeads = exSet(`university college institute academy school polytechnic`)

// exPartyBodies are party organs that are folded into the organisation they
// belong to ("the CPC Committee of Liaoning University" is Liaoning University).
var exPartyBodyWords = exSet(`party cpc committee standing discipline disciplinary inspection commission
group leading ` + exPartyOrganMoreWords)

// exPlaceSuffix makes a run of capitalised words a place: "Anshan City".
// City, Province and Municipality are dropped from the canonical name
// ("Anshan"); the others are kept ("Wuchang District").
var exPlaceSuffix = exSet(`city province municipality district county prefecture region town township village area`)
var exPlaceSuffixDropped = exSet(`city province municipality`)

// exGovWords fold a place's government or party committee into the place:
// "Anshan Municipal Party Committee", "Suzhou Municipal People's Government".
var exGovWords = exSet(`municipal provincial city district county party committee government
people's peoples people' people cpc standing`)

// exTitleCore are the nouns that end a post title; exTitleMod the words that
// may precede them within the title ("Executive Vice Mayor").
var exTitleCore = exSet(`president vice-president presidents secretary secretary-general
secretaries chairman chairwoman chairperson chair vice-chairman director director-general
directors curator dean deans vice-dean mayor vice-mayor governor vice-governor chief manager
engineer accountant head minister principal chancellor member commissioner officer
leader inspector consultant counsel magistrate expert researcher fellow professor academician
vice-chancellor pro-vice-chancellor vice-principal vice-director vice-secretary vice-chair
vice-chairwoman mayors ceo headmaster headmistress physician surgeon founder curators chiefs
governors magistrates vice-mayors chairmen managers
lecturer scientist scholar rector provost investigator ` + exMemberPostCores + " " + exOfficerCores + " " + exPressPostCores + " " + exInChiefMemberCores)

// ("vce" is the genre's commonest typo of "vice")
var exTitleMod = exSet(`vice vce deputy executive associate assistant honorary acting standing
first party general chief district county city council university municipal provincial
administrative committee school board managing full-time senior permanent
financial technical academic legal principal ` + exMemberPostMods + " " + exFieldPostMods + " " + exManagerFieldMods + " " + exCivilRankMods)

// exInstMods are title modifiers that are also the last word of an
// institution or place name; they start a title only when no name precedes
// them ("Wuchang District Secretary" is a place and a title).
var exInstMods = exSet(`district county city university municipal provincial committee
school party administrative`)

// exRunStops are words that end a run of capitalised words: function words
// and verbs capitalised in title-case headings ("… Signed Between Hubei
// University and …", "X Forms …", "X and Y Set Up …").
var exRunStops = exSet(`between with by to and of for the in on at from into signed sign signs
visited visits visit went goes established establish held holds collaborates cooperates
attended met meets launched unveiled was were is are build builds co-build co-builds
co-found co-founds unveil unveils jointly launch
becomes become links opens launches hosts joins deepen deepens forge forges welcomes receives renews
inspects inspect inspected investigate investigates forms form designates sets set up establishes
creates`)

// exDocWords end names of documents and projects, not of organisations:
// "“District School Cooperation Agreement”".
var exDocWords = exSet(`agreement agreements memorandum contract contracts project projects
plan program programme seminar forum conference meeting ceremony`)

// exMemberCores are title cores that are not leadership posts: they give
// member-of rather than leads ("chief engineer", "a chief expert at X").
var exMemberCores = exSet(`member members engineer expert researcher fellow accountant consultant
counsel professor academician physician surgeon founder lecturer scientist scholar investigator ` + exMemberPostCores + " " + exInChiefMemberCores + " " + exCivilRankCores)

// ---- titles (titles.go) ----

// exTitleTypoNotWords are English words one edit from a title core that are
// no typo of it ("follow" of "fellow", "export" and "expect" of "expert").
// exMemberPostCores are posts of the teaching, advisory and specialist
// staff: a post at the body, no leadership of it ("a doctoral supervisor of
// X", "a teacher at Y", "counsellor of the Municipal Government", "the
// group's chief archaeologist", "a staff member of Z").
const exMemberPostCores = `teacher supervisor tutor counsellor counselor adviser advisor
archaeologist economist architect designer analyst specialist technician nurse staff librarian ` + exBoardSeatCores + " " + exSpecialistPostCores + " " + exInstructorPostCores

// exMemberPostMods qualify a post of the teaching staff ("doctoral
// supervisor", "distinguished professor", "adjunct researcher", "Chair
// Professor", "research librarian").
const exMemberPostMods = `doctoral postdoctoral distinguished adjunct emeritus chair visiting guest research`

// exPartyOrganMoreWords name further party organs of a body: "the Party
// Working Committee of X Zone" is X's, as its Party Committee is; so is its
// "Party Leadership Group".
const exPartyOrganMoreWords = `working leadership`

// exCouncilBodies name, before "Council", the kind of body whose governing
// council it is: "the University Council of X", "X University Council" and,
// with no name, "University Council" are X (its chairman leads X, as a
// party secretary does).
var exCouncilBodies = exSet(`university college school academy`)

// exOfficerCores are the chief officers' posts written as acronyms: leads.
const exOfficerCores = `cto cfo coo cio cso`

// exCompanyPostCores are posts only an enterprise has: a one-word name
// they follow ("Nordlys CEO P", "P, Nordlys chief executive,") is a
// company, where "Shandong Governor P" is a place.
var exCompanyPostCores = exSet(`ceo executive chairman chairwoman chairperson manager founder ` + exOfficerCores)

// exAlumniNouns name a person's school as a former student's: "an alumnus
// of X" holds no post at X.
var exAlumniNouns = exSet(`alumnus alumna alumni graduate`)

// exGoverningOrganNouns name, alone before "of X", the organ that governs
// X: "Chair of the Council of X" leads X.
var exGoverningOrganNouns = exSet(`council senate`)

// exMoreHonorifics are the Western honorifics of knighthood and address
// ("Sir Martin Hale", "Dame Helen Ward", "Madam Lin"): not part of a name.
const exMoreHonorifics = `sir dame madam`

// exBodyKindNouns in an apposition after a name say what kind of body it
// is ("Tianmen Robotics, a company founded by …"): the name is a body.
var exBodyKindNouns = exSet(`company firm enterprise startup start-up manufacturer maker producer
supplier provider corporation`)

// exNoPlacePostCores are posts no city, county or province has (its
// government's are mayors and governors, its party committee's
// secretaries): a president or a dean after a mayor is of another body.
var exNoPlacePostCores = exSet(`president vice-president dean vice-dean principal vice-principal curator
ceo manager headmaster headmistress rector chancellor vice-chancellor provost chairman chairwoman`)

// names2: exHeadlineVerbParticles follow, in lower case, the verb of a
// title-case heading that is glued onto a body's name ("X Academy Seeking
// for Cooperation", "X Government Inaugurates in Y", "X Carries out",
// "X Pays a Visit"): the verb is no word of the name (mention.go).
var exHeadlineVerbParticles = exSet(`for with to in on at out up a an the into`)

// names2: exInChiefMemberCores are hyphenated posts of a body's technical
// staff ("Li Min, Engineer-in-chief of X Commission"): posts, so no
// organisation's name, and member-of, as "chief engineer" is.
const exInChiefMemberCores = `engineer-in-chief engineers-in-chief`

// exInstitutionHeads end the names of whole institutions, whose party
// committee "the School Party Committee" is.
var exInstitutionHeads = exSet(`university college polytechnic academy institute`)

// exBodyDocModifiers before a document or event word make it a body's
// name: "the Chinese People's Political Consultative Conference" (its
// committees' chairmen lead them) is no conference held.
var exBodyDocModifiers = exSet(`consultative`)

// exSpeechVerbs, after a person with a bare post and before "the
// university", say the person speaks for that body ("President P said the
// university would …"); thanks and welcomes go to the other side.
var exSpeechVerbs = exSet(`said says noted notes stated states introduced introduces added adds
pointed explained explains stressed stresses emphasized emphasised hoped hopes`)

// exMoreAppositionFillers may stand in an apposition of posts besides
// exAppositionFillers: "P, a graduate of X and now chairman of Y", "P –
// President of X – said".
var exMoreAppositionFillers = exSet(`now presently - – — ` + exPostPraiseWords)

// exPostPraiseWords praise the holder of a post in an apposition ("a
// renowned professor from X"): the post and its body follow.
const exPostPraiseWords = `renowned well-known famous noted distinguished prominent eminent`

// exInstitutionPostCores are posts only a whole institution has, never one
// of its units: a president carried over from a unit's post is the
// institution's.
var exInstitutionPostCores = exSet(`president vice-president chancellor vice-chancellor provost rector`)

// exPresidedUnitHeads end the names of units that have presidents of their
// own: an affiliated hospital's vice president is the hospital's, not its
// university's.
var exPresidedUnitHeads = exSet(`hospital`)

// exFieldPostMods name a post's field before its core ("HR director",
// "sales manager"): "Sinovel-Rhein HR director P" is the company's.
const exFieldPostMods = `hr sales marketing personnel`

var exTitleTypoNotWords = exSet(`follow export expect loader leaner fonder flounder`)

// ---- end of titles ----

// exNationalPosts are the nation's posts: named without a body, they are
// of none the article names ("General Secretary X", "Premier Y").
var exNationalPosts = exWords(map[string]bool{"general secretary": true, "general-secretary": true,
	"premier": true, "vice premier": true, "state councilor": true})

// exGovTitles are posts of a government: bound to a place when no
// organisation is named.
var exGovTitles = exSet(`mayor vice-mayor governor vice-governor magistrate mayors vice-mayors
governors vice-governors magistrates`)

// exPluralTitleCores end a post named in the plural before a list of names
// it covers ("vice presidents A and B", "deputy mayors A and B").
var exPluralTitleCores = exSet(`presidents vice-presidents secretaries directors deans mayors
vice-mayors governors vice-governors chairmen managers curators chiefs magistrates`)

// exHonorifics precede a name and are not posts.
var exHonorifics = exSet(`prof. prof professor dr. dr mr. mr ms. ms mrs. mrs academician comrade ` + exMoreHonorifics)

// exFunctionWords are capitalised at the start of a sentence but never
// start a name.
var exFunctionWords = exSet(`the a an this that these those on in at to of for from by with as
after before during since until according recently subsequently furthermore moreover
meanwhile following among present it its he she they we i our their his her
both several all each some many more over through under when while if and or but also
however then there here so today yesterday leaders representatives relevant deans heads
signing ceremony`)

// exMonths are month names and abbreviations, never names. "Jun" without
// its period is left out: it is also a common given name in pinyin.
var exMonths = exSet(`january february march april may june july august september october
november december jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec.
jan feb mar apr jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
saturday sunday`)

// exAbbrev are words whose final period is not a sentence end.
var exAbbrev = exSet(`mr mrs ms dr prof co ltd inc corp no nos st jan feb mar apr jun jul aug
sep sept oct nov dec vs jr sr dept univ assoc govt`)

// exNotOrgAcronyms are upper-case words that name no organisation of ours.
var exNotOrgAcronyms = exSet(`cpc rmb covid gdp ceo phd mba ai it ict usd cny ok tv am pm ad bc
ii iii iv mou r&d ` + exOfficerCores)

// exGenericAcronyms are acronyms of bodies every city has (a people's
// political consultative conference, an assets commission): organisations,
// but qualified by their city when the text gives one.
var exGenericAcronyms = exSet(`cppcc sasac npc`)

// exPlaceModifiers describe a district rather than name it: "New" of
// "Binhai New Area", "Hi-tech" of "X Hi-tech Zone".
var exPlaceModifiers = exSet(`new old ancient high-tech hi-tech economic development industrial free trade
special pilot national provincial bonded comprehensive`)

// exLowerPlaceCues follow a place name in lower case: "Qingdao municipal
// government", "Shaanxi province", "the Shaanxi government".
var exLowerPlaceCues = exSet(`municipal provincial city province municipality county district
government prefecture`)

// exFieldWords name the field or sector of a body. Two of them joined by
// "and" are one body's ("Culture and Tourism Bureau", "Radio and TV
// Bureau"); a name word next to "and" is the end of one name and the start
// of another.
var exFieldWords = exSet(`science sciences technology technologies culture cultural tourism
radio tv television film press publication publishing news media art arts literature
history heritage relics education educational research teaching training health
medicine medical pharmaceutical food drug agriculture agricultural rural forestry
fisheries water resources land natural environment environmental ecology ecological energy
power electric electricity electrical electronics electronic information communications
communication telecommunications internet software computer data digital network networks
industry industrial industries manufacturing commerce commercial trade business economy
economic economics finance financial investment development reform planning construction
housing transport transportation traffic logistics railway aviation aerospace marine
maritime ocean chemical chemistry chemicals materials material carbon graphene steel iron
metallurgy mining petroleum oil gas textile fiber fibre machinery equipment engineering
design innovation entrepreneurship talent human social security affairs sports sport
youth women civil administration management law legal justice public services service
foreign exchange cooperation international language languages humanities society
physics mathematics humanity biology biological biotechnology life philosophy politics political
tourist hotel catering mechanical automotive vehicle vehicles
maternal child children elderly older adults family families veterans disabled
guidance service student students reading promotion protection conservation
archaeology museology treasure treasures care security quality standards
vocational technical technological professional
europe european africa african asia asian america american americas oceania latin ` + exFieldWordsBodies)

// exBackPlaceNouns are the nouns of "the city", "the province" when they
// refer to the place the article is about, with the level they refer to.
var exBackPlaceNouns = map[string]placeLevel{"city": levelCity, "province": levelProvince, "county": levelDistrict, "district": levelDistrict}

// exPlaceDescriptors head an apposition that locates a place: "capital of
// X", "a city in X".
var exPlaceDescriptors = exSet(`capital seat city county town district province region part`)

// exBackHeads are the head words of the names "the <noun>" may refer to:
// "the school" is often a university in this genre's English.
var exBackHeads = map[string][]string{
	"school":  {"school", "university", "college", "polytechnic", "institute", "academy"},
	"college": {"college", "polytechnic"},
	"company": {"company", "group", "corporation", "co.", "ltd."},
	"group":   {"group", "company", "corporation", "co.", "ltd."},
}

// exUnitHeads end the names of academic and administrative units, which
// lists of units share a parent with.
var exUnitHeads = exSet(`school faculty college department institute library museum gallery
centre center office laboratory lab division`)

// exAcademicUnitHeads begin the names of a university's own units ("School
// of X", "Department of Y"), which belong to the article's one university
// when the text names no other parent; a university the name grammar reads
// as the unit of one is a name cut at its "of" (parts.go
// exUniversityNameCutAtOf).
var exAcademicUnitHeads = exSet(`school faculty department college`)

// exHomeNouns follow "our" when the publishing body speaks of itself ("our
// university", "our side", "our president").
var exHomeNouns = exSet(`university school college institute academy company museum library group
side president chairman institution department hospital centre center`)

// exGovBodyHeads end the names of government bodies that may be "in" a
// place ("the Bureau of Commerce in Yibin").
var exGovBodyHeads = exSet(`bureau commission committee department office government administration
sasac cppcc`)

// exDelegationNouns name a visiting party ("the visiting delegation").
var exDelegationNouns = exSet(`delegation team group`)

// exVisitorPronouns stand for the last visitors ("They also visited …").
var exVisitorPronouns = exSet(`they`)

// exBaseWords in lower case say a base is meant ("a practice base").
var exBaseWords = exSet(`base bases workstation workstations station stations`)

// exAppositionFillers may stand between a name and its posts without
// ending the apposition ("Ma Lin, a professor and president of X"), among
// them a relative clause's ("Ma Lin, who is also president of X").
var exAppositionFillers = exSet(`, ( and a an the alumna alumnus from professor prof. also ’ '
who is was serves served as currently concurrently
appointed named elected newly recently`)

// exPostBodies name the kind of body a post is of when the text does not
// say: a curator's is a museum or a gallery, a librarian's a library.
var exPostBodies = map[string][]string{
	"curator":   {" museum", " gallery"},
	"librarian": {" library"},
	// a chairman's or a general manager's is an enterprise or a society; a
	// principal's a school (persons and visits section)
	"chairman":     exCompanyBodies,
	"chairwoman":   exCompanyBodies,
	"chairperson":  exCompanyBodies,
	"ceo":          exCompanyBodies,
	"manager":      exCompanyBodies,
	"principal":    {" school", " kindergarten"},
	"headmaster":   {" school", " kindergarten"},
	"headmistress": {" school", " kindergarten"},
}

// exCompanyBodies end the names of enterprises and societies, whose posts
// are chairmen and managers.
var exCompanyBodies = []string{" company", " group", " ltd.", " corporation", " inc.", " llc", " co.",
	" association", " federation", " chamber", " society", " foundation"}

// exPrefixedUnitHeads end the name of a unit that begins with its
// university's name even when the text names the university nowhere else
// ("Qiantang University Library", "… University Press", "… University
// History Museum"); exGroupUnitPrefixHeads end the names of enterprises
// whose name may begin a unit's when the text names the enterprise too
// ("… Port Group Technology Center"), unless a word of
// exJointBodyWords says the unit is one the enterprise set up with others
// ("… Group Intelligent Manufacture Innovation Center"). A hospital so named
// ("… University Second Hospital") is a body of its own.
var exPrefixedUnitHeads = exSet(`library press museum archives gallery`)
var exGroupUnitPrefixHeads = exSet(`group corporation company`)
var exJointBodyWords = exSet(`innovation joint alliance industry-university industry-education`)

// exBranchParentHeads end enterprises' names that a branch's name
// (exBranchNouns) may begin with: "Jinshui Bank Beihai Branch".
var exBranchParentHeads = exSet(`bank group corporation company insurance`)

// exUniversityUnitWords name units only a university has ("Graduate
// School", "Academic Affairs Office", "Office of Student Affairs"); with
// exUniversityUnitFillers and the sub-unit heads they make the whole of
// such a generic name.
var exUniversityUnitWords = exSet(`academic teaching student students graduate postgraduate undergraduate
admissions admission alumni enrollment enrolment`)
var exUniversityUnitFillers = exSet(`of and for affairs work service services career careers development
guidance management employment`)

// exUnitModifiers make a two-word unit name generic ("Graduate School",
// "International School"): a unit of some organisation.
var exUnitModifiers = exSet(`graduate international continuing adult vocational general`)

// exZoneHeads end the names of zones a place sets up ("… Pilot Zone").
var exZoneHeads = exSet(`zone area park`)

// exCountries are country names: a country after an organisation's head
// word is still part of its name ("… Business School China").
var exCountries = exSet(`china japan korea singapore malaysia thailand vietnam russia germany
france italy spain britain uk usa america canada australia ` +
	// rsigned6 (signed_qualifiers.go): the partners' countries a signing
	// sentence sets after their names ("… Autonomous University, Mexico")
	`mexico brazil argentina chile peru colombia cuba india pakistan indonesia philippines
mongolia kazakhstan uzbekistan kyrgyzstan tajikistan belarus ukraine poland hungary czechia
austria switzerland netherlands belgium sweden norway denmark finland ireland portugal greece
turkey egypt israel iran laos cambodia myanmar nepal serbia kenya nigeria ethiopia`)

// exProvinces are China's province-level divisions (general-world
// knowledge): a bare "Liaoning" or "Sichuan" is a place.
var exProvinces = exSet(`liaoning jilin heilongjiang hebei henan shandong shanxi shaanxi jiangsu
zhejiang anhui fujian jiangxi hubei hunan guangdong guangxi hainan sichuan guizhou yunnan
gansu qinghai ningxia xinjiang tibet xizang beijing shanghai tianjin chongqing`)

// exMunicipalities are province-level cities.
var exMunicipalities = exSet(`beijing shanghai tianjin chongqing`)

// exDroppable are modifiers a text often drops from a name it has given in
// full ("Hemudu Museum" for "Hemudu Site Museum", "Liaoning People's
// Association" for "Liaoning Provincial People's Association").
var exDroppable = exSet(`provincial municipal research site city national ` + exMediaDroppable)

// exBackNouns are the head nouns of "the university", "the museum's …":
// back-references to an organisation the article has named.
var exBackNouns = exSet(exBackNounWords + " " + exBackNounWordsBodies)

const exBackNounWords = `university college institute academy school polytechnic museum library
hospital company group association archives gallery centre center bureau corporation
laboratory lab`

var exBackNounList = strings.Fields(exBackNounWords + " " + exBackNounWordsBodies)

// exModalCues before a signing make it unrealised: hoped for, planned or
// future ("will sign", "hope to sign", "plans to … through signing").
var exModalCues = exSet(`will would shall hope hopes hoped hoping plan plans planned planning
intend intends intended expect expects expected may might could should wish wishes aim aims
looking forward prepare prepares preparing through`)

// exProposalCues say a thing is only proposed ("suggested that both sides
// establish … bases").
var exProposalCues = exSet(`suggest suggests suggested suggesting propose proposes proposed proposing`)

// exAttendCues before "signing" make it attendance at a ceremony, not a
// signature: "attended the signing ceremony".
var exAttendCues = exSet(`attended attend attending participated present witnessed at`)

// exRepresentativeNouns stand between "signed with" and the parties they
// represent ("with representatives of the eight enterprises: A, B, …").
var exRepresentativeNouns = exSet(`representatives representative leaders heads delegates officials
delegations governments government authorities administrations`)

// exGroupPosts name a post in the plural before the names it covers
// ("administrators of X, including A and B").
var exGroupPosts = exSet(`administrators leaders directors managers executives officials heads`)

// exListOpeners open the list of names a plural post covers.
var exListOpeners = exSet(`including includes namely such`)

// exWitnessCues open a phrase naming who witnessed a signing, not who
// signed: "witnessed by", "in the presence of".
var exWitnessCues = exSet(`witnessed witness witnessing presence`)

// exSignCues say that parties signed something.
var exSignCues = exSet(`sign signed signs signing co-signed cosigned inked inks`)

// exConcludeCues say that parties signed something only when an
// agreement is their object: "concluded a cooperation agreement", "reached
// an agreement", "entered into an agreement", "renewed their agreement"
// (but "the ceremony concluded").
var exConcludeCues = exSet(`concluded conclude concludes reached reach reaches entered enter enters
renewed renew renews`)

// exAgreementNouns are the documents whose conclusion is a signature.
var exAgreementNouns = exSet(`agreement agreements memorandum memorandums contract contracts accord accords mou mous
pact pacts`)

// exAffiliationWords before "to" or "with" attach a body to the one it
// belongs to: "X Hospital, affiliated to Y University", "subordinate to".
var exAffiliationWords = exSet(`affiliated subordinate attached`)

// exSubsidiaryNouns between two enterprises' names make the second the
// first's: "X Group('s) subsidiary Y Co., Ltd.".
var exSubsidiaryNouns = exSet(`subsidiary`)

// exReceptionCues before a delegation say its hosts received or met it:
// "Y received a delegation from X".
var exReceptionCues = exSet(`received receives receive welcomed welcomes welcome hosted hosts host met meets`)

// exBroadcastWords before "Station" make it a broadcaster, an
// organisation, rather than a base ("Radio and Television Station").
var exBroadcastWords = exSet(`radio television tv broadcasting`)

// exLowerOrganWords name, in lower case after a body, an organ of it:
// "member of the X leading group", "secretary of the X party committee".
var exLowerOrganWords = exSet(`leading group party committee standing`)

// exEventVerbs before "(off/place) at X" name the venue of an event: "…
// kicked off at X", "was held at X", "took place in X".
var exEventVerbs = exSet(`held kicked took opened`)

// exVisitCues say that someone went somewhere.
var exVisitCues = exSet(`visit visited visits visiting toured tours inspected inspects`)

// exGoCues before "to" say someone went there ("made a trip to", "led a
// delegation to").
var exGoCues = exSet(`went came go goes come travelled traveled trip delegation team`)

// exFieldworkCues before "at" say someone was there ("conducted research
// at", "inspection at").
var exFieldworkCues = exSet(`activities research investigation inspection survey`)

// exEstablishCues say that a base or centre was set up.
var exEstablishCues = exSet(`establish established establishing co-establish co-established
set build built building construct constructing co-build jointly unveil unveiled unveiling
launch launched opened found founded`)

// exSurnames are common Chinese surnames in pinyin (general-world knowledge).
var exSurnames = exSet(`wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he
gao lin luo zheng liang xie song tang han feng deng cao peng zeng xiao tian dong yuan pan yu
jiang cai du ye cheng wei su lu ding ren shen yao jin tan lv lü shi fu fan fang bai zou meng
xiong qin qiu kong jia gong hou shao wan qian duan lei yin long hao kang chang qi gu mao shan
he hao wen ran yan bi ning ou ouyang le xing an tao geng zhan mo yi bao ji ai niu dai hong ge
xiang che pang ling liao shu gan huo wei zuo cui miao chu zang lang rao sima zhuge situ
mei lian chai yun yue zhong jiao lou guan hua bian mu sang zhai nie min dou ke kou zhuang ba qu
quan dang shang tu hang nian sheng luan lan rong weng xue tong yuan sui shang pei lai you bo
ruan jing xia wu jian qiao hua qu zhan ge feng nong wen zhuo cen ni kuang sha cong lyu`)

// pinyin syllables: initials and finals. A word that segments into them is
// a plausible romanised Chinese name part.
var exPinyinInitials = []string{"zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s", "y", "w", ""}

var exPinyinFinals = exSet(`a o e i u v ai ei ui ao ou iu ie ve ue er an en in un vn ang eng ing
ong ia iao ian iang iong ua uo uai uan uang ueng`)

var exPinyinFold = strings.NewReplacer("’", "", "'", "", "ü", "v", "-", "") // "Ming-hui"

// exGluedName: w is a surname and a pinyin given name written as one word
// ("yaoshan").
func exGluedName(w string) bool {
	for j := 1; j+2 <= len(w); j++ {
		if exSurnames.has(w[:j]) && exIsPinyin(w[j:]) {
			return true
		}
	}
	return false
}

// exIsPinyin reports whether w (letters and apostrophes) segments into
// pinyin syllables: "Xiaowen", "Ji'an", "Yishan".
func exIsPinyin(w string) bool {
	w = strings.ToLower(w)
	if strings.ContainsAny(w, "’'ü-") { // the replacer allocates even when nothing matches
		w = exPinyinFold.Replace(w)
	}
	if len(w) < 2 || len(w) > 12 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	// ok[i]: w[:i] segments.
	var ok [16]bool
	ok[0] = true
	for i := 0; i < len(w); i++ {
		if !ok[i] {
			continue
		}
		// every syllable w[i:j+1] is: walk the trie along w from i
		for j, n := i, 0; j < len(w); j++ {
			if n = int(exPinyinTrie[n].next[w[j]-'a']); n == 0 {
				break
			}
			if exPinyinTrie[n].syllable {
				ok[j+1] = true
			}
		}
	}
	return ok[len(w)]
}

// exPinyinNode is a node of exPinyinTrie: the node after each letter a–z
// (0: none), and whether the letters to it spell a syllable.
type exPinyinNode struct {
	next     [26]int16
	syllable bool
}

// exPinyinTrie holds the syllables exIsPinyin segments a word into, every
// initial with every final it may take, computed once so that testing a
// word costs no look-up in a map; node 0 is the root.
var exPinyinTrie = func() []exPinyinNode {
	trie := []exPinyinNode{{}}
	for _, ini := range exPinyinInitials {
		for fin := range exPinyinFinals.words {
			if !exSyllableOK(ini, fin) {
				continue
			}
			n := 0
			for _, c := range []byte(ini + fin) {
				if trie[n].next[c-'a'] == 0 {
					trie = append(trie, exPinyinNode{})
					trie[n].next[c-'a'] = int16(len(trie) - 1)
				}
				n = int(trie[n].next[c-'a'])
			}
			trie[n].syllable = true
		}
	}
	return trie
}()

// exSyllableOK rules out the commonest impossible initial+final pairs so
// that English words rarely pass as pinyin.
func exSyllableOK(ini, fin string) bool {
	switch {
	case fin == "er":
		return ini == ""
	case ini == "j" || ini == "q" || ini == "x":
		return fin[0] == 'i' || fin[0] == 'u' || fin[0] == 'v'
	case ini == "" && (fin[0] == 'i' || fin[0] == 'u' || fin[0] == 'v'):
		return false // written with y- or w-
	case ini == "y" || ini == "w":
		return fin[0] != 'i' || ini == "y"
	case fin == "v" || fin == "ve" || fin == "vn":
		return ini == "n" || ini == "l"
	case len(fin) > 1 && fin[0] == 'i' && fin != "iu" && fin != "ie" && fin != "in" && fin != "ing" && fin != "ia" && fin != "iao" && fin != "ian" && fin != "iang" && fin != "iong":
		return true
	}
	if len(fin) > 1 && fin[0] == 'i' {
		switch ini {
		case "zh", "ch", "sh", "r", "z", "c", "s", "g", "k", "h", "f", "w":
			return false
		}
	}
	return true
}

// ---- organisations, their structure, agreements and bases (extA) ----

// exPossessedUnitHeads head, besides the sub-unit nouns and the works
// (exFacilityHeads), the names of the units a body's possessive names
// ("the committee's Legislative Affairs Commission").
var exPossessedUnitHeads = exSet(`commission council`)

// exFacilityHeads are lower-case heads of works that end a name: "Xishan
// coal mine", "the Nanhu steel plant"; exFacilityModifiers (with the
// field words) the trades that may precede them.
var exFacilityHeads = exSet(`mine mines colliery plant factory mill works farm shipyard refinery smelter`)
var exFacilityModifiers = exSet(`coal cement paper copper gold silver zinc aluminium aluminum thermal
hydropower nuclear wind solar sugar tea dairy tobacco glass salt tin lead`)

// exBackNounWordsBodies are more head nouns of back-references ("the
// laboratory's director", "the committee's Legislative Affairs
// Commission"); they join exBackNounWords.
const exBackNounWordsBodies = `laboratory lab commission committee council foundation federation society court
zone alliance consortium`

// exDesignationVerbs, in the passive, say a body is made a unit of
// another: "X was designated the Fourth Affiliated Hospital of Y"; the
// exBecomeVerbs say it in the active: "X became the Clinical College of Y".
var exDesignationVerbs = exSet(`designated named renamed upgraded ` +
	// xvisits (bases): more verbs of a designation ("was listed as a
	// science popularisation base of Y")
	`listed selected identified recognized recognised approved chosen`)
var exBecomeVerbs = exSet(`became becomes become`)

// exBeAux make a participle passive ("was named", "has been designated").
var exBeAux = exSet(`was is are were be been being`)

// exDesignationFillers may stand between the body and its designation
// ("has been formally designated the", "has officially become a").
var exDesignationFillers = exSet(`has have had will formally officially now also the a an as to
into recently`)

// exCountWords count the parties of "the three parties", "all four sides".
var exCountWords = map[string]int{"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10}

// exPastForms of the signing verbs: after "to" they are no infinitive.
var exPastForms = exSet(`signed co-signed cosigned inked`)

// exDraftWords make an agreement one not (yet) signed: "a draft agreement
// between A and B".
var exDraftWords = exSet(`draft proposed possible potential planned future prospective`)

// exGroundsNouns name the grounds of a body where something is set up: "on
// Y's campus", "on the campus of Y".
var exGroundsNouns = exSet(`campus campuses premises grounds site`)

// exServeVerbs before "as" make a body a base: "the museum will serve as
// a teaching base of Y".
var exServeVerbs = exSet(`serve serves served serving act acts acted`)

// exLocatedWords before "at/in/on Y" say where a thing is: "a joint
// institute to be based at Y", "the base, located in Y".
var exLocatedWords = exSet(`based located housed sited situated`)

// exBaseGrantCues say a base is granted or designated, not only spoken of:
// "awarded the X base", "designated as a base".
var exBaseGrantCues = exSet(`awarded award awards designated designate designates named listed
selected approved accredited granted become became becomes inaugurated inaugurate opened open
opens jointly`)

// exJointCues say that the parties before them set a thing up together:
// "A and B jointly set up", "co-established".
var exJointCues = exSet(`jointly joint together co-establish co-established co-establishes co-build co-built
co-builds co-found co-founded co-founds`)

// exLowerUnitHeads end the names of units written in lower case after
// "its" or a possessive; exUnitModifierWords (with the field words) are
// the words that may precede them ("its second affiliated hospital", "the
// hospital's cardiology department").
var exLowerUnitHeads = exSet(`department hospital school college institute library museum centre
center laboratory lab office branch clinic group kindergarten`)

// exLowerUnitFieldWords name, besides exFieldWords, the fields of units
// written in lower case ("college of horticulture", "school of teacher
// education", "college of animal science"); kept apart from exFieldWords,
// which decide where capitalised names join at "and".
var exLowerUnitFieldWords = exSet(`horticulture animal animals plant plants crop crops veterinary
teacher teachers agronomy telemedicine revitalisation revitalization basic experimental preschool
microelectronics automation mechatronics nursing pharmacy`)
var exUnitModifierWords = exSet(`first second third fourth fifth sixth seventh eighth ninth tenth
affiliated teaching clinical graduate key cardiology neurology oncology surgery surgical pediatrics
paediatrics orthopaedics orthopedics radiology dermatology ophthalmology obstetrics gynaecology
gynecology emergency nursing pharmacy stomatology psychiatry urology rehabilitation`)

// exSentenceAdverbs open a sentence before a comma and name no body:
// "Earlier, X signed …".
var exSentenceAdverbs = exSet(`earlier later previously afterwards afterward additionally besides
currently finally first firstly second secondly third lastly likewise similarly notably next
last again still thereafter subsequently overall`)

// exMakeVerbs and exDesignateActive take the body made a base as their
// object: "making the museum the university's teaching base", "the bureau
// will designate the museum as a base".
var exMakeVerbs = exSet(`make makes made making`)
var exDesignateActive = exSet(`designate designates designating name names naming list lists listed
listing`)

// exPartNouns head an apposition that makes a body part of another: "X,
// a subordinate unit of Y", "X, a wholly owned subsidiary of Y", "X, a
// teaching hospital of Y", "X, part of Y".
var exPartNouns = exSet(`unit subsidiary branch affiliate division department institute part
hospital college school centre center laboratory`)

// exBelongVerbs before "to" make a body part of another: "X, which
// belongs to Y", "X, belonging to Y".
var exBelongVerbs = exSet(`belongs belong belonging belonged`)

// exMultiPartyWords name an agreement that binds every party to every
// other: "a tripartite agreement".
var exMultiPartyWords = exSet(`tripartite quadripartite multilateral multi-party multiparty`)

// exHelpVerbs make the body after them the builder: "help it build a
// stroke center" is the helped body's own centre.
var exHelpVerbs = exSet(`help helps helped helping assist assists assisted assisting support supports`)

// exFieldWordsBodies are more sectors of bodies (they join exFieldWords):
// "X Port and Shipping Group".
const exFieldWordsBodies = `port ports shipping harbour harbor airport aquaculture oceanology
oceanography fisheries` + exFieldWordsNames6

// --- names6 (mention stage, round 6) ---

// exFieldWordsNames6 are more fields that commissions and committees of
// this genre join with "and": "Economy and Informatization Commission",
// "Cultural History and Study Committee", "X Drink & Food Co., Ltd.".
const exFieldWordsNames6 = ` informatization informationization study studies drink drinks beverage beverages`

// exAndFieldPairs are two words that "and" makes one field although neither
// is a field alone: "the Belt and Road Research Institute", "Belt and Road
// Academy" (the initiative's name, in this genre everywhere). Keyed by the
// two words in lower case joined by "+".
var exAndFieldPairs = exSet(`belt+road`)

// exWesternGivenNames are common European given names, which make the two
// words they open a person's name where no post or comma marks one: a
// foreign guest named after the body whose post he holds ("CEO of Tanhai
// GmbH Rudolf Berger visited …", "Deputy Mayor of Nordhafen Michael Kern
// attended"). Names that are also places, months or English words (Victoria,
// Georgia, Florence, June, Mark, Will, Grant) are left out.
var exWesternGivenNames = exSet(`adam adrian alain alan albert alberto alejandro alessandro
alexander alexandre alexei alexey andrea andreas andrei andrew andrey angela anna anne antoine
anton antonio arnaud axel benjamin bernard bernd brian bruno carl carlos caroline catherine
charles chris christian christine christoph christophe christopher claude claudia daniel
david denis dieter dmitry eduardo elena elisabeth emily emma emmanuel enrico eric erik ernst
eva fabio federico felix fernando francesca francesco francisco francois françois frank
frederic friedrich gabriel gerhard giorgio giovanni giuseppe gregory guido gunter günter
hans heinrich helmut henri henrik hermann hugo igor ingrid isabel ivan jacques jakob james
jan jean jens jeremy joachim johan johann johannes john jonathan jorge jose josé joseph
juan julia julien jurgen jürgen karl katarina katharina klaus kurt lars laura laurent lorenzo
louis lucas luis lukas manfred manuel marc marco marcus maria marie mario markus martin
massimo matthew matthias maurizio max michael michel michele miguel mikhail natalia nicolas
nikolai oleg olga oliver olivier pablo paolo pascal patrick paul pedro peter philippe pierre
rafael ralf raymond reinhard ricardo richard robert roberto rolf rudolf sabine sandra sebastian
sergei sergey simon sophie stefan stefano stephan stephen steven sven thierry thomas timothy
tobias ulrich uwe vincent vladimir walter werner william wolfgang xavier yuri`)

// exCompanyFormsNames6 are the company forms as real pages also type them,
// without the period or in capitals ("Hunan Tanhai Group Co., Ltd,",
// "Tanhai Biotech co., LTD", "Linhe Optronics (Shanghai) Limited", names11:
// "the Yunnan X Polysilicon Co and …"); they join exOrgHeads and
// exCompanySuffix.
const exCompanyFormsNames6 = ` ltd inc limited co`

// exClosingCompanyForms end a company's name: nothing after them but a
// branch's name is part of it.
var exClosingCompanyForms = exSet(`ltd. ltd inc. inc`)

// exForeignHeadsNames6 are the head nouns of European bodies that English
// pages keep in their own language ("Technische Universität Ilmenau",
// "Universidade Federal do Ceará", "Hochschule Darmstadt"); they join
// exOrgHeads.
const exForeignHeadsNames6 = ` universität universitat universidade universidad università universita
université universite hochschule akademie academia instituto istituto institut politecnico
politécnica politecnica ospedale hôpital hopital`

// exNameParticles are the lower-case words that join the words of a
// European body's name ("Universidade Federal do Ceará", "Ospedale
// Maggiore della Carità", "Universidad de Chile"): a run of name words goes
// on over one when a capitalised word follows.
var exNameParticles = exSet(`de del della delle degli dello di da do dos das du des der für`)

// exEnglishParticles are the particles that are also English words ("do"):
// a run goes on over one only after a foreign head (exForeignHeadsNames6).
var exEnglishParticles = exSet(`do`)

// exForeignHeads is exForeignHeadsNames6 as a set.
var exForeignHeads = exSet(exForeignHeadsNames6)

// exSessionCongressWords open "National Congress", "Party Congress": with
// an ordinal before them they name a session of a party's congress.
var exSessionCongressWords = exSet(`national party`)

// exOrdinalWords are ordinals in words ("the tenth Party Congress").
var exOrdinalWords = exSet(`first second third fourth fifth sixth seventh eighth ninth tenth
eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth
twentieth`)

// exOneWordNameCues stand mid-sentence before a one-word name set off by a
// post ("signed with Albuquerque, vice president of X", "…, and Hanjun,
// assistant to …").
var exOneWordNameCues = exSet(`with and , by`)

// --- end names6 ---

// exGoverningOrgans name, before "Committee of X", the body that governs X
// (a zone's administrative committee): folded into X.
var exGoverningOrgans = exSet(`administrative management`)

// exSignAuxiliaries may stand between a signer and its verb: "X also
// signed", "X has signed".
var exSignAuxiliaries = exSet(`also has have had then later jointly officially formally`)

// exStudentBaseWords make a base one for a school's students: a school
// sets it up at its partner ("practice base", "internship base"). An
// "education base" is not among them: a museum designates a "science
// education base" at a school as well.
var exStudentBaseWords = exSet(`practice practical internship teaching training`)

// ---- end of the organisation section (extA) ----

// Word-list flags of a token, so the parser tests a word against every
// list with one map look-up (exLex) when it tokenizes.
const (
	xfOrgHeads uint32 = 1 << iota
	xfBaseHeads
	xfSubunitHeads
	xfCompanySuffix
	xfEduHeads
	xfPartyBodyWords
	xfPlaceSuffix
	xfPlaceSuffixDropped
	xfGovWords
	xfTitleCore
	xfTitleMod
	xfInstMods
	xfRunStops
	xfDocWords
	xfHonorifics
	xfFunctionWords
	xfMonths
	xfAbbrev
	xfNotOrgAcronyms
	xfGenericAcronyms
	xfProvinces
	xfCountries
	xfPlaceModifiers
	xfFieldWords
	xfSignCues
	xfSurnames
)

// exLex maps a lower-case word to the flags of the lists it is in.
var exLex = func() map[string]uint32 {
	m := map[string]uint32{}
	for _, l := range []struct {
		set  map[string]bool
		flag uint32
	}{
		{exOrgHeads.words, xfOrgHeads},
		{exBaseHeads.words, xfBaseHeads},
		{exSubunitHeads.words, xfSubunitHeads},
		{exCompanySuffix.words, xfCompanySuffix},
		{exEduHeads.words, xfEduHeads},
		{exPartyBodyWords.words, xfPartyBodyWords},
		{exPlaceSuffix.words, xfPlaceSuffix},
		{exPlaceSuffixDropped.words, xfPlaceSuffixDropped},
		{exGovWords.words, xfGovWords},
		{exTitleCore.words, xfTitleCore},
		{exTitleMod.words, xfTitleMod},
		{exInstMods.words, xfInstMods},
		{exRunStops.words, xfRunStops},
		{exDocWords.words, xfDocWords},
		{exHonorifics.words, xfHonorifics},
		{exFunctionWords.words, xfFunctionWords},
		{exMonths.words, xfMonths},
		{exAbbrev.words, xfAbbrev},
		{exNotOrgAcronyms.words, xfNotOrgAcronyms},
		{exGenericAcronyms.words, xfGenericAcronyms},
		{exProvinces.words, xfProvinces},
		{exCountries.words, xfCountries},
		{exPlaceModifiers.words, xfPlaceModifiers},
		{exFieldWords.words, xfFieldWords},
		{exSignCues.words, xfSignCues},
		{exSurnames.words, xfSurnames},
	} {
		for w := range l.set {
			m[w] |= l.flag
		}
	}
	return m
}()

// --- persons and visits (leads, member-of, visited) ---

// exVisitNouns are the visit cues that are nouns: "the visit to X" refers
// to the article's last visit.
var exVisitNouns = exSet(`visit visits tour trip inspection`)

// exSiteNouns are lower-case nouns of a site named after its place ("the
// Xishan coal mine", "the Beihai plant"): a visit to it is no visit to the
// place.
var exSiteNouns = exSet(`mine mines colliery plant plants factory factories farm farms port mill
works site sites field oilfield quarry dam campus headquarters workshop warehouse plantation
plantations orchard orchards garden gardens estate vineyard reservoir`)

// exPersonReception are the reception verbs that, with a person as object
// or subject ("X welcomed P", "P was received by Q"), say that the person
// came to the host ("met" does not: two sides meet anywhere).
var exPersonReception = exSet(`received welcomed`)

// exOrganNouns end the name of an organ of a body ("Expert Committee",
// "advisory board"): a member of it is a member of the body.
var exOrganNouns = exSet(`committee committees council board panel commission`)

// exBoardPosts are the posts of "… of the Board" ("Chairman of the Board");
// exBoardKinds name the board after it ("… of the Board of Directors").
var exBoardPosts = exSet(`chairman chairwoman chairperson chair vice-chairman vice-chair member director`)
var exBoardKinds = exSet(`directors supervisors trustees governors`)

// exArrivalCues before "in" or "at" say that someone came there ("the
// delegation arrived in X").
var exArrivalCues = exSet(`arrived arrives arriving`)

// exNonAgentNouns before "of X" name who invited, hosted or supported an
// act, not who did it ("at the invitation of X", "with the support of X").
var exNonAgentNouns = exSet(`invitation invitations support help auspices sponsorship arrangement`)

// exPastPostWords before a post say it is no longer held ("former
// president of X"): SCHEMA.md's leads and member-of are posts held.
var exPastPostWords = exSet(`former late retired ex ex- then previous outgoing erstwhile`)

// exNonAgentPreps before a body make it a preposition's object, not the
// subject of a verb that follows ("after talks with X, Y visited Z").
var exNonAgentPreps = exSet(`with between at in to for on into against toward towards`)

// --- xlists: lists, conjunctions and modality (lists.go, signed.go) ---

// exNegationCues before a signing say it did not happen: "have not (yet)
// signed", "never signed".
var exNegationCues = exSet(`not never yet no`)

// exClauseVerbCues after a body that follows ", (and)" make it the subject
// of a new clause, no member of the list before it: "with A, and B will
// sign …", "with A, and B also signed …".
var exClauseVerbCues = exSet(`will would shall may might could should has have had also then later
hopes hope plans plan is are intends expects agreed`)

// exSharedPluralHeads are head nouns in the plural after a list of names
// that share them ("Tanhai and Luoxi universities"), with the head each name
// takes; the place heads make places.
var exSharedPluralHeads = map[string]string{
	"universities": "University", "colleges": "College", "institutes": "Institute", "academies": "Academy",
	"schools": "School", "museums": "Museum", "libraries": "Library", "hospitals": "Hospital",
	"companies": "Company", "groups": "Group", "banks": "Bank", "courts": "Court", "polytechnics": "Polytechnic",
	"counties": "County", "districts": "District", "cities": "City", "provinces": "Province",
	"townships": "Township", "villages": "Village",
}

// exGovPluralHeads after names that share them stand for the places
// governed ("the Tanhai and Luoxi (municipal) governments"); the word before
// may say the level, with the suffix each place takes ("" keeps the bare
// name, as a city's).
var exGovPluralHeads = exSet(`governments`)
var exGovPluralLevels = map[string]string{"municipal": "", "city": "", "provincial": "Province", "county": "County", "district": "District"}

// exPluralUnitNouns name a body's units in the plural before the list of
// them: "the hospitals affiliated to X, A and B".
var exPluralUnitNouns = exSet(`hospitals schools colleges institutes units enterprises companies subsidiaries
museums libraries centres centers departments branches faculties laboratories institutions`)

// exListVerbs open the list of the units a plural names: "the hospitals
// affiliated to X include A and B".
var exListVerbs = exSet(`include includes included including namely`)

// exProspectNouns before "(on/about/for) signing" make the signing one
// talked about, not done: "discussed signing", "reached consensus on
// signing", "preparations for signing".
var exProspectNouns = exSet(`discuss discussed discusses discussing discussion discussions consensus talks
negotiate negotiated negotiating negotiation negotiations consider considered considering
preparation preparations prepared intention intent possibility willing ready proposal`)

// exPartyGroupNouns name the parties of a list in the plural before it:
// "signed by three parties: A, B and C", "with eight enterprises,
// including A and B", "with local companies such as A".
var exPartyGroupNouns = exSet(`parties sides enterprises companies firms universities colleges institutions
organizations organisations units partners bodies agencies departments schools hospitals museums
governments counties cities districts provinces groups`)

// exPurposeVerbs before "to sign" make the infinitive the purpose of what
// was done, and the signing done: "joined hands with X to sign", "came to
// Y to sign", "gathered in Z to sign" (but "agreed to sign" is a promise).
var exPurposeVerbs = exSet(`joined hands came gathered met travelled traveled went arrived convened teamed`)

// exIrregularParticiples head an apposition of agents as "-ed" forms do:
// "X, built by A and B, …", "X, run by Y, …".
var exIrregularParticiples = exSet(`built run led set owned held founded co-founded co-built`)

// exConditionalCues open a clause whose signing is only a condition: "if
// X signs …", "unless Y signs …".
var exConditionalCues = exSet(`if unless whether`)

// ===== xvisits: the word lists of visits, bases, places and sub-units =====

// --- visits (xvisits: visits.go, visits_phrases.go) ---

// exCallCues before "on" say someone went to see a body ("called on X").
var exCallCues = exSet(`called calls call`)

// exPersonPronouns stand for the person named last ("He also visited …").
var exPersonPronouns = exSet(`he she`)

// exVisitAdverbs stand between a visit's subject and its verb ("he also
// visited", "she then went").
var exVisitAdverbs = exSet(`also then later subsequently further successively`)

// exVisitListWords join the visitors named in "the visit of A, T of B, and
// C to Z".
var exVisitListWords = exSet(`, and the a his her their its of`)

// exVisitQualifierStops end the qualifier of a delegation before its
// destination: clause and list marks and relative words ("a team of
// experts, which …").
var exVisitQualifierStops = exSet(`, ; . : which who that and or but`)

// exDelegationWords join a delegation noun to its body and leaders ("a
// delegation from X led by P").
var exDelegationWords = exSet(`from led headed by`)

// exCompanionCues before "by" name who went along with the visitors
// ("accompanied by the vice mayor"): the hosts, not visitors; and who went
// along with a side of talks ("accompanied by officials of X"), no side of
// them (signed_locator.go).
var exCompanionCues = exSet(`accompanied escorted`)

// exVisitModalCues before a visit make it unrealised beside exModalCues
// ("is willing to send a delegation to X", "intends to visit X").
var exVisitModalCues = exSet(`willing ready intends intend intended expects expect expected wishes
wish aims aim going`)

// exVisitorNouns after "the" stand for the last visitors ("The guests
// visited the laboratory", "the delegates came to X").
var exVisitorNouns = exSet(`guests visitors delegates`)

// exWeekdays date a visit ("visited A on Monday and B on Tuesday").
var exWeekdays = exSet(`monday tuesday wednesday thursday friday saturday sunday`)

// --- bases (xvisits: bases.go, bases_owner.go) ---

// exOwnerHeads end the name of a body that owns a base named after it
// ("Qiantang University Teaching Practice Base"); a base's own heads
// (centre, station, laboratory) are not among them.
var exOwnerHeads = exSet(`university college academy museum library hospital group company
corporation bureau commission association federation society foundation bank institute`)

// exCentreDeterminers may stand between a verb that sets a centre up and
// the centre without making it another clause's ("established its first
// overseas teaching center").
var exCentreDeterminers = exSet(`a an the its their his her our first second third new`)

// exSuchAsWords begin the list of examples after a plural ("bases in
// enterprises such as X", "including X").
var exSuchAsWords = exSet(`such including like`)

// --- places named without a suffix (xvisits: places_learn.go) ---

// exApposedPlaceNouns after ", a" say the name before is a place ("Xiling,
// a county in Donghu Province").
var exApposedPlaceNouns = exSet(`city county town township village district prefecture
prefecture-level county-level municipality province`)

// --- part-of (xvisits: parts_lower.go) ---

// exLowerFieldUnitHeads head a unit named in lower case with its field
// ("school of law", "college of marine science").
var exLowerFieldUnitHeads = exSet(`school college faculty department institute`)

// exLowerUnitFields are fields of study a lower-case unit is named for
// beyond the general field words (exFieldWords).
var exLowerUnitFields = exSet(`law laws physics mathematics math biology chemistry geography
geology sociology psychology philosophy journalism management accounting nursing pharmacy
stomatology dentistry veterinary humanities languages language foreign literature music
fine marxism politics political public administration international relations studies
life civil mechanical automation architecture urban oceanography astronomy statistics
mechanics optics physical nutrition clinical basic continuing graduate navigation agronomy
horticulture hospitality veterinary geomatics surveying`)

// exPartModifiers stand between "its" and a part noun ("its wholly owned
// subsidiary", "its directly affiliated").
var exPartModifiers = exSet(`wholly owned fully directly holding`)

// exBranchNouns follow a place in the name of a body's local unit ("the
// Beihai branch of X Bank"); a campus is where a body is, no unit of it.
var exBranchNouns = exSet(`branch subsidiary office`)

// exSchoolUnitModifiers name an affiliated school in lower case ("its
// affiliated middle school"): modifiers of exLowerUnitAt's units too.
var exSchoolUnitModifiers = exSet(`middle primary secondary high vocational experimental`)

func init() {
	for w := range exSchoolUnitModifiers.words {
		exUnitModifierWords.words[w] = true
	}
}

// exSharedWords open an apposition that says the same of every body of the
// list before it ("A and B, both affiliated to Z").
var exSharedWords = exSet(`both all each`)

// exBareUnitHeads name a unit by the head alone before "of X" ("the
// Library of X University", "the Archives of X").
var exBareUnitHeads = exSet(`library museum archives gallery`)

// ===== xvisited2: more word lists of visits =====

// exVisitInviteCues before "to" and a visit say the visit was only asked
// for ("invited P to visit X", "welcomed the teachers to visit X"): no
// visit is stated.
var exVisitInviteCues = exSet(`invited invites invite inviting welcomed welcomes welcome encouraged
encourages urged urges asked asks`)

// exStayCues before "in" say the visitors were in a place ("during their
// stay in X", "the delegation arrived in X").
var exStayCues = exSet(`stay stayed staying arrived arrives arriving`)

// exShowCues before the guests and "around" say a host took visitors
// round a site ("showed the guests around X").
var exShowCues = exSet(`showed shows show guided guides guide led`)

// exVisitSiteNouns, beside exSiteNouns, end a lower-case site of a body
// that visitors tour ("the exhibition hall of X", "the production lines of
// X"): a visit there is a visit to X. A stand or booth at a fair is not.
var exVisitSiteNouns = exSet(`hall halls line lines laboratory laboratories lab labs centre center
park zone area areas base bases room rooms facility facilities workshops offices premises
exhibition exhibitions museum library classroom classrooms wards department departments`)

// exMannerAdverbs stand between "was" and a reception verb ("was warmly
// received by").
var exMannerAdverbs = exSet(`warmly cordially kindly enthusiastically also`)

// exGoNounVerbs take a go-cue noun as object ("led a team to X", "made a
// trip to X"): the subject before them went.
var exGoNounVerbs = exSet(`led leads headed heads made makes took takes`)

// exLocatedVerbs before "in" and one lone name make it a place ("located
// in Taolin", "was unveiled in Taolin").
var exLocatedVerbs = exSet(`located based situated unveiled inaugurated`)

// exSignboardDeterminers before "sign" make it the noun of a signboard
// ("unveiled the sign of the X Workstation"), never the verb (signboards.go).
var exSignboardDeterminers = []string{"the", "a", "its", "their", "his", "her", "this", "that", "new"}

// exAfterSigningWords before "the signing," name the signing told of
// before as a time ("Before the signing, A visited B"): no new signing.
var exAfterSigningWords = []string{"before", "after", "following", "during", "since"}

// exRemitRegionWords may name, besides the field words, the region a post
// is for: "vice president for Asia Pacific P" (mention.go, exTitleAt).
var exRemitRegionWords = exSet(`pacific asia-pacific overseas global`)

// exWishCues before "to" and a verb of setting up make the thing only
// wished or planned: "would like to set up", "hopes to build".
var exWishCues = exSet(`like hope hopes hoped wish wishes wished plan plans planned intend intends
want wants aim aims`)

// exFrontedOpeners open a phrase before a signing's subject that names
// its host, organiser, occasion or background, not its parties: "Under the
// guidance of X,", "With the support of X,", "At the forum hosted by X,",
// "Following the agreement signed by C and D,".
var exFrontedOpeners = exSet(`under with at during following after before upon amid through thanks
on in as since`)

// exAppositionOpeners open an apposition that describes a signer: "A, a
// partner of X, signed", "A and B, both members of X, …".
var exAppositionOpeners = exSet(`a an both one each long-time longtime`)

// exCeremonyRoleVerbs say what a body or person did at a signing ceremony
// other than sign: "attended", "presided over", "hosted", "delivered a
// speech", "unveiled the plaque after the signing".
var exCeremonyRoleVerbs = exSet(`attended attend attends attending participated present presided presides
hosted hosts chaired chairs moderated witnessed witness witnesses addressed delivered spoke speak
unveiled met meet attendance guests guest`)

// exSubordinators open a clause of time or cause whose subject follows
// them: "The lab was set up after A signed with B".
var exSubordinators = exSet(`after before since when once because until whereas`)

// exSignedNonAgreements are things signed that are no agreement: "signed
// their names", "signed the guest book".
var exSignedNonAgreements = exSet(`name names autograph autographs book guestbook visitors`)

// exInterjectionOpeners open a phrase set off by commas between a signer
// and its verb that names a host or occasion: "A and B, at the invitation
// of X, signed", "A, under the guidance of X, signed".
var exInterjectionOpeners = exSet(`at under with upon through thanks amid during following after before as`)

// exCausativeVerbs make the bodies after them the signers: "X led A and B
// in signing", "X organised A and B to sign".
var exCausativeVerbs = exSet(`led organised organized guided helped assisted invited encouraged urged
brought gathered`)

// exSetUpParticiples say a body was founded: "The X Alliance was
// established, with A and B signing the charter" — it is no signer.
var exSetUpParticiples = exSet(`established founded formed launched inaugurated unveiled created set
opened`)

// ===== rvisit: word lists of the third visits round (visits_clause.go, visits_anaphora.go) =====

// exFieldworkVerbs make a fieldwork noun before "in" a reported stay: "conducted
// research in X", "carried out a survey in X". Without one the noun names a
// topic ("a memorandum on joint education and research in X"): no visit.
var exFieldworkVerbs = exSet(`conducted conduct conducts conducting carried carry carries carrying
did do does doing made make makes undertook undertake undertakes undertaken performed perform held`)

// exFieldworkFillers stand between a verb of doing and its fieldwork noun
// ("carried out an in-depth survey", "conducted joint field research").
var exFieldworkFillers = exSet(`out a an the some joint field on-site in-depth detailed extensive further
special thorough brief their his her its`)

// exPluralDelegationNouns after a back-reference stand for several visiting
// bodies ("the university delegations": each university of the article).
var exPluralDelegationNouns = exSet(`delegations teams groups`)

// exSmallNumbers count a plural post or delegation ("the two presidents").
var exSmallNumbers = exSet(`two three four five both`)

// exEnterpriseBackNouns after "the" stand for the enterprise among the
// signers when no name has that head ("at the company's headquarters").
var exEnterpriseBackNouns = exSet(`company enterprise firm`)

// exEntourageNouns after "his", "her" or "their" stand for a visitor's
// delegation ("met with P, T of X, and his party"); alone, "party" is
// another word.
var exEntourageNouns = exSet(`party entourage`)

// exVisitAbilityCues before a visit make it a possibility, not a report:
// "students can visit X", "are able to visit X".
var exVisitAbilityCues = exSet(`can cannot able`)

// exVisitAgreeCues before "to" and a visit make it an agreed plan: "agreed
// to organise visits to X" (but "the plan was agreed during a visit to X"
// reports one).
var exVisitAgreeCues = exSet(`agreed agree agrees`)

// exReportingVerbs open reported speech: the subject of a visit after "P
// said (that)" is in the reported clause, not P ("P said the teachers went
// to X").
var exReportingVerbs = exSet(`said says noted notes stated states added adds stressed stresses
emphasized emphasised explained explains recalled recalls`)

// exRelativeAuxiliaries stand between a relative pronoun and its visit verb
// ("P, who was visiting X", "Q, which had visited X").
var exRelativeAuxiliaries = exSet(`was were is are had has have been`)

// exMoreGoCues, beside exGoCues, say someone went to the body or place
// right after "to": "headed to X", "flew to X", "journeyed to X" ("headed
// by" names a leader, not a destination).
var exMoreGoCues = exSet(`headed journeyed flew drove rushed`)

// exResearchVerbs with a body or place for object report a visit of study,
// as the genre's English renders it: "P investigated X" (but "X was
// investigated" is no visit by X).
var exResearchVerbs = exSet(`investigated surveyed`)

// exSendVerbs take a delegation noun as object: "X sent a team to Z" (X's
// people went).
var exSendVerbs = exSet(`sent sends dispatched dispatches`)

// exHostVerbs with a person for object say the subject received that
// person's visit ("Donghu University hosted P, president of Y"), as
// exPersonReception do.
var exHostVerbs = exSet(`hosted`)

// exCorporateSuffixes end an enterprise's full name that the text also
// gives without them ("Hexin Special Alloy Co., Ltd." and "Hexin Special
// Alloy's rolling mill"); punctuation is stripped before the test.
var exCorporateSuffixes = exSet(`co ltd inc corp llc limited company corporation plc`)

// ===== end of rvisit =====
// ---- rparts: units named loosely, their parents (lowerunits.go, parts_adopt.go) ----

// exNotUnitModifiers say which of a body's units is meant without naming
// one: "its own hospital", "the city's largest hospital", "its new school"
// name no unit (exPossessedUnitAt).
var exNotUnitModifiers = exSet(`own new old former current other another main largest biggest
best leading top whole entire same nearby local existing various different major key-point
first-class renowned famous well-known only`)

// exPossessedUnitHeadsMore head, besides exLowerUnitHeads, the units a
// possessor names with a modifier: "Y's Baisha subsidiary".
var exPossessedUnitHeadsMore = exSet(`subsidiary`)

// exForFieldHeads take their field after "for" as well as after "of":
// "the college's training centre for intelligent manufacturing".
var exForFieldHeads = exSet(`centre center institute laboratory lab office`)

// exAuxiliaryVerbs end the noun phrase before them: "its institute of
// advanced manufacturing will move …".
var exAuxiliaryVerbs = exSet(`will would shall should can could may might must has have had is
are was were`)

// exSubUnitRankHeads head units that no office or department holds (a
// school, a hospital), exOfficeRankHeads the units that hold none of them:
// "the Office of Local Cooperation and … its College of X" is the
// university's college (exUnitMayBelongTo). A name headed by an
// exOfficeRankHeads word and followed by "in" a body is that body's unit
// ("the International Office in X University", parts_in.go).
var exSubUnitRankHeads = exSet(`school college faculty institute hospital academy university`)
var exOfficeRankHeads = exSet(`office department division section bureau`)

// exResearchAcademyFields end the names of research academies ("Chinese
// Academy of Sciences", "Academy of Engineering"), whose units are
// institutes, not the schools an article names without their parent.
var exResearchAcademyFields = exSet(`sciences engineering`)

// ---- end of rparts ----

// ---- rparts (parts_appositions.go) ----

// exRunVerbs before "by" make a body another's unit: "X, run by Y,".
var exRunVerbs = exSet(`run operated administered owned`)

// ---- end of rparts ----

// ---- rparts (leads.go, hostAt) ----

// exMeetVerbs make the person named after them (and a bare post) one the
// visitors met, of the body visited: "visited O and met Curator P",
// "talked with Dean P".
var exMeetVerbs = exSet(`met meets meet talked talks chatted spoke conversed`)

// ---- end of rparts ----

// ---- rparts (titles.go, soleUnitForPost) ----

// exUnitPosts are the posts of an academic unit, not of its university:
// "Dean P" of the school the sentence names.
var exUnitPosts = exSet(`dean deans`)

// ---- end of rparts ----

// ---- rparts (parts_gov.go) ----

// exGovLevelWords open a government department named in lower case ("the
// municipal education bureau"); exGovLevelNouns are the back-references
// whose possessive does ("the city's education bureau"); exGovUnitHeads
// end such a department's name.
var exGovLevelWords = exSet(`municipal provincial county district city`)
var exGovLevelNouns = exSet(`city county province district municipality`)
var exGovUnitHeads = exSet(`bureau commission administration department office`)

// ---- end of rparts ----

// ---- rparts (parts_appositions.go, exJointUnitParents) ----

// exJointUnitWords make a body named "of A and B" both parties': "Joint
// Research Center of A and B".
var exJointUnitWords = exSet(`joint co-built`)

// ---- end of rparts ----
// --- rsigned: signed-with scope, third round (signed_*.go) ---

// exVenuePrepositions before a place or body after a signing of three or
// more name where it was signed, not a party: "signed a tripartite
// agreement in X", "at the Y Hotel".
var exVenuePrepositions = exSet(`in at`)

// exAttendanceRoles after "with C" make the phrase one of attendance, not
// the signing's partner: "with C attending", "with leaders of C present",
// "with C as (a) witness".
var exAttendanceRoles = exSet(`attending present witnessing presiding watching observing witness
witnesses guest guests observer observers`)

// exEventNouns name an occasion whose relative clause may hold a signing:
// "the ceremony where A and B signed", "the forum at which A signed".
var exEventNouns = exSet(`ceremony ceremonies meeting meetings forum forums conference conferences
event events symposium session fair expo summit talks banquet reception gathering`)

// exSideNouns before "of X" name X as a side of talks, not what a thing
// belongs to: "a delegation of X", "the people of X".
var exSideNouns = exSet(`delegation delegations team teams people party parties side sides group groups`)

// exProposalVerbs before a gerund of signing put it forward, not done:
// "proposed signing", "suggested signing", "explored signing".
var exProposalVerbs = exSet(`propose proposes proposed proposing suggest suggests suggested suggesting
recommend recommends recommended explore explores explored exploring envisage envisaged mull mulled`)

// --- bases, fourth round (bases4.go) ---

// exJointBodyHeads end the name of a body two others set up together, by
// which it is named for them ("Joint Research Center of A - B", "A-B
// Innovation Centre") or whose plaque is unveiled as a base's.
var exJointBodyHeads = exSet(`center centre laboratory lab laboratories institute base workstation
station park platform`)

// exNameDashes join two bodies' names in the name of their joint body.
var exNameDashes = []string{"-", "–", "—"}

// exUnveilVerbs take what is set up as their object: "unveiled the plaque
// of the X Centre", "inaugurated the Y Base".
var exUnveilVerbs = exSet(`unveil unveils unveiled unveiling inaugurate inaugurates inaugurated
inaugurating`)

// exPlaqueNouns name the board of a thing unveiled: "the plaque of", "the
// nameplates for".
var exPlaqueNouns = exSet(`plaque plaques nameplate nameplates sign signs signboard signboards board
boards license licence`)

// exPracticeBaseWords make a base one where a university's students
// practise, at a school, company or museum; "training" and "teaching" alone
// are not among them: a company runs a training centre at a polytechnic.
var exPracticeBaseWords = exSet(`practice practical internship practicum`)

// exBasicSchoolWords before "school" name a school of basic education,
// where a university's practice base stands, never its owner.
var exBasicSchoolWords = exSet(`primary elementary middle high secondary junior senior experimental`)

// exLowerJointBodyWords name in lower case a body two others set up, as a
// centre does: "set up a joint laboratory with Y".
var exLowerJointBodyWords = exSet(`laboratory lab laboratories labs`)

// exSetUpNouns before "of" make the body after them one being set up: "an
// agreement on the co-construction of the X Centre".
var exSetUpNouns = exSet(`construction co-construction establishment co-establishment founding
co-founding building co-building`)

// ---- member posts (members_posts.go, issue 12 class 4) ----

// exListedMemberPlurals are plural member posts written after their body
// and before the names they cover: "X Society members including A and B",
// "CAE Members A, B", "X academicians, namely A and B".
var exListedMemberPlurals = exSet(`members academicians fellows`)

// exRepresentativePosts end a post held for a body that is no leadership of
// it: "chief representative of X", "Regional Representative of Y".
var exRepresentativePosts = exSet(`representative`)

// exOfficeBusinessWords end the lower-case name of an office a post is of
// when the text never names the office as a unit: "director of teaching
// affairs", "head of international cooperation".
var exOfficeBusinessWords = exSet(`affairs cooperation exchange exchanges admissions`)

// exOrganModifierWords qualify an organ named after its body: "X Governing
// Board", "X Academic Committee", "X Expert Council".
var exOrganModifierWords = exSet(`governing academic expert experts advisory consultative executive
supervisory management`)

// exAdminUnitHeads end the names of administrative units of a body ("United
// Front Work Department", "General Office"): no body a post of "the Party
// Committee" of no named body is of.
var exAdminUnitHeads = exSet(`department office division section`)

// ===== rleads: posts of officials in lists =====

// exPressPostCores are the posts that head a newspaper, a publishing house
// or a broadcaster ("P, publisher and editor-in-chief of X Daily"): leading
// posts, like a president's.
const exPressPostCores = `publisher editor-in-chief editors-in-chief`

// exFrontedSideNouns name the party a fronted phrase stands for before a list of
// its officials: "On the X side, …", "From the side of X, …".
var exFrontedSideNouns = exSet(`side part`)

// ===== r6leads: posts of hosts and of ministries =====

// exMeetingNouns name a meeting a visitor holds with hosts ("held a meeting
// with President P", "had talks with Dean Q"): like "met", the persons after
// "with" receive the visit.
var exMeetingNouns = exSet(`meeting meetings talk talks discussion discussions conversation conversations`)

// exMeetingHoldVerbs hold a meeting ("held talks with", "had a discussion
// with").
var exMeetingHoldVerbs = exSet(`held hold holds holding had has have having`)

// exPortfolioPosts head a government department by its portfolio: the
// "Minister of Education" heads the "Ministry of Education"; the map gives
// the head word of the department's name.
var exPortfolioPosts = map[string]string{"minister": "ministry"}

// exPortfolioJoiners are left out of a department's acronym ("Ministry of
// Science and Technology", MOST).
var exPortfolioJoiners = exSet(`and &`)

// exProvincePostWords name a province's government posts: a bare
// "vice governor P" is of the article's province, never of the city the
// ceremony was held in.
var exProvincePostWords = exSet(`governor vice-governor`)

// ===== end of r6leads =====

// ===== end of rleads =====
// ---- name grammar of the mention stage (rnames, issue 12) ----

// exPartyWords name the party in a body's party organ: "X University Party
// Secretary", "X College CPC Committee Secretary" — the organ folds into X.
var exPartyWords = exSet(`party cpc`)

// exMediaHeadWords end the name of a newspaper, a body (exOrgHeads) though
// no institution word names it: "China Daily", "Linhe Daily Newspaper".
const exMediaHeadWords = `daily newspaper`

// exMediaDroppable may end a newspaper's name or not: "China Daily
// Newspaper" is "China Daily" (exDroppable).
const exMediaDroppable = `newspaper`

// exDesignatedUnitHeads are the units a ministry designates at other
// bodies, and exDesignatorHeads the bodies that designate them: "the Key
// Laboratory of X of the Ministry of Education" is no part of the ministry.
var exDesignatedUnitHeads = exSet(`laboratory lab centre center`)
var exDesignatorHeads = exSet(`ministry commission`)

// exRankNouns after a post name a member of an association by its rank
// (会长单位, 理事单位): "the Chamber's Vice President Enterprise Y Co., Ltd."
var exRankNouns = exSet(`enterprise enterprises unit units member members`)

// ---- end of the name grammar of the mention stage (rnames) ----

// signed4 (signed_unnamed.go and the signing rules of round 3):
// exDefiniteDeterminers open a noun phrase that refers to a thing the text
// has named: "The agreement was signed on Friday", "this memorandum".
var exDefiniteDeterminers = exSet(`the this that these those`)

// exCompassWords name a region of China by its direction: "North China's
// Shanxi province", "Southwest China's Sichuan province".
var exCompassWords = exSet(`north south east west northeast northwest southeast southwest central`)

// leads2: words that join the lower-case words of one body's name
// ("maternal and child care service centre"), not two phrases.
var exBodyNameJoiners = exSet(`and`)

// leads2: words of a place's own organs ("the county party committee",
// "Luoxi municipal government"): a post of one is the place's (SCHEMA.md
// convention), unlike one of a body named after the place in lower case.
var exPlaceOrganWords = exSet(`party government congress cppcc procuratorate court municipal`)

// leads2: organs that stand for the whole body whose name they follow
// ("the Jiusan Society's Central Committee" is the Society, as a
// university's party committee is the university: SCHEMA.md).
var exWholeBodyOrgans = exWords(map[string]bool{"central committee": true})

// ---- visits as the topic of a talk, centres opened in a place (parts2) ----

// exTalkNouns name what was said or taught about a visit: "a speech on P's
// visit to Z", "P's instructions during his visit to Z" tell of a visit
// the article's events follow, not one they report.
var exTalkNouns = exSet(`speech speeches remarks instructions instruction guidelines lecture report talk address`)

// exTopicPrepositions tie a talk noun to the visit it is about.
var exTopicPrepositions = exSet(`on about during`)

// exOpenedInVerbs, passive before "in"/"at", say where a base set up by a
// named body stands: "the centre, established by A and B, was officially
// inaugurated in P" (bases3.go builtByLocated).
var exOpenedInVerbs = exSet(`opened inaugurated launched unveiled commissioned`)

// exUnitFieldWords are English field words of a unit's name that the
// pinyin test takes for romanised Chinese ("Heating" reads as he-a-ting),
// so "Power and Heating Division" is read as one unit (conjunctions.go,
// unitFieldsJoin).
var exUnitFieldWords = exSet(`heating cooling lighting`)

// ===== rsigned6: word lists of the sixth signed-with round (signed_*.go) =====

// exPlaceGroupNouns name a group of places whose members a list after
// "of" names: "signed agreements with the counties of A, B and C"
// (signed_groups.go).
var exPlaceGroupNouns = exSet(`counties cities districts provinces prefectures towns townships`)

// exEventPrepositions open a short phrase of the event between a group
// and the list of its members: "with four universities at the ceremony,
// namely A, B and C" (signed_groups.go).
var exEventPrepositions = exSet(`at during on in`)

// exAttendVerbs are the verbs of attendance (exAttendCues without its
// prepositions): "P attended the conference on X and signed …"
// (signed_coordinated.go).
var exAttendVerbs = exSet(`attended attend attends attending participated witnessed`)

// ===== end of rsigned6 =====
// ---- visits6: visited, session 6 (visits_hosts.go, visits_clause.go) ----

// exPurposeOpenings open a sentence with its purpose ("In order to
// implement the plan made by X, P visited Z", "So as to deepen …"): the
// bodies and persons named there before its comma are no visitors.
var exPurposeOpenings = [][]string{{"in", "order", "to"}, {"so", "as", "to"}}

// exSupervisorPreps before a body in a visitor's apposition name the body
// above the visitor's, not one that went ("a key research base under the
// Ministry of Education").
var exSupervisorPreps = exSet(`under`)

// exDepartureCues before "for" and a body or place say someone set out
// there and went: "P headed for Tianjin", "the delegation left for X".
var exDepartureCues = exSet(`headed departed left`)

// ---- end of visits6 ----

// ---- members, bases (round 6) ----

// exEconomicBaseModifiers make a lower-case "base" a region's economic
// strength ("a solid industrial base", "the construction of the Y
// industrialization base for new materials"), not a base one body sets
// up at another (bases.go isBaseWord).
var exEconomicBaseModifiers = exSet(`industrial industrialization industrialisation manufacturing`)

// exCivilRankCores are the civil service's non-leading ranks ("second-level
// inspector of the X Department", "deputy inspector"): a post at the body,
// no leadership of it (member-of).
const exCivilRankCores = `inspector`

// exCivilRankMods grade those ranks: "first-level inspector".
const exCivilRankMods = `first-level second-level third-level fourth-level`

// exAssistantPosts are the posts of one who assists a body's leader ("P,
// assistant to the president of O"): a post at the body, no leadership
// (members_posts.go assistantPostOf).
var exAssistantPosts = exSet(`assistant assistants`)

// ---- signed7 ----

// exInvertedAttendOpeners open an inverted sentence of attendance whose
// list names an event's guests, not the sides of its signing: "Attending
// the ceremony were P, director of X", "Present at the signing were …"
// (signed.go attendedByFrom).
var exInvertedAttendOpeners = exSet(`attending present`)

// ---- home bodies (round 7, resolve_home.go) ----

// exHomeKinds are, for the nouns of "our <noun>", the head words of the
// bodies it may be, in tiers: the noun's own first, then those a
// translated page uses for it (a "university" that is named an institute:
// 我校 is "our university", "our school" and "our college" alike). A
// college is never its university: "our College" on a university's page
// is one of its colleges; a page's "our school" is a university or college
// before it is a school ("X Primary School" is its partner).
var exHomeKinds = map[string][][]string{
	"university": {{"university"}, {"institute", "college", "polytechnic", "academy"}},
	"school":     {{"university", "college", "polytechnic", "institute", "academy"}, {"school"}},
	"college":    {{"college"}, {"polytechnic", "institute"}},
	"institute":  {{"institute"}, {"academy"}},
	"academy":    {{"academy"}},
	"department": {{"department"}},
	"hospital":   {{"hospital"}},
	"centre":     {{"centre", "center"}},
	"center":     {{"center", "centre"}},
	"museum":     {{"museum"}},
	"library":    {{"library"}},
	"company":    {{"company", "group", "corporation"}},
	"group":      {{"group", "company", "corporation"}},
}

// exHomeUnitNouns are the kinds of "our <noun>" that are units of a larger
// body ("our department"): a unit may be the home body.
var exHomeUnitNouns = exSet(`department`)

// exBackAcronymLetters: "the <noun>" that no name explains is the body the
// text names only by an abbreviation holding this letter ("HZAU … the
// university").
var exBackAcronymLetters = map[string]string{"university": "U", "group": "G", "hospital": "H"}

// ---- lower (round 7) ----

// exPostUnitHeads end a unit named in lower case after a post and its
// "of" ("deputy director of the vocational education department",
// "President of the hospital labour union", "director of radiation
// oncology center"); exNotPostUnitModifiers only pick units out and name
// none ("head of relevant departments", "director of the same office").
var exPostUnitHeads = exSet(`department office centre center union hospital institute laboratory
division section bureau clinic library museum`)
var exNotPostUnitModifiers = exSet(`relevant related other various several many all each every both
these those such same whole entire certain some main major concerned responsible`)

// exOwnedPostUnitHeads end such a unit only after a word naming its owner
// ("the hospital labour union"): a bare "labor union" is no one's.
var exOwnedPostUnitHeads = exSet(`union`)

// exPossessivePostUnitModifiers may stand with a possessive inside such a
// unit's name, after its city ("Dalian children's hospital", "X women's
// federation").
var exPossessivePostUnitModifiers = exSet(`children women people`)

// ---- leads7 ----

// exCompanionNouns name the company a leader heads on a visit ("P and seven
// delegation members from X", "P and his entourage from X"): with
// exDelegationNouns, the words that make "from X" the leader's body
// (leads_companions.go).
var exCompanionNouns = exSet(`members member entourage colleagues delegates`)

// exCompanionDeterminers may open that company: "his delegation", "a team".
var exCompanionDeterminers = exSet(`his her their a an the`)

// ---- visits7 ----

// exDeliberativeWords name the deliberative bodies whose posts a leader
// holds beside the office they travel for ("vice chairman of the Standing
// Committee of the NPC and chairman of the X Society", "deputy director of
// the city people's congress standing committee and secretary of the
// district party committee"): such a body is no visitor for its member
// (visits.go personVisitors).
var exDeliberativeWords = exSet(`congress consultative cppcc npc`)

// exVisitUnitNouns end a lower-case body or site in a visit's list that no
// mention names ("Kangxin community of X, A and B") (visits_lists.go).
var exVisitUnitNouns = exSet(`community communities village villages institute school schools`)

// exLowerItemWords bound how many words a lower-case list item or group
// noun of a visit runs (visits_lists.go).
const exLowerItemWords = 10

// exListIntroducers introduce the named members of a group noun a visit
// went to ("visited key industrial zones, including A and B").
var exListIntroducers = [][]string{{"including"}, {"such", "as"}, {"namely"}}

// exJointVisitVerbs follow "visit and" as a second verb of the same visit
// ("went to X to visit and research A, B and C", "visited and inspected
// A"): their objects are the visit's.
var exJointVisitVerbs = exSet(`research investigate inspect survey study investigated inspected surveyed studied researched`)

// exGroupQuantifiers open a group noun of a visit's objects ("visited
// several enterprises, including A and B") (visits_lists.go).
var exGroupQuantifiers = exSet(`several some many various numerous`)

// exPlacePrepositions relate a name to the next one ("showed the guests
// from X around Y"): a lower-case word that no name is split at
// (visits_lists.go splitNameEnd).
var exPlacePrepositions = exSet(`around round through across near beside behind inside outside along via beyond within throughout alongside toward towards`)

// exMeetWithVerbs after "led a delegation to" take the body the delegation
// went to meet ("led a delegation to exchange with X"): X was visited.
var exMeetWithVerbs = exSet(`exchange meet confer`)

// exArrivalNouns after a possessive pronoun and before "at" or "in" name
// a delegation's coming to a body or place ("welcomed the delegation of X
// on their arrival in Z") (visits.go).
var exArrivalNouns = exSet(`arrival`)

// exArrivalPossessives stand for the delegation whose arrival it is.
var exArrivalPossessives = exSet(`their its his her`)

// ---- end of visits7 ----
// ---- text7: the text layer (article_norm.go, article_text.go) ----

// exGlueTails are the function words a page runs onto the head noun before
// them ("Commissionof", "Tradeand"); exGlueFronts those it runs onto the
// head noun after them ("ofscience", "thecollege"); exGlueArticle the
// article it runs onto a function word or a verb ("Inthe", "attendedthe").
var exGlueTails = []string{"and", "of"}
var exGlueFronts = []string{"of", "and", "the"}

const exGlueArticle = "the"

// exGlueVerbs are the genre's verbs a page runs "the" onto: those of
// signing, attending and visiting.
var exGlueVerbs = exWords(func() map[string]bool {
	m := map[string]bool{}
	for _, set := range []map[string]bool{exSignCues.words, exAttendVerbs.words, exVisitCues.words} {
		for w := range set {
			m[w] = true
		}
	}
	return m
}())

// exCreditWords open a credit of a picture or a text ("Photo/X", "Text by
// P", "Photographed by Q", "(Translated by P Reviewed by Q)"): who made the
// page, not who took part (article_text.go).
var exCreditWords = exSet(`photo photos photograph photographs photographed photographer picture pictures
image images text video videos reporter reporters correspondent editor editors written
translated translation translator edited reviewed proofread proofreading`)

// ---- end of text7 ----

// ---- speed8: unions that let a rule skip a word at one look-up ----

// exUnion is the set of the words of every given list.
func exUnion(sets ...exWordSet) exWordSet {
	m := map[string]bool{}
	for _, set := range sets {
		for w := range set.words {
			m[w] = true
		}
	}
	return exWords(m)
}

// exVisitOpeners are the words that can open one of visitsIn's readings
// (every reading first asks for the word in one of these lists): any other
// word is skipped at one look-up instead of one per reading.
var exVisitOpeners = exUnion(exSet(`visiting`), exDelegationNouns, exReceptionCues, exPersonReception,
	exHostVerbs, exVisitNouns, exVisitCues, exArrivalNouns, exCallCues, exResearchVerbs, exGoCues,
	exMoreGoCues, exDepartureCues, exFieldworkCues, exArrivalCues, exLedPartyNouns)

// ---- end of speed8 ----
// ---- names8: the mention stage's names (mention.go, persons.go, places.go) ----

// exRegionPlaces are the one-word names of China's regions outside the
// provinces' table (the gazetteer takes GeoNames' China, which lists them
// as countries of their own): a bare "Taiwan" or "Macao" is a place as a
// bare "Yunnan" is.
var exRegionPlaces = exSet(`taiwan macao macau`)

// exProvinceLevelPlaces are knownPlace's lists as one: a word of the text
// is asked at one look-up, not three.
var exProvinceLevelPlaces = exUnion(exProvinces, exMunicipalities, exRegionPlaces)

// exFieldNamedHeads are the heads besides a unit's that a field completes
// although the field's last word is also a head ("University of Finance
// and Administration"): such a university is no unit of an
// "administration".
var exFieldNamedHeads = exSet(`university`)

// exNationalityAdjectives name a people or a country's things, not a body:
// names that share a plural head and are such adjectives ("Chinese,
// Russian museums", "Chinese and German universities") are no bodies'
// names (conjunctions.go sharedPluralHead).
var exNationalityAdjectives = exSet(`chinese russian german french british english american japanese korean
italian spanish portuguese dutch swiss swedish norwegian danish finnish polish czech hungarian austrian
belgian irish greek turkish indian pakistani thai vietnamese malaysian indonesian singaporean filipino
mongolian kazakh uzbek kyrgyz tajik belarusian ukrainian serbian egyptian israeli iranian lao laotian
cambodian nepali kenyan nigerian ethiopian australian canadian mexican brazilian argentine argentinian
chilean peruvian colombian cuban african european asian arab sino foreign`)

// ---- end of names8 ----
// ---- names9: the mention stage's names (persons.go) ----

// exCantoneseSurnames are common surnames in the Cantonese romanisations of
// Hong Kong and Macao (general-world knowledge), none of them a pinyin
// surname of exSurnames: such a surname and two short syllables are one
// person's name ("Leong Wai Man", "Chan Chon In") where pinyin's two-word
// reading would cut it.
var exCantoneseSurnames = exSet(`chan cheung leung leong wong lau lao ho ng tam lam chow chau chui choi
cheong cheang kwok kwan fong lo lok lui mak mok sit siu tse tsang tsui yeung yip ieong iong vong chio
sio kuan kuok pun poon au yau yim yuen chiu chong chung fung hui hung kam keung koo lee`)

// ---- end of names9 ----
// ---- names9: venues (mention_venues.go) ----

// exBuildingNouns end the name of a building, which may also be a body's
// (a store, a hotel) but names the place of an event after exVenueWords.
var exBuildingNouns = exSet(`building`)

// exVenueWords before a building's name say where something happens: "held
// at the X Building", "in the Y Building", "room 301 of Z Building".
var exVenueWords = exSet(`at in inside on of`)

// exVenueHallKinds, before "Center" or "Centre", name a hall of events:
// after "at" or "in" it is where the event happens, no body.
var exVenueHallKinds = exSet(`exhibition conference convention exchange`)

// ---- end of names9 venues ----
// ---- members9: member-of (members_posts.go, validate.go) ----

// exPartyOrganSeats name the party organs of a body whose members hold a
// seat of their own beside a leadership post of the body (validate.go
// exPartyOrganSeat): "member of the Standing Committee and Deputy Mayor".
var exPartyOrganSeats = []string{"standing committee", "party group", "leadership group", "leading group", "committee member"}

// exHeadLibrarianPosts are the posts of a library's head: a leadership,
// although a librarian's post alone is a member's ("a research librarian of
// the museum").
var exHeadLibrarianPosts = map[string]bool{"chief librarian": true, "head librarian": true}

// exBoardSeatCores are the seats on a body's governing board that are no
// leadership of it: "a trustee of X University" is a member of X
// (members9).
const exBoardSeatCores = `trustee`

// ---- end of members9 ----
// ---- leads9: posts and names of the leads rules (leads.go, persons.go) ----

// exLeaderGroupNouns are the group posts that, right after a body's name
// and right before names, make those names the body's leaders ("Luoxi
// Group leaders A, B and C"; lists.go titledGroupsIn).
var exLeaderGroupNouns = exSet(`leaders`)

// ---- end of leads9 ----
// ---- visits9: visited (visits_guests.go, visits_escort.go) ----

// exGuestNouns name one or more received visitors whom a following
// apposition names ("welcomed a guest from Britain, P, T of O").
var exGuestNouns = exSet(`guest guests visitor visitors`)

// exHostEscortVerbs, active and before the visitors and "to visit", say
// their subject went along as a host ("P accompanied the guests to visit
// Z").
var exHostEscortVerbs = exSet(`accompanied accompanies escorted escorts`)

// ---- end of visits9 ----

// ---- parts9 ----

// ---- end of parts9 ----
// ---- signed9: who signs (signed_prior.go) ----

// exRelativePronouns open a relative clause inside a subject ("A, which
// has cooperated with X since 2010, and B signed"): its verb is not a
// clause of its own.
var exRelativePronouns = exSet(`which who whose whom that`)

// exCopulaForms make a clause's finite verb of a passive or a copula
// ("The ceremony was hosted by X", "X and Y were present").
var exCopulaForms = exSet(`was were is are`)

// ---- end of signed9 ----

// ---- parts10 ----

// exPeopleGroupHeads head a party of people as well as a unit ("the
// research group of X"), exPeopleGroupModifiers say what such a party was
// sent to do: with only these before it, the head names the people, no
// unit (parts_people.go).
var exPeopleGroupHeads = exSet(`group groups`)
var exPeopleGroupModifiers = exSet(`research study investigation inspection visiting survey expert
evaluation assessment review fact-finding`)

// exSetUpBodyHeads head the bodies one body may found at another's site or
// in a place, and so a base's name (an institute, a park, a centre), not
// a school's, a hospital's or an office's (parts_setup.go); exFoundedVerbs,
// in a passive before "in"/"at", report the founding, and
// exFoundingAdverbs may stand between: "was officially unveiled in P".
var exSetUpBodyHeads = exSet(`institute park consortium alliance centre center laboratory lab
station workstation`)
var exFoundedVerbs = exSet(`established founded set unveiled inaugurated launched opened`)
var exFoundingAdverbs = exSet(`officially formally successfully recently newly jointly also`)

// exResearchBodyHeads after "research" head a research body, which holds
// no colleges or schools (parts_adopt.go exHoldsNoSchools).
var exResearchBodyHeads = exSet(`institute centre center`)

// exPartyWorkFields name a party committee's own work, which the
// committee of a city, a county or a university alike has a department for
// ("Department of United Front Work", "Department of Publicity"): named
// alone, such a department is no academic unit of the article's
// university (extract.go adoptAcademicUnits).
var exPartyWorkFields = exSet(`organization organisation publicity propaganda united front`)

// ---- end of parts10 ----
// ---- visits10: "paid a visit" (visits_paid.go) ----

// exPayVisitVerbs take a visit noun as their object: "paid a visit on
// March 15 to Z", "made a visit of Z".
var exPayVisitVerbs = exSet(`paid pay pays paying made make makes making`)

// exTimeAdverbs, exTimeDeictics and exTimeNouns make the short time phrases
// that may stand between a visit noun and its "to" ("recently", "last
// week", "this morning").
var exTimeAdverbs = exSet(`recently yesterday earlier`)
var exTimeDeictics = exSet(`last this`)
var exTimeNouns = exSet(`week month year weekend morning afternoon`)

// exUnnamedSitePlurals are the sites a visit may name only by a plural
// and their place: "visited two schools in Jiading" (visits_site.go).
var exUnnamedSitePlurals = exSet(`schools enterprises companies factories villages zones parks farms
bases hospitals museums colleges universities communities towns`)

// exManagerFieldMods name the field of a manager's post that serves a
// body's clients, projects or staff ("Senior Account Manager of X",
// "project manager at Y"): with exFieldPostMods, a manager of a field is
// a member of the body, no leader of it (members10: leads.go exTitleRole).
const exManagerFieldMods = `account accounts client customer project`

var exManagerFields = exSet(exManagerFieldMods + " " + exFieldPostMods)

// ---- end of visits10 ----
// ---- signed10 ----

// exCardinalWords count what follows them ("Eight municipal libraries in
// A, B and C signed", "Three county hospitals"): capitalised at the start
// of a sentence they are no place's name.
var exCardinalWords = exSet(`one two three four five six seven eight nine ten eleven twelve
thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty hundred
hundreds dozens several`)

// exPossessiveNameNouns are the common nouns whose possessive is a word of
// a body's name, not its owner: "Mianyang Teachers’ College", "X
// Children’s Hospital", "the Women's Federation", "People's Government".
var exPossessiveNameNouns = exSet(`people teachers children women workers farmers youth students
writers artists journalists entrepreneurs veterans`)

// exCityNamedInstitutionHeads head the institutions a city names after
// itself ("Beijing Luxun Museum", "Qiantang Library"): named so, one is no
// unit of the university it stands "at" ("signed by A and the Beijing X
// Museum at Y University"), as a university's own museum is.
var exCityNamedInstitutionHeads = exSet(`museum library gallery hospital`)

// ---- end of signed10 ----

// ---- persons11 ----

// exEnglishGivenNames are common English given names, which the genre's
// Chinese and Chinese-American persons write before their surname ("Chair
// of Mechanical Engineering at X Evelyn Wang", "CEO Kevin Zhang"): read
// like exWesternGivenNames. Names that are also English words or places
// (Grace, Joy, Hope, May, Rose, Lily, Jack, Bill, Ray, Sydney) are left out.
var exEnglishGivenNames = exSet(`alice allen amanda amy andy annie anthony arthur betty calvin
cindy connie dennis derek donald douglas edward eileen elaine esther evelyn fiona gary george
gordon harry helen henry howard irene jason jeffrey jennifer jenny jessica jimmy joyce judy kelly
kenneth kevin larry linda lisa lucy michelle nancy nicole patricia rachel rebecca ronald ryan
samuel sarah sharon shirley stephanie susan sylvia teresa tiffany tina tony tracy vanessa
victor vivian wendy yvonne`)

// exListConjunctionWords join the names of a list: a run of capitalised
// words glued after a comma and followed by one of them is a list's name,
// not a clause (exClauseAfterGluedComma).
var exListConjunctionWords = exSet(`and or as well`)

// ---- end of persons11 ----
// ---- names11 (r11-orgnames) ----

// exServingOfficeHeads are the bare heads of a unit named by the body it
// serves: "the Office of the Alumni Association of X" is a unit of its
// own, not the body it serves.
var exServingOfficeHeads = exSet(`office`)

// exOnFieldHeads are the heads of bodies named with their field after "on":
// "the Committee on Education", "the Working Committee on Health".
var exOnFieldHeads = exSet(`committee commission council subcommittee`)

// exLowerFieldWordsNames11 are field words that the lists of fields lack
// and that pages type in lower case after a unit's head: "the Academy of
// fine arts", "the Institute of urban and rural planning and design".
var exLowerFieldWordsNames11 = exSet(`fine urban rural design`)

// ---- end of names11 ----
// ---- r12-bases ----

// exUnitNameLinks join a unit's head to the field that names it ("the
// college's training center for intelligent manufacturing", "its school of
// law"): a lower-case unit with one is named, one without ("the company's
// smart grid dispatch centre") is a facility the text describes.
var exUnitNameLinks = exSet(`of for`)

// ---- end of r12-bases ----

// ---- parts12 (members_posts.go, mention.go exTitleAt) ----

// exSpecialistPostCores are posts of a body's specialist staff, named by
// the science they practise: a post at the body, no leadership of it
// ("Senior agronomist P of X", "P, a pharmacist at Y Hospital").
const exSpecialistPostCores = `agronomist agronomists pharmacist pharmacists geologist geologists
chemist chemists physicist physicists biologist biologists botanist botanists ecologist
ecologists statistician statisticians veterinarian veterinarians nutritionist nutritionists`

// exEngineerFields name, right before "engineer", the branch of the
// engineering staff the engineer works in: "a logistics engineer of X",
// "a senior software engineer at Y" hold X's and Y's engineer's post.
var exEngineerFields = exSet(`logistics software process mechanical electrical civil structural
quality safety systems network hardware maintenance production automation materials
environmental chemical power electronics test testing design`)

// exEngineerPosts are the post words a field of exEngineerFields may qualify.
var exEngineerPosts = exSet(`engineer engineers`)

// exHonoraryMemberPosts are the posts of an elected membership of a
// learned body, which a person holds while working elsewhere: "an
// academician of X Academy of Sciences at Y University" is at Y, and X
// is no unit of Y.
var exHonoraryMemberPosts = exSet(`academician academicians`)

// ---- end of parts12 ----

// ---- signed13 ----

// exCountryAbbreviations are the abbreviations of countries a signing
// sentence sets after a party and a comma ("College of X, Y University,
// PRC"), as it sets a country's name (general-world knowledge).
var exCountryAbbreviations = exSet(`prc`)

// exAliasClauseOpeners open a bracket that gives a party's short name
// ("(hereinafter referred to as X)", "(abbreviated as X)", "(referred to
// as X)").
var exAliasClauseOpeners = exSet(`hereinafter hereafter referred abbreviated`)

// ---- end of signed13 ----
// ---- r13-visits ----

// exMembersUnitHeads head the names of units that only exist inside a
// larger body ("Science and Technology Division", "Key Laboratory of X",
// "International Office"): a person heading one travels with that body
// (visits_units.go). A school, college or institute is such a unit when
// named "School of X" (exMembersUnitOfHeads); "Xiling College" is a body.
var exMembersUnitHeads = exSet(`division department office laboratory lab section`)
var exMembersUnitOfHeads = exSet(`school faculty college institute department centre center office laboratory lab division`)

// exInnerBuildingNouns before "building of X" or "construction of X" say
// what is built up inside X ("the teachers' team building of the Confucius
// Institute", "the discipline construction of the X Centre"), not X set up.
var exInnerBuildingNouns = exSet(`team teams discipline disciplines subject subjects class
infrastructure engineering cultural culture party talent capacity faculty staff`)

// exDelegationHeadings after an acronym in a title-case heading are the
// body's travelling party, never a word of its name ("SJTU Delegation
// Visits Japan"), as "Group" or "Team" may be ("SAIC Group").
var exDelegationHeadings = exSet(`delegation delegations`)

// exLedPartyNouns are the staff a leader leads to a place ("led
// responsible persons of relevant departments to Z", visits_ledparty.go).
var exLedPartyNouns = exSet(`persons people heads leaders officials representatives members staff
experts teachers cadres principals directors deans`)

// exBuildingVerbContext before "building" make it the verb of setting up
// ("jointly building a base", "in building", "is building"), not the noun
// of "the teaching building" or "party building" (bases_buildingnoun.go).
var exBuildingVerbContext = exSet(`jointly in on and is are was were be been to of for through including
fully while after before also actively further by into`)

// ---- end of r13-visits ----
// ---- leads13 ----

// exRankedTitleTypos are misspellings of a post that are words or surnames
// of their own ("Mayer", "principle"), so the typo reader (titles.go) does
// not take them alone: after a rank word ("Deputy Mayer", "vice principle")
// they are the post they misspell.
var exRankedTitleTypos = map[string]string{"mayer": "mayor", "principle": "principal"}

// exEscortCues after a name say its holder escorted the visitors ("P
// accompanied the delegation"): a host, as a receiving verb says
// (leads.go hostAt); "accompanied by P" is read there apart.
var exEscortCues = exSet(`accompanied accompanies accompany`)

// exAliasLeadIns open a bracket that defines the name the text will call a
// body by: "(hereinafter referred to as BAST)", "(hereafter called X)"
// (names_alias.go). Each is a run of lower-case words.
var exAliasLeadIns = [][]string{
	{"hereinafter", "referred", "to", "as"}, {"hereafter", "referred", "to", "as"},
	{"hereinafter", "called"}, {"hereafter", "called"}, {"hereinafter", "known", "as"},
	{"hereafter", "known", "as"}, {"referred", "to", "as"}, {"hereinafter"}, {"hereafter"},
}

// exHyphenRanks joined by a hyphen to a post core make the post a title
// ("Deputy-Director", "assistant-manager"); other modifiers do not
// ("party-member" is no leadership).
var exHyphenRanks = exSet(`vice deputy executive associate assistant acting`)

// exReverenceNouns before "of" and a bare post and name ("learn from the
// spirit of President P", "the thought of Chairman Q") speak of a national
// leader, whose post is of no body the article names (leads.go).
var exReverenceNouns = exSet(`spirit thought thoughts`)

// exInstructorPostCores are the teaching staff's posts of a training
// school: a member's post ("Zhou Yifan, an instructor of the School of X").
const exInstructorPostCores = `instructor instructors`

// ---- end of leads13 ----
// ---- synth13 (mention.go exTokenize) ----

// exNounOrAdjectiveHeads head a body's name as nouns ("the Mingyue
// Kiwifruit Cooperative") but also modify another noun ("Cooperative
// Education", "Dongguan Cooperative and Innovative Institute"): before a
// capitalised word, or "and" and one, they are no head (exTokenize).
var exNounOrAdjectiveHeads = exSet(`cooperative`)

// exIndustryCollegeModifiers before "college" make it an industry college,
// a base an enterprise sets up at a school (bases_industry.go).
var exIndustryCollegeModifiers = exSet(`industry industrial`)

// exBaseProspectVerbs take a base only talked about as their object
// (bases_prospect.go): "are discussing a joint centre".
var exBaseProspectVerbs = exSet(`discuss discussed discusses discussing explore explored explores
exploring consider considered considers considering negotiate negotiating negotiates`)

// exUtilityStationWords before "Station" make it an enterprise or a public
// service, an organisation, rather than a base (mention.go): "Songpu
// Hydropower Station", "Beiling Railway Station".
var exUtilityStationWords = exSet(`power hydropower hydroelectric pumping railway fire police
meteorological weather`)

// exShortenedCoordinates are the second words of a school name's
// coordination that a short form leaves out (resolve_short.go): "X
// Vocational College" for "X Vocational and Technical College".
var exShortenedCoordinates = exSet(`technical technology`)

// ---- end of synth13 ----

// The membership bits of every word, once every list is complete: this is
// the file's last init function, and no other file has one.
func init() {
	if len(exWordSets) > exMaxWordSets {
		panic("extract: more word lists than exMaxWordSets")
	}
	exLexOf = map[string]*exLexEntry{}
	entry := func(w string) *exLexEntry {
		e := exLexOf[w]
		if e == nil {
			e = &exLexEntry{flags: exLex[w]}
			exLexOf[w] = e
		}
		return e
	}
	for w := range exLex {
		entry(w)
	}
	for id, m := range exWordSets {
		for w := range m {
			entry(w).lists[id>>6] |= 1 << (id & 63)
		}
	}
}
