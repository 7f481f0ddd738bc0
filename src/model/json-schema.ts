import { z } from 'zod/mini';
import { modelSchema } from './schema';

/** The JSON Schema of format v1, generated from the zod schema, for editors to validate as people type. */
export function modelJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(modelSchema, { io: 'input', unrepresentable: 'any' }),
    title: 'Stakeholder model, format version 1',
  };
}
