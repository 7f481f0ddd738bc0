/** npm run schema: writes data/model.schema.json from the zod schema (the only source of truth). */
import { writeFileSync } from 'node:fs';
import { modelJsonSchema } from '../src/model/json-schema';

const target = new URL('../data/model.schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(modelJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
