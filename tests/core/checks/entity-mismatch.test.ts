import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodeResources, type NodeResources } from '../../../src/cli/resources';
import { entityMismatch } from '../../../src/core/checks/entity-mismatch';
import type { CheckContext } from '../../../src/core/checks/check';
import { findZhEntities, isPlaceName, placeQualifier, zhNamesForLatin } from '../../../src/core/analyze/entities-zh';
import { pairsFrom } from './helpers';

let res: NodeResources;
beforeAll(async () => {
  res = await loadNodeResources();
}, 60_000);

function ctxOf(notation: string, zhSide?: 'source' | 'target'): CheckContext {
  return { ...pairsFrom(notation, { dictionary: res.dictionary, zhSide }), zh: res.zh };
}

describe('entityMismatch', () => {
  it('flags Yantai for 盐田港 as critical with the right rendering and both places', () => {
    const flags = entityMismatch(ctxOf('[在便利通关等方面支持深圳盐田港加大探索力度。|Support Yantai Port in increasing exploration efforts.]'));
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      type: 'entity',
      severity: 'critical',
      source: ['s1'],
      target: ['t1'],
      suggestion: 'Yantian Port',
      message: '盐田港 is Yantian Port (Shenzhen); "Yantai" is 烟台 (Shandong).',
    });
    expect(flags[0].evidence.map((e) => [e.side, e.text])).toEqual([['source', '盐田港'], ['target', 'Yantai']]);
  });

  describe('a character of a rendered name keeps to that name', () => {
    // 澳 is Macao and, on its own, short for Australia; inside 澳门 written 'Macao' it is no Australia.
    it('flags Australia put for 英国 beside 澳门', () => {
      const flags = entityMismatch(ctxOf('[查询澳门学生返回英国读书的方法。|Inquiry about methods for students from Macao to resume their study in Australia.]'));
      expect(flags.map((f) => [f.severity, f.evidence.map((e) => e.text)])).toEqual([['major', ['英国', 'Australia']]]);
    });
    it('still reads a character inside a name the translation does not write (陕 of 陕北 for Northern Shaanxi)', () => {
      expect(entityMismatch(ctxOf('[邀请了“陕北民歌”传承人。|They invited practitioners of "folk songs of Northern Shaanxi".]'))).toEqual([]);
    });
  });

  describe('a name written only inside a longer name', () => {
    // 香港 is said twice over: alone (香港联合交易所) and inside 粤港澳大湾区. 'Hong Kong' inside
    // 'Guangdong-Hong Kong-Macao Greater Bay Area' renders the Bay Area, not the exchange's city.
    const zh = '允许在香港联合交易所上市的粤港澳大湾区企业，按照政策规定在深圳证券交易所上市。';
    it('leaves the other mention unrendered, so a foreign place in its stead is a swap', () => {
      const en = 'Companies listed on the Singapore Exchange from the Guangdong-Hong Kong-Macao Greater Bay Area are permitted to list on the Shenzhen Stock Exchange.';
      const flags = entityMismatch(ctxOf(`[${zh}|${en}]`));
      expect(flags.map((f) => [f.severity, f.evidence.map((e) => e.text)])).toEqual([['major', ['香港', 'Singapore']]]);
    });
    it('is satisfied by the name standing alone', () => {
      const en = 'Companies listed on the Hong Kong Stock Exchange from the Guangdong-Hong Kong-Macao Greater Bay Area are permitted to list on the Shenzhen Stock Exchange.';
      expect(entityMismatch(ctxOf(`[${zh}|${en}]`))).toEqual([]);
    });
    it('is satisfied by a demonym (Chinese for 中国, China only inside China News Service)', () => {
      const notation = '[中新网7月26日电据中国驻英国大使馆网站消息。|China News Service, July 26 (Xinhua) According to the website of the Chinese Embassy in the United Kingdom.]';
      expect(entityMismatch(ctxOf(notation)).filter((f) => f.evidence.some((e) => e.text === '中国'))).toEqual([]);
    });
  });

  it('works when the English is the original', () => {
    const flags = entityMismatch(ctxOf('[Support Yantian Port in customs clearance.|支持烟台港在通关方面加大探索力度。]', 'target'));
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ severity: 'critical', suggestion: '盐田港' });
    expect(flags[0].message).toBe('"Yantian" is 盐田 (Shenzhen); the translation\'s 烟台港 is Yantai Port (Shandong).');
    expect(flags[0].evidence.map((e) => e.side)).toEqual(['target', 'source']);
  });

  it.each([
    ['a misspelt transliteration', '[支持深圳盐田港发展。|Support the development of Yantain Port.]', 'major', 'Yantian Port'],
    ['one place name swapped for another', '[支持深圳发展。|Support the development of Guangzhou.]', 'major', 'Shenzhen'],
    ['a place rendered by meaning swapped for another', '[试点允许符合条件的香港涉税专业人士在深圳登记执业。|Allow eligible Macao tax professionals to register in Shenzhen.]', 'major', 'Hong Kong'],
    ['a body named after a place put in another', "[依托深圳证券交易所科技成果交易中心等。|Leveraging the Shanghai Stock Exchange's trading center.]", 'major', 'Shenzhen Stock Exchange'],
  ])('flags %s', (_name, notation, severity, suggestion) => {
    const flags = entityMismatch(ctxOf(notation));
    expect(flags.map((f) => [f.severity, f.suggestion])).toEqual([[severity, suggestion]]);
  });

  it.each([
    ['香港 ↔ Hong Kong', '[试点允许香港涉税专业人士在深圳登记执业。|Allow Hong Kong tax professionals to register in Shenzhen.]'],
    ['a name rendered by meaning', '[用好推进粤港澳大湾区高水平人才高地建设契机。|Leverage the building of a talent hub in the Greater Bay Area.]'],
    ['Guangdong-Hong Kong-Macao', '[用好粤港澳大湾区建设契机。|Build the Guangdong-Hong Kong-Macao Greater Bay Area.]'],
    ['深圳 ↔ Shenzhen', '[支持深圳开展科技产业金融一体化专项试点。|Support Shenzhen in piloting integrated projects.]'],
    ['广东省 ↔ Guangdong Province', '[广东省要加大放权力度。|Guangdong Province should delegate more powers.]'],
    ['中共 ↔ CPC (an expansion)', '[中共中央办公厅印发意见。|The General Office of the CPC Central Committee issued the Opinions.]'],
    ['香港联合交易所 ↔ Hong Kong Stock Exchange', '[允许在香港联合交易所上市的企业在深圳上市。|Companies listed on the Hong Kong Stock Exchange may list in Shenzhen.]'],
    ['深汕 ↔ Shenzhen-Shanwei', '[完善深汕特别合作区管理体制。|Improve the Shenzhen-Shanwei Special Cooperation Zone.]'],
    ['Macau, the other spelling of 澳门', '[支持澳门发展。|Support the development of Macau.]'],
    ['a name left out, not replaced', '[支持深圳盐田港加大探索力度。|Support the port in increasing its efforts.]'],
    ['an English name with no Chinese counterpart', '[加强国际合作。|Strengthen international cooperation with Singapore.]'],
    ['a title-case word that is also a surname', '[支持深圳长期发展。|Support the Long-Term Development of the City.]'],
    ['title-case common words', '[四、建设更高水平开放型经济新体制|IV. Building a New System for a Higher-Level Open Economy]'],
    ['a possessive rendering', "[推动深圳的高等职业学校课程互选。|Enable course selection at Shenzhen's higher vocational colleges.]"],
    ['an English word that is also a place (Central, 中环) beside a mis-cut name (大和)', '[深入贯彻党的二十大和二十届二中、三中全会精神。|Implement the spirit of the 20th CPC National Congress and the Second and Third Plenary Sessions of the 20th CPC Central Committee.]'],
    ['a place added as subject beside a body rendered in full', "[本意见落实中涉及调整现行法律的，按法定程序经全国人大常委会授权后实施。|Shenzhen should implement them after authorization by the Standing Committee of the National People's Congress.]"],
    ['a place added beside a rendered one', '[推动香港发展。|Promote the development of Hong Kong and its links with Shenzhen.]'],
  ])('does not flag %s', (_name, notation) => {
    expect(entityMismatch(ctxOf(notation))).toEqual([]);
  });

  it.each([
    ['St. for Saint', '[阅兵式在圣彼得堡举行。|The parade was held in St. Petersburg (Xinhua).]'],
    ['Saint- joined by hyphens', '[火灾给圣彼得与圣保罗大教堂造成了损失。|The fire damaged the Cathédrale Saint-Pierre-et-Saint-Paul de Nantes.]'],
    ['a name the segmenter cut apart, spelt in pinyin', '[中新社记者富田摄|Photo by Futian, a reporter from China News Service]'],
    ['ü spelt u', '[批准将安山和安闾两个工业区列入规划。|Approve adding the two industrial zones of Anshan and Anlu to the plan.]'],
  ])('does not flag %s', (_name, notation) => {
    expect(entityMismatch(ctxOf(notation)).filter((f) => f.severity !== 'minor' && f.severity !== 'info')).toEqual([]);
  });

  it('calls a near miss of a foreign name the dictionary lacks a spelling to check (minor), a Chinese one major', () => {
    const foreign = entityMismatch(ctxOf('[飞机在德国韦瑟尔县撞上住宅楼。|A plane crashed into a house in Weiser County, Germany.]'));
    expect(foreign.map((f) => f.severity)).toEqual(['minor']);
    expect(foreign[0].message).toContain('check the spelling');
    const chinese = entityMismatch(ctxOf('[邀请安塞剪纸传承人参展。|Inheritors of Ansei paper-cutting were invited.]'));
    expect(chinese.map((f) => f.severity)).toEqual(['major']);
  });

  it('flags a person spelt in pinyin whom the dictionary knows by a conventional English name', () => {
    const flags = entityMismatch(ctxOf('[一边被同是拆弹专家的刘青云追捕。|While being chased by Liu Qingyun, also a bomb expert.]'));
    expect(flags.map((f) => [f.severity, f.suggestion, f.evidence.map((e) => e.text)])).toEqual([['major', 'Lau Ching-Wan', ['刘青云', 'Liu Qingyun']]]);
    expect(entityMismatch(ctxOf('[一边被同是拆弹专家的刘青云追捕。|While being chased by Lau Ching-Wan, also a bomb expert.]'))).toEqual([]);
    // 毛泽东's dictionary name is its pinyin; 李永乐 is a teacher, not the Yongle Emperor (永乐) inside his name.
    expect(entityMismatch(ctxOf('[毛泽东说。|Mao Zedong said.]'))).toEqual([]);
    expect(entityMismatch(ctxOf('[物理教师李永乐等优秀青年教师。|Outstanding young teachers such as Li Yongle, a physics teacher.]'))).toEqual([]);
    // The gloss's title is no part of the name to suggest: 'Dr Sun Yat-sen (1866-1925)' → 'Sun Yat-sen'.
    expect(entityMismatch(ctxOf('[孙中山先生领导了辛亥革命。|Sun Zhongshan led the 1911 Revolution.]')).map((f) => f.suggestion)).toEqual(['Sun Yat-sen']);
  });

  it('flags a person put in the place of another the original names, and not a title for the same person', () => {
    const flags = entityMismatch(ctxOf('[坚持以习近平新时代中国特色社会主义思想为指导。|Adhere to the guidance of Deng Xiaoping Thought on Socialism with Chinese Characteristics for a New Era.]'));
    expect(flags.map((f) => [f.severity, f.suggestion, f.evidence.map((e) => e.text)])).toEqual([['major', 'Xi Jinping', ['习近平', 'Deng Xiaoping']]]);
    expect(entityMismatch(ctxOf('[毛泽东铜像。|A bronze statue of Chairman Mao.]'))).toEqual([]);
    expect(entityMismatch(ctxOf('[邓小平和习近平。|Deng Xiaoping and Xi Jinping.]'))).toEqual([]);
  });

  it('reads a name the dictionary places in a country as a place, so a swap for it is flagged (Cologne, Germany for 杜伊斯堡)', () => {
    const flags = entityMismatch(ctxOf('[德国刑警正与杜伊斯堡检方共同调查事故原因。|The German criminal police are investigating the cause together with the Cologne prosecutors.]'));
    expect(flags.map((f) => [f.severity, f.evidence.map((e) => e.text)])).toEqual([['major', ['杜伊斯堡', 'Cologne']]]);
  });

  it('reads a country the dictionary glosses by its bare name as a country (新加坡 Singapore, from ISO 3166), so it may stand for 中国 or 香港', () => {
    const china = entityMismatch(ctxOf('[支持深圳仲裁机构与中国体育仲裁委员会研究体育纠纷化解。|Support Shenzhen arbitration institutions and the Singapore Sports Arbitration Commission in resolving sports disputes.]'));
    expect(china.map((f) => [f.severity, f.evidence.map((e) => e.text)])).toEqual([['major', ['中国', 'Singapore']]]);
    expect(china[0].message).toContain('新加坡');
    const hk = entityMismatch(ctxOf('[试点允许符合条件的香港涉税专业人士在深圳登记执业。|Pilot a policy allowing eligible Singapore tax professionals to register and practice in Shenzhen.]'));
    expect(hk.map((f) => [f.severity, f.evidence.map((e) => e.text)])).toEqual([['major', ['香港', 'Singapore']]]);
    expect(entityMismatch(ctxOf('[支持深圳仲裁机构与中国体育仲裁委员会研究体育纠纷化解。|Support Shenzhen arbitration institutions and the China Sports Arbitration Commission in resolving sports disputes.]'))).toEqual([]);
  });

  it('reads a US state as a place, its name and 州 as one name, and a two-word place as one name', () => {
    const state = entityMismatch(ctxOf('[阿拉巴马州司法部长马歇尔称，该行政令是一个胜利。|Arizona Attorney General Marshall called the order a victory.]'));
    expect(state.map((f) => [f.severity, f.evidence.map((e) => e.text)])).toEqual([['major', ['阿拉巴马州', 'Arizona']]]);
    const twoWords = entityMismatch(ctxOf('[新泽西州的一些城市加入了诉讼。|Several New York cities joined the lawsuit.]'));
    expect(twoWords.map((f) => [f.severity, f.evidence.map((e) => e.text)])).toEqual([['major', ['新泽西州', 'New York']]]);
    // A name spelt in pinyin is that name, though its two syllables also spell a place (刘鹤 'Liu He', 柳河).
    expect(entityMismatch(ctxOf('[国务院副总理刘鹤与美方举行会谈。|Vice Premier Liu He held talks with the US side.]'))).toEqual([]);
  });

  it('bounds a place whose 县 the segmenter glued to the next word (乌鲁木齐 | 县总工会)', () => {
    const flags = entityMismatch(ctxOf('[7月19日，乌鲁木齐县总工会启动慰问活动。|On July 19, the Federation of Trade Unions in the Turpan County launched a campaign.]'));
    expect(flags.map((f) => [f.severity, f.evidence.map((e) => e.text)])).toEqual([['major', ['乌鲁木齐县', 'Turpan']]]);
  });

  it('reads a demonym as the place it names (Parisian for 北京), and German as the rendering of 德国', () => {
    const flags = entityMismatch(ctxOf('[他鼓励北京企业投资。|He encouraged Parisian companies to invest.]'));
    expect(flags.map((f) => [f.severity, f.evidence.map((e) => e.text)])).toEqual([['major', ['北京', 'Parisian']]]);
    expect(entityMismatch(ctxOf('[德国刑警正在调查。|The German criminal police are investigating.]'))).toEqual([]);
  });

  it('still calls a near miss that drops a final letter a wrong name, not a demonym (Hualin for 华菱)', () => {
    const flags = entityMismatch(ctxOf('[展出华菱湘钢的展品。|Exhibits from Hualin Xiangtan Steel were shown.]'));
    expect(flags.map((f) => f.evidence.map((e) => e.text))).toContainEqual(['华菱', 'Hualin']);
  });

  it('flags a person whose given name is kept under another surname (李代国 as Wang Daiguo), not a Wade-Giles surname', () => {
    const flags = entityMismatch(ctxOf('[今年53岁的李代国接受记者采访时说。|53-year-old Wang Daiguo told a reporter.]'));
    expect(flags.map((f) => [f.severity, f.evidence.map((e) => e.text), f.suggestion])).toEqual([['major', ['李代国', 'Wang Daiguo'], 'Li Daiguo']]);
    expect(entityMismatch(ctxOf('[今年53岁的李代国接受记者采访时说。|53-year-old Li Daiguo told a reporter.]'))).toEqual([]);
    expect(entityMismatch(ctxOf('[今年53岁的张代国接受记者采访时说。|53-year-old Chang Daiguo told a reporter.]'))).toEqual([]);
  });

  it('flags a country put for a country (加拿大 → Australian), not a city for its country (英国 → London)', () => {
    const flags = entityMismatch(ctxOf('[他鼓励加拿大企业在大湾区投资。|He encouraged Australian companies to invest in the Greater Bay Area.]'));
    expect(flags.map((f) => [f.severity, f.evidence.map((e) => e.text)])).toEqual([['major', ['加拿大', 'Australian']]]);
    expect(entityMismatch(ctxOf('[中国驻英国使馆发言人答记者问。|The spokesman of the Chinese Embassy in London answered questions.]'))).toEqual([]);
  });

  it('keeps a place that other places lie in a place, swappable for a place, beside a country named in English alone', () => {
    const flags = entityMismatch(ctxOf('[试点允许符合条件的香港涉税专业人士在深圳登记执业。|Eligible Macao tax professionals from Canada may register and practise in Shenzhen.]'));
    expect(flags.map((f) => f.evidence.map((e) => e.text))).toContainEqual(['香港', 'Macao']);
  });

  it('never throws on odd input', () => {
    expect(entityMismatch(ctxOf('[|] [😀。|] [|🙂] [港。|Port.] [盐田|Yantai]'))).toBeInstanceOf(Array);
  });
});

describe('findZhEntities', () => {
  it.each([
    ['深圳盐田港', [['盐田港', 'Yantian Port', true]]],
    ['广东省', [['广东省', 'Guangdong Province', true]]],
    ['香港', [['香港', 'Hong Kong', false]]],
    ['推动新兴领域工程教育', []],
  ])('finds the proper nouns of %s', (text, expected) => {
    const found = findZhEntities(text, res.dictionary).filter((e) => e.text !== '深圳');
    expect(found.map((e) => [e.text, e.rendering, e.transliterated])).toEqual(expected);
  });

  it.each([
    ['Macao', ['澳门']],
    ['Macau', ['澳门']],
    ['Shantou', ['汕头', '汕头市']],
    ['Long', []],
    ['Standing', []],
  ])('finds the Chinese names spelt %s', (latin, expected) => {
    expect(zhNamesForLatin(res.dictionary, latin).map((e) => e.zh)).toEqual(expected);
  });

  it.each([
    ['上海', true], ['香港', true], ['台湾', true], ['深圳', true], ['全国人大常委会', false], ['中国特色社会主义', false],
  ])('knows whether %s is a place', (zh, expected) => {
    expect(isPlaceName(res.dictionary, zh)).toBe(expected);
  });

  it.each([
    [['Yantian, a district of Shenzhen City , Guangdong'], 'Shenzhen'],
    [['Yantai, prefecture-level city in Shandong Province'], 'Shandong'],
    [['Hong Kong, special administrative region (SAR) of the PRC'], undefined],
  ])('reads where a place is from its gloss %j', (glosses, expected) => {
    expect(placeQualifier(glosses)).toBe(expected);
  });
});

describe('entityMismatch with a glossary', () => {
  it.each([
    ['a glossary name replaced by a near miss', [{ zh: '盐田港', en: 'Yantian Port' }], '[支持盐田港发展。|Support Yantai Port.]', 1],
    ['a glossary rendering used', [{ zh: '盐田港', en: 'Yantian Harbour' }], '[支持盐田港发展。|Support Yantian Harbour.]', 0],
    ['a glossary term that is no name', [{ zh: '综合改革试点', en: 'Comprehensive Reform Pilot' }], '[深化综合改革试点。|Deepen the Comprehensive Reform Trial.]', 0],
  ])('%s', (_name, glossary, notation, count) => {
    const ctx = { ...pairsFrom(notation, { dictionary: res.dictionary, glossary }), zh: res.zh };
    const flags = entityMismatch(ctx);
    expect(flags).toHaveLength(count);
    if (count) expect(flags[0].suggestion).toBe(glossary[0].en);
  });
});
