/**
 * Free mailbox providers, 561 domains: an address there names no employer. Derived by
 * scripts/derive-free-mail.ts from npm free-email-domains 1.12.6 (MIT) and email-providers 2.27.0
 * (ISC, common.json); see docs/extraction-sources.md. Do not edit by hand: rerun the script.
 */
export const FREE_MAIL_DOMAINS = `
10minutemail.be 10minutemail.cf 10minutemail.co.uk 10minutemail.co.za 10minutemail.com
10minutemail.de 10minutemail.ga 10minutemail.gq 10minutemail.ml 10minutemail.net 10minutemail.nl
10minutemail.pro 10minutemail.us 126.com 163.com 21cn.com 37.com 3ammagazine.com 4mg.com about.com
abv.bg adelphia.net aeiou.pt aim.com albawaba.com alice.it aliyun.com altavista.com altavista.net
altavista.se angelfire.com aol.co.uk aol.com aol.de aol.fr apollo.lv arcor.de att.net bangkok.com
barcelona.com bellsouth.net bigfoot.com bigfoot.de bigpond.au bigpond.com bigpond.com.au bigpond.net
bigpond.net.au bizhosting.com blackplanet.com bluewin.ch blueyonder.co.uk bright.net btconnect.co.uk
btconnect.com btinternet.com bugmenot.com c2i.net c3.hu cableone.net canada.com care2.com centrum.cz
centrum.sk charter.net chat.ru chello.nl chello.no chez.com comcast.net compuserve.com cox.com
cox.net crosswinds.net cs.com cs.email cu.cc dailypioneer.com daum.net detik.com docomo.ne.jp
doityourself.com earthlink.net eircom.net epix.net everyone.net excite.co.jp excite.com excite.it
fastmail.ca fastmail.cn fastmail.co.uk fastmail.com fastmail.com.au fastmail.edu.pl fastmail.es
fastmail.fm fastmail.im fastmail.in fastmail.jp fastmail.mx fastmail.net fastmail.nl fastmail.se
fastmail.to fastmail.tw fastmail.us fortunecity.com foxmail.com free.com.pe free.fr freenet.de
freenet.kg freeserve.co.uk freeuk.com freeuk.net freeyellow.com front.ru frontier.com
frontiernet.net fuse.net garbage.com gazeta.pl geocities.com gmail.com gmail.com.br gmail.or.at
gmail.ru gmx.at gmx.ca gmx.ch gmx.co.uk gmx.com gmx.de gmx.es gmx.fr gmx.hk gmx.ie gmx.li gmx.net
gmx.pt gmx.sg gmx.tw gmx.us go.com go.ro go.ru go2net.com googlemail.com gportal.hu
guerrillamail.biz guerrillamail.com guerrillamail.de guerrillamail.info guerrillamail.net
guerrillamail.org hamptonroads.com hetnet.nl hey.com hispavista.com home.de home.nl home.ro home.se
homestead.com hot.ee hotbot.com hotmail.be hotmail.ca hotmail.ch hotmail.co hotmail.co.il
hotmail.co.in hotmail.co.jp hotmail.co.kr hotmail.co.nz hotmail.co.th hotmail.co.uk hotmail.co.za
hotmail.com hotmail.com.au hotmail.com.br hotmail.com.tr hotmail.cz hotmail.de hotmail.dk hotmail.es
hotmail.fi hotmail.fr hotmail.gr hotmail.hu hotmail.it hotmail.jp hotmail.kg hotmail.kz hotmail.my
hotmail.nl hotmail.no hotmail.ph hotmail.ru hotmail.se hotmail.sg hushmail.cf hushmail.com i.am i.ua
icloud.com icq.com idirect.com iespana.es ig.com.br iinet.net.au inbox.com inbox.lt inbox.lv
inbox.net inbox.ru inbox.si incredimail.com india.com indiatimes.com interfree.it interia.eu
interia.pl iol.it iol.pt iprimus.com.au ireland.com ivillage.com iwon.com juno.com kansascity.com
kiwibox.com land.ru laposte.net lawyer.com lex.bg libero.it list.ru live.at live.be live.ca live.cl
live.cn live.co.kr live.co.uk live.co.za live.com live.com.ar live.com.au live.com.mx live.com.pt
live.com.sg live.de live.dk live.fr live.hk live.ie live.in live.it live.jp live.nl live.no live.ru
live.se looksmart.co.uk looksmart.com looksmart.com.au lycos.co.kr lycos.co.uk lycos.com lycos.es
lycos.it lycos.ne.jp mac.com mail-tester.com mail.az mail.be mail.bg mail.by mail.ch mail.co.za
mail.com mail.com.tr mail.de mail.dk mail.ee mail.fr mail.gr mail.gw mail.lv mail.md mail.nu
mail.org.uk mail.pf mail.pt mail.ru mail.tm mail.vu mail.wtf mailbox.org mailinator.co.uk
mailinator.com mailinator.gq mailinator.info mailinator.net mailinator.org mailinator.us masrawy.com
mchsi.com me.com metacrawler.com mindspring.com montevideo.com.uy msn.cn msn.co.uk msn.com msn.nl
myway.com nate.com naver.com netscape.net netspace.net.au netzero.com netzero.net neuf.fr
newmail.com newmail.net newmail.ru newmail.top ntlworld.com ny.com nyc.com o2.co.uk o2.pl oath.com
onet.com.pl onet.eu onet.pl online.de online.ie online.ms online.nl online.no onlinehome.de
onmilwaukee.com optusnet.com.au orange.fr outlook.at outlook.be outlook.cl outlook.co.id
outlook.co.il outlook.co.nz outlook.co.th outlook.com outlook.com.au outlook.com.br outlook.com.gr
outlook.com.pe outlook.com.tr outlook.com.vn outlook.cz outlook.de outlook.dk outlook.edu.pl
outlook.es outlook.fr outlook.hu outlook.ie outlook.in outlook.it outlook.jp outlook.kr outlook.lv
outlook.my outlook.nl outlook.ph outlook.pt outlook.sa outlook.sg outlook.sk outlook.tw
ozemail.com.au pacbell.net pe.hu planet.nl pochta.ru posteo.de privacy.net prodigy.net proton.me
protonmail.ch protonmail.com ptd.net qq.com qq.my qwest.net rambler.ru rcn.com rediffmailpro.com
rin.ru roadrunner.com rogers.com rr.com rr.nu sanook.com sapo.pt sbcglobal.com sbcglobal.net sci.fi
seanet.com seznam.cz sfr.fr shaw.ca she.com sify.com sina.cn sina.com singnet.com.sg sky.com
skynet.be sp.nl space.com spacewar.com spray.no spray.se starmedia.com supereva.it swbell.net
sweb.cz t-online.de t-online.hu talkcity.com tds.net telenet.be telstra.com telstra.com.au
temp-mail.best temp-mail.cfd temp-mail.com temp-mail.de temp-mail.edu.rs temp-mail.gg temp-mail.lol
temp-mail.now temp-mail.org temp-mail.ru terra.cl terra.com terra.com.ar terra.com.br terra.es
theglobe.com thirdage.com tiscali.at tiscali.be tiscali.co.uk tiscali.it tiscali.lu tiscali.no
tiscali.se tom.com tpg.com.au tutanota.com ukr.net unican.es uol.com.ar uol.com.br uol.com.co
uol.com.mx uol.com.ve usa.cc usa.com usa.edu.pl usa.net verizon.net virgilio.it virgin.net
virginmedia.com voila.fr walla.co.il wanadoo.es wanadoo.fr web.de webindia123.com webjump.com
westnet.com westnet.com.au windowslive.com wowway.com wp.pl xoom.com ya.ru yahoo.ae yahoo.at
yahoo.be yahoo.ca yahoo.ch yahoo.cn yahoo.co yahoo.co.id yahoo.co.il yahoo.co.in yahoo.co.jp
yahoo.co.kr yahoo.co.nz yahoo.co.th yahoo.co.uk yahoo.co.za yahoo.com yahoo.com.ar yahoo.com.au
yahoo.com.br yahoo.com.cn yahoo.com.co yahoo.com.hk yahoo.com.mx yahoo.com.my yahoo.com.ph
yahoo.com.sg yahoo.com.tr yahoo.com.tw yahoo.com.vn yahoo.cz yahoo.de yahoo.dk yahoo.es yahoo.fi
yahoo.fr yahoo.gr yahoo.hu yahoo.ie yahoo.in yahoo.it yahoo.jp yahoo.nl yahoo.no yahoo.pl yahoo.pt
yahoo.ro yahoo.ru yahoo.se yahoofs.com yam.com yandex.by yandex.com yandex.kz yandex.pl yandex.ru
yandex.ua yeah.net yopmail.com yopmail.fr yopmail.gq yopmail.net za.com zip.net zoho.com zonnet.nl
zzn.com
`;
