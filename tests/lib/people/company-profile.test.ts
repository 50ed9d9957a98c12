import { describe, expect, it } from 'vitest';
import type { PageLine, PageReading } from '@/lib/page/contract';
import { normalizeCapture } from '@/lib/people';

/** Lines of a company profile's table, each cell its own line, as lib/page/lines.ts returns them. */
const lines = (...texts: string[]): PageLine[] =>
  texts.map((text, i) => ({
    text,
    heading: 0,
    chrome: false,
    emails: [],
    phones: [],
    scope: [i, i, 1, 99, 0, 99],
    shape: 0,
  }));
const page = (texts: string[]): PageReading => ({
  source: 'generic',
  url: 'https://example.co.jp/company',
  title: '会社概要',
  candidates: [],
  lines: lines(...texts),
});
const first = (texts: string[]) => {
  const [c] = normalizeCapture(page(texts));
  return (
    c && { name: c.name, firstName: c.firstName, lastName: c.lastName, title: c.title, company: c.company }
  );
};

describe("a Japanese, Korean or Chinese company profile names the firm's head", () => {
  it('reads the representative, the title written before the name and the firm', () => {
    expect(
      first([
        '会社概要',
        '会社名',
        '株式会社サンプル',
        '設立',
        '2019年8月20日',
        '代表者',
        '代表取締役 山田太郎',
        '事業内容',
        '・アプリ開発',
      ]),
    ).toEqual({
      name: '山田太郎',
      firstName: '山田太郎',
      lastName: undefined,
      title: '代表取締役',
      company: '株式会社サンプル',
    });
  });

  it('takes the title from the label when the cell holds the name alone, family name first', () => {
    expect(
      first([
        '会社名',
        '有限会社サンプル',
        '所在地',
        '名古屋市',
        '電話番号',
        '052-000-0000',
        '代表',
        '山田 太郎',
      ]),
    ).toMatchObject({
      name: '山田 太郎',
      firstName: '太郎',
      lastName: '山田',
      title: '代表',
      company: '有限会社サンプル',
    });
  });

  it('reads a label and its value on one line, in Korean too', () => {
    expect(first(['회사명: 샘플 주식회사', '대표자: 대표이사 김민준', '주소: 서울시'])).toMatchObject({
      name: '김민준',
      title: '대표이사',
      company: '샘플 주식회사',
    });
  });

  it('needs a table of labels: one "代表" cell alone names nobody', () => {
    expect(first(['代表', '山田太郎'])).toBeUndefined();
  });

  it('takes no firm or address in the representative cell for a person', () => {
    expect(
      first(['会社名', '株式会社サンプル', '代表者', '株式会社サンプル', '所在地', '東京都']),
    ).toBeUndefined();
  });

  it("takes the firm's telephone for its head and never the fax a table labels on the line above", () => {
    const [c] = normalizeCapture(
      page([
        '会社名',
        '有限会社サンプル',
        '電話番号',
        '052-000-0000',
        'FAX',
        '052-000-0001',
        '代表',
        '山田 太郎',
      ]),
    );
    expect(c?.phones.map((p) => p.raw)).toEqual(['052-000-0000']);
    // Nor does the firm's own contact take the fax.
    const phones = normalizeCapture(
      page(['会社名', '有限会社サンプル', 'FAX', '052-000-0001', '所在地', '名古屋市']),
    ).flatMap((p) => p.phones.map((x) => x.raw));
    expect(phones).not.toContain('052-000-0001');
  });

  it("reads no page's 'hasOwnProperty' or 'toString' as a label, and does not stop on them", () => {
    const texts = ['hasOwnProperty', 'Jane Doe', 'toString', 'valueOf', '所在地', '東京都'];
    expect(() => normalizeCapture(page(texts))).not.toThrow();
    // No table, and a name without a contact or a role is nobody's card.
    expect(normalizeCapture(page(texts))).toEqual([]);
  });
});
