import { addValues, emptyCandidate, setField } from '@/lib/page/candidate';
import type { PageLine, RawCandidate } from '@/lib/page/contract';
import { personName } from './recognise';

/**
 * The head of a firm as the company profiles of Japanese, Korean and Chinese sites state them:
 * a table of labels and values ("会社概要": 会社名 | 株式会社… , 代表者 | 代表取締役 山田太郎,
 * 所在地 | …, 電話番号 | …), as the legal notice of a Japanese shop does too ("特定商取引法に基づく
 * 表記": 販売業者, 運営責任者). Such pages write no name a Latin-script reader would know, and
 * no line with a role next to a name: the label says who the person is. Each table cell is its
 * own line, or the label and its value share one ("代表者：山田太郎").
 */

/** Lines read: a profile table sits near a page's top. */
const MAX_LINES = 400;

/**
 * Labels whose value is the firm's head, with the title the label gives ("代表者" → "代表"). A Map,
 * so that a page's "constructor" or "toString" is no label.
 */
const PERSON_LABELS = new Map<string, string>(
  Object.entries({
    代表者: '代表',
    代表者名: '代表',
    代表: '代表',
    代表取締役: '代表取締役',
    代表取締役社長: '代表取締役社長',
    社長: '社長',
    代表理事: '代表理事',
    理事長: '理事長',
    代表社員: '代表社員',
    院長: '院長',
    所長: '所長',
    運営責任者: '運営責任者',
    運営統括責任者: '運営統括責任者',
    販売責任者: '販売責任者',
    대표: '대표',
    대표자: '대표',
    대표자명: '대표',
    대표이사: '대표이사',
    法定代表人: '法定代表人',
    负责人: '负责人',
    董事长: '董事长',
    总经理: '总经理',
  }),
);
/** Labels whose value is the firm's name. */
const COMPANY_LABELS = new Set(
  '会社名 商号 社名 法人名 名称 販売業者 事業者名 販売事業者 屋号 회사명 상호 상호명 법인명 公司名称 企业名称'.split(
    ' ',
  ),
);
/** Labels of the firm's telephone (not its fax). */
const PHONE_LABELS = new Set('電話番号 電話 TEL 代表電話 전화 전화번호 대표전화 电话 联系电话'.split(' '));
/** Other labels only a company profile has: with a person's label they make the table one. */
const PROFILE_LABELS = new Set(
  '所在地 住所 本社 本社所在地 設立 創業 資本金 従業員数 社員数 事業内容 FAX 주소 설립일 설립 자본금 사업자등록번호 사업내용 地址 成立时间 注册资本 经营范围'.split(
    ' ',
  ),
);

/** Roles written before the name in a value ("代表取締役 山田太郎", "대표이사 홍길동"), longest first. */
const ROLES = [...PERSON_LABELS.values()].concat(['取締役社長', 'CEO']).sort((a, b) => b.length - a.length);

/** A name in Han, kana or Hangul, with or without a space between family and given name. */
const EAST_ASIAN_NAME =
  /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー]{1,5}(?:[ \u3000・][\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}ー]{1,6})?$|^\p{sc=Hangul}{2,4}$|^\p{sc=Hangul}{1,2} \p{sc=Hangul}{1,3}$/u;
/** Words that make a value a firm or a place, not a person ("株式会社", "事務所", "센터"). */
const NOT_A_PERSON = /会社|法人|事務所|組合|協会|センター|店|센터|회사|公司|中心/;
/** A reading in brackets after the name ("山田 太郎（やまだ たろう）"). */
const READING = /\s*[（(][^）)]*[）)]\s*$/;

/** "代表者：山田太郎", "代表者 山田太郎", "代表者" → label and value ('' when the value is on the next line). */
function split(text: string): [string, string] {
  const m = /^([^\s:：]{1,12})\s*[:：]?\s*(.*)$/u.exec(text.trim());
  // "TEL." and "Tel" are the label "TEL".
  const label = (m?.[1] ?? '').replace(/[.．]$/, '');
  return [/^tel$/i.test(label) ? 'TEL' : label, (m?.[2] ?? '').trim()];
}

/** The name and the role written before it in a person label's value. */
function personIn(value: string): { name: string; role?: string } | undefined {
  let rest = value.replace(READING, '').trim();
  let role: string | undefined;
  for (const r of ROLES) {
    if (rest.startsWith(r) && rest.length > r.length) {
      role = r;
      rest = rest.slice(r.length).trim();
      break;
    }
  }
  if (NOT_A_PERSON.test(rest)) return undefined;
  const name = EAST_ASIAN_NAME.test(rest) ? rest : personName(rest);
  return name ? { name, role } : undefined;
}

/** The firm's head a company-profile table on `lines` names, with the firm's name and telephone; undefined without one. */
export function readCompanyProfile(lines: PageLine[]): RawCandidate | undefined {
  const read = lines.slice(0, MAX_LINES);
  let person: RawCandidate | undefined;
  let company = '';
  let phone = '';
  let labels = 0;
  for (let i = 0; i < read.length; i++) {
    const [label, inline] = split((read[i] as PageLine).text);
    const known = PERSON_LABELS.has(label) || COMPANY_LABELS.has(label) || PHONE_LABELS.has(label);
    if (!known && !PROFILE_LABELS.has(label)) continue;
    labels++;
    const value = inline || (read[i + 1]?.text.trim() ?? '');
    if (PERSON_LABELS.has(label) && !person) {
      const found = personIn(value);
      if (!found) continue;
      person = emptyCandidate();
      setField(person, 'name', found.name, 0.8);
      setField(person, 'title', found.role ?? PERSON_LABELS.get(label), 0.8);
    } else if (COMPANY_LABELS.has(label) && !company) company = value;
    else if (PHONE_LABELS.has(label) && !phone) phone = value;
  }
  // One label alone may be any page's ("代表" in a sentence's cell); a profile has several.
  if (!person || labels < 3) return undefined;
  setField(person, 'company', company, 0.8);
  if (/\d/.test(phone)) addValues(person, 'phones', [phone], 0.6);
  return person;
}
