import { z } from 'zod/mini';
import { viewStateSchema } from '../model/schema';

/** A view the user saved: a title and the view state (the same shape as a model's curated view). */
export const savedViewSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  title: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  state: viewStateSchema,
  savedAt: z.optional(z.string()),
});
export type SavedView = z.infer<typeof savedViewSchema>;

export const savedViewsFileSchema = z.object({
  format: z.literal('saved-views'),
  version: z.literal(1),
  views: z.array(savedViewSchema),
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
        (issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`,
      ),
    };
  }
  return { ok: true, views: result.data.views.map((view) => ({ ...view, id: newId() })) };
}
