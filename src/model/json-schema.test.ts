import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { modelJsonSchema } from './json-schema';

describe('data/model.schema.json', () => {
  it('is generated from the zod schema (not stale)', () => {
    const file = resolve(import.meta.dirname, '../../data/model.schema.json');
    const committed = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    // A plain equality check with a message that says how to fix it.
    const fresh = JSON.stringify(modelJsonSchema()) === JSON.stringify(committed);
    expect(fresh, 'data/model.schema.json is stale: run npm run schema and commit the result').toBe(
      true,
    );
  });

  it('describes format v1', () => {
    const schema = modelJsonSchema() as { properties: Record<string, unknown>; required: string[] };
    expect(schema.required).toEqual(
      expect.arrayContaining(['format', 'version', 'meta', 'actors', 'issues']),
    );
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(['relations', 'stances', 'quotes', 'events', 'views']),
    );
  });
});
