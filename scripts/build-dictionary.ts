// Builds generated/cedict-index.json, a compact simplified-Chinese → English index of CC-CEDICT.
// Run by `npm run build:dict` and postinstall; skips work when the output is newer than its inputs.
import { existsSync, mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { DictionaryData, DictionaryRow } from '../src/core/lexicon/dictionary';
import { learnMissingWords } from '../src/core/lexicon/prepare-segmenter';
import { createDictionary, DICTIONARY_VERSION } from '../src/core/lexicon/dictionary';
import { buildGlossNameRefs } from '../src/core/analyze/entities-zh';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CEDICT_SOURCE = join(ROOT, 'node_modules/cc-cedict/data/all.js');
export const INDEX_PATH = join(ROOT, 'generated/cedict-index.json');
// The precomputed segmenter words depend on these two files as well as on CC-CEDICT.
const PREPARE_SOURCE = join(ROOT, 'src/core/lexicon/prepare-segmenter.ts');
const DOMAIN_SOURCE = join(ROOT, 'src/core/lexicon/domain-words.ts');
const DICTIONARY_SOURCE = join(ROOT, 'src/core/lexicon/dictionary.ts');
const ENTITIES_SOURCE = join(ROOT, 'src/core/analyze/entities-zh.ts');
const LICENSE_PATH = join(ROOT, 'generated/CEDICT-LICENSE.txt');

export const CEDICT_ATTRIBUTION =
  'Contains data from CC-CEDICT (https://cc-cedict.org/wiki/), © MDBG and CC-CEDICT contributors, ' +
  'licensed under Creative Commons Attribution-ShareAlike 4.0 (https://creativecommons.org/licenses/by-sa/4.0/). ' +
  'Glosses were shortened and merged by Duizhao.';

/** One CC-CEDICT row as the cc-cedict package ships it. */
type CedictRow = [string, string, string, string | string[], unknown[], unknown[]];

const HAN = '\\p{Script=Han}';
// 'Trad|Simp[pin1 yin1]' or 'Word[pin1 yin1]'; the simplified form is the part after '|'.
const REF = new RegExp(`([${HAN}〇·，0-9A-Za-z]+)(?:\\|([${HAN}〇·，0-9A-Za-z]+))?(?:\\[[^\\]]*\\])?`, 'u');
const REF_ALL = new RegExp(`[${HAN}〇·，]+(?:\\|[${HAN}〇·，0-9A-Za-z]+)?(?:\\[[^\\]]*\\])?`, 'gu');
// Glosses that only point at another word: the pointed-at word carries the meaning.
const POINTER =
  /^(?:see(?: also)?|(?:[a-z]+ )*variant of|same as|also written|abbr\. for|abbr\. of|equivalent to|contraction of)\s+/i;
// Glosses that carry no translation at all.
const NOISE = /^(?:used in|also pr\.|also called|(?:Taiwan |old )?pr\. |CL:|\(?classifier\b|\(?measure word\b|\(old\) variant)/i;
const MAX_GLOSS_WORDS = 8;

/** Splits a CEDICT definition into senses at ';' outside brackets. */
function splitSenses(definition: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < definition.length; i++) {
    const c = definition[i];
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (c === ';' && depth === 0) {
      out.push(definition.slice(start, i));
      start = i + 1;
    }
  }
  out.push(definition.slice(start));
  return out.map((s) => s.trim()).filter(Boolean);
}

/** Returns the simplified word a 'see X' style gloss points at, or undefined. */
function pointerTarget(sense: string): string | undefined {
  const m = REF.exec(sense.replace(POINTER, ''));
  if (!m) return undefined;
  const word = m[2] ?? m[1];
  return /\p{Script=Han}/u.test(word) ? word : undefined;
}

/** Cleans one sense: drops Chinese cross-references and leading labels such as '(bound form)'. */
function cleanSense(sense: string): string {
  let s = sense.replace(REF_ALL, ' ');
  // Empty brackets left where a cross-reference stood, e.g. '(abbr. for )'.
  s = s.replace(/\((?:abbr\. (?:for|to)|see|also|i\.e\.|cf\.|as in|from|similar to|variant of|same as)?[\s,.:]*\)/gi, ' ');
  s = s.replace(/\s+/g, ' ').replace(/\s+([,;.)])/g, '$1').replace(/\(\s+/g, '(').trim();
  // Leading labels: '(bound form)', '(literary)', '(Tw)', 'lit.', 'fig.'.
  for (;;) {
    const next = s.replace(/^\([^()]*\)\s*/, '').replace(/^(?:lit\.|fig\.|esp\.|i\.e\.)\s*/i, '');
    if (next === s || next === '') break;
    s = next;
  }
  s = s.replace(/\s*\((?:Tw|TW|PRC|coll\.|dialect|literary|archaic|old|slang|loanword)\)\s*/g, ' ').trim();
  s = s.replace(/[\s,;:]+$/, '').replace(/^[\s,;:]+/, '');
  // A sense that is only a parenthetical description ('(completed action marker)') is not a translation.
  if (/^\(.*\)$/.test(s) || !/[A-Za-z]/.test(s)) return '';
  return s;
}

function countWords(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

/** Turns one CEDICT row into cleaned glosses plus the simplified word it points at, if any. */
export function cleanDefinition(zh: string, definition: string | string[]): { glosses: string[]; ref?: string } {
  const senses = (Array.isArray(definition) ? definition : [definition]).flatMap(splitSenses);
  const kept: string[] = [];
  let ref: string | undefined;
  for (const sense of senses) {
    if (POINTER.test(sense)) {
      const target = pointerTarget(sense);
      if (target && target !== zh) ref ??= target;
      // 'abbr. for X, English words' keeps its English part.
      const rest = cleanSense(sense.replace(POINTER, ''));
      if (rest && /^abbr\./i.test(sense)) kept.push(rest);
      continue;
    }
    // 'surname Zhang' is kept as the name itself so 'Zhang' finds 张.
    const surname = /^surname ([A-Z][\w'-]*)$/.exec(sense);
    if (surname) {
      kept.push(surname[1]);
      continue;
    }
    if (NOISE.test(sense)) continue;
    const cleaned = cleanSense(sense);
    if (cleaned) kept.push(cleaned);
  }
  const short = kept.filter((g) => countWords(g) <= MAX_GLOSS_WORDS);
  let glosses = short;
  if (short.length === 0 && kept.length > 0) {
    // Only long explanations: keep the shortest, trimmed, so the word still has some translation.
    const shortest = kept.reduce((a, b) => (countWords(a) <= countWords(b) ? a : b));
    glosses = [shortest.split(/\s+/).slice(0, 2 * MAX_GLOSS_WORDS).join(' ')];
  }
  return { glosses: [...new Set(glosses)], ref };
}

/**
 * The nouns a classifier counts, from CEDICT's 'classifier for batches, lots, military flights' senses
 * (the glosses leave those senses out: they are no translation): the head noun of each item, as written.
 */
export function classifiedNouns(definition: string | string[]): string[] {
  const out: string[] = [];
  for (const sense of (Array.isArray(definition) ? definition : [definition]).flatMap(splitSenses)) {
    const m = /^\s*classifier for (.+)$/i.exec(sense);
    if (!m) continue;
    for (const item of m[1].replace(/\([^()]*\)/g, ' ').split(/,|;|\s+(?:or|and|etc)\b/)) {
      const head = item.trim().split(/\s+/).filter((w) => /^[a-z][a-z-]*$/i.test(w)).at(-1);
      if (head && !out.includes(head.toLowerCase())) out.push(head.toLowerCase());
    }
  }
  return out;
}

/** Merges CEDICT rows into one row per (simplified word, pinyin), dropping rows with nothing left. */
export function buildDictionaryData(rows: readonly CedictRow[]): DictionaryData {
  const merged = new Map<string, { zh: string; pinyin: string; glosses: string[]; ref?: string }>();
  const classifiers: Record<string, string[]> = {};
  for (const [, zh, pinyin, definition] of rows) {
    const nouns = classifiedNouns(definition);
    if (nouns.length > 0) classifiers[zh] = [...new Set([...(classifiers[zh] ?? []), ...nouns])];
    const { glosses, ref } = cleanDefinition(zh, definition);
    if (glosses.length === 0 && !ref) continue;
    const key = `${zh}\t${pinyin}`;
    const prev = merged.get(key);
    if (prev) {
      for (const g of glosses) if (!prev.glosses.includes(g)) prev.glosses.push(g);
      prev.ref ??= ref;
    } else {
      merged.set(key, { zh, pinyin, glosses, ref });
    }
  }
  const words = new Set([...merged.values()].map((e) => e.zh));
  const entries: DictionaryRow[] = [];
  for (const e of merged.values()) {
    // A pointer to a traditional-only or dropped word leads nowhere.
    if (e.ref && !words.has(e.ref)) e.ref = undefined;
    if (e.glosses.length === 0 && !e.ref) continue;
    // A pointer is only needed when the entry has no meaning of its own.
    entries.push(e.ref && e.glosses.length === 0 ? [e.zh, e.pinyin, e.glosses, e.ref] : [e.zh, e.pinyin, e.glosses]);
  }
  return { format: 'duizhao-cedict-index', version: DICTIONARY_VERSION, attribution: CEDICT_ATTRIBUTION, entries, classifiers };
}

async function readCedictRows(source: string): Promise<CedictRow[]> {
  const mod = (await import(pathToFileURL(source).href)) as { default: { all: CedictRow[] } };
  return mod.default.all;
}

function isFresh(output: string, inputs: string[]): boolean {
  if (!existsSync(output)) return false;
  const built = statSync(output).mtimeMs;
  return inputs.every((input) => !existsSync(input) || statSync(input).mtimeMs < built);
}

/** Writes the index and the licence note unless they are already newer than CC-CEDICT and this script. */
export async function buildDictionaryIndex(options: { force?: boolean; quiet?: boolean } = {}): Promise<string> {
  const log = options.quiet ? () => {} : (msg: string) => console.log(msg);
  if (!options.force && isFresh(INDEX_PATH, [CEDICT_SOURCE, fileURLToPath(import.meta.url), PREPARE_SOURCE, DOMAIN_SOURCE, DICTIONARY_SOURCE, ENTITIES_SOURCE])) {
    log(`build-dictionary: ${INDEX_PATH} is up to date`);
    return INDEX_PATH;
  }
  if (!existsSync(CEDICT_SOURCE)) {
    throw new Error(`CC-CEDICT data not found at ${CEDICT_SOURCE}; run npm install first.`);
  }
  const t0 = performance.now();
  const data = buildDictionaryData(await readCedictRows(CEDICT_SOURCE));
  // Which dictionary words jieba splits is the same on every machine: work it out once here.
  const jieba = await import('jieba-wasm');
  const seg = { cut: (t: string, hmm?: boolean) => jieba.cut(t, hmm ?? true), addWord: (w: string, f?: number) => void jieba.add_word(w, f ?? null, null) };
  data.segmenterWords = learnMissingWords(seg, new Set(data.entries.map((e) => e[0])));
  // Indexes no document changes are built here once, not by every run (names, gloss names, English stems).
  const dict = createDictionary(data);
  data.indexes = { ...dict.exportIndexes!(), glossNames: Object.fromEntries(buildGlossNameRefs(dict)) };
  mkdirSync(dirname(INDEX_PATH), { recursive: true });
  const json = JSON.stringify(data);
  // Write then rename so a concurrent reader never sees half a file.
  const tmp = `${INDEX_PATH}.${process.pid}.tmp`;
  writeFileSync(tmp, json);
  renameSync(tmp, INDEX_PATH);
  writeFileSync(LICENSE_PATH, `${CEDICT_ATTRIBUTION}\n\nThe file cedict-index.json in this folder is an adapted ` +
    `work of CC-CEDICT and is shared under the same licence (CC BY-SA 4.0).\n` +
    `Source: node_modules/cc-cedict/data/all.js (npm package cc-cedict).\n`);
  const mb = (json.length / 1e6).toFixed(1);
  log(`build-dictionary: wrote ${data.entries.length} entries (${mb} MB) in ${Math.round(performance.now() - t0)} ms`);
  return INDEX_PATH;
}


if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  buildDictionaryIndex({ force: process.argv.includes('--force') }).catch((err: unknown) => {
    console.error(`build-dictionary: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  });
}
