import type { z } from 'zod/mini';
import {
  FORMAT,
  SUPPORTED_VERSIONS,
  collectionSchemas,
  metaSchema,
  type Actor,
  type CollectionName,
  type Meta,
  type Model,
} from './schema';
import { closestMatch } from './did-you-mean';
import { quickAccepts } from './quick-accept';

/** One problem in a model file: where it is (`quotes[3].speaker`) and what is wrong. */
export type Problem = { path: string; message: string };

/** What "Load valid part" leaves out, per collection, with the ids (or indexes) of the records. */
export type Dropped = Partial<Record<CollectionName, string[]>>;

export type ValidationResult =
  | { ok: true; model: Model }
  | {
      ok: false;
      problems: Problem[];
      /** The valid part of the model, when the file is of the right format and version. */
      partial?: { model: Model; dropped: Dropped };
    };

export const formatProblem = (problem: Problem): string => `${problem.path}: ${problem.message}`;

const collectionNames = Object.keys(collectionSchemas) as CollectionName[];
const requiredCollections: readonly CollectionName[] = ['actors', 'issues'];

type Rec = Record<string, unknown>;
const isRecord = (value: unknown): value is Rec =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return `"${shown}"`;
  }
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

function joinPath(base: string, path: readonly PropertyKey[]): string {
  let out = base;
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(root)';
}

function issueMessage(issue: z.core.$ZodIssue): string {
  const input = 'input' in issue ? issue.input : undefined;
  switch (issue.code) {
    case 'invalid_type':
      return input === undefined
        ? `required ${issue.expected} is missing`
        : `expected ${issue.expected} — got ${describe(input)}`;
    case 'invalid_value':
      return input === undefined
        ? `required field is missing: expected one of ${issue.values.map(String).join(', ')}`
        : `expected one of ${issue.values.map(String).join(', ')} — got ${describe(input)}`;
    case 'invalid_union':
      return input === undefined ? `required field is missing: ${issue.message}` : issue.message;
    case 'unrecognized_keys':
      return issue.message;
    default:
      return issue.message;
  }
}

function zodProblems(base: string, error: z.core.$ZodError): Problem[] {
  return error.issues.map((issue) => ({
    path: joinPath(base, issue.path),
    message: issueMessage(issue),
  }));
}

/** Runs a record schema; returns its parsed value or the problems, prefixed with the record's path. */
function parseRecord<T>(
  schema: z.ZodMiniType<T>,
  value: unknown,
  path: string,
): { value?: T; problems: Problem[] } {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return { value: result.data, problems: [] };
  return { problems: zodProblems(path, result.error) };
}

/** The records of a collection that passed their schema, with their indexes in the file. */
type Entries<T> = { records: T[]; indexes: number[] };
type Parsed = { [K in CollectionName]: Entries<Model[K][number]> };

/** Visits each entry (parallel arrays, not an object per record: 50,000 quotes are common). */
function forEachEntry<T>(entries: Entries<T>, visit: (record: T, index: number) => void) {
  const { records, indexes } = entries;
  for (let i = 0; i < records.length; i++) visit(records[i] as T, indexes[i] as number);
}

/**
 * Validates any JSON value against format v1. Never throws: returns the model, or every problem
 * (structure first, then cross-references) and, where possible, the valid part of the model.
 */
export function validateModel(input: unknown): ValidationResult {
  try {
    return validateUnsafe(input);
  } catch (error) {
    // A defect in the validator must not crash the page: report it as a problem.
    return {
      ok: false,
      problems: [{ path: '(root)', message: `could not be validated: ${String(error)}` }],
    };
  }
}

function validateUnsafe(input: unknown): ValidationResult {
  if (!isRecord(input)) {
    return {
      ok: false,
      problems: [{ path: '(root)', message: `expected a JSON object — got ${describe(input)}` }],
    };
  }
  const fatal: Problem[] = [];
  if (input.format !== FORMAT) {
    fatal.push({
      path: 'format',
      message: `expected "${FORMAT}" — got ${input.format === undefined ? 'nothing' : describe(input.format)}`,
    });
  }
  if (!SUPPORTED_VERSIONS.some((v) => v === input.version)) {
    fatal.push({
      path: 'version',
      message: `unsupported version ${input.version === undefined ? '(missing)' : describe(input.version)}; this dashboard reads version ${SUPPORTED_VERSIONS.join(', ')}`,
    });
  }
  const metaResult = parseRecord(metaSchema, input.meta, 'meta');
  fatal.push(...metaResult.problems);

  const problems: Problem[] = [];
  const parsed = {} as Parsed;
  const invalid = new Map<CollectionName, Set<number>>();
  // Collections that are missing or not a list: references into them are not checked (noise).
  const unreadable = new Set<CollectionName | 'sources'>();
  if (!metaResult.value) unreadable.add('sources');
  for (const name of collectionNames) {
    const raw = input[name];
    const records: unknown[] = [];
    const indexes: number[] = [];
    invalid.set(name, new Set());
    (parsed as Record<CollectionName, Entries<unknown>>)[name] = { records, indexes };
    if (raw === undefined) {
      if (requiredCollections.includes(name)) {
        fatal.push({ path: name, message: `required list of ${name} is missing` });
        unreadable.add(name);
      }
      continue;
    }
    if (!Array.isArray(raw)) {
      unreadable.add(name);
      fatal.push({ path: name, message: `expected a list of ${name} — got ${describe(raw)}` });
      continue;
    }
    const accepts = quickAccepts[name];
    for (let index = 0; index < raw.length; index++) {
      const item: unknown = raw[index];
      // Most records of a real file are valid: keep them as they are (zod's output would equal
      // them); zod runs on the others, and names their problems.
      if (accepts(item)) {
        records.push(item);
        indexes.push(index);
        continue;
      }
      const result = parseRecord(
        collectionSchemas[name] as z.ZodMiniType,
        item,
        `${name}[${index}]`,
      );
      if (result.value === undefined) {
        problems.push(...result.problems);
        invalid.get(name)?.add(index);
      } else {
        records.push(result.value);
        indexes.push(index);
      }
    }
  }
  if (Array.isArray(input.actors) && input.actors.length === 0) {
    unreadable.add('actors');
    fatal.push({ path: 'actors', message: 'expected at least one actor' });
  }

  const crossProblems = checkReferences(parsed, metaResult.value, true, unreadable);
  // meta is not a list of records that "Load valid part" could leave out: its problems are fatal.
  fatal.push(...crossProblems.metaProblems);
  const all = [...fatal, ...problems, ...crossProblems.problems];
  if (all.length === 0) {
    return { ok: true, model: assemble(parsed, metaResult.value as Meta) };
  }
  if (fatal.length > 0 || !metaResult.value) return { ok: false, problems: all };

  const partial = validPart(parsed, metaResult.value, input, invalid, crossProblems.badRecords);
  return { ok: false, problems: all, ...(partial ? { partial } : {}) };
}

type RecordKey = `${CollectionName}:${number}`;

/** Cross-reference checks on the records that passed their own schema. */
function checkReferences(
  parsed: Parsed,
  meta: Meta | undefined,
  suggest = true,
  unreadable: ReadonlySet<CollectionName | 'sources'> = new Set(),
): { problems: Problem[]; metaProblems: Problem[]; badRecords: Set<RecordKey> } {
  const problems: Problem[] = [];
  const metaProblems: Problem[] = [];
  const badRecords = new Set<RecordKey>();
  const idsOf = {} as Record<CollectionName | 'sources', ReadonlySet<string>>;

  const fail = (name: CollectionName, index: number, field: string, message: string) => {
    problems.push({ path: `${name}[${index}]${field ? `.${field}` : ''}`, message });
    badRecords.add(`${name}:${index}`);
  };

  for (const name of collectionNames) {
    const entries = parsed[name] as Entries<{ id: string }>;
    const seen = new Set<string>();
    // id → index of its first record: built only when a duplicate turns up (linear either way).
    let firstIndex: Map<string, number> | undefined;
    forEachEntry(entries, (record, index) => {
      // One hash lookup per record: the set grows unless the id is already in it.
      const size = seen.size;
      if (seen.add(record.id).size > size) return;
      if (!firstIndex) {
        const map = new Map<string, number>();
        forEachEntry(entries, (r, i) => {
          if (!map.has(r.id)) map.set(r.id, i);
        });
        firstIndex = map;
      }
      const first = firstIndex.get(record.id);
      fail(name, index, 'id', `duplicate id "${record.id}" (also ${name}[${first}])`);
    });
    idsOf[name] = seen;
  }
  const sourceIds = new Set<string>();
  meta?.sources?.forEach((source, index) => {
    if (sourceIds.has(source.id)) {
      metaProblems.push({
        path: `meta.sources[${index}].id`,
        message: `duplicate id "${source.id}"`,
      });
    } else sourceIds.add(source.id);
  });
  idsOf.sources = sourceIds;

  const noun: Record<CollectionName | 'sources', string> = {
    actors: 'actor',
    issues: 'issue',
    relations: 'relation',
    stances: 'stance',
    quotes: 'quote',
    events: 'event',
    views: 'view',
    sources: 'source in meta.sources',
  };
  const ref = (
    name: CollectionName,
    index: number,
    field: string,
    target: CollectionName | 'sources',
    value: string | undefined,
  ) => {
    if (value === undefined || idsOf[target].has(value)) return;
    // A missing list (or an invalid meta) is reported already: "no actor" on every reference
    // to it would only bury that one problem.
    if (unreadable.has(target)) return;
    const suggestion = suggest ? closestMatch(value, idsOf[target]) : undefined;
    fail(
      name,
      index,
      field,
      `no ${noun[target]} with id "${value}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`,
    );
  };
  const refs = (
    name: CollectionName,
    index: number,
    field: string,
    target: CollectionName,
    values: readonly string[] | undefined,
  ) => {
    if (values === undefined) return;
    for (let i = 0; i < values.length; i++) {
      const value = values[i];
      // The path is only built for a problem: most references resolve.
      if (value !== undefined && !idsOf[target].has(value))
        ref(name, index, `${field}[${i}]`, target, value);
    }
  };

  forEachEntry(parsed.actors, (record, index) => {
    refs('actors', index, 'memberOf', 'actors', record.memberOf);
    if (record.memberOf?.includes(record.id)) {
      fail('actors', index, 'memberOf', `"${record.id}" cannot be a member of itself`);
    }
  });
  checkCycles(parsed.actors, fail);
  forEachEntry(parsed.relations, (record, index) => {
    ref('relations', index, 'source', 'actors', record.source);
    ref('relations', index, 'target', 'actors', record.target);
    if (record.source === record.target) {
      fail(
        'relations',
        index,
        'target',
        `a relation's ends must differ — both are "${record.source}"`,
      );
    }
    refs('relations', index, 'issues', 'issues', record.issues);
    refs('relations', index, 'evidence', 'quotes', record.evidence);
  });
  forEachEntry(parsed.stances, (record, index) => {
    ref('stances', index, 'actor', 'actors', record.actor);
    ref('stances', index, 'issue', 'issues', record.issue);
    ref('stances', index, 'reportedBy', 'actors', record.reportedBy);
    refs('stances', index, 'evidence', 'quotes', record.evidence);
  });
  forEachEntry(parsed.quotes, (record, index) => {
    ref('quotes', index, 'speaker', 'actors', record.speaker);
    ref('quotes', index, 'source', 'sources', record.source);
    refs('quotes', index, 'issues', 'issues', record.issues);
  });
  forEachEntry(parsed.events, (record, index) => {
    refs('events', index, 'actors', 'actors', record.actors);
    refs('events', index, 'issues', 'issues', record.issues);
    refs('events', index, 'evidence', 'quotes', record.evidence);
  });
  forEachEntry(parsed.views, (record, index) => {
    refs('views', index, 'state.issues', 'issues', record.state.issues);
    refs('views', index, 'state.actors', 'actors', record.state.actors);
    ref('views', index, 'state.focus', 'actors', record.state.focus);
  });
  return { problems, metaProblems, badRecords };
}

function checkCycles(
  actors: Parsed['actors'],
  fail: (name: CollectionName, index: number, field: string, message: string) => void,
) {
  const byId = new Map<string, { index: number; record: Actor }>();
  forEachEntry(actors, (record, index) => byId.set(record.id, { index, record }));
  const state = new Map<string, 'visiting' | 'done'>();
  const reported = new Set<string>();
  const visit = (id: string, trail: string[]) => {
    const mark = state.get(id);
    if (mark === 'done') return;
    if (mark === 'visiting') {
      const cycle = [...trail.slice(trail.indexOf(id)), id];
      const key = [...cycle].sort().join('|');
      const start = byId.get(id);
      if (!reported.has(key) && start) {
        reported.add(key);
        fail('actors', start.index, 'memberOf', `memberOf forms a cycle: ${cycle.join(' → ')}`);
      }
      return;
    }
    state.set(id, 'visiting');
    for (const parent of byId.get(id)?.record.memberOf ?? []) {
      if (parent !== id && byId.has(parent)) visit(parent, [...trail, id]);
    }
    state.set(id, 'done');
  };
  for (const record of actors.records) visit(record.id, []);
}

/**
 * The valid part: drops invalid records, then records referring to dropped or missing ones,
 * until nothing changes. Returns undefined when nothing usable is left (no actor).
 */
function validPart(
  parsed: Parsed,
  meta: Meta,
  input: Rec,
  invalid: Map<CollectionName, Set<number>>,
  badRecords: Set<RecordKey>,
): { model: Model; dropped: Dropped } | undefined {
  const dropped: Dropped = {};
  const raw = (name: CollectionName, index: number): string => {
    const list = input[name];
    const item = Array.isArray(list) ? (list[index] as unknown) : undefined;
    return isRecord(item) && typeof item.id === 'string' && item.id.length <= 64
      ? item.id
      : `${name}[${index}]`;
  };
  let current = parsed;
  for (const name of collectionNames) {
    for (const index of invalid.get(name) ?? []) (dropped[name] ??= []).push(raw(name, index));
  }
  let bad = badRecords;
  // Each round removes the records that failed; references to them fail in the next round.
  // Every round removes at least one record, so this ends; no round cap, so a long chain of
  // references to a dropped record is followed to its end and the valid part validates cleanly.
  while (bad.size > 0) {
    const next = {} as Parsed;
    for (const name of collectionNames) {
      const kept: Entries<{ id: string }> = { records: [], indexes: [] };
      forEachEntry<{ id: string }>(current[name], (record, index) => {
        if (bad.has(`${name}:${index}`)) {
          (dropped[name] ??= []).push(record.id);
          return;
        }
        kept.records.push(record);
        kept.indexes.push(index);
      });
      (next as Record<CollectionName, unknown>)[name] = kept;
    }
    current = next;
    bad = checkReferences(current, meta, false).badRecords;
  }
  if (current.actors.records.length === 0) return undefined;
  return { model: assemble(current, meta), dropped };
}

function assemble(current: Parsed, meta: Meta): Model {
  return {
    format: FORMAT,
    version: 1,
    meta,
    actors: current.actors.records,
    issues: current.issues.records,
    relations: current.relations.records,
    stances: current.stances.records,
    quotes: current.quotes.records,
    events: current.events.records,
    views: current.views.records,
  };
}
