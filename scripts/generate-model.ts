/**
 * Synthetic stakeholder models of any size for tests and `npm run bench`: pure, seeded
 * (the same options give the same model, byte for byte) and valid by construction (format v1).
 *
 *   npm run generate -- --actors 500 --relations 1500 --quotes 50000 --out /tmp/m.json
 *
 * Shape: blocs of states (the first ones real: 美國, 俄羅斯, 烏克蘭, 歐盟, 中國, …) with officials,
 * organisations, experts and media that are `memberOf` them (some through an organisation of
 * their bloc); relations between random actors; stances; quotes in English and Traditional
 * Chinese (some only in one language) so search and Traditional/Simplified folding are exercised;
 * dates spread over four months; evidence references; ten issues; no layout positions, no views.
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import {
  positions,
  quoteKinds,
  relationTypes,
  type Actor,
  type Issue,
  type Model,
  type ModelEvent,
  type Quote,
  type Relation,
  type Stance,
  type Text,
} from '../src/model/schema';

export type GenerateOptions = {
  actors: number;
  relations: number;
  stances: number;
  quotes: number;
  /** Default 12. */
  events?: number;
  /** Default 1. Any integer; the same seed gives the same model. */
  seed?: number;
};

type Word = { en: string; zh: string };
const word = (en: string, zh: string): Word => ({ en, zh });
const bilingual = (w: Word): Text => ({ en: w.en, 'zh-Hant': w.zh });

/** mulberry32: a tiny, fast, well-mixed 32-bit PRNG — deterministic across platforms. */
function prng(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)] as T;
  const chance = (p: number) => next() < p;
  /** k distinct items of `list` (k ≤ list.length), in list order. */
  const some = <T>(list: readonly T[], k: number): T[] => {
    const chosen = new Set<number>();
    while (chosen.size < Math.min(k, list.length)) chosen.add(int(list.length));
    return [...chosen].sort((a, b) => a - b).map((i) => list[i] as T);
  };
  return { next, int, pick, chance, some };
}

const STATES: Array<{ id: string; name: Word; kind: Actor['kind']; color: string }> = [
  { id: 'us', name: word('United States', '美國'), kind: 'state', color: '#1f4e9c' },
  { id: 'russia', name: word('Russia', '俄羅斯'), kind: 'state', color: '#b3261e' },
  { id: 'ukraine', name: word('Ukraine', '烏克蘭'), kind: 'state', color: '#c79a00' },
  { id: 'eu', name: word('European Union', '歐盟'), kind: 'coalition', color: '#2e7d32' },
  { id: 'china', name: word('China', '中國'), kind: 'state', color: '#8e24aa' },
  { id: 'france', name: word('France', '法國'), kind: 'state', color: '#00838f' },
  { id: 'germany', name: word('Germany', '德國'), kind: 'state', color: '#5d4037' },
  { id: 'uk', name: word('United Kingdom', '英國'), kind: 'state', color: '#37474f' },
  { id: 'turkey', name: word('Turkey', '土耳其'), kind: 'state', color: '#d84315' },
  { id: 'india', name: word('India', '印度'), kind: 'state', color: '#ef6c00' },
  { id: 'japan', name: word('Japan', '日本'), kind: 'state', color: '#ad1457' },
  { id: 'poland', name: word('Poland', '波蘭'), kind: 'state', color: '#6a1b9a' },
];

const GIVEN = [
  word('Anna', '安娜'),
  word('Boris', '鮑里斯'),
  word('Olena', '奧萊娜'),
  word('James', '詹姆斯'),
  word('Marie', '瑪麗'),
  word('Dmitri', '德米特里'),
  word('Wei', '偉'),
  word('Hiro', '弘'),
  word('Sofia', '索菲亞'),
  word('Piotr', '彼得'),
];
const FAMILY = [
  word('Smith', '史密斯'),
  word('Ivanov', '伊萬諾夫'),
  word('Kovalenko', '科瓦連科'),
  word('Müller', '穆勒'),
  word('Dubois', '杜布瓦'),
  word('Wang', '王'),
  word('Tanaka', '田中'),
  word('Nowak', '諾瓦克'),
  word('Yilmaz', '耶爾馬茲'),
  word('Sharma', '夏爾馬'),
];
const ROLES = [
  word('Special Envoy', '特使'),
  word('Foreign Minister', '外交部長'),
  word('Spokesperson', '發言人'),
  word('Defence Minister', '國防部長'),
  word('Ambassador', '大使'),
  word('National Security Adviser', '國家安全顧問'),
  word('Senior Analyst', '資深分析師'),
  word('Correspondent', '特派記者'),
];
const ORGS = [
  word('Foreign Ministry', '外交部'),
  word('Security Council', '安全會議'),
  word('Defence Ministry', '國防部'),
  word('Presidential Office', '總統府'),
];
const EXPERTS = [word('Institute', '研究所'), word('Think Tank', '智庫')];
const MEDIA = [word('Daily', '日報'), word('News Agency', '通訊社'), word('Broadcaster', '電視台')];
const ISSUES: Array<{ id: string; name: Word }> = [
  { id: 'security-guarantees', name: word('Security guarantees', '安全保證') },
  { id: 'territory', name: word('Territory', '領土') },
  { id: 'sanctions', name: word('Sanctions', '制裁') },
  { id: 'ceasefire', name: word('Ceasefire', '停火') },
  { id: 'nato-membership', name: word('NATO membership', '加入北約') },
  { id: 'prisoners', name: word('Prisoner exchange', '交換戰俘') },
  { id: 'energy', name: word('Energy', '能源') },
  { id: 'reconstruction', name: word('Reconstruction', '重建') },
  { id: 'frozen-assets', name: word('Frozen assets', '凍結資產') },
  { id: 'elections', name: word('Elections', '選舉') },
];
const TOPICS = [
  word('security guarantees', '安全保證'),
  word('Russia', '俄羅斯'),
  word('Ukraine', '烏克蘭'),
  word('sanctions', '制裁'),
  word('a ceasefire', '停火'),
  word('territory', '領土'),
  word('NATO', '北約'),
  word('Europe', '歐洲'),
  word('peace talks', '和平談判'),
  word('energy exports', '能源出口'),
  word('the summit', '峰會'),
  word('China', '中國'),
];
const VERBS = [
  word('insist on', '堅持'),
  word('reject', '拒絕'),
  word('welcome', '歡迎'),
  word('question', '質疑'),
  word('demand', '要求'),
  word('support', '支持'),
  word('warn about', '警告'),
  word('will discuss', '將討論'),
];
const PLACES = [
  word('Anchorage', '安克拉治'),
  word('Kyiv', '基輔'),
  word('Moscow', '莫斯科'),
  word('Washington', '華盛頓'),
  word('Brussels', '布魯塞爾'),
  word('Beijing', '北京'),
  word('Geneva', '日內瓦'),
  word('Istanbul', '伊斯坦堡'),
  word('Donetsk', '頓內茨克'),
  word('Crimea', '克里米亞'),
];
const VENUES = [
  word('press conference', '記者會'),
  word('TV interview', '電視專訪'),
  word('social media', '社群媒體'),
  word('joint statement', '聯合聲明'),
];
const EVENT_KINDS = [
  word('Summit', '峰會'),
  word('Talks', '會談'),
  word('Phone call', '通話'),
  word('Sanctions package', '制裁方案'),
];

const START_DAY = Date.UTC(2025, 5, 1); // 1 June 2025
const SPAN_DAYS = 122; // to 30 September 2025
const DAY = 86_400_000;
const dayString = (offset: number) => new Date(START_DAY + offset * DAY).toISOString().slice(0, 10);

function checkCount(name: string, value: number) {
  if (!Number.isInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a whole number ≥ 0 — got ${value}`);
  }
}

/** A model of the given size, valid by construction. Throws RangeError on impossible sizes. */
export function generateModel(options: GenerateOptions): Model {
  const { actors: actorCount, relations: relationCount, stances: stanceCount } = options;
  const quoteCount = options.quotes;
  const eventCount = options.events ?? 12;
  for (const [name, value] of Object.entries({
    actors: actorCount,
    relations: relationCount,
    stances: stanceCount,
    quotes: quoteCount,
    events: eventCount,
  })) {
    checkCount(name, value);
  }
  if (actorCount < 1) throw new RangeError('a model needs at least one actor');
  if (actorCount < 2 && relationCount > 0) {
    throw new RangeError('relations need at least two actors (their ends must differ)');
  }
  const random = prng(options.seed ?? 1);
  const { int, pick, chance, some } = random;
  const date = () => dayString(int(SPAN_DAYS));
  const quoteIds = Array.from({ length: quoteCount }, (_, i) => `q${i + 1}`);
  const issueIds = ISSUES.map((issue) => issue.id);
  const evidence = (p: number): string[] | undefined =>
    quoteCount > 0 && chance(p) ? some(quoteIds, 1 + int(2)) : undefined;
  const tags = (p: number): string[] | undefined =>
    chance(p) ? some(issueIds, 1 + int(2)) : undefined;

  // Blocs first (states carry the colour), then the officials, organisations, experts and media.
  const blocCount = Math.min(actorCount, Math.max(5, Math.round(actorCount / 25)));
  const actors: Actor[] = [];
  const blocNames = new Map<string, Word>();
  const orgsOfBloc = new Map<string, string[]>();
  for (let i = 0; i < blocCount; i++) {
    const known = STATES[i];
    const id = known?.id ?? `state-${i + 1}`;
    const name = known?.name ?? word(`State ${i + 1}`, `第${i + 1}國`);
    const color =
      known?.color ?? `#${(((i * 2654435761) >>> 8) & 0x7f7f7f).toString(16).padStart(6, '0')}`;
    actors.push({ id, name: bilingual(name), kind: known?.kind ?? 'state', color });
    blocNames.set(id, name);
    orgsOfBloc.set(id, []);
  }
  const blocIds = actors.map((actor) => actor.id);
  for (let i = blocCount; i < actorCount; i++) {
    const id = `a${i + 1}`;
    const bloc = pick(blocIds);
    const blocName = blocNames.get(bloc) as Word;
    const roll = random.next();
    let actor: Actor;
    if (roll < 0.15) {
      const org = pick(ORGS);
      const name = word(`${blocName.en} ${org.en} ${i + 1}`, `${blocName.zh}${org.zh}${i + 1}`);
      actor = { id, name: bilingual(name), kind: 'organization', memberOf: [bloc] };
      orgsOfBloc.get(bloc)?.push(id);
    } else if (roll < 0.25) {
      const kind = pick(EXPERTS);
      const name = word(`${blocName.en} ${kind.en} ${i + 1}`, `${blocName.zh}${kind.zh}${i + 1}`);
      actor = { id, name: bilingual(name), kind: 'expert', memberOf: [bloc] };
    } else if (roll < 0.35) {
      const kind = pick(MEDIA);
      const name = word(`${blocName.en} ${kind.en} ${i + 1}`, `${blocName.zh}${kind.zh}${i + 1}`);
      actor = { id, name: bilingual(name), kind: 'media', memberOf: [bloc] };
    } else {
      const given = pick(GIVEN);
      const family = pick(FAMILY);
      const name = word(`${given.en} ${family.en} ${i + 1}`, `${family.zh}${given.zh}${i + 1}`);
      // Some officials belong to an organisation of their bloc: memberOf chains of two.
      const orgs = orgsOfBloc.get(bloc) ?? [];
      const parent = orgs.length > 0 && chance(0.3) ? pick(orgs) : bloc;
      actor = {
        id,
        name: bilingual(name),
        kind: 'person',
        memberOf: [parent],
        role: bilingual(pick(ROLES)),
      };
    }
    actors.push(actor);
  }
  const actorIds = actors.map((actor) => actor.id);
  const otherActor = (not: string): string => {
    const index = actorIds.indexOf(not);
    return actorIds[(index + 1 + int(actorIds.length - 1)) % actorIds.length] as string;
  };

  const issues: Issue[] = ISSUES.map((issue) => ({ id: issue.id, name: bilingual(issue.name) }));

  const relations: Relation[] = [];
  for (let i = 0; i < relationCount; i++) {
    const source = pick(actorIds);
    const relation: Relation = {
      id: `r${i + 1}`,
      source,
      target: otherActor(source),
      type: pick(relationTypes),
    };
    const issueTags = tags(0.7);
    if (issueTags) relation.issues = issueTags;
    if (chance(0.7)) relation.date = date();
    const quotesCited = evidence(0.3);
    if (quotesCited) relation.evidence = quotesCited;
    relations.push(relation);
  }

  const stances: Stance[] = [];
  for (let i = 0; i < stanceCount; i++) {
    const actor = pick(actorIds);
    const issue = pick(ISSUES);
    const verb = pick(VERBS);
    const stance: Stance = {
      id: `s${i + 1}`,
      actor,
      issue: issue.id,
      position: pick(positions),
      summary: {
        en: `Says they ${verb.en} ${issue.name.en.toLowerCase()}.`,
        'zh-Hant': `表示${verb.zh}${issue.name.zh}。`,
      },
    };
    if (chance(0.8)) stance.date = date();
    if (actorCount > 1 && chance(0.15)) stance.reportedBy = otherActor(actor);
    const quotesCited = evidence(0.5);
    if (quotesCited) stance.evidence = quotesCited;
    stances.push(stance);
  }

  // Half the quotes in both languages, a quarter only in Chinese, a quarter only in English
  // (a plain string: the model's first language): about 8 MB for 50,000 quotes.
  const sources = ['src-1', 'src-2', 'src-3'];
  const quotes: Quote[] = [];
  for (let i = 0; i < quoteCount; i++) {
    const verb = pick(VERBS);
    const topic = pick(TOPICS);
    const place = pick(PLACES);
    const en = `In ${place.en} we ${verb.en} ${topic.en}.`;
    const zh = `我們在${place.zh}${verb.zh}${topic.zh}。`;
    const roll = random.next();
    const quote: Quote = {
      id: quoteIds[i] as string,
      speaker: pick(actorIds),
      text: roll < 0.5 ? { en, 'zh-Hant': zh } : roll < 0.75 ? { 'zh-Hant': zh } : en,
      kind: pick(quoteKinds),
    };
    if (roll < 0.5) quote.original = chance(0.5) ? 'zh-Hant' : 'en';
    if (chance(0.9)) quote.date = date();
    if (chance(0.15)) quote.venue = bilingual(pick(VENUES));
    if (chance(0.2)) {
      quote.source = pick(sources);
      quote.locator = `¶${1 + int(30)}`;
    }
    const issueTags = tags(0.6);
    if (issueTags) quote.issues = issueTags;
    quotes.push(quote);
  }

  const events: ModelEvent[] = [];
  for (let i = 0; i < eventCount; i++) {
    const kind = pick(EVENT_KINDS);
    const place = pick(PLACES);
    const event: ModelEvent = {
      id: `e${i + 1}`,
      date: date(),
      title: { en: `${kind.en} in ${place.en}`, 'zh-Hant': `${place.zh}${kind.zh}` },
      actors: some(actorIds, 1 + int(3)),
    };
    const issueTags = tags(0.6);
    if (issueTags) event.issues = issueTags;
    const quotesCited = evidence(0.4);
    if (quotesCited) event.evidence = quotesCited;
    events.push(event);
  }

  const size = `${actorCount} actors, ${relationCount} relations, ${quoteCount} quotes`;
  return {
    format: 'stakeholder-model',
    version: 1,
    meta: {
      title: { en: `Synthetic model: ${size}`, 'zh-Hant': `合成模型：${size}` },
      summary: {
        en: 'Generated for tests and benchmarks; not real statements.',
        'zh-Hant': '為測試與效能評測而產生；並非真實言論。',
      },
      languages: ['en', 'zh-Hant'],
      asOf: dayString(SPAN_DAYS - 1),
      sources: sources.map((id, i) => ({
        id,
        title: { en: `Synthetic source ${i + 1}`, 'zh-Hant': `合成來源 ${i + 1}` },
        publisher: { en: 'Benchmark Press', 'zh-Hant': '評測出版社' },
        published: dayString(10 * i),
        url: `https://example.org/source-${i + 1}`,
      })),
    },
    actors,
    issues,
    relations,
    stances,
    quotes,
    events,
    views: [],
  };
}

function parseArgs(argv: readonly string[]): {
  options: GenerateOptions;
  out?: string;
  pretty: boolean;
} {
  const known = ['actors', 'relations', 'stances', 'quotes', 'events', 'seed', 'out'];
  const values = new Map<string, string>();
  let pretty = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--pretty') {
      pretty = true;
      continue;
    }
    const match = /^--([a-z]+)(?:=(.*))?$/.exec(arg);
    if (!match?.[1]) throw new Error(`unknown argument "${arg}"`);
    if (!known.includes(match[1])) {
      throw new Error(`unknown option --${match[1]} (known: ${known.join(', ')}, pretty)`);
    }
    const value = match[2] ?? argv[++i];
    if (value === undefined) throw new Error(`--${match[1]} needs a value`);
    values.set(match[1], value);
  }
  const num = (key: string, fallback: number) => {
    const raw = values.get(key);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value)) throw new Error(`--${key} must be a whole number — got "${raw}"`);
    return value;
  };
  const actors = num('actors', 500);
  const options: GenerateOptions = {
    actors,
    relations: num('relations', actors * 3),
    stances: num('stances', actors * 2),
    quotes: num('quotes', actors * 4),
    events: num('events', 12),
    seed: num('seed', 1),
  };
  const out = values.get('out');
  return { options, pretty, ...(out !== undefined ? { out } : {}) };
}

function main() {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`generate: ${(error as Error).message}`);
    console.error(
      'usage: npm run generate -- [--actors N] [--relations N] [--stances N] [--quotes N] [--events N] [--seed N] [--out FILE] [--pretty]',
    );
    process.exit(2);
  }
  const model = generateModel(parsed.options);
  const json = JSON.stringify(model, null, parsed.pretty ? 2 : undefined);
  if (!parsed.out) {
    process.stdout.write(`${json}\n`);
    return;
  }
  writeFileSync(parsed.out, json);
  const megabytes = (Buffer.byteLength(json) / 1e6).toFixed(1);
  console.log(
    `${parsed.out}: ${model.actors.length} actors, ${model.issues.length} issues, ${model.relations.length} relations, ${model.stances.length} stances, ${model.quotes.length} quotes, ${model.events.length} events (${megabytes} MB)`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
