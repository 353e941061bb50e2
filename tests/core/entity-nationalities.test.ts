import { describe, expect, it } from 'vitest';
import { entityMismatch } from '../../src/core/checks/entity-mismatch';
import { withRealResources } from './checks/helpers';

const { ctxOf } = withRealResources();

const flagsOf = (notation: string) => entityMismatch(ctxOf(notation)).filter((f) => f.severity !== 'minor');

describe('entityMismatch, a nationality word for a country the original never names', () => {
  it('flags "French" (法语, so 法国) for 英国 glued to 公司 by the segmenter', () => {
    const flags = flagsOf('[与中国有关的黑客组织曾干扰一家英国公司网络系统。|Hacker organizations related to China had interfered with the network system of a French company.]');
    expect(flags.map((f) => [f.severity, f.evidence.map((e) => e.text)])).toEqual([['major', ['英国', 'French']]]);
    expect(flags[0].message).toContain('法国');
  });

  it('flags "Czech" (捷克语, so 捷克) for 波兰', () => {
    expect(flagsOf('[波兰总统杜达在这个月的竞选期间将这一问题作为主要议题之一。|Czech president Duda made this one of the main issues of his campaign this month.]').map((f) => f.evidence.map((e) => e.text)))
      .toEqual([['波兰', 'Czech']]);
  });

  it.each([
    ['the country the original names', '[法国和比利时建议本国居民放弃前往巴塞罗那度假的计划。|French and Belgian authorities advised their residents to cancel vacation plans in Barcelona.]'],
    // The translation's own language names the language, not England.
    ['"English", the language of the translation', '[比利时3岁女童死于新冠病毒感染-新华网|Belgian 3-year-old girl dies of coronavirus - Xinhua English.news.cn]'],
  ])('does not flag %s', (_name, notation) => {
    expect(flagsOf(notation)).toEqual([]);
  });
});
