// What the Open dialog says about a glossary: its usable terms, and each unusable line as one sentence.
import { describe, expect, it } from 'vitest';
import { describeGlossary } from '../../src/ui/components/GlossaryInput';

describe('describeGlossary', () => {
  it.each([
    ['a header and two terms', 'Chinese,English\n盐田港,Yantian Port\n施行,enter into force\n', 2, []],
    ['a line with three columns', '盐田港,Yantian Port\n香港,Hong Kong,HK\n', 1, [/^Line 2: Expected 2 columns/]],
    ['a line with no Chinese', 'port,harbour\n', 0, [/^Line 1: "port" contains no Chinese characters\.$/]],
    ['a file with no terms at all', '# nothing yet\n\n', 0, [/^terms\.csv holds no terms/]],
  ])('%s', (_name, text, terms, problems) => {
    const out = describeGlossary({ name: 'terms.csv', text });
    expect(out.terms).toBe(terms);
    expect(out.problems).toEqual(problems.map((p) => expect.stringMatching(p)));
    for (const p of out.problems) expect(p).not.toMatch(/\n/);
  });
});
