import { describe, expect, it } from 'vitest';
import { findZhEntities } from '../../src/core/analyze/entities-zh';
import { withRealResources } from './checks/helpers';

const { ctxOf } = withRealResources();

describe('findZhEntities, a name the longest-match cut hides', () => {
  it('finds 华沙 where the dictionary cut reads 在华 (in China) | 沙 and the segmenter cuts 华沙 whole', () => {
    const { dictionary, zh } = ctxOf('[甲。|A.]');
    const text = '莱姆帕特在华沙举行的抗议游行中说。';
    const found = findZhEntities(text, dictionary, [], zh!.tag!(text)).map((e) => e.text);
    expect(found).toContain('华沙');
  });
});
