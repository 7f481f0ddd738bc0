/**
 * npm run validate -- FILE...
 * Prints, per file, a one-line summary or every problem; exits 1 when any file is invalid.
 */
import { readFileSync, statSync } from 'node:fs';
import { parseModelText } from '../src/model/parse-model-text';
import { formatProblem } from '../src/model/validate';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run validate -- FILE.json [FILE.json ...]');
  process.exit(2);
}
let failed = false;
for (const file of files) {
  let body: string;
  let bytes: number;
  try {
    bytes = statSync(file).size;
    body = bytes > 20 * 1024 * 1024 ? '' : readFileSync(file, 'utf8');
  } catch (error) {
    console.log(`${file}: cannot be read (${(error as Error).message})`);
    failed = true;
    continue;
  }
  const result = parseModelText(body, bytes);
  if (result.ok) {
    const m = result.model;
    console.log(
      `${file}: valid — ${m.actors.length} actors, ${m.issues.length} issues, ${m.relations.length} relations, ${m.stances.length} stances, ${m.quotes.length} quotes, ${m.events.length} events, ${m.views.length} views`,
    );
  } else {
    failed = true;
    console.log(
      `${file}: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}`,
    );
    for (const problem of result.problems) console.log(`  ${formatProblem(problem)}`);
  }
}
process.exit(failed ? 1 : 0);
