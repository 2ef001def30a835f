// Code below is the vocabulary of ../shared/tools/perturb-names, copied word for word: the
// seeded draws pick from these lists by index, so their order is part of the port.

package perturb

import "strings"

// genericWords is the generic vocabulary of names (University, Museum, Provincial, Committee, ...): these words are kept.
var genericWords = strings.Fields(`
a an and the of for in at on by with to from under de la le des du von van
university universities college colleges institute institutes academy academies school schools
faculty faculties department departments museum museums library libraries gallery galleries
archives archive bureau bureaus committee committees commission commissions council councils
association associations federation society societies group groups company companies
corporation corp co ltd limited inc llc holding holdings centre center centres centers office
offices government governments ministry ministries foundation fundation congress zone zones
branch branches laboratory laboratories lab labs hospital hospitals bank banks agency agencies
authority union unions league administration administrative building enterprise enterprises
institution institutions press station stations base bases workstation workstations park parks
chamber court procuratorate division divisions team teams polytechnic club alliance consortium
network networks platform platforms project projects program programme hub
provincial province provinces municipal municipality municipalities city cities district
districts county counties prefecture region regions town township village villages area areas
new old autonomous special economic development pilot free trade bonded port
people people's peoples party cpc standing discipline inspection political consultative
conference national state state-owned owned central local general public private joint
china chinese sino japanese russian korean american british french german european asian
african australian international global world overseas foreign
north south east west northeast northwest southeast southwest northern southern eastern
western northeastern northwestern southeastern southwestern central middle upper lower inner
outer great grand greater
first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
president vice secretary secretaries general dean deans mayor mayors director directors
chairman chairwoman chairperson curator curators governor principal chancellor minister
manager managers engineer member members head heads leader leaders deputy executive associate
assistant honorary acting chief officer commissioner inspector consultant magistrate professor
prof dr mr mrs ms sir madam academician comrade
education educational educatinion normal medical medicine agricultural agriculture
technology technologies technological technical science sciences scientific sci tech
engineering economics economic finance financial business commerce commercial management
law politics humanities humanity history historical arts art fine music culture cultural
heritage relics relic archaeology archaeological museology physics chemistry chemical
mathematics biology biological biotechnology environment environmental ecology energy power
electric electrical electronic electronics information communications communication internet
software soft computer automation intelligent intelligence industry industries industrial
manufacturing metallurgical metallurgy mining petroleum steel iron boiler heavy light
machinery equipment materials material textile fiber fibre food foods water transportation
transport traffic railway metro maritime marine ocean aerospace aeronautics astronautics
construction architecture design planning tourism sports sport physical health radio
television tv film media publishing publicity editorial news service services products
investment assets supervision reform guidance evaluation innovation research studies study
teaching teacher teachers student students graduate postgraduate alumni adults older youth
women children talent talents learning practice practical cultivation training work working
affairs protection development open modern whole life social special friendship cooperation
exchange exchanges countries country asia-australia europe africa asia america australia
palace treasure treasures ruins site sites war front fort jewelry theatre theater hall halls
square garden gardens lake river mountain mountains sea bay harbour harbor island islands
valley memorial exhibition wall grotto grottoes caves cave forbidden
chain disciplinary experimental affiliated key primary secondary high vocational
institution-enterprise manufacturing agricultural forestry fisheries veterinary
traditional pharmaceutical medical nursing dental
`)

// englishShortWords are function words that also look like pinyin or surnames: an invented word is never one of them.
var englishShortWords = strings.Fields(`he an a i in on at it is as be by do go so no to up us we me my or
of if ha ma pa bo li la long song fan sun pan ban man men can ran tan hang bin gun ding
dong yang mao hu wu ye yan ming lin shi fang gang hong jin tang wen xi zhong
`)

// englishWordList are the englishShortWords that are ordinary English words: only these need context to be replaced.
var englishWordList = strings.Fields(`he an a i in on at it is as be by do go so no to up us we me my or
of if ha ma pa long song fan sun pan ban man men can ran tan hang bin gun ding dong ye`)

// provinces are China's province-level names (general-world knowledge): a province becomes another one the set does not use.
var provinces = strings.Fields(`Liaoning Jilin Heilongjiang Hebei Henan Shandong Shanxi Shaanxi Jiangsu Zhejiang
Anhui Fujian Jiangxi Hubei Hunan Guangdong Guangxi Hainan Sichuan Guizhou Yunnan Gansu Qinghai
Ningxia Xinjiang Tibet Xizang Taiwan`)

// municipalities are the province-level cities.
var municipalities = strings.Fields(`Beijing Shanghai Tianjin Chongqing`)

// wellKnownPlaces are well-known Chinese cities and places an invented word must not be.
var wellKnownPlaces = strings.Fields(`Shenyang Dalian Anshan Fushun Benxi Dandong Jinzhou Yingkou
Fuxin Liaoyang Panjin Tieling Chaoyang Huludao Changchun Harbin Daqing Qiqihar Jinan Qingdao
Yantai Weifang Weihai Zibo Linyi Jining Taian Nanjing Suzhou Wuxi Changzhou Nantong Yangzhou
Xuzhou Hangzhou Ningbo Wenzhou Shaoxing Jiaxing Huzhou Jinhua Taizhou Hefei Wuhu Fuzhou Xiamen
Quanzhou Nanchang Wuhan Yichang Xiangyang Changsha Zhuzhou Xiangtan Guangzhou Shenzhen Zhuhai
Dongguan Foshan Shantou Nanning Guilin Haikou Sanya Chengdu Mianyang Yibin Leshan Luzhou
Guiyang Kunming Lijiang Dali Lhasa Xian Xi'an Baoji Yanan Lanzhou Dunhuang Xining Yinchuan
Urumqi Kashgar Hohhot Baotou Taiyuan Datong Shijiazhuang Tangshan Baoding Handan Qinhuangdao
Zhengzhou Luoyang Kaifeng Anyang Hong Kong Macau Macao Taipei Kaohsiung Suzhou Yangshuo Haicheng
Wuchang Hankou Pudong Binhai Tianhe Haidian Chaoyang Xuhui Jingan Huangpu Minhang Songjiang
Peking Canton Amoy Tsinghua Nankai Fudan Zhongshan Sun Yat Sen`)

// surnames are common Chinese surnames in pinyin (general-world knowledge); the list keeps the tool's order (and its repeated Wei), which the seeded draws depend on.
var surnames = strings.Fields(`Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo
Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Yuan Pan Yu Jiang Cai Du
Ye Cheng Wei Su Lu Ding Ren Shen Yao Jin Tan Shi Fu Fan Fang Bai Zou Meng Xiong Qin Qiu Kong
Jia Gong Hou Shao Wan Qian Duan Lei Yin Long Hao Kang Chang Qi Gu Mao Shan Wen Ran Yan Bi
Ning Ou Le Xing An Tao Geng Zhan Mo Yi Bao Ji Ai Niu Dai Hong Ge Xiang Che Pang Ling Liao Shu
Gan Huo Zuo Cui Miao Chu Zang Lang Rao Tong Zhong Jiao Lou Guan Hua Bian Mu Sang Zhai Nie
Min Dou Ke Kou Mei Zhuang Lian Chai Ba Qu Quan Yue Wei Dang Shang Tu Hang Nian Sheng`)

// westernGiven are Western given names for the given names of Western persons.
var westernGiven = strings.Fields(`Adrian Albert Alice Andrew Anna Arthur Benjamin Bernard Carl Caroline Charles
Claire Colin Daniel Dennis Diana Edgar Edith Edmund Elena Emily Ernest Felix Frances Frank Gerald
Gordon Grace Harold Helen Henry Irene Jack Julia Karen Laura Leonard Lewis Lucy Margaret Martin
Miriam Nathan Neil Oliver Oscar Patrick Paul Philip Rachel Ralph Robert Roger Rose Samuel Sarah
Simon Stella Stephen Susan Thomas Victor Walter Wendy`)

// westernSurnames are Western surnames for the surnames of Western persons.
var westernSurnames = strings.Fields(`Abbott Barlow Bennett Brooks Carver Chandler Dawson Ellison Fairfax Fletcher
Garland Hartley Hollis Kendall Langford Marlowe Mercer Norwood Osborne Pembroke Prescott Radley
Sheldon Thornton Underwood Waverly Whitaker Wolcott Yardley`)

// syllables is the full pinyin syllable inventory, in the tool's order.
var syllables = strings.Fields(`a ai an ang ao e ei en eng er o ou
ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu
pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu
ma mai man mang mao mei men meng mi mian miao mie min ming miu mo mou mu
fa fan fang fei fen feng fo fou fu
da dai dan dang dao de dei deng di dian diao die ding diu dong dou du duan dui dun duo
ta tai tan tang tao te teng ti tian tiao tie ting tong tou tu tuan tui tun tuo
na nai nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nu nuan nuo nv
la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu long lou lu luan lun luo lv
ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo
ka kai kan kang kao ke ken keng kong kou ku kua kuai kuan kuang kui kun kuo
ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo
ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun
qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun
xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun
zha zhai zhan zhang zhao zhe zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo
cha chai chan chang chao che chen cheng chi chong chou chu chuai chuan chuang chui chun chuo
sha shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo
ra ran rang rao re ren reng ri rong rou ru ruan rui run ruo
za zai zan zang zao ze zei zen zeng zi zong zou zu zuan zui zun zuo
ca cai can cang cao ce cen ceng ci cong cou cu cuan cui cun cuo
sa sai san sang sao se sen seng si song sou su suan sui sun suo
ya yan yang yao ye yi yin ying yong you yu yuan yue yun
wa wai wan wang wei wen weng wo wu`)

// rareSyllables read badly in invented names.
var rareSyllables = strings.Fields(`ei o lia nv lv fo fou pou miu diu nin nen nei dei shei zei cen sen te ne re se ce ze  kei zhuai chuai shuai zhua shua kua gei ri zi ci si hm ng`)
