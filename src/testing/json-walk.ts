/** JSON values and a walk into them, shared by the property tests that mutate models. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Container = Json[] | { [key: string]: Json };

export const isContainer = (value: Json | undefined): value is Container =>
  typeof value === 'object' && value !== null;

/** Walks down from the root, choosing a key at each level by the path's numbers. */
export function locate(
  root: Container,
  steps: number[],
): { parent: Container; key: string | number } {
  let parent = root;
  let key: string | number = '';
  for (const [depth, step] of steps.entries()) {
    const keys: Array<string | number> = Array.isArray(parent)
      ? parent.map((_, i) => i)
      : Object.keys(parent);
    if (keys.length === 0) break;
    key = keys[step % keys.length] ?? 0;
    const child = (parent as Record<string | number, Json>)[key];
    if (depth === steps.length - 1 || !isContainer(child)) break;
    parent = child;
  }
  return { parent, key };
}
