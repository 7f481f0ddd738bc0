import { validateModel, type ValidationResult } from './validate';

export const MAX_MODEL_BYTES = 20 * 1024 * 1024;

/** Line and column (1-based) of a character offset. */
export function lineAndColumn(textValue: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < textValue.length; i++) {
    if (textValue.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function jsonErrorProblem(textValue: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const lineCol = /line (\d+) column (\d+)/.exec(message);
  if (lineCol) return `not valid JSON at line ${lineCol[1]}, column ${lineCol[2]}: ${message}`;
  const position = /position (\d+)/.exec(message);
  if (position) {
    const { line, column } = lineAndColumn(textValue, Number(position[1]));
    return `not valid JSON at line ${line}, column ${column}: ${message}`;
  }
  if (/end of (JSON )?input/i.test(message)) {
    const { line, column } = lineAndColumn(textValue, textValue.length);
    return `not valid JSON at line ${line}, column ${column}: the file ends too early (${message})`;
  }
  // V8 names no position for an unexpected token (a trailing comma, a bare word): find it ourselves.
  const offset = jsonErrorOffset(textValue);
  if (offset !== undefined) {
    const { line, column } = lineAndColumn(textValue, offset);
    return `not valid JSON at line ${line}, column ${column}: ${message}`;
  }
  return `not valid JSON: ${message}`;
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const LITERAL = /true|false|null/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// eslint-disable-next-line no-control-regex -- JSON forbids raw control characters in strings.
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

/**
 * The offset of the first JSON syntax error in a text, or undefined when it is valid JSON.
 * Iterative (an explicit stack), so deeply nested input cannot overflow the call stack.
 */
export function jsonErrorOffset(source: string): number | undefined {
  let i = 0;
  const skip = () => {
    while (i < source.length && WHITESPACE.has(source[i] ?? '')) i++;
  };
  const token = (pattern: RegExp): boolean => {
    pattern.lastIndex = i;
    if (!pattern.test(source)) return false;
    i = pattern.lastIndex;
    return true;
  };
  // What the parser expects next, innermost container last.
  const stack: Array<'array' | 'object'> = [];
  let expect: 'value' | 'key' | 'after' = 'value';
  for (;;) {
    skip();
    if (expect === 'value') {
      const c = source[i];
      if (c === '{' || c === '[') {
        i++;
        stack.push(c === '{' ? 'object' : 'array');
        skip();
        const close = c === '{' ? '}' : ']';
        if (source[i] === close) {
          i++;
          stack.pop();
          expect = 'after';
        } else expect = c === '{' ? 'key' : 'value';
        continue;
      }
      if (!(token(STRING) || token(NUMBER) || token(LITERAL))) return i;
      expect = 'after';
      continue;
    }
    if (expect === 'key') {
      if (!token(STRING)) return i;
      skip();
      if (source[i] !== ':') return i;
      i++;
      expect = 'value';
      continue;
    }
    const top = stack[stack.length - 1];
    if (top === undefined) return i < source.length ? i : undefined;
    const c = source[i];
    if (c === ',') {
      i++;
      expect = top === 'object' ? 'key' : 'value';
    } else if ((c === '}' && top === 'object') || (c === ']' && top === 'array')) {
      i++;
      stack.pop();
    } else return i;
  }
}

/**
 * File text → validated model. Refuses files over 20 MB before parsing, tolerates a UTF-8 BOM,
 * gives JSON syntax errors with line and column. Never throws.
 */
export function parseModelText(textValue: string, byteLength = textValue.length): ValidationResult {
  if (byteLength > MAX_MODEL_BYTES) {
    const megabytes = (byteLength / 1024 / 1024).toFixed(1);
    return {
      ok: false,
      problems: [
        {
          path: '(file)',
          message: `the file is ${megabytes} MB; models over 20 MB are refused — split the model or remove unused records`,
        },
      ],
    };
  }
  const body = textValue.charCodeAt(0) === 0xfeff ? textValue.slice(1) : textValue;
  if (body.trim() === '') {
    return {
      ok: false,
      problems: [{ path: '(file)', message: 'the file is empty — expected a JSON model' }],
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    return { ok: false, problems: [{ path: '(file)', message: jsonErrorProblem(body, error) }] };
  }
  return validateModel(json);
}
