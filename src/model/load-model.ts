import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Model } from './schema';
import { formatProblem, type Dropped, type Problem } from './validate';
import { MAX_MODEL_BYTES, parseModelText } from './parse-model-text';
import { DEFAULT_MODEL_URL } from './default-model-url';

/** Where a model comes from: a URL (the `model=` parameter, or the default) or a local file. */
export type ModelSource =
  | { kind: 'url'; url: string }
  | { kind: 'file'; id: string; name: string }
  | { kind: 'partial'; of: string };

/** What the query cache holds: only validated models (and, for a valid part, what was left out). */
export type LoadedModel = { model: Model; label: string; dropped?: Dropped };

/** A failed load: every problem, and the valid part when there is one. */
export class ModelLoadError extends Error {
  readonly problems: Problem[];
  readonly partial: LoadedModel | undefined;
  constructor(label: string, problems: Problem[], partial?: LoadedModel) {
    super(
      `${label}: ${problems.length} problem(s). ${problems.slice(0, 3).map(formatProblem).join('; ')}`,
    );
    this.name = 'ModelLoadError';
    this.problems = problems;
    this.partial = partial;
  }
}

/** Local files picked through Open model or dropped on the page, by id (never in the URL). */
const localFiles = new Map<string, File>();
let fileCounter = 0;
export function registerLocalFile(file: File): ModelSource {
  const id = `${Date.now().toString(36)}-${++fileCounter}`;
  localFiles.set(id, file);
  return { kind: 'file', id, name: file.name };
}

export function sourceKey(source: ModelSource): string {
  if (source.kind === 'url') return `url:${source.url}`;
  if (source.kind === 'file') return `file:${source.id}`;
  return `partial:${source.of}`;
}

export function sourceLabel(source: ModelSource): string {
  if (source.kind === 'url') return source.url;
  if (source.kind === 'file') return source.name;
  return source.of;
}

/** Relative to the page (so dist/ works from any sub-path) or absolute http(s). */
export function resolveModelUrl(value: string, base: string): URL {
  const resolved = new URL(value, base);
  if (
    resolved.protocol !== 'http:' &&
    resolved.protocol !== 'https:' &&
    resolved.protocol !== 'file:'
  ) {
    throw new ModelLoadError(value, [
      {
        path: '(model)',
        message: `only http(s) URLs or paths relative to the page can be loaded — got "${value}"`,
      },
    ]);
  }
  return resolved;
}

function toLoaded(label: string, textValue: string, bytes: number): LoadedModel {
  const started = performance.now();
  const result = parseModelText(textValue, bytes);
  // Read by `npm run bench` (parse + validate time in the browser).
  performance.measure('model:parse-validate', { start: started, end: performance.now() });
  if (result.ok) return { model: result.model, label };
  const partial = result.partial ? { ...result.partial, label } : undefined;
  throw new ModelLoadError(label, result.problems, partial);
}

async function fetchModel(source: ModelSource, signal: AbortSignal): Promise<LoadedModel> {
  if (source.kind === 'file') {
    const file = localFiles.get(source.id);
    if (!file)
      throw new ModelLoadError(source.name, [
        { path: '(file)', message: 'the file is no longer available — open it again' },
      ]);
    if (file.size > MAX_MODEL_BYTES) return toLoaded(source.name, '', file.size);
    return toLoaded(source.name, await file.text(), file.size);
  }
  if (source.kind === 'partial') {
    throw new ModelLoadError(source.of, [
      { path: '(model)', message: 'the valid part is no longer available — load the file again' },
    ]);
  }
  // The offline briefing file carries its model: no request at all.
  if (source.url === DEFAULT_MODEL_URL && __INLINE_MODEL__ !== null) {
    return toLoaded(source.url, __INLINE_MODEL__, __INLINE_MODEL__.length);
  }
  const url = resolveModelUrl(source.url, document.baseURI);
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    throw new ModelLoadError(source.url, [
      {
        path: '(network)',
        message: `could not fetch ${url.href}: ${String(error)} — check the address and that you are online`,
      },
    ]);
  }
  if (!response.ok) {
    throw new ModelLoadError(source.url, [
      {
        path: '(network)',
        message: `${url.href} answered ${response.status} ${response.statusText} — check the address`,
      },
    ]);
  }
  // A static server often answers a missing file with its own page (200, text/html).
  if (/text\/html/i.test(response.headers.get('content-type') ?? '')) {
    throw new ModelLoadError(source.url, [
      {
        path: '(network)',
        message: `${url.href} answered with a web page, not a model file: the file may not be there — check the address`,
      },
    ]);
  }
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > MAX_MODEL_BYTES) return toLoaded(source.url, '', declared);
  const body = await response.text();
  return toLoaded(source.url, body, body.length);
}

export const modelQueryOptions = (source: ModelSource) =>
  queryOptions({
    queryKey: ['model', sourceKey(source)],
    queryFn: ({ signal }) => fetchModel(source, signal),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  });

export const useModelQuery = (source: ModelSource) => useQuery(modelQueryOptions(source));
