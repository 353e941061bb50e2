// Escaping shared by the XML (TMX, XLIFF) and HTML writers.
// Hand-written rather than fast-xml-parser's XMLBuilder: the builder escapes the five entities
// but neither drops characters XML 1.0 forbids nor protects CR/TAB from parser normalisation,
// and both are needed for texts to round-trip exactly.

// C0 controls other than TAB/LF/CR, U+FFFE/U+FFFF: never legal in XML 1.0, whatever the escaping.
const ILLEGAL_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes characters XML 1.0 cannot carry (C0 controls but TAB/LF/CR, U+FFFE/U+FFFF) and turns lone surrogates into U+FFFD, as UTF-8 encoding would. */
export function cleanXmlChars(text: string): string {
  return text.replace(ILLEGAL_XML, '').replace(LONE_SURROGATE, '\uFFFD');
}

/** Escapes text for XML or HTML element content: & < > " ' become entities and CR becomes &#13; so a parser does not fold CRLF into LF. */
export function escapeText(text: string): string {
  return cleanXmlChars(text).replace(/[&<>"'\r]/g, (c) => ENTITIES[c]);
}

/** Escapes text for a double-quoted attribute value; TAB, LF and CR become character references because parsers turn them into spaces otherwise. */
export function escapeAttribute(text: string): string {
  return cleanXmlChars(text).replace(/[&<>"'\t\n\r]/g, (c) => ENTITIES[c]);
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};
