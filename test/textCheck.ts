// What a rendered text shown to a learner must never contain: the marks of a missing value (`—` standing for a
// value, `undefined`, `null`, an empty name, a `{placeholder}` left unfilled), a Korean particle left in both forms,
// and — in Korean — an English sentence nobody translated. Used by the data tests (every message, fix title, ui
// string and kb entry rendered with sample values) and by the rule specs (every finding rendered as the user sees it).
import type { Locale } from '../server/src/service/types';

/**
 * The text without what may legitimately hold braces, `null` or English: code blocks, block quotes (a source's own
 * words, quoted), code spans, quoted names and tool messages, links and URLs. Each is replaced by a neutral word so the words around it stay apart.
 */
export function prose(text: string): string {
  return text
    .replace(/```[\s\S]*?```/g, ' ∎ ')
    .replace(/^>.*$/gm, ' ∎ ')
    .replace(/`[^`\n]*`/g, ' ∎ ')
    .replace(/“[^”\n]*”|‘[^’\n]*’|"[^"\n]*"|(?<![\w'])'[^'\n]+'(?![\w'])/g, ' ∎ ')
    .replace(/\]\([^)\s]*\)/g, '] ')
    .replace(/https?:\/\/\S+/g, ' ∎ ');
}

/** A run of English words in a Korean text: four or more words in a row with no Hangul between them. */
const ENGLISH_RUN = /(?<![\w'’-])[A-Za-z][A-Za-z'’-]*(?:[ \t]+(?:[A-Za-z][A-Za-z'’-]*|[a-z]+\/[a-z]+)){3,}/g;

/** English runs a Korean text may hold, each with why (names of things, spelled as their makers spell them). */
export const ENGLISH_ALLOWED: [RegExp, string][] = [
  [/^AWS Load Balancer Controller$/, 'the name of a product (AWS publishes no Korean name for it)'],
  [/^gRPC Health Checking Protocol$/, 'the name of a protocol, as its specification is titled'],
];

/** The problems of one rendered text (empty when it reads right). */
export function textProblems(text: string, locale: Locale, opts: { language?: boolean } = {}): string[] {
  const out: string[] = [];
  const p = prose(text);
  // An em dash where a value belongs: `(—)`, `` `—` ``, `: —`, `—,` — not a dash between two phrases.
  if (/\(\s*—\s*\)|`—`|“—”|[:=]\s*—\s*(?:$|[,.;)\n])|(?:^|[\s(])—\s*[,;)]/m.test(text)) out.push('a dash stands for a missing value');
  // `undefined` where a value is shown: alone in quotes, a code span or brackets, or after `:` or `=` (`null` is a
  // YAML value our texts name; a value that is null is caught where the arguments are, test/unit/rules/spec.ts).
  if (/[`“‘(]\s*undefined\s*[`”’)]|[:=]\s*undefined\s*(?:$|[,.;)\n])/m.test(text)) out.push('“undefined” for a value');
  if (/\bNaN\b|\[object Object\]/.test(text)) out.push('NaN or [object Object]');
  // An empty name or value: `` `` ``, “”, ( ), an empty list after a colon.
  if (/``|“”|\(\s*\)|[:=] *[,)]|[:=] *$/.test(text.replace(/```[\s\S]*?```/g, ' ∎ ').replace(/``\s[^\n]+?\s``/g, ' ∎ ').replace(/:\s*$/gm, ' ∎ '))) out.push('an empty value');
  if (/(?<![$\w{])\{[A-Za-z]\w*\}/.test(text)) out.push('a placeholder left unfilled');
  else if (/[{}]/.test(p)) out.push('a brace outside code');
  if (/\((?:을|를|이|가|은|는|으|와|과|이라|라)\)|을\/를|이\/가|은\/는|와\/과/.test(text)) out.push('a particle in both forms');
  if (opts.language === false) {
    // the caller checks the language of the parts that are ours (a kb footer quotes the notes' Korean headings)
  } else if (locale === 'ko') {
    for (const m of p.matchAll(ENGLISH_RUN)) {
      if (ENGLISH_ALLOWED.some(([re]) => re.test(m[0].trim()))) continue;
      out.push(`English in the Korean text: “${m[0]}”`);
    }
  } else if (/[가-힣]/.test(p)) {
    out.push('Korean in the English text');
  }
  return out;
}
