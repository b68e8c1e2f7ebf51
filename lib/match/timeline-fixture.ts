/**
 * Test fixtures for matching: a small claim database written from rows of /work/shared/reference/timeline.md (real
 * actors, dates, figures and supporting addresses) and from the seed articles, and a FoundClaim builder. The real
 * bundled database is written elsewhere; these fixtures keep the matching tests independent of its content.
 */
import type { Kind, Lang, Qualifier, Quantity, Scope } from '../claims/vocabulary';
import type { Actor, Appearance, Claim, ClaimDatabase, Relation, Source } from '../database/schema';
import type { FoundClaim } from '../detect/found-claim';

export function quantity(qualifier: Qualifier, value: number, max?: number): Quantity {
  switch (qualifier) {
    case 'more_than':
    case 'at_least':
      return { value, min: value, max: null, qualifier };
    case 'up_to':
    case 'less_than':
      return { value, min: 0, max: value, qualifier };
    case 'range':
      return { value, min: value, max: max ?? null, qualifier };
    case 'vague':
      return { value: null, min: value, max: max ?? null, qualifier };
    default:
      return { value, min: value, max: value, qualifier };
  }
}

const actor = (id: string, fr: string, en: string, partOf?: string): Actor => ({ id, names: { fr: [fr], en: [en] }, ...(partOf ? { partOf } : {}) });

// Display names as the bundled database writes them: bare labels, no article.
const actors: Actor[] = [
  actor('south-korea', 'Séoul', 'Seoul'),
  actor('nis', 'NIS', 'NIS', 'south-korea'),
  actor('jcs', 'État-major interarmées sud-coréen', 'South Korean JCS', 'south-korea'),
  actor('ukraine', 'Kyiv', 'Kyiv'),
  actor('gur', 'GUR', 'GUR', 'ukraine'),
  actor('zelensky', 'Volodymyr Zelensky', 'Volodymyr Zelensky', 'ukraine'),
  actor('us', 'États-Unis', 'United States'),
  actor('pentagon', 'Pentagone', 'Pentagon', 'us'),
  actor('white-house', 'Maison Blanche', 'White House', 'us'),
  actor('state-dept', 'Département d’État', 'State Department', 'us'),
  actor('uk-mod', 'Ministère britannique de la Défense', 'UK Ministry of Defence'),
  actor('russia', 'Moscou', 'Moscow'),
  actor('kremlin', 'Kremlin', 'Kremlin', 'russia'),
  actor('north-korea', 'Pyongyang', 'Pyongyang'),
];

const source = (id: string, outlet: string, url: string, published: string | null, lang = 'en'): Source => ({ id, outlet, title: '', url, lang, published });

export const SEED_000 = 'seed:000_0c632834157442b0.txt';
export const SEED_002 = 'seed:002_94a0c47301de76d2.txt';
export const SEED_003 = 'seed:003_d65a453aca90a03a.txt';
export const SEED_004 = 'seed:004_742c2e54956e4d5d.txt';
export const DEVDISCOURSE = 'https://www.devdiscourse.com/article/politics/3132238-north-koreas-military-moves-troops-training-in-russia';

const sources: Source[] = [
  source('seed-000', 'seed 000', SEED_000, null, 'fr'),
  source('seed-002', 'seed 002', SEED_002, null, 'fr'),
  source('seed-003', 'seed 003', SEED_003, null, 'fr'),
  source('seed-004', 'seed 004', SEED_004, null, 'fr'),
  source('news-az-peskov', 'News.az', 'https://news.az/news/kremlin-denies-claims-on-n-korean-troops-involvement-in-ukraine-war', '2024-10-10'),
  source('tmc24-zelensky', 'TMC24', 'https://tmc24news.com/en/2024/10/17/ukraine-says-russia-will-deploy-10000-north-korean-soldiers', '2024-10-17'),
  source('unn-budanov', 'UNN', 'https://unn.ua/en/news/budanov-11-thousand-north-korean-troops-are-preparing-to-fight-in-ukraine-from-november-1', '2024-10-18'),
  source('babel-budanov', 'Babel', 'https://babel.ua/en/news/111803-budanov-about-11-000-north-korean-soldiers-are-being-trained-in-the-russian-federation-for-war-against-ukraine', '2024-10-18'),
  source('kbs-188549', 'KBS World', 'http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=188549', '2024-10-18'),
  source('nation-nis', 'The Nation', 'https://www.nation.com.pk/19-Oct-2024/n-korea-sending-12-000-soldiers-for-russia-s-war-in-ukraine', '2024-10-19'),
  source('kbs-88190', 'KBS World (fr)', 'http://world.kbs.co.kr/service/news_view.htm?lang=f&Seq_Code=88190', '2024-10-23', 'fr'),
  source('fnnews-nis', 'FN News Global', 'https://fnnewsglobal.com/?p=445517', '2024-10-23'),
  source('finanznachrichten-kirby', 'finanznachrichten.de', 'https://www.finanznachrichten.de/nachrichten-2024-10/63616663-3000-north-korean-soldiers-in-eastern-russia-for-military-training-us-020.htm', '2024-10-23'),
  source('devdiscourse-austin', 'Devdiscourse', DEVDISCOURSE, '2024-10-23'),
  source('br-hur', 'BR24', 'https://www.br.de/nachrichten/meldung/nordkoreanische-soldaten-sind-laut-kiew-in-russischer-region-kursk%2C3006c96fc', '2024-10-24', 'de'),
  source('lbc-pentagon', 'LBCI', 'https://www.lbcgroup.tv/news/world-news/810384/north-korea-has-sent-10000-troops-to-train-in-russia-pentagon/en', '2024-10-28'),
  source('menafn-zelensky', 'MENAFN', 'https://menafn.com/1108826680/Zelensky-3000-North-Korean-Soldiers-Already-Fighting-On-Side-Of-Russia', '2024-10-28'),
  source('thepenpk-zelensky', 'The Pen PK', 'https://thepenpk.com/zelensky-expects-12000-north-korean-soldiers-in-russia-soon', '2024-10-28'),
  source('uatv-blinken', 'UATV', 'https://uatv.ua/en/blinken-8-000-n-korean-soldiers-in-kursk-region-could-be-deployed-in-combat-soon', '2024-10-31'),
  source('tass-miller', 'TASS', 'https://tass.com/world/1866967', '2024-11-04'),
  source('easternherald-ryder', 'Eastern Herald', 'https://easternherald.com/2024/11/05/pentagon-north-korean-soldiers-cannot-confirm-engaged-in-combat', '2024-11-05'),
  source('menanews-zelensky', 'Menanews', 'https://menanews.info/2024/11/05/volodymyr-zelensky-11-000-soldats-nord-coreens-deployes-dans-la-region-de-koursk', '2024-11-05', 'fr'),
  source('kyivindependent-gur-30', 'The Kyiv Independent', 'https://kyivindependent.com/north-korean-troops-suffer-casualties-in-russias-kursk-oblast-pentagon-confirms', '2024-12-16'),
  source('thewest-casualties', 'The West Australian', 'https://thewest.com.au/news/conflict/mass-nkorean-troop-casualties-on-ukraine-front-lines-c-17215776', '2024-12-27'),
  source('flasheconomie-jcs', 'Flash Économie', 'https://flasheconomie.ma/?p=285842', '2024-12-23', 'fr'),
  source('fbcnews-kirby', 'FBC News', 'https://www.fbcnews.com.fj/world/north-korean-troops-experience-mass-casualties-on-ukraine-front-lines-white-house-says/', '2024-12-28'),
  source('kbs-190275', 'KBS World', 'http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=190275', '2025-01-13'),
  source('lekaloum-nis', 'Le Kaloum', 'https://lekaloum.com/guerre-en-ukraine-selon-seoul-300-soldats-nord-coreens-ont-ete-tues-179732.html', '2025-01-13', 'fr'),
  source('kbs-192744', 'KBS World', 'https://world.kbs.co.kr/service/news_view.htm?Seq_Code=192744&lang=e', '2025-04-30'),
  source('linformation-600', 'L’Information', 'https://www.linformation.ma/news/monde/environ-600-soldats-nord-coreens-tues-au-combat-au-cote-de-la-russie-selon-un-depute-sud-coreen/57160', '2025-04-30', 'fr'),
  // The timeline says "at least one outlet misreports it as 15,000 to 18,000" without naming it.
  source('unnamed-15000-18000', 'unnamed outlet', 'https://example.invalid/nis-15000-misreported-as-15000-18000', '2025-05-01'),
  source('caliber-ukmod', 'Caliber.az', 'https://caliber.az/en/post/british-intel-north-korea-suffers-6-000-casualties-supporting-russia-in-kursk', '2025-06-15'),
  source('moscowtimes-2000', 'The Moscow Times', 'https://www.themoscowtimes.com/2025/09/02/around-2k-north-korean-soldiers-killed-fighting-for-russia-seoul-claims-a90400', '2025-09-02'),
];

const at = (source: string, quote?: string): Appearance => (quote ? { source, quote } : { source });

function claim(
  id: string,
  who: string,
  date: string,
  kind: Kind,
  scope: Scope,
  q: Quantity,
  summary: string,
  appearances: Appearance[],
  relations?: Relation[],
  extra: Partial<Claim> = {},
): Claim {
  return { id, actor: who, stance: 'figure', kind, scope, quantity: q, date, summary, appearances, ...(relations ? { relations } : {}), ...extra };
}

const claims: Claim[] = [
  {
    id: 'kremlin-2024-10-10-denial',
    actor: 'kremlin',
    stance: 'denied',
    kind: 'troops',
    scope: 'total',
    date: '2024-10-10',
    summary: 'Kremlin dismisses reports of NK troops as fake news',
    appearances: [at('news-az-peskov')],
  },
  claim('zelensky-2024-10-17-training', 'zelensky', '2024-10-17', 'troops', 'training', quantity('approx', 10000), 'NK soldiers being prepared to fight against Ukraine', [
    at('tmc24-zelensky'),
    at('seed-004', '10 000 soldats nord-coréens étaient prêts à rejoindre les forces d’invasion de la Russie'),
  ]),
  claim('gur-2024-10-18-training', 'gur', '2024-10-18', 'troops', 'training', quantity('approx', 11000), 'NK infantry training in eastern Russia, ready from 1 Nov', [
    at('unn-budanov', '11 thousand North Korean troops are preparing to fight in Ukraine from November 1'),
    at('babel-budanov'),
    at('seed-000', 'près de 11 000 soldats nord-coréens se trouvaient en Russie'),
  ]),
  claim('gur-2024-10-18-first-group', 'gur', '2024-10-18', 'troops', 'kursk', quantity('exact', 2600), 'First group of NK soldiers to go to Kursk', [
    at('unn-budanov'),
    at('seed-000', 'le premier groupe de 2 600 soldats sera déployés dans la région russe de Koursk'),
  ]),
  claim('nis-2024-10-18-special-forces', 'nis', '2024-10-18', 'troops', 'special_forces', quantity('exact', 1500), 'NK special forces shipped to Vladivostok 8-13 Oct', [
    at('kbs-188549'),
    at('seed-000', 'la Corée du Nord a envoyé 1 500 soldats en Russie pour s’entraîner'),
    at('seed-004', 'avait envoyé 1500 membres de ses forces d’opérations spéciales en Russie'),
  ]),
  claim('nis-2024-10-18-planned', 'nis', '2024-10-18', 'troops', 'planned', quantity('approx', 12000), 'NK decision to send about 12,000 from four brigades', [
    at('nation-nis'),
    at('seed-002', '12 000 soldats du pays communiste'),
  ]),
  claim(
    'nis-2024-10-23-total',
    'nis',
    '2024-10-23',
    'troops',
    'total',
    quantity('approx', 3000),
    'NK soldiers in Russia after a second batch',
    [at('kbs-88190'), at('fnnews-nis'), at('seed-002', 'environ 3.000, soit le nombre de soldats déjà envoyés'), at('seed-003', 'Selon Séoul, 3 000 de ces combattants se trouvent déjà en Russie')],
    [{ type: 'revises', claim: 'nis-2024-10-18-special-forces' }],
  ),
  claim('nis-2024-10-23-batch', 'nis', '2024-10-23', 'troops', 'batch', quantity('approx', 1500), 'Second batch of NK soldiers sent to Russia', [
    at('kbs-88190'),
    at('seed-004', 'a envoyé 1500 autres soldats en Russie'),
  ]),
  claim(
    'nis-2024-10-23-planned',
    'nis',
    '2024-10-23',
    'troops',
    'planned',
    quantity('approx', 10000),
    'NK soldiers expected in Russia by December',
    [at('kbs-88190'), at('fnnews-nis'), at('seed-002'), at('seed-003'), at('seed-004', 'un total de 10 000 soldats en Russie d’ici décembre')],
    [{ type: 'revises', claim: 'nis-2024-10-18-planned' }],
    { by: '2024-12' },
  ),
  claim('white-house-2024-10-23-training', 'white-house', '2024-10-23', 'troops', 'training', quantity('at_least', 3000), 'NK soldiers shipped Wonsan to Vladivostok, training in eastern Russia', [
    at('finanznachrichten-kirby'),
  ]),
  claim(
    'misreport-2024-10-23-austin-3000',
    'pentagon',
    '2024-10-23',
    'troops',
    'training',
    quantity('at_least', 3000),
    'The White House figure of 3,000 credited to Defence Secretary Austin',
    [at('devdiscourse-austin')],
    [{ type: 'misreports', claim: 'white-house-2024-10-23-training' }],
  ),
  claim(
    'gur-2024-10-24-total',
    'gur',
    '2024-10-24',
    'troops',
    'total',
    quantity('exact', 12000),
    'NK soldiers in Russia, incl. 500 officers and 3 generals',
    [at('br-hur', 'Insgesamt halten sich 12.000 nordkoreanische Soldaten in Russland auf')],
    [{ type: 'includes', claim: 'gur-2024-10-24-officers' }],
  ),
  claim('gur-2024-10-24-officers', 'gur', '2024-10-24', 'troops', 'officers', quantity('exact', 500), 'NK officers among the soldiers in Russia', [at('br-hur')]),
  claim('pentagon-2024-10-28-training', 'pentagon', '2024-10-28', 'troops', 'training', quantity('approx', 10000), 'NK soldiers sent to train in eastern Russia', [at('lbc-pentagon')]),
  claim('zelensky-2024-10-28-total', 'zelensky', '2024-10-28', 'troops', 'total', quantity('exact', 3000), 'NK soldiers on Russian territory now', [at('menafn-zelensky')]),
  claim('zelensky-2024-10-28-planned', 'zelensky', '2024-10-28', 'troops', 'planned', quantity('exact', 12000), 'NK soldiers expected in Russia soon', [at('thepenpk-zelensky')]),
  claim('state-dept-2024-10-31-kursk', 'state-dept', '2024-10-31', 'troops', 'kursk', quantity('up_to', 8000), 'NK troops deployed to the Kursk region (Blinken)', [at('uatv-blinken')]),
  claim(
    'state-dept-2024-11-04-kursk',
    'state-dept',
    '2024-11-04',
    'troops',
    'kursk',
    quantity('up_to', 10000),
    'NK troops that have reached Kursk (Miller)',
    [at('tass-miller')],
    [{ type: 'revises', claim: 'state-dept-2024-10-31-kursk' }],
  ),
  claim('pentagon-2024-11-04-total', 'pentagon', '2024-11-04', 'troops', 'total', quantity('range', 11000, 12000), 'NK troops in Russia (Ryder)', [at('easternherald-ryder')]),
  claim('zelensky-2024-11-04-kursk', 'zelensky', '2024-11-04', 'troops', 'kursk', quantity('exact', 11000), 'NK soldiers in the Kursk region', [at('menanews-zelensky')]),
  claim('gur-2024-12-16-casualties', 'gur', '2024-12-16', 'casualties', 'kursk', quantity('at_least', 30), 'NK killed or wounded, 14-15 Dec', [at('kyivindependent-gur-30')]),
  claim('zelensky-2024-12-23-casualties', 'zelensky', '2024-12-23', 'casualties', 'total', quantity('more_than', 3000), 'NK killed or wounded (preliminary)', [at('thewest-casualties')]),
  claim('jcs-2024-12-23-casualties', 'jcs', '2024-12-23', 'casualties', 'total', quantity('approx', 1100), 'NK killed and wounded', [at('flasheconomie-jcs')]),
  claim('white-house-2024-12-27-week', 'white-house', '2024-12-27', 'casualties', 'period', quantity('more_than', 1000), 'NK killed or wounded in the past week alone', [
    at('fbcnews-kirby'),
    at('thewest-casualties'),
  ]),
  claim('nis-2025-01-13-killed', 'nis', '2025-01-13', 'killed', 'total', quantity('approx', 300), 'NK soldiers killed', [at('kbs-190275'), at('lekaloum-nis')]),
  claim('nis-2025-01-13-wounded', 'nis', '2025-01-13', 'wounded', 'total', quantity('approx', 2700), 'NK soldiers wounded', [at('kbs-190275')]),
  claim(
    'nis-2025-01-13-casualties',
    'nis',
    '2025-01-13',
    'casualties',
    'total',
    quantity('more_than', 3000),
    'NK killed and wounded',
    [at('kbs-190275')],
    [
      { type: 'includes', claim: 'nis-2025-01-13-killed' },
      { type: 'includes', claim: 'nis-2025-01-13-wounded' },
    ],
  ),
  claim(
    'nis-2025-04-30-casualties',
    'nis',
    '2025-04-30',
    'casualties',
    'total',
    quantity('approx', 4700),
    'NK killed and wounded, incl. about 600 dead',
    [at('kbs-192744'), at('linformation-600')],
    [{ type: 'includes', claim: 'nis-2025-04-30-killed' }],
  ),
  claim('nis-2025-04-30-killed', 'nis', '2025-04-30', 'killed', 'total', quantity('at_least', 600), 'NK soldiers killed', [at('kbs-192744'), at('linformation-600')]),
  claim('nis-2025-04-30-total', 'nis', '2025-04-30', 'troops', 'total', quantity('exact', 15000), 'NK troops sent in two deployments', [at('kbs-192744')]),
  claim(
    'misreport-2025-05-01-15000-18000',
    'nis',
    '2025-04-30',
    'troops',
    'total',
    quantity('range', 15000, 18000),
    'An outlet’s misreport of the NIS 15,000 as 15,000 to 18,000',
    [at('unnamed-15000-18000')],
    [{ type: 'misreports', claim: 'nis-2025-04-30-total' }],
  ),
  claim('uk-mod-2025-06-15-casualties', 'uk-mod', '2025-06-15', 'casualties', 'kursk', quantity('more_than', 6000), 'NK casualties in Kursk', [at('caliber-ukmod')]),
  claim(
    'nis-2025-09-02-killed',
    'nis',
    '2025-09-02',
    'killed',
    'total',
    quantity('approx', 2000),
    'NK soldiers killed (revised up from at least 600)',
    [at('moscowtimes-2000')],
    [{ type: 'revises', claim: 'nis-2025-04-30-killed' }],
  ),
];

/** A fresh copy each call, so a test may alter it. */
export function timelineDatabase(): ClaimDatabase {
  return structuredClone({ version: 'test-fixture', actors, sources, claims });
}

/** A found claim as the detector would report it; `q` defaults to an exact figure. */
export function foundClaim(fields: {
  q: Quantity;
  kind?: Kind;
  scope?: Scope;
  actor?: string | null;
  date?: string | null;
  period?: string | null;
  lang?: Lang;
  sentence?: string;
  text?: string;
}): FoundClaim {
  const text = fields.text ?? fields.sentence ?? String(fields.q.value ?? fields.q.min);
  return {
    ...fields.q,
    text,
    start: 0,
    end: text.length,
    kind: fields.kind ?? 'troops',
    scope: fields.scope ?? 'total',
    actor: fields.actor ?? null,
    date: fields.date ?? null,
    period: fields.period ?? null,
    lang: fields.lang ?? 'fr',
    sentence: fields.sentence ?? text,
  };
}
