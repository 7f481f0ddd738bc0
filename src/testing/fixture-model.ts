import type { Model } from '../model/schema';

/**
 * A small real model from the seed article (DW Chinese, 2025-08-18), for unit tests.
 * Short excerpts only, with their paragraph locators.
 */
export function fixtureModel(): Model {
  return {
    format: 'stakeholder-model',
    version: 1,
    meta: {
      title: { en: 'Alaska summit: security guarantees', 'zh-Hant': '阿拉斯加峰會：安全保證' },
      languages: ['zh-Hant', 'en'],
      asOf: '2025-08-18',
      sources: [
        {
          id: 'dw',
          title: { en: 'DW Chinese report', 'zh-Hant': '德國之聲中文網報導' },
          publisher: { en: 'DW Chinese', 'zh-Hant': '德國之聲中文網' },
          published: '2025-08-18',
          language: 'zh-Hant',
        },
      ],
    },
    actors: [
      {
        id: 'us',
        name: { en: 'United States', 'zh-Hant': '美國' },
        kind: 'state',
        color: '#1f4e9c',
      },
      {
        id: 'russia',
        name: { en: 'Russia', 'zh-Hant': '俄羅斯' },
        kind: 'state',
        color: '#b2182b',
      },
      {
        id: 'ukraine',
        name: { en: 'Ukraine', 'zh-Hant': '烏克蘭' },
        kind: 'state',
        color: '#d4a000',
      },
      {
        id: 'witkoff',
        name: { en: 'Steve Witkoff', 'zh-Hant': '維特科夫' },
        kind: 'person',
        memberOf: ['us'],
        role: { en: 'US Special Envoy to the Middle East', 'zh-Hant': '美國中東特使' },
      },
      {
        id: 'rubio',
        name: { en: 'Marco Rubio', 'zh-Hant': '盧比奧' },
        kind: 'person',
        memberOf: ['us'],
        role: { en: 'US Secretary of State', 'zh-Hant': '美國國務卿' },
      },
      {
        id: 'putin',
        name: { en: 'Vladimir Putin', 'zh-Hant': '普丁' },
        kind: 'person',
        memberOf: ['russia'],
      },
      {
        id: 'zelensky',
        name: { en: 'Volodymyr Zelensky', 'zh-Hant': '澤倫斯基' },
        kind: 'person',
        memberOf: ['ukraine'],
      },
    ],
    issues: [
      { id: 'security-guarantees', name: { en: 'Security guarantees', 'zh-Hant': '安全保證' } },
      { id: 'territory', name: { en: 'Territory', 'zh-Hant': '領土' } },
      { id: 'sanctions', name: { en: 'Sanctions', 'zh-Hant': '制裁' } },
    ],
    relations: [
      {
        id: 'r-negotiate',
        source: 'us',
        target: 'russia',
        type: 'negotiates',
        issues: ['security-guarantees'],
        date: '2025-08-15',
        evidence: ['q-putin'],
      },
      { id: 'r-war', source: 'russia', target: 'ukraine', type: 'conflict' },
      {
        id: 'r-sanctions',
        source: 'us',
        target: 'russia',
        type: 'pressures',
        issues: ['sanctions'],
        date: '2025-08-17',
        evidence: ['q-rubio'],
      },
    ],
    stances: [
      {
        id: 's-russia-sg-reported',
        actor: 'russia',
        issue: 'security-guarantees',
        position: 'support',
        summary: {
          en: 'Witkoff says Russia accepted US guarantees for Ukraine.',
          'zh-Hant': '維特科夫稱俄方接受美國對烏安全保證。',
        },
        date: '2025-08-17',
        reportedBy: 'witkoff',
        evidence: ['q-witkoff'],
      },
      {
        id: 's-russia-sg-own',
        actor: 'russia',
        issue: 'security-guarantees',
        position: 'conditional',
        summary: {
          en: 'Putin agreed Ukraine’s security must be ensured.',
          'zh-Hant': '普丁同意必須保障烏克蘭安全。',
        },
        date: '2025-08-15',
        evidence: ['q-putin'],
      },
      {
        id: 's-ukraine-territory',
        actor: 'ukraine',
        issue: 'territory',
        position: 'oppose',
        summary: {
          en: 'Ukraine will not give up or trade territory.',
          'zh-Hant': '烏克蘭不會放棄或交易領土。',
        },
        date: '2025-08-17',
        evidence: ['q-zelensky'],
      },
    ],
    quotes: [
      {
        id: 'q-witkoff',
        speaker: 'witkoff',
        kind: 'direct',
        text: {
          'zh-Hant': '這是我們第一次聽到俄方贊成這件事大大改變局勢。',
          en: 'This is the first time we heard the Russians agree to this, a game changer.',
        },
        original: 'zh-Hant',
        date: '2025-08-17',
        venue: { en: 'CNN', 'zh-Hant': 'CNN' },
        source: 'dw',
        locator: '¶1',
        issues: ['security-guarantees'],
      },
      {
        id: 'q-putin',
        speaker: 'putin',
        kind: 'direct',
        text: {
          'zh-Hant':
            '川普總統說必須以一切手段保障烏克蘭安全，我也同意，我們當然準備好就此展開行動。',
          en: 'President Trump said Ukraine’s security must be ensured by all means; I agree, and we are of course ready to act on it.',
        },
        original: 'zh-Hant',
        date: '2025-08-15',
        venue: { en: 'Alaska summit', 'zh-Hant': '阿拉斯加峰會' },
        source: 'dw',
        locator: '¶5',
        issues: ['security-guarantees'],
      },
      {
        id: 'q-rubio',
        speaker: 'rubio',
        kind: 'direct',
        text: {
          'zh-Hant': '如果讓一方想要什麼就通通得到，就不是和平協議了，那叫投降',
          en: 'If one side gets everything it wants, it is not a peace deal, it is a surrender',
        },
        original: 'zh-Hant',
        date: '2025-08-17',
        venue: { en: 'NBC', 'zh-Hant': 'NBC' },
        source: 'dw',
        locator: '¶9',
        issues: ['territory', 'sanctions'],
      },
      {
        id: 'q-zelensky',
        speaker: 'zelensky',
        kind: 'paraphrase',
        text: {
          'zh-Hant': '依烏克蘭憲法規定，不可能放棄或交易領土。',
          en: 'Under Ukraine’s constitution, territory cannot be given up or traded.',
        },
        original: 'zh-Hant',
        date: '2025-08-17',
        source: 'dw',
        locator: '¶8',
        issues: ['territory'],
      },
    ],
    events: [
      {
        id: 'ev-summit',
        date: '2025-08-15',
        title: { en: 'Trump–Putin summit in Alaska', 'zh-Hant': '川普與普丁阿拉斯加峰會' },
        actors: ['us', 'russia'],
        evidence: ['q-putin'],
      },
    ],
    views: [
      {
        id: 'view-guarantees',
        title: { en: 'Security guarantees', 'zh-Hant': '安全保證' },
        notes: {
          en: 'Who offers, who only reportedly agreed.',
          'zh-Hant': '誰提出，誰只是據稱同意。',
        },
        state: { issues: ['security-guarantees'], panel: 'matrix' },
      },
    ],
  };
}
