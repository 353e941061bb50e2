// Check: a pair where one side negates or prohibits (不得, 未, shall not, without) and the other does not.
import { cutByDictionary } from '../analyze/entities-zh';
import { enContentWords, zhStemsOf } from '../analyze/lexical-match';
import { tokenizeChinese } from '../lexicon/tokenize-zh';
import type { Evidence, Lang, Pair, Segment } from '../types';
import { checkEachPair, pairSides, sideOf, type Check, type CheckContext, type FlagDraft } from './check';

/**
 * What a cue does: 'neg' negates, 'prohibit' forbids, 'exempt' releases from a duty, 'restrict' limits,
 * 'permit' allows; 'weak' only hints at negative meaning (un-, 不足, 无人) and merely keeps the other side
 * from being flagged; 'none' looks like a cue but is not one (不断 'continuously', not only).
 */
type Cue = 'neg' | 'prohibit' | 'exempt' | 'restrict' | 'permit' | 'weak' | 'none';

const cueTable = (rows: Array<[Cue, string]>) => rows.flatMap(([cue, words]) => words.split(' ').map((w) => [w, cue] as const));

// Chinese: fixed words first (the regex tries longer alternatives first), then 不/未/无/非 + anything.
const ZH_WORDS = new Map<string, Cue>(cueTable([
  ['none', '不断 不仅 不但 不管 不论 无论 未来 非常 是否 否则 不过 不少 不同 不久 不动产 差不多 不得不 不禁 不免 不时'],
  ['prohibit', '禁止 严禁 不得 不准 不许 不允许 切勿 杜绝 禁用 禁入 不应 不宜 不要'],
  ['exempt', '免于 免除 免征 免予 豁免 减免'],
  ['restrict', '限制 限定'],
  ['permit', '允许 准许 准予 可以 许可'],
  ['neg', '并不 并非 从不 决不 绝不 毫不 不再 未经 尚未 从未 未曾 没有 无法 无需 无须 无权 无从 并无 毫无 绝非 非经 勿'],
  ['weak', '不超过 不少于 不低于 不高于 不大于 不小于 不晚于 不早于 未成年 未知 没收 免费 免税 避免 以免 缺乏 缺少 欠缺 防止 拒绝 取消 停止 排除 除外 除非 零 有限 期限 限额'],
]));
// 不 before these characters forms an adjective-like word ('不足' insufficient, '不良' non-performing) that English
// usually renders with a prefix, not 'not'.
const ZH_LEXICAL_BU = '足良当法利平公正稳确规合充适懈均对朽屈凡便幸安满健';
const ZH_RE = new RegExp(`${[...ZH_WORDS.keys()].sort((a, b) => b.length - a.length).join('|')}|不.不.|[不未无非没禁免]`, 'g');

const EN_RE = new RegExp(
  [
    /(?<none>\bnot (?:only|just|least|to mention)\b|\bwhether or not\b|\bno (?:matter|doubt)\b|\bnothing but\b|\bcannot but\b)/,
    /(?<prohibit>\b(?:shall|must|may|should) not\b(?! only| just)|\b(?:shall|must|may|should)n[’']t\b|\bnot (?:be )?(?:allowed|permitted)\b|\bprohibit\w*|\bforbid\w*|\bban(?:s|ned|ning)?\b)/,
    /(?<exempt>\bexempt\w*|\bwaiv\w*)/,
    /(?<restrict>\brestrict\w*)/,
    /(?<neg>\bnot\b|n[’']t\b|\bno\b(?!\.\s?\d)|\bnever\b|\bnone\b|\bnothing\b|\bnobody\b|\bneither\b|\bnor\b|\bwithout\b|\bcannot\b)/,
    /(?<permit>\ballow\w*|\bpermit(?:s|ted|ting)?\b|\bmay\b|\bcan\b|\bauthori[sz]\w*|\bentitl\w*)/,
    new RegExp(
      '(?<weak>\\bun(?!der|i|til)[a-z]{3,}|\\bnon-?[a-z]{3,}|\\bin(?:adequate|sufficient|valid|correct|complete|effective|appropriate|consistent|eligible|capable|accurate|formal|active)\\w*' +
        '|\\bim(?:proper|possible|balance|practical|mature|partial)\\w*|\\bil(?:legal|licit|legitimate)\\w*|\\bir(?:regular|rational|responsible|reversible)\\w*' +
        '|\\bdis(?:allow|approv|abl|continu|honest|qualif|advantag|order)\\w*|\\b\\w{3,}less\\b|\\b\\w+-free\\b|\\black\\w*|\\babsen\\w*|\\bavoid\\w*|\\bprevent\\w*' +
        '|\\binstead of\\b|\\brather than\\b|\\brefus\\w*|\\breject\\w*|\\bfail\\w*|\\bstop\\w*|\\bceas\\w*|\\bden(?:y|ied|ies)\\b|\\bexclu\\w*|\\byet to\\b|\\bother than\\b' +
        '|\\bexcept\\w*|\\boutside\\b|\\bfree (?:of|from)\\b|\\bcontrol\\w*|\\bcurb\\w*|\\bcap(?:s|ped)?\\b|\\bconstrain\\w*|\\bconfin\\w*|\\bliminat\\w*|\\blimit\\w*|\\bzero\\b|\\bunless\\b)',
    ),
  ].map((r) => r.source).join('|'),
  'gi',
);

interface Hit { cue: Cue; seg: Segment; start: number; end: number }
type Polarity = Record<Cue, Hit[]>;

function cuesOf(segs: Segment[], lang: Lang): Polarity {
  const p: Polarity = { neg: [], prohibit: [], exempt: [], restrict: [], permit: [], weak: [], none: [] };
  for (const seg of segs) {
    for (const m of seg.text.matchAll(lang === 'zh' ? ZH_RE : EN_RE)) {
      let cue: Cue;
      if (lang === 'en') cue = (Object.entries(m.groups ?? {}).find(([, v]) => v !== undefined)?.[0] ?? 'none') as Cue;
      else if (ZH_WORDS.has(m[0])) cue = ZH_WORDS.get(m[0])!;
      // 不骄不躁, 不折不扣: a four-character idiom rarely keeps an English 'not'.
      else if (m[0].length === 4) cue = 'weak';
      else if (m[0] === '不') cue = ZH_LEXICAL_BU.includes(seg.text[m.index + 1] ?? '') ? 'weak' : 'neg';
      else if (m[0] === '未') cue = 'neg';
      // 无人驾驶 'driverless', 非核心 'non-core', 禁毒, 免检: compounds, not clause negation.
      else cue = 'weak';
      p[cue].push({ cue, seg, start: m.index, end: m.index + m[0].length });
    }
  }
  return p;
}

interface LostPrefix { zh: Hit; word: string; en: { seg: Segment; start: number; end: number } }

/**
 * A word negated by a prefix (非核心 'non-core', 无党派 'non-party') whose own translation stands in the
 * English with no negation anywhere in the pair: 'core areas' for 非核心区域. The negated word must be a
 * dictionary word of two or more characters that the segmenter cuts right after 非/无, so words that
 * merely contain the character (是非, 无人驾驶 → 'self-driving') never count.
 */
function findLostPrefix(ctx: CheckContext, zhSegs: Segment[], enSegs: Segment[]): LostPrefix | null {
  const enWords = enSegs.flatMap((seg) => enContentWords(seg.text).map((w) => ({ ...w, seg })));
  for (const seg of zhSegs) {
    const words = ctx.zh
      ? tokenizeChinese(seg.text, ctx.zh).map((t) => ({ text: t.text, start: t.start }))
      : cutByDictionary(seg.text, ctx.dictionary).map(([text, start]) => ({ text, start }));
    for (let k = 0; k < words.length; k++) {
      const w = words[k];
      if (!/^[非无]/.test(w.text) || ZH_WORDS.has(w.text.slice(0, 2))) continue;
      // 非核心 as one word, or 非 then 核心; of 无党派人士, the longest dictionary word after 无 (党派).
      const rest = w.text.length > 1 ? w.text.slice(1) : words[k + 1]?.start === w.start + 1 ? words[k + 1].text : '';
      let negated = rest;
      while (negated.length >= 2 && !ctx.dictionary.has(negated)) negated = negated.slice(0, -1);
      if (negated.length < 2) continue;
      const stems = new Set(zhStemsOf(negated, ctx.dictionary));
      const found = enWords.find((e) => stems.has(e.stem));
      if (!found) continue;
      return {
        zh: { cue: 'weak', seg, start: w.start, end: w.start + 1 + negated.length },
        word: negated,
        en: { seg: found.seg, start: found.start, end: found.start + found.text.length },
      };
    }
  }
  return null;
}

const negations = (p: Polarity) => [...p.neg, ...p.prohibit, ...p.exempt, ...p.restrict];
const quote = (hits: Hit[]) => [...new Set(hits.map((h) => `“${h.seg.text.slice(h.start, h.end)}”`))].slice(0, 3).join(', ');

/** Negation check over one pair. */
function checkPair(ctx: CheckContext, pair: Pair): FlagDraft | null {
  const sides = pairSides(ctx, pair);
  if (sides.zh.length === 0 || sides.en.length === 0) return null;
  const origLang: Lang = ctx.zhSide === 'source' ? 'zh' : 'en';
  const transLang: Lang = origLang === 'zh' ? 'en' : 'zh';
  const o = cuesOf(sides[origLang], origLang);
  const t = cuesOf(sides[transLang], transLang);
  const evidence = (hits: Hit[], lang: Lang): Evidence[] =>
    hits.map((h) => ({ side: sideOf(ctx, lang), segment: h.seg.id, start: h.seg.start + h.start, end: h.seg.start + h.end, text: h.seg.text.slice(h.start, h.end) }));
  const flag = (severity: 'critical' | 'major', message: string, ev: Evidence[]): FlagDraft => ({
    type: 'negation', severity, source: pair.source, target: pair.target, message, evidence: ev,
  });

  if (o.prohibit.length && !t.prohibit.length && !t.neg.length && !t.exempt.length && t.permit.length) {
    return flag('critical', `The original forbids (${quote(o.prohibit)}) but the translation permits (${quote(t.permit)}).`, [...evidence(o.prohibit, origLang), ...evidence(t.permit, transLang)]);
  }
  if (t.prohibit.length && !o.prohibit.length && !negations(o).length && o.permit.length) {
    return flag('critical', `The original permits (${quote(o.permit)}) but the translation forbids (${quote(t.prohibit)}).`, [...evidence(o.permit, origLang), ...evidence(t.prohibit, transLang)]);
  }
  const on = negations(o);
  const tn = negations(t);
  if (on.length && !tn.length && !t.weak.length) {
    return flag('major', `The original is negative (${quote(on)}) but the translation has no negation: check that the meaning was not reversed.`, evidence(on, origLang));
  }
  if (tn.length && !on.length && !o.weak.length) {
    return flag('major', `The translation is negative (${quote(tn)}) but the original has no negation: check that the meaning was not reversed.`, evidence(tn, transLang));
  }
  const en = origLang === 'en' ? o : t;
  if (negations(en).length === 0 && en.weak.length === 0) {
    const lost = findLostPrefix(ctx, sides.zh, sides.en);
    if (lost) {
      const zhText = lost.zh.seg.text.slice(lost.zh.start, lost.zh.end);
      const enText = lost.en.seg.text.slice(lost.en.start, lost.en.end);
      return flag('major', `“${zhText}” negates ${lost.word}, but the translation has “${enText}” with no negation (non-${enText.toLowerCase()}?): check that the meaning was not reversed.`, [
        ...evidence([lost.zh], 'zh'),
        { side: sideOf(ctx, 'en'), segment: lost.en.seg.id, start: lost.en.seg.start + lost.en.start, end: lost.en.seg.start + lost.en.end, text: enText },
      ]);
    }
  }
  return null;
}

/** Flags pairs where one side negates, forbids, exempts or restricts and the other side clearly does not. */
export const negationMismatch: Check = checkEachPair(checkPair);
