import { z } from 'zod/mini';
import { viewStateSchema } from '../model/schema';

/** A view the user saved: a title and the view state (the same shape as a model's curated view). */
const TITLE = 'expected a title of 1–200 characters';
const ID = 'expected an id of 1–64 characters';
export const savedViewSchema = z.object({
  id: z.string({ error: ID }).check(z.minLength(1, { error: ID }), z.maxLength(64, { error: ID })),
  title: z
    .string({ error: TITLE })
    .check(z.trim(), z.minLength(1, { error: TITLE }), z.maxLength(200, { error: TITLE })),
  state: viewStateSchema,
  savedAt: z.optional(z.string({ error: 'expected a date and time as text' })),
});
export type SavedView = z.infer<typeof savedViewSchema>;

export const savedViewsFileSchema = z.object({
  format: z.literal('saved-views', {
    error: 'expected "saved-views": export the file with Views → Export views',
  }),
  version: z.literal(1, { error: 'expected 1 (the only version of the saved-views file so far)' }),
  views: z.array(savedViewSchema, { error: 'expected a list of views' }),
});

/** Exported file: the user's saved views, to move them to another browser or colleague. */
export function exportSavedViews(views: readonly SavedView[]): string {
  return `${JSON.stringify({ format: 'saved-views', version: 1, views }, null, 2)}\n`;
}

export type ImportResult = { ok: true; views: SavedView[] } | { ok: false; problems: string[] };

/** Parses an exported file; never throws. Ids are renewed so imports never overwrite. */
export function importSavedViews(body: string, newId: () => string): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(body.charCodeAt(0) === 0xfeff ? body.slice(1) : body);
  } catch (error) {
    return { ok: false, problems: [`(file): not valid JSON — ${String(error)}`] };
  }
  const result = savedViewsFileSchema.safeParse(json);
  if (!result.success) {
    return {
      ok: false,
      problems: result.error.issues.map(
        (issue) =>
          `${
            issue.path
              .map((key, i) =>
                typeof key === 'number' ? `[${key}]` : `${i ? '.' : ''}${String(key)}`,
              )
              .join('') || '(root)'
          }: ${issue.message}`,
      ),
    };
  }
  return { ok: true, views: result.data.views.map((view) => ({ ...view, id: newId() })) };
}
