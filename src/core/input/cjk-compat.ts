// PDF fonts often map ideographs to look-alike code points: Kangxi radicals (⼊ U+2F0A for 入),
// CJK radicals, compatibility ideographs (U+F900–FAFF) and vertical/small forms. Unicode's own
// decompositions map them back, so no table of ours can drift from the standard.

// Radicals-supplement forms with no Unicode decomposition that fonts use for whole characters
// (Unicode's EquivalentUnifiedIdeograph.txt lists these equivalences).
const SUPPLEMENT: Record<string, string> = {
  '\u2EA0': '民', '\u2EC5': '见', '\u2EC6': '角', '\u2EC9': '贝', '\u2ECB': '车', '\u2ED3': '长', '\u2ED4': '门',
  '\u2ED9': '韦', '\u2EDA': '页', '\u2EDB': '风', '\u2EDC': '飞', '\u2EE2': '马', '\u2EE5': '鱼', '\u2EE6': '鸟',
  '\u2EE7': '卤', '\u2EE8': '麦', '\u2EE9': '黄', '\u2EEA': '黾', '\u2EEC': '齐', '\u2EEE': '齿', '\u2EF0': '龙',
};

function isCompatForm(cp: number): boolean {
  return (
    (cp >= 0x2f00 && cp <= 0x2fdf) || // Kangxi radicals
    (cp >= 0x2e80 && cp <= 0x2eff) || // CJK radicals supplement (only a few decompose)
    (cp >= 0xf900 && cp <= 0xfaff) || // CJK compatibility ideographs
    (cp >= 0x2f800 && cp <= 0x2fa1f) || // CJK compatibility ideographs supplement
    (cp >= 0xfe30 && cp <= 0xfe4f) // CJK compatibility forms (vertical punctuation)
  );
}

/** Maps Kangxi radicals and CJK compatibility characters to the unified ideographs and punctuation they stand for; returns the text and how many characters changed. */
export function mapCjkCompatibility(text: string): { text: string; changed: number } {
  let changed = 0;
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (!isCompatForm(cp)) {
      out += ch;
      continue;
    }
    // Compatibility ideographs have canonical (NFC) mappings; radicals and forms only NFKC ones.
    const mapped = SUPPLEMENT[ch] ?? (cp >= 0xf900 ? ch.normalize('NFC') : ch.normalize('NFKC'));
    const use = cp >= 0xf900 && mapped === ch ? ch.normalize('NFKC') : mapped;
    if (use !== ch) changed++;
    out += use;
  }
  return { text: out, changed };
}
