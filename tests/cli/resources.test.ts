import { describe, expect, it } from 'vitest';
import { loadDictionaryData, loadNodeResources } from '../../src/cli/resources';
import { tokenizeChinese } from '../../src/core/lexicon/tokenize-zh';

describe('loadNodeResources', () => {
  it('loads once and returns the same objects on later calls', async () => {
    const [a, b] = await Promise.all([loadNodeResources(), loadNodeResources()]);
    const c = await loadNodeResources();
    expect(a).toBe(b);
    expect(c.dictionary).toBe(a.dictionary);
    expect(c.zh).toBe(a.zh);
  });

  it('gives a jieba segmenter that knows the domain terms', async () => {
    const { zh } = await loadNodeResources();
    const words = tokenizeChinese('建设粤港澳大湾区，优化营商环境，推动高质量发展。', zh).map((t) => t.text);
    expect(words).toEqual(expect.arrayContaining(['粤港澳大湾区', '营商环境', '高质量发展']));
  });

  it('gives a dictionary that translates what jieba cuts', async () => {
    const { dictionary, zh } = await loadNodeResources();
    const stems = tokenizeChinese('香港', zh).flatMap((t) => dictionary.enStemsOf(t.norm));
    expect(stems).toEqual(['hong', 'kong']);
  });
});

describe('loadDictionaryData', () => {
  it('reads the generated index with its attribution', () => {
    const data = loadDictionaryData();
    expect(data.format).toBe('duizhao-cedict-index');
    expect(data.attribution).toContain('CC-CEDICT');
    expect(data.entries.length).toBeGreaterThan(100_000);
  });
});
