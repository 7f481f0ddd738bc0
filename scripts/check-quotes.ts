// Checks a stakeholder model's quotes against the article they cite:
// every direct quote's zh-Hant text must stand verbatim in the article, and every
// locator must name a body paragraph (¶1–¶N) that exists.
//
// Usage: npx tsx scripts/check-quotes.ts ARTICLE.txt [MODEL.json]
// Exit codes: 0 all good, 1 problems found, 2 usage error (missing file, bad JSON).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import process from 'node:process';
import { pathToFileURL } from 'node:url';

const DEFAULT_MODEL = 'data/alaska-summit.json';
const QUOTE_LANGUAGE = 'zh-Hant';
const LOCATOR = /^¶(\d+)$/;
const HEADING_MAX_LENGTH = 20;
const NOT_FOUND = 'not found verbatim';
const NO_TEXT = `no ${QUOTE_LANGUAGE} text to check`;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** A heading is a short line ending in a question mark (full-width or ASCII). */
function isHeading(line: string): boolean {
  return line.length <= HEADING_MAX_LENGTH && (line.endsWith('？') || line.endsWith('?'));
}

/** Body paragraphs are the non-empty lines that are not headings; locators count them from 1. */
export function countBodyParagraphs(article: string): number {
  return stripBom(article)
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !isHeading(line)).length;
}

/** The quote's words in the article's language: the plain string, or its zh-Hant entry. */
function quoteWords(text: unknown): string | undefined {
  if (typeof text === 'string') return text;
  if (isRecord(text)) {
    const words = text[QUOTE_LANGUAGE];
    if (typeof words === 'string') return words;
  }
  return undefined;
}

function label(index: number, quote: Record<string, unknown>): string {
  const id = typeof quote.id === 'string' ? quote.id : '?';
  return `quotes[${index}] (${id})`;
}

export function checkQuotes(
  article: string,
  model: unknown,
): { problems: string[]; direct: number } {
  const text = stripBom(article);
  const paragraphs = countBodyParagraphs(text);
  const problems: string[] = [];
  let direct = 0;

  if (!isRecord(model) || !Array.isArray(model.quotes)) {
    return { problems: problems.concat('quotes: expected an array of quotes'), direct };
  }

  model.quotes.forEach((quote: unknown, index) => {
    if (!isRecord(quote)) {
      problems.push(`quotes[${index}]: expected an object`);
      return;
    }
    const where = label(index, quote);

    if (quote.locator !== undefined) {
      const match = typeof quote.locator === 'string' ? LOCATOR.exec(quote.locator) : null;
      if (match === null) {
        problems.push(`${where}: locator ${JSON.stringify(quote.locator)} is not of the form ¶N`);
      } else {
        const n = Number(match[1]);
        if (n < 1 || n > paragraphs) {
          problems.push(`${where}: locator "${quote.locator}" is outside ¶1–¶${paragraphs}`);
        }
      }
    }

    if (quote.kind !== 'direct') return;
    direct += 1;
    const words = quoteWords(quote.text);
    if (words === undefined) {
      problems.push(`${where}: ${NO_TEXT}`);
    } else if (words === '' || !text.includes(words)) {
      problems.push(`${where}: ${NOT_FOUND}: "${words}"`);
    }
  });

  return { problems, direct };
}

function readOrExit(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    process.stderr.write(`check-quotes: cannot read ${what} ${path}: ${reason}\n`);
    process.exit(2);
  }
}

function main(argv: string[]): number {
  const [articlePath, modelPath = DEFAULT_MODEL] = argv;
  if (articlePath === undefined || argv.length > 2) {
    process.stderr.write('usage: check-quotes ARTICLE.txt [MODEL.json]\n');
    return 2;
  }
  const article = readOrExit(resolve(articlePath), 'article');
  const modelFile = resolve(modelPath);
  let model: unknown;
  try {
    model = JSON.parse(stripBom(readOrExit(modelFile, 'model')));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    process.stderr.write(`check-quotes: ${modelFile} is not valid JSON: ${reason}\n`);
    return 2;
  }

  const { problems, direct } = checkQuotes(article, model);
  for (const problem of problems) process.stdout.write(`${problem}\n`);
  const missing = problems.filter(
    (problem) => problem.includes(`: ${NOT_FOUND}: `) || problem.endsWith(`: ${NO_TEXT}`),
  ).length;
  const other = problems.length - missing;
  process.stdout.write(
    `check-quotes: ${direct} direct quotes, ${direct - missing} verbatim, ${missing} missing` +
      (other > 0 ? `, ${other} other problems` : '') +
      ` (${countBodyParagraphs(article)} body paragraphs)\n`,
  );
  return problems.length > 0 ? 1 : 0;
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(entry).href) {
  process.exitCode = main(process.argv.slice(2));
}
