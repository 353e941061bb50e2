import { beforeAll, describe, expect, it } from 'vitest';
import { loadNodeResources, type NodeResources } from '../../src/cli/resources';
import { findPlaceParts, placesAbbreviatedBy } from '../../src/core/analyze/place-abbreviations';
import { entityMismatch } from '../../src/core/checks/entity-mismatch';
import type { CheckContext } from '../../src/core/checks/check';
import { pairsFrom } from './checks/helpers';

let res: NodeResources;
beforeAll(async () => {
  res = await loadNodeResources();
}, 60_000);

const ctxOf = (notation: string): CheckContext => ({ ...pairsFrom(notation, { dictionary: res.dictionary }), zh: res.zh });
const swaps = (notation: string) => entityMismatch(ctxOf(notation)).map((f) => [f.severity, f.evidence.map((e) => e.text)]);

describe('placesAbbreviatedBy', () => {
  it.each([
    ['粤', ['Guangdong']], // 'short name for Guangdong'
    ['台', ['Taiwan']], // 'Taiwan (abbr.)'
    ['港', ['Hong Kong']], // 'Hong Kong', a name that 香港 holds
    ['澳', ['Macao', 'Australia']],
    ['深', []], // no name reading
    ['韩', []], // 'Han' is a name 韩国 also goes by, not its own
  ])('%s abbreviates %j', (ch, places) => {
    expect(placesAbbreviatedBy(res.dictionary, ch)).toEqual(places);
  });
});

describe('findPlaceParts', () => {
  const parts = (text: string, words: string[] = []) => {
    let at = 0;
    const tagged = words.map((word) => ({ word, start: (at = text.indexOf(word, at)) }));
    return findPlaceParts(res.dictionary, text, tagged).map((p) => [p.e.text, p.e.rendering, p.compound]);
  };
  it('reads each character of a compound the segmenter found as its place', () => {
    expect(parts('拓展粤港澳合作', ['拓展', '粤港澳', '合作'])).toEqual([['粤', 'Guangdong', '粤港澳'], ['港', 'Hong Kong', '粤港澳'], ['澳', 'Macao', '粤港澳']]);
  });
  it('reads a dictionary name that lists its places (港澳台 "Hong Kong, Macao and Taiwan")', () => {
    expect(parts('为港澳台船员')).toEqual([['港', 'Hong Kong', '港澳台'], ['澳', 'Macao', '港澳台'], ['台', 'Taiwan', '港澳台']]);
  });
  it('leaves alone a name of one place whose characters also abbreviate places (江苏 Jiangsu)', () => {
    expect(parts('江苏省', ['江苏省'])).toEqual([]);
  });
});

describe('entityMismatch on a compound of place abbreviations', () => {
  it.each([
    ['another place in a compound listed place by place', '[为港澳台船员办理社会保险。|Handle social insurance for crew members from Hong Kong, Macao, and Singapore.]', [['major', ['台', 'Singapore']]]],
    ['other places for a whole compound', '[拓展粤港澳合作新途径。|Expand new approaches for Fujian-Taiwan cooperation.]', [['major', ['粤', 'Fujian']], ['major', ['港', 'Taiwan']]]],
  ])('flags %s', (_name, notation, expected) => {
    expect(swaps(notation)).toEqual(expected);
  });
  it.each([
    ['every place rendered', '[为港澳台船员办理社会保险。|Handle social insurance for crew members from Hong Kong, Macao, and Taiwan.]'],
    ['a place left out with nothing in its stead', '[为港澳台船员办理社会保险。|Handle social insurance for crew members from Hong Kong and Macao.]'],
    ['the compound rendered hyphenated', '[拓展粤港澳合作新途径。|Expand new approaches for Guangdong-Hong Kong-Macao cooperation.]'],
  ])('leaves %s alone', (_name, notation) => {
    expect(swaps(notation)).toEqual([]);
  });
  it('says which compound the character is part of', () => {
    const [flag] = entityMismatch(ctxOf('[为港澳台船员办理社会保险。|Handle social insurance for crew members from Hong Kong, Macao, and Singapore.]'));
    expect(flag).toMatchObject({ message: '台 of 港澳台 is Taiwan; "Singapore" is 新加坡.', suggestion: 'Taiwan' });
  });
});
