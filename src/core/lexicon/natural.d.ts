// Types for the deep 'natural' modules Duizhao imports (its package types cover only the top-level barrel).

declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const PorterStemmer: { stem(token: string): string };
  export default PorterStemmer;
}

declare module 'natural/lib/natural/util/stopwords.js' {
  export const words: string[];
}

declare module 'natural/lib/natural/tokenizers/sentence_tokenizer.js' {
  export default class SentenceTokenizer {
    constructor(abbreviations?: string[], trimSentences?: boolean);
    tokenize(text: string): string[];
  }
}

// wink-lexicon's irregular verb table (from Wikipedia's list of English irregular verbs): every form to its base.
declare module 'wink-lexicon/src/irregular-verbs.js' {
  const forms: Record<string, string>;
  export default forms;
}
