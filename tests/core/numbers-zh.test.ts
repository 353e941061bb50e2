import { describe, expect, it } from 'vitest';
import { extractNumbers } from '../../src/core/analyze/numbers-zh';

// Each mention as "text=value kind" so a table row reads like the domain.
const show = (text: string, lang: 'zh' | 'en') =>
  extractNumbers(text, lang).map((m) => `${text.slice(m.start, m.end)}=${m.value} ${m.kind}${m.loose ? ' loose' : ''}`);

describe('extractNumbers (Chinese)', () => {
  it.each([
    ['二〇三五年', ['二〇三五年=2035 year']],
    ['十五个', ['十五个=15 cardinal']],
    ['4万亿元', ['4万亿元=4000000000000 cardinal']],
    ['百分之五', ['百分之五=5 percent']],
    ['增长40%', ['40%=40 percent']],
    ['1.4万', ['1.4万=14000 cardinal']],
    ['208万人', ['208万人=2080000 cardinal']],
    ['10多万', ['10多万=100000 cardinal']],
    ['百万人', ['百万人=1000000 cardinal']],
    ['每万元', ['万元=10000 cardinal']],
    ['党的二十大', ['二十=20 ordinal']],
    ['二十届二中、三中全会', ['二十=20 ordinal', '二=2 ordinal', '三=3 ordinal']],
    ['第十四个五年规划', ['第十四个=14 ordinal', '五年=5 cardinal']],
    ['十四五规划', ['十四=14 cardinal']],
    ['（2024年8月30日）', ['2024年8月30日=20240830 date']],
    ['8月30日', ['8月30日=830 date']],
    ['7月17和7月22日', ['7月17=717 date', '7月22日=722 date']],
    ['7月17至22日', ['7月17=717 date', '22日=22 date']],
    ['三分之一', ['三分之一=0.3333333333333333 fraction']],
    ['一百五十', ['一百五十=150 cardinal']],
    ['三点五', ['三点五=3.5 cardinal']],
    ['提高5个百分点', ['5个百分点=5 percent']],
    ['五成', ['五成=50 percent']],
    ['推出一批改革措施', ['一批=1 cardinal loose']],
    ['第一', ['第一=1 ordinal loose']],
    ['两头在外', ['两头=2 cardinal']],
    // A dimension count is read, but loose: 三维 is as often 'three-dimensional' or 'stereoscopic'.
    ['三维模型', ['三维=3 cardinal loose']],
  ])('%s', (text, expected) => {
    expect(show(text, 'zh')).toEqual(expected);
  });

  it.each([
    '一些', '一体化', '统一登记', '一站式', '万一', '进一步', '全国一盘棋', '思维模式', '一国两制', '两岸', '百姓',
    '千万不能', '5G网络', 'G20峰会', 'COVID-19', 'https://www.12371.cn/2025/06/10/ARTI1749549276955561.shtml', '一二线城市', '',
  ])('finds no number in %s', (text) => {
    expect(show(text, 'zh')).toEqual([]);
  });
});

describe('extractNumbers (English)', () => {
  it.each([
    ['(August 30, 2024)', ['August 30, 2024=20240830 date']],
    ['30 August 2024', ['30 August 2024=20240830 date']],
    ['On July 17 and 22,', ['July 17=717 date', '22=722 date']],
    ['July 17-22', ['July 17=717 date', '22=722 date']],
    ['July 17 and 22 August', ['July 17=717 date', '22 August=822 date']],
    ['in May 2024', ['May 2024=20240500 date']],
    ['the 20th CPC National Congress', ['20th=20 ordinal']],
    ['Second and Third Plenary Sessions', ['Second=2 ordinal', 'Third=3 ordinal']], // listed beside another ordinal, 'Second' is no 'secondly'
    ['ten thousand yuan', ['ten thousand=10000 cardinal']],
    ['hundred million', ['hundred million=100000000 cardinal']],
    ['4 trillion', ['4 trillion=4000000000000 cardinal']],
    ['2.08 million people', ['2.08 million=2080000 cardinal']],
    ['14,000', ['14,000=14000 cardinal']],
    ['five percent', ['five percent=5 percent']],
    ['5%', ['5%=5 percent']],
    ['one third', ['one third=0.3333333333333333 fraction']],
    ['two-thirds', ['two-thirds=0.6666666666666666 fraction']],
    ['1/3', ['1/3=0.3333333333333333 fraction']],
    ['14th Five-Year Plan', ['14th=14 ordinal', 'Five=5 cardinal loose']],
    ['two hundred and eight', ['two hundred and eight=208 cardinal']],
    ['twenty-one', ['twenty-one=21 cardinal']],
    ['the 1990s', ['1990s=90 year']],
    ['in 2035', ['2035=2035 year']],
    ['a one-stop shop', ['one=1 cardinal loose']],
    ['5bn', ['5bn=5000000000 cardinal']],
  ])('%s', (text, expected) => {
    expect(show(text, 'en')).toEqual(expected);
  });

  it.each([
    ['3D model', ['3D=3 cardinal loose']],
    ['three-dimensional registration', ['three=3 cardinal loose']],
  ])('reads the dimension count of %s', (text, expected) => {
    expect(show(text, 'en')).toEqual(expected);
  });

  it.each(['a batch of measures', 'it may be', 'G20 and 5G', '3G networks', 'a 3Dfx card', 'lemonzhao@smm.cn', 'version 4.7.2', ''])('finds no number in %s', (text) => {
    expect(show(text, 'en')).toEqual([]);
  });

  it('rejects an unknown language', () => {
    expect(() => extractNumbers('1', 'fr' as 'en')).toThrow(RangeError);
  });

  it('gives offsets into the text it was given', () => {
    const text = '支持深圳于2024年8月30日前完成';
    const [m] = extractNumbers(text, 'zh');
    expect(text.slice(m.start, m.end)).toBe('2024年8月30日');
  });
});

describe('extractNumbers: units of volume and of ranges', () => {
  const units = (text: string, lang: 'zh' | 'en') => extractNumbers(text, lang).map((m) => `${m.value} ${m.unit ?? '-'}`);
  it.each([
    ['每天喝3升至5升水', 'zh', ['3 l', '5 l']],
    ['每天喝3至5升水', 'zh', ['3 l', '5 l']],
    ['每次150毫升至200毫升', 'zh', ['150 ml', '200 ml']],
    ['drink 2-3L per day', 'en', ['2 l', '3 l']],
    ['between 150-200ml each time', 'en', ['150 ml', '200 ml']],
    ['1.5 litres of water', 'en', ['1.5 l']],
  ] as const)('%s', (text, lang, expected) => expect(units(text, lang)).toEqual(expected));
});

describe('extractNumbers on any text', () => {
  it('never throws and keeps mentions inside the text, in order', async () => {
    const fc = (await import('fast-check')).default;
    const alphabet = fc.constantFrom(...'0123456789一二三四五六七八九十百千万亿两〇零第年月日号%分之点多余个批大届中全会、，。 .,-/()（）abcMayAugust one two hundred million third 😀\n'.split(''));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }).map((a) => a.join('')), fc.constantFrom('zh' as const, 'en' as const), (text, lang) => {
        let last = 0;
        for (const m of extractNumbers(text, lang)) {
          expect(m.start).toBeGreaterThanOrEqual(last);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(Number.isFinite(m.value)).toBe(true);
          last = m.end;
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('extractNumbers: one shared reading per text and language', () => {
  // The analysis and the number check both read each segment: they must get the same reading, which
  // neither can change under the other.
  const text = '三个人在2024年8月30日前看了two films';

  it('gives every caller the same frozen reading of a text', () => {
    const first = extractNumbers(text, 'zh');
    expect(extractNumbers(text, 'zh')).toBe(first);
    expect(extractNumbers(text.slice(0, 10) + text.slice(10), 'zh')).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(first.length).toBeGreaterThan(0);
    expect(first.every((m) => Object.isFrozen(m))).toBe(true);
    expect(() => (first as unknown as unknown[]).push({})).toThrow(TypeError);
    expect(() => Object.assign(first[0], { unit: 'changed' })).toThrow(TypeError);
    expect(show(text, 'zh')).toEqual(['三个=3 cardinal', '2024年8月30日=20240830 date']);
  });

  it('keeps each language its own reading of the same text', () => {
    const en = extractNumbers(text, 'en');
    const zh = extractNumbers(text, 'zh');
    expect(en).not.toBe(zh);
    expect(extractNumbers(text, 'en')).toBe(en);
    expect(show(text, 'en')).toEqual(['2024=2024 year', '8=8 cardinal', '30=30 cardinal', 'two=2 cardinal']);
    expect(show(text, 'zh')).toEqual(['三个=3 cardinal', '2024年8月30日=20240830 date']);
  });
});
