import { describe, expect, it } from 'vitest';
import { extractNumbers } from '../../src/core/analyze/numbers-zh';
import { numberMismatch } from '../../src/core/checks/number-mismatch';
import { pairsFrom } from './checks/helpers';

// Each mention as "text=hh:mm" for a time, "text=value kind" otherwise.
const show = (text: string, lang: 'zh' | 'en') =>
  extractNumbers(text, lang).map((m) =>
    m.kind === 'time' ? `${text.slice(m.start, m.end)}=${Math.floor(m.value / 60)}:${String(m.value % 60).padStart(2, '0')}` : `${text.slice(m.start, m.end)}=${m.value} ${m.kind}`,
  );

describe('times of day', () => {
  it.each([
    ['最佳就寝时间是22时至23时', 'zh', ['22时=22:00', '23时=23:00']],
    ['5时30分至6时30分', 'zh', ['5时30分=5:30', '6时30分=6:30']],
    ['布展到凌晨四点半', 'zh', ['四点半=4:30']],
    ['当地时间25日下午5时', 'zh', ['25日=25 date', '5时=17:00']],
    ['7月25日0—24时', 'zh', ['7月25日=725 date', '0=0:00', '24时=24:00']],
    ['首播时间：周一至周日12：00-13:00', 'zh', ['12：00=12:00', '13:00=13:00']],
    // 'for a while', 'the first moment', 'a little', 'three points', 'when it reaches 20': no times.
    ['一时间，第一时间，有一点，三点建议，达到20时', 'zh', ['第一=1 ordinal', '20=20 cardinal']],
    ['between 21:00-22:00, and 05: 30', 'en', ['21:00=21:00', '22:00=22:00', '05: 30=5:30']],
    ["at 5 pm, at 7:15 AM, at eight o'clock, from 8 to 10 p.m.", 'en', ['5 pm=17:00', '7:15 AM=7:15', "eight o'clock=8:00", '8=20:00', '10 p.m.=22:00']],
    ['I am here with 5 amendments', 'en', ['5=5 cardinal']],
  ] as const)('reads %s', (text, lang, expected) => {
    expect(show(text, lang)).toEqual(expected);
  });

  it.each([
    // A changed hour is a contradiction of its own dimension, not a count explained by a stray '22'.
    ['[专家称，最佳就寝时间是22时至23时。|Experts say the best time to fall asleep is between 21:00-22:00.]', 'major', ['23时', '21:00']],
    ['[黄某某7日15时到达保护站。|Huang arrived at the station at 7:15 AM on the 7th.]', 'major', ['15时', '7:15 AM']],
    // The same hour with its minutes dropped is worth a look, no more.
    ['[黄某某于19时54分进入青海省境内。|Huang entered Qinghai Province at 19:00.]', 'minor', ['19时54分', '19:00']],
    // A time zone named: the translator may have converted the time.
    ['[北京时间22时举行。|It is held at 2 pm GMT.]', 'minor', ['22时', '2 pm']],
  ])('flags %s', (notation, severity, evidence) => {
    const flags = numberMismatch(pairsFrom(notation));
    expect(flags.map((f) => [f.severity, f.evidence.map((e) => e.text)])).toEqual([[severity, evidence]]);
  });

  it.each([
    '[专家称，最佳就寝时间是22时至23时。|Experts say the best time to go to bed is from 22: 00 to 23: 00.]',
    '[晚上10点钟到家。|Got home at 10 pm.]',
    '[闪烁在凌晨五点就会停止。|The flickering will stop at five in the morning.]',
    '[7月25日0时至24时新增22例。|22 new cases from 0:00 to 24:00 on July 25.]',
    '[截至7月25日24时。|As of midnight on July 25, at 24 hours.]',
    '[以21比19获胜。|Won 21:19.]',
  ])('leaves %s alone', (notation) => {
    expect(numberMismatch(pairsFrom(notation))).toEqual([]);
  });
});
