// Strict-enough XML checks for tests: fast-xml-parser's validator plus what it lets through.
import { XMLParser, XMLValidator } from 'fast-xml-parser';

const parser = new XMLParser({
  ignoreAttributes: false,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  htmlEntities: true,
  // Elements that can repeat are always arrays, so a one-unit file reads like a long one.
  isArray: (name) => ['tu', 'tuv', 'prop', 'note', 'trans-unit', 'context'].includes(name),
});

/** Returns the problems that make `xml` not well-formed XML 1.0 (empty when it is fine). */
export function findXmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const result = XMLValidator.validate(xml);
  if (result !== true) problems.push(`${result.err.code}: ${result.err.msg} (line ${result.err.line})`);
  // The validator accepts characters XML 1.0 forbids and undeclared entities; check both here.
  const illegal = xml.match(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  if (illegal) problems.push(`illegal character U+${illegal[0].charCodeAt(0).toString(16)}`);
  const entity = xml.match(/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/);
  if (entity) problems.push(`bare & at ${entity.index}`);
  return problems;
}

/** Parses XML with every text and attribute kept verbatim (no trimming, no number parsing). */
export function parseXml(xml: string): any {
  return parser.parse(xml);
}
