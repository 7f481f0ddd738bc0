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
  return `not valid JSON: ${message}`;
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
