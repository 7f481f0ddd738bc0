import { describe, expect, it } from 'vitest';
import { fixtureModel } from '../testing/fixture-model';
import type { Model } from './schema';
import { formatProblem, validateModel, type ValidationResult } from './validate';

/** The fixture model as plain JSON (what a file holds), changed by `edit`. */
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
function edited(edit: (model: Json) => void): unknown {
  const model = JSON.parse(JSON.stringify(fixtureModel())) as Json;
  edit(model);
  return model;
}

function problems(result: ValidationResult): string[] {
  if (result.ok) throw new Error('expected the model to be invalid, but it validated');
  return result.problems.map(formatProblem);
}
const problemsOf = (edit: (model: Json) => void) => problems(validateModel(edited(edit)));

describe('validateModel: a valid model', () => {
  it('returns the model', () => {
    const result = validateModel(edited(() => {}));
    expect(result).toEqual({ ok: true, model: fixtureModel() });
  });

  it('ignores unknown keys at the top level and inside records', () => {
    const result = validateModel(
      edited((m) => {
        m.generator = 'my-tool 2.0';
        m.actors[0].nickname = 'Uncle Sam';
        m.meta.license = 'CC-BY';
        m.views[0].state.zoom = 3;
      }),
    );
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.model.actors[0]).not.toHaveProperty('nickname');
  });

  it('accepts missing optional collections and an empty issue list', () => {
    const result = validateModel(
      edited((m) => {
        for (const name of ['relations', 'stances', 'quotes', 'events', 'views']) delete m[name];
        m.issues = [];
      }),
    );
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.model.quotes).toEqual([]);
  });

  it('lets an actor and an issue share an id (ids are unique per collection)', () => {
    expect(validateModel(edited((m) => m.issues.push({ id: 'us', name: 'US' }))).ok).toBe(true);
  });

  it('ignores __proto__ keys and never changes a prototype', () => {
    const text = JSON.stringify(fixtureModel()).replace(
      /^\{/,
      '{"__proto__":{"polluted":true,"format":"evil"},',
    );
    const input = JSON.parse(text) as Json;
    input.actors[0] = JSON.parse(
      '{"__proto__":{"polluted":true},"id":"us","name":{"en":"United States","zh-Hant":"美國","__proto__":"x"},"kind":"state","color":"#1f4e9c"}',
    );
    const result = validateModel(input);
    expect(result.ok).toBe(true);
    expect(({} as Json).polluted).toBeUndefined();
    if (result.ok) {
      expect(Object.getPrototypeOf(result.model)).toBe(Object.prototype);
      expect(result.model.actors[0]?.name).toEqual({ en: 'United States', 'zh-Hant': '美國' });
    }
  });
});

describe('validateModel: the top level', () => {
  it.each([
    [[], '(root): expected a JSON object — got an array'],
    [null, '(root): expected a JSON object — got null'],
    [42, '(root): expected a JSON object — got number 42'],
    ['model', '(root): expected a JSON object — got "model"'],
    [true, '(root): expected a JSON object — got boolean true'],
    [undefined, '(root): expected a JSON object — got nothing'],
  ])('%j is refused', (input, problem) => {
    expect(problems(validateModel(input))).toEqual([problem]);
  });

  it('a wrong or missing format', () => {
    expect(problemsOf((m) => (m.format = 'stakeholders'))).toEqual([
      'format: expected "stakeholder-model" — got "stakeholders"',
    ]);
    expect(problemsOf((m) => delete m.format)).toEqual([
      'format: expected "stakeholder-model" — got nothing',
    ]);
  });

  it('an unknown version names the supported ones', () => {
    expect(problemsOf((m) => (m.version = 2))).toEqual([
      'version: unsupported version number 2; this dashboard reads version 1',
    ]);
    expect(problemsOf((m) => (m.version = '1'))).toEqual([
      'version: unsupported version "1"; this dashboard reads version 1',
    ]);
    expect(problemsOf((m) => delete m.version)).toEqual([
      'version: unsupported version (missing); this dashboard reads version 1',
    ]);
  });

  it('missing and empty required collections', () => {
    expect(problemsOf((m) => delete m.actors)).toEqual([
      'actors: required list of actors is missing',
    ]);
    expect(problemsOf((m) => (m.actors = []))).toEqual(['actors: expected at least one actor']);
    expect(problemsOf((m) => delete m.issues)).toContain(
      'issues: required list of issues is missing',
    );
    expect(problemsOf((m) => delete m.meta)).toEqual(['meta: required object is missing']);
  });

  it('a collection that is not a list', () => {
    expect(problemsOf((m) => (m.views = { a: 1 }))).toEqual([
      'views: expected a list of views — got an object',
    ]);
    expect(problemsOf((m) => (m.events = null))).toEqual([
      'events: expected a list of events — got null',
    ]);
  });

  it('meta problems', () => {
    expect(problemsOf((m) => (m.meta.languages = []))).toEqual([
      'meta.languages: expected at least one language',
    ]);
    expect(problemsOf((m) => (m.meta.title = ''))).toEqual(['meta.title: expected non-empty text']);
    expect(problemsOf((m) => (m.meta.sources[0].url = 'javascript:window.__pwned=true'))).toEqual([
      'meta.sources[0].url: expected an absolute http: or https: URL',
    ]);
    expect(problemsOf((m) => (m.meta.sources[0].url = 'data:text/html,x'))).toEqual([
      'meta.sources[0].url: expected an absolute http: or https: URL',
    ]);
    expect(problemsOf((m) => (m.meta.asOf = '2025-13-01'))).toEqual([
      'meta.asOf: expected a real date as YYYY-MM-DD, optionally with a time (YYYY-MM-DDThh:mm)',
    ]);
  });
});

describe('validateModel: records', () => {
  it('wrong enum values name the allowed ones and what was found', () => {
    expect(problemsOf((m) => (m.relations[0].type = 'friends'))).toContain(
      'relations[0].type: expected one of cooperates, supports, negotiates, pressures, opposes, conflict, trades, distrusts, observes — got "friends"',
    );
    expect(problemsOf((m) => (m.stances[2].position = 'against'))).toContain(
      'stances[2].position: expected one of support, conditional, neutral, ambiguous, oppose — got "against"',
    );
    expect(problemsOf((m) => delete m.quotes[0].kind)).toContain(
      'quotes[0].kind: required field is missing: expected one of direct, paraphrase',
    );
  });

  it('impossible dates', () => {
    expect(problemsOf((m) => (m.events[0].date = '2025-02-30'))).toContain(
      'events[0].date: expected a real date as YYYY-MM-DD, optionally with a time (YYYY-MM-DDThh:mm)',
    );
    expect(problemsOf((m) => (m.stances[0].date = '2025-13-01'))[0]).toMatch(
      /^stances\[0\]\.date: expected a real date/,
    );
  });

  it('bad ids, empty texts, wrong types', () => {
    expect(problemsOf((m) => (m.issues[0].id = 'security guarantees'))).toContain(
      'issues[0].id: expected an id of 1–64 characters from a-z A-Z 0-9 _ . : -',
    );
    expect(problemsOf((m) => (m.actors[6].name = { en: '', 'zh-Hant': '澤倫斯基' }))).toContain(
      'actors[6].name.en: expected non-empty text',
    );
    expect(problemsOf((m) => (m.quotes[1].text = {}))).toContain(
      'quotes[1].text: expected at least one language entry',
    );
    expect(problemsOf((m) => (m.actors[0].position = { x: 'left', y: 0 }))).toContain(
      'actors[0].position.x: expected number — got "left"',
    );
    expect(problemsOf((m) => delete m.stances[0].summary)).toContain(
      'stances[0].summary: required field is missing: expected text: a string or an object such as { "en": "…", "zh-Hant": "…" }',
    );
  });

  it('a huge string is shortened in the message', () => {
    const [problem] = problemsOf((m) => (m.actors[2].kind = 'y'.repeat(100_000)));
    expect(problem).toBe(
      `actors[2].kind: expected one of state, person, organization, coalition, expert, media — got "${'y'.repeat(40)}…"`,
    );
  });
});

describe('validateModel: duplicate ids, per collection', () => {
  it.each([
    ['actors', 7, 'us'],
    ['issues', 3, 'security-guarantees'],
    ['relations', 3, 'r-negotiate'],
    ['stances', 3, 's-russia-sg-reported'],
    ['quotes', 4, 'q-witkoff'],
    ['events', 1, 'ev-summit'],
    ['views', 1, 'view-guarantees'],
  ])('%s', (name, index, id) => {
    const found = problemsOf((m) => m[name].push(structuredClone(m[name][0])));
    expect(found).toContain(`${name}[${index}].id: duplicate id "${id}" (also ${name}[0])`);
  });

  it('meta.sources', () => {
    const result = validateModel(edited((m) => m.meta.sources.push({ ...m.meta.sources[0] })));
    expect(problems(result)).toEqual(['meta.sources[1].id: duplicate id "dw"']);
    // meta is not a record the valid part could leave out.
    expect(result.ok === false && result.partial).toBeFalsy();
  });
});

describe('validateModel: every kind of reference', () => {
  it.each<[string, (m: Json) => void, string]>([
    [
      'actor memberOf',
      (m) => (m.actors[3].memberOf = ['usa']),
      'actors[3].memberOf[0]: no actor with id "usa" (did you mean "us"?)',
    ],
    [
      'relation source',
      (m) => (m.relations[1].source = 'rusia'),
      'relations[1].source: no actor with id "rusia" (did you mean "russia"?)',
    ],
    [
      'relation target',
      (m) => (m.relations[1].target = 'ukrane'),
      'relations[1].target: no actor with id "ukrane" (did you mean "ukraine"?)',
    ],
    [
      'relation issues',
      (m) => (m.relations[0].issues = ['security-guarantee']),
      'relations[0].issues[0]: no issue with id "security-guarantee" (did you mean "security-guarantees"?)',
    ],
    [
      'relation evidence',
      (m) => (m.relations[0].evidence = ['q-putn']),
      'relations[0].evidence[0]: no quote with id "q-putn" (did you mean "q-putin"?)',
    ],
    [
      'stance actor',
      (m) => (m.stances[2].actor = 'ukrainia'),
      'stances[2].actor: no actor with id "ukrainia" (did you mean "ukraine"?)',
    ],
    [
      'stance issue',
      (m) => (m.stances[2].issue = 'teritory'),
      'stances[2].issue: no issue with id "teritory" (did you mean "territory"?)',
    ],
    [
      'stance reportedBy',
      (m) => (m.stances[0].reportedBy = 'witkof'),
      'stances[0].reportedBy: no actor with id "witkof" (did you mean "witkoff"?)',
    ],
    [
      'stance evidence',
      (m) => (m.stances[0].evidence = ['q-witkoff', 'nothing-like-it']),
      'stances[0].evidence[1]: no quote with id "nothing-like-it"',
    ],
    [
      'quote speaker',
      (m) => (m.quotes[1].speaker = 'putn'),
      'quotes[1].speaker: no actor with id "putn" (did you mean "putin"?)',
    ],
    [
      'quote source',
      (m) => (m.quotes[0].source = 'dww'),
      'quotes[0].source: no source in meta.sources with id "dww" (did you mean "dw"?)',
    ],
    [
      'quote issues',
      (m) => (m.quotes[2].issues = ['territory', 'sanction']),
      'quotes[2].issues[1]: no issue with id "sanction" (did you mean "sanctions"?)',
    ],
    [
      'event actors',
      (m) => (m.events[0].actors = ['us', 'nobody-at-all']),
      'events[0].actors[1]: no actor with id "nobody-at-all"',
    ],
    [
      'event issues',
      (m) => (m.events[0].issues = ['sanctionz']),
      'events[0].issues[0]: no issue with id "sanctionz" (did you mean "sanctions"?)',
    ],
    [
      'event evidence',
      (m) => (m.events[0].evidence = ['q-rubi']),
      'events[0].evidence[0]: no quote with id "q-rubi" (did you mean "q-rubio"?)',
    ],
    [
      'view state issues',
      (m) => (m.views[0].state.issues = ['territorry']),
      'views[0].state.issues[0]: no issue with id "territorry" (did you mean "territory"?)',
    ],
    [
      'view state actors',
      (m) => (m.views[0].state.actors = ['zelenski']),
      'views[0].state.actors[0]: no actor with id "zelenski" (did you mean "zelensky"?)',
    ],
    [
      'view state focus',
      (m) => (m.views[0].state.focus = 'rubbio'),
      'views[0].state.focus: no actor with id "rubbio" (did you mean "rubio"?)',
    ],
  ])('%s', (_kind, edit, problem) => {
    expect(problemsOf(edit)).toEqual([problem]);
  });
});

describe('validateModel: structure between actors and relations', () => {
  it('memberOf cycles are reported once, with the cycle', () => {
    expect(problemsOf((m) => (m.actors[0].memberOf = ['witkoff']))).toEqual([
      'actors[0].memberOf: memberOf forms a cycle: us → witkoff → us',
    ]);
  });

  it('a longer cycle', () => {
    expect(
      problemsOf((m) => {
        m.actors[0].memberOf = ['ukraine'];
        m.actors[2].memberOf = ['russia'];
        m.actors[1].memberOf = ['us'];
      }),
    ).toEqual(['actors[0].memberOf: memberOf forms a cycle: us → ukraine → russia → us']);
  });

  it('an actor cannot be a member of itself', () => {
    expect(problemsOf((m) => (m.actors[0].memberOf = ['us']))).toEqual([
      'actors[0].memberOf: "us" cannot be a member of itself',
    ]);
  });

  it("a relation's ends must differ", () => {
    expect(problemsOf((m) => (m.relations[1].target = 'russia'))).toEqual([
      `relations[1].target: a relation's ends must differ — both are "russia"`,
    ]);
  });
});

describe('validateModel: every problem, and the valid part', () => {
  it('reports every problem, not only the first', () => {
    const found = problemsOf((m) => {
      m.relations[0].type = 'friends';
      m.quotes[1].speaker = 'putn';
      m.events[0].date = '2025-02-30';
      m.actors.push({ id: 'us', name: 'Again', kind: 'state' });
    });
    expect(found).toEqual([
      'relations[0].type: expected one of cooperates, supports, negotiates, pressures, opposes, conflict, trades, distrusts, observes — got "friends"',
      'events[0].date: expected a real date as YYYY-MM-DD, optionally with a time (YYYY-MM-DDThh:mm)',
      'actors[7].id: duplicate id "us" (also actors[0])',
      'quotes[1].speaker: no actor with id "putn" (did you mean "putin"?)',
    ]);
  });

  it('reports thousands of problems', () => {
    const found = problemsOf((m) => {
      for (let i = 0; i < 3000; i++) m.issues.push({ id: `bad id ${i}`, name: '' });
    });
    expect(found).toHaveLength(6000);
    expect(found[0]).toBe(
      'issues[3].id: expected an id of 1–64 characters from a-z A-Z 0-9 _ . : -',
    );
  });

  it('the valid part drops invalid records and the records referring to them, transitively', () => {
    const result = validateModel(edited((m) => (m.quotes[1].speaker = 'putn')));
    expect(result.ok).toBe(false);
    if (result.ok || !result.partial) throw new Error('expected a valid part');
    // q-putin is cited by r-negotiate, s-russia-sg-own and ev-summit.
    expect(result.partial.dropped).toEqual({
      quotes: ['q-putin'],
      relations: ['r-negotiate'],
      stances: ['s-russia-sg-own'],
      events: ['ev-summit'],
    });
    const model = result.partial.model;
    expect(model.quotes.map((q) => q.id)).toEqual(['q-witkoff', 'q-rubio', 'q-zelensky']);
    expect(model.relations).toHaveLength(2);
    expect(model.stances).toHaveLength(2);
    expect(model.events).toHaveLength(0);
    expect(validateModel(model)).toEqual({ ok: true, model });
  });

  it('a record invalid by its own schema is listed by id, then its dependants', () => {
    const result = validateModel(edited((m) => (m.actors[2].kind = 'nation')));
    if (result.ok || !result.partial) throw new Error('expected a valid part');
    expect(result.partial.dropped).toEqual({
      actors: ['ukraine', 'zelensky'],
      relations: ['r-war'],
      stances: ['s-ukraine-territory'],
      quotes: ['q-zelensky'],
    });
    expect(validateModel(result.partial.model).ok).toBe(true);
  });

  it('follows a long chain of references to its end (more than 100 rounds)', () => {
    const result = validateModel(
      edited((m) => {
        // chain-0 → chain-1 → … → chain-149, and chain-149 is a member of a missing actor.
        for (let i = 0; i < 150; i++)
          m.actors.push({
            id: `chain-${i}`,
            name: `Chain ${i}`,
            kind: 'organization',
            memberOf: [i === 149 ? 'missing-parent' : `chain-${i + 1}`],
          });
      }),
    );
    if (result.ok || !result.partial) throw new Error('expected a valid part');
    expect(result.partial.dropped.actors).toHaveLength(150);
    expect(validateModel(result.partial.model).ok).toBe(true);
  });

  it('has no valid part when the file is of the wrong format or version, or every actor is invalid', () => {
    const wrongVersion = validateModel(
      edited((m) => {
        m.version = 3;
        m.relations[0].type = 'friends';
      }),
    );
    expect(wrongVersion.ok === false && wrongVersion.partial).toBeFalsy();
    const noActor = validateModel(
      edited((m) => (m.actors = [{ id: 'x', name: 'X', kind: 'planet' }])),
    );
    expect(noActor.ok === false && noActor.partial).toBeFalsy();
  });

  it('never throws on hostile values', () => {
    const hostile: unknown[] = [
      { format: 'stakeholder-model', version: 1, meta: [], actors: 'x', issues: 7 },
      { format: 'stakeholder-model', version: 1, meta: { title: {}, languages: null } },
      JSON.parse('{"__proto__": null, "constructor": {"prototype": {"x": 1}}}'),
      edited((m) => (m.actors = [null, 1, 'a', [], {}])),
      edited((m) => (m.actors[0].memberOf = 'us')),
      edited((m) => (m.views[0].state = null)),
    ];
    for (const input of hostile) {
      const result = validateModel(input);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.problems.length).toBeGreaterThan(0);
        for (const problem of result.problems) expect(formatProblem(problem)).toMatch(/^[^:]+: .+/);
      }
    }
  });

  it('keeps a valid model as it is (no copy of model data is lost)', () => {
    const model: Model = fixtureModel();
    const result = validateModel(model);
    expect(result.ok && result.model).toEqual(model);
  });
});
