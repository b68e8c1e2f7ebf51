import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Lang } from '../claims/vocabulary';
import { detectClaims } from './claims';
import type { FoundClaim } from './found-claim';

type Expected = Partial<Pick<FoundClaim, 'value' | 'min' | 'max' | 'qualifier' | 'kind' | 'scope' | 'actor' | 'date' | 'period' | 'text'>>;

/** Real-style sentences (paraphrasing the reporting in the timeline) and every claim they must yield, in order. */
const EXTRACTION: Array<[Lang, string, Expected[]]> = [
  ['fr', "Selon le chef du renseignement militaire ukrainien, Kyrylo Boudanov, le premier groupe de 2 600 soldats nord-coréens sera déployé dans la région de Koursk.", [
    { value: 2600, kind: 'troops', scope: 'kursk', actor: 'gur', qualifier: 'exact', text: '2 600 soldats' },
  ]],
  ['fr', "Selon Kyrylo Boudanov, 2 600 soldats iront à Koursk.\nLes combats continuent.\nIl a déclaré que près de 11 000 soldats nord-coréens se trouvaient en Russie.", [
    { value: 2600, actor: 'gur' },
    { value: 11000, kind: 'troops', qualifier: 'approx', actor: 'gur', text: 'près de 11 000 soldats' },
  ]],
  ['fr', "Selon Séoul, 3 000 de ces combattants nord-coréens se trouvent déjà en Russie et 7 000 devraient y être envoyés d'ici décembre.", [
    { value: 3000, kind: 'troops', actor: 'south-korea', text: '3 000' },
    { value: 7000, kind: 'troops', scope: 'planned', actor: 'south-korea', period: 'by 2024-12' },
  ]],
  ['fr', "Plus de 1.100 soldats nord-coréens ont été tués ou blessés, a affirmé lundi l'état-major sud-coréen.", [
    { value: 1100, min: 1100, max: null, kind: 'casualties', qualifier: 'more_than', actor: 'jcs' },
  ]],
  ['fr', "Les troupes nord-coréennes ont subi environ 1 100 pertes, selon le JCS.", [
    { value: 1100, kind: 'casualties', qualifier: 'approx', text: 'environ 1 100 pertes' },
  ]],
  ['fr', "Environ 2.000 soldats nord-coréens ont été tués en Russie, selon les services de renseignement sud-coréens.", [
    { value: 2000, kind: 'killed', actor: 'nis' },
  ]],
  ['fr', "En avril, le NIS « estimait le nombre de morts nord-coréens à au moins 600 », mais il l'estime désormais à environ 2.000.", [
    { value: 600, kind: 'killed', qualifier: 'at_least' },
    { value: 2000, kind: 'killed', qualifier: 'approx' },
  ]],
  ['fr', "La Russie formerait deux brigades de 6 000 soldats nord-coréens chacune, selon Zelensky.", [
    { value: 2, kind: 'troops', scope: 'unit' },
    { value: 6000, kind: 'troops', scope: 'unit', actor: 'zelensky' },
  ]],
  ['fr', "Selon le renseignement ukrainien, 18 des 40 soldats nord-coréens stationnés près de Koursk ont déserté.", [
    { value: 18, kind: 'other', scope: 'deserted' },
    { value: 40, kind: 'troops', scope: 'unit' },
  ]],
  ['fr', "La Corée du Nord a envoyé plus de 13 000 conteneurs de munitions à la Russie, selon le NIS.", [
    { value: 13000, kind: 'materiel', scope: 'containers', actor: 'nis' },
  ]],
  ['fr', "Les États-Unis estiment qu'il y a entre 11 000 et 12 000 soldats nord-coréens en Russie.", [
    { value: 11000, min: 11000, max: 12000, qualifier: 'range', kind: 'troops' },
  ]],
  ['fr', "Plusieurs milliers de soldats nord-coréens ont été envoyés en Russie.", [
    { value: null, min: 1000, max: null, qualifier: 'vague', kind: 'troops', text: 'Plusieurs milliers de soldats' },
  ]],
  ['fr', "Pyongyang a envoyé 1 500 soldats supplémentaires en Russie, a déclaré ce mercredi le NIS.", [
    { value: 1500, kind: 'troops', scope: 'batch', actor: 'nis', date: '2024-10-23' },
  ]],
  ['en', "The NIS said over 3,000 North Korean troops have relocated to Russia, and the total is expected to reach 10,000 by December.", [
    { value: 3000, qualifier: 'more_than', kind: 'troops', actor: 'nis', text: 'over 3,000 North Korean troops'.slice(0, 10) },
    { value: 10000, kind: 'troops', scope: 'planned', period: 'by 2024-12' },
  ]],
  ['en', "As many as 30 North Korean soldiers have been killed or wounded, Ukrainian military intelligence said.", [
    { value: 30, min: 0, max: 30, qualifier: 'up_to', kind: 'casualties', actor: 'gur' },
  ]],
  ['en', "Around 300 North Korean soldiers have been killed and 2,700 injured, a South Korean lawmaker said, citing the NIS.", [
    { value: 300, kind: 'killed', qualifier: 'approx' },
    { value: 2700, kind: 'wounded' },
  ]],
  ['en', "Casualties among North Korean forces have surpassed 3,000, lawmaker Lee Seong-kweun told reporters.", [
    { value: 3000, kind: 'casualties', qualifier: 'more_than', actor: 'nis' },
  ]],
  ['en', "The UK Ministry of Defence said DPRK forces have sustained more than 6,000 casualties in Kursk.", [
    { value: 6000, kind: 'casualties', actor: 'uk-mod', text: 'more than 6,000 casualties' },
  ]],
  ['en', "Ukraine's president said Kyiv had captured two North Korean soldiers in the Kursk region.", [
    { value: 2, kind: 'other', scope: 'captured' },
  ]],
  ['en', "The White House said on Friday that more than 1,000 North Korean troops had been killed or wounded in the past week alone.", [
    { value: 1000, kind: 'casualties', scope: 'period', actor: 'white-house', date: '2024-12-27' },
  ]],
  ['en', "U.S. officials say Russia has deployed some 8,000 North Koreans in the Kursk region.", [
    { value: 8000, qualifier: 'approx', kind: 'troops', scope: 'kursk', actor: 'us' },
  ]],
  ['en', "Thousands of North Korean troops are training in eastern Russia, according to the Pentagon.", [
    { value: null, min: 1000, qualifier: 'vague', kind: 'troops', scope: 'training', actor: 'pentagon' },
  ]],
  ['de', "Laut dem ukrainischen Militärgeheimdienst halten sich 12.000 nordkoreanische Soldaten in Russland auf, unter ihnen 500 Offiziere und drei Generäle.", [
    { value: 12000, kind: 'troops', actor: 'gur' },
    { value: 500, kind: 'troops', scope: 'officers' },
    { value: 3, kind: 'troops', scope: 'officers' },
  ]],
  ['de', "Mehr als 3.000 nordkoreanische Soldaten wurden getötet oder verwundet.", [{ value: 3000, kind: 'casualties' }]],
  ['es', "Según la inteligencia surcoreana, Corea del Norte ha enviado unos 12.000 soldados a Rusia.", [
    { value: 12000, qualifier: 'approx', kind: 'troops', actor: 'nis' },
  ]],
  ['es', "Al menos 600 soldados norcoreanos han muerto en Kursk.", [{ value: 600, qualifier: 'at_least', kind: 'killed' }]],
  ['ru', "По данным южнокорейской разведки, КНДР отправила в Россию около 11 тысяч военных.", [
    { value: 11000, qualifier: 'approx', kind: 'troops', actor: 'nis' },
  ]],
  ['ru', "Около 300 северокорейских военных погибли и 2700 были ранены.", [
    { value: 300, kind: 'killed' },
    { value: 2700, kind: 'wounded' },
  ]],
  ['uk', "За даними ГУР, у Курській області перебувають понад 11 тисяч військових КНДР.", [
    { value: 11000, qualifier: 'more_than', kind: 'troops', scope: 'kursk', actor: 'gur' },
  ]],
  ['ko', "국가정보원에 따르면 북한은 러시아에 약 1만 1천 명의 병력을 파병했으며, 이 중 사상자는 4천 명에 달한다.", [
    { value: 11000, qualifier: 'approx', kind: 'troops', actor: 'nis' },
    { value: 4000, kind: 'casualties' },
  ]],
  ['ko', "북한군 사망자는 300여 명으로 추정된다고 국정원이 밝혔다.", [{ value: 300, qualifier: 'more_than', kind: 'killed', actor: 'nis' }]],
];

function pick(c: FoundClaim, keys: Array<keyof Expected>): Expected {
  return Object.fromEntries(keys.map((k) => [k, c[k]])) as Expected;
}

describe('detectClaims on real sentences', () => {
  it.each(EXTRACTION)('%s: %s', (lang, text, expected) => {
    const found = detectClaims(text, { lang, published: '2024-12-28' });
    const dated = text.includes('mercredi') ? detectClaims(text, { lang, published: '2024-10-24' }) : found;
    expect(found).toHaveLength(expected.length);
    expected.forEach((e, i) => {
      const keys = Object.keys(e) as Array<keyof Expected>;
      const claim = e.date === '2024-10-23' ? dated[i]! : found[i]!;
      if (e.text !== undefined) expect(claim.text.startsWith(e.text)).toBe(true);
      const { text: _text, ...rest } = e;
      expect(pick(claim, keys.filter((k) => k !== 'text'))).toEqual(rest);
    });
  });

  it('gives offsets that point at the highlighted text and its sentence', () => {
    const text = 'Titre\nSelon Séoul, près de 11\u00a0000 soldats nord-coréens sont en Russie. Autre phrase.';
    const [c] = detectClaims(text, { lang: 'fr' });
    expect(text.slice(c!.start, c!.end)).toBe(c!.text);
    expect(c!.text).toBe('près de 11\u00a0000 soldats');
    expect(c!.sentence).toBe('Selon Séoul, près de 11\u00a0000 soldats nord-coréens sont en Russie.');
    expect(c!.lang).toBe('fr');
  });

  it('reads a figure split across a line break by the markup', () => {
    const [c] = detectClaims('Plus de 1.\n100 soldats nord-coréens ont été tués ou blessés en Russie.', { lang: 'fr' });
    expect(c).toMatchObject({ value: 1100, kind: 'casualties' });
  });

  it('detects the language when none is given', () => {
    const [c] = detectClaims('Around 3,000 North Korean soldiers are in Russia, the NIS said.');
    expect(c?.lang).toBe('en');
  });

  it('leaves the date null without a publication date or a year in the text', () => {
    const [c] = detectClaims('Le 18 octobre, 1 500 soldats nord-coréens sont arrivés en Russie.', { lang: 'fr' });
    expect(c).toMatchObject({ value: 1500, date: null });
  });
});

/** Figures that are not claims, each in a sentence that is otherwise about North Korea's troops in Russia. */
const NOT_CLAIMS: Array<[Lang, string]> = [
  ['fr', 'Des soldats nord-coréens sont arrivés en Russie le 23 octobre 2024.'],
  ['fr', 'Le 1er novembre, les soldats nord-coréens seront prêts en Russie.'],
  ['fr', 'Les soldats nord-coréens sont arrivés en Russie à 05H55 heure locale, puis à 14h32.'],
  ['fr', 'Publié le 12/11/2024 à 14h32 · Lecture : 4 min. Des soldats nord-coréens en Russie.'],
  ['fr', 'La Russie a promis 100 millions d’euros à la Corée du Nord pour ses soldats.'],
  ['fr', 'Pyongyang fournit à la Russie des canons de 170mm et des lanceurs de 240 mm, avec des soldats.'],
  ['fr', "Le missile nord-coréen a parcouru 800 kilomètres, loin des soldats en Russie, d'une portée de 40 à 60 km."],
  ['fr', 'Les soldats nord-coréens en Russie représentent 2 % de son armée, soit 10 pour cent des forces spéciales.'],
  ['fr', 'Le premier groupe de soldats nord-coréens est arrivé en Russie. 12 commentaires. © 2024'],
  ['fr', "Selon l'article 5 du traité, la Corée du Nord peut envoyer des soldats en Russie."],
  ['fr', 'Des soldats nord-coréens âgés de 18 à 25 ans sont en Russie depuis trois semaines.'],
  ['fr', 'La Corée du Nord, en guerre depuis 1950, envoie des soldats en Russie depuis 2024.'],
  ['fr', 'La Russie a perdu 600 000 soldats depuis le début de la guerre, selon la Corée du Nord.'],
  ['fr', 'Les soldats nord-coréens en Russie: appelez le +33 1 23 45 67 89 pour en savoir plus.'],
  ['en', 'North Korean troops arrived in Russia on October 23, 2024, the NIS said. 4 min read'],
  ['en', 'Russia has lost 1,050,000 troops killed and wounded, while North Korean soldiers fight in Kursk.'],
  ['en', 'North Korean soldiers in Russia earn $2,000 a month, or about 2,000 dollars.'],
  ['en', 'North Korea fired two missiles on Friday while its soldiers trained in Russia.'],
  ['en', 'Kim Jong Un, 40, sent soldiers to Russia, and 600,000 Russian soldiers were killed or wounded.'],
  ['en', 'The 38th parallel and the F-16 were discussed as North Korean soldiers reached Russia.'],
  ['en', 'North Korean soldiers reached Russia after 3 days and 800 km, at 2:32 pm.'],
  ['de', 'Nordkoreanische Soldaten sind seit dem 23. Oktober in Russland. 4 Min. Lesezeit'],
  ['es', 'Los soldados norcoreanos llegaron a Rusia el 23 de octubre de 2024.'],
  ['ru', 'Северокорейские военные прибыли в Россию 23 октября 2024 года, через 3 дня.'],
  ['ko', '북한군은 2024년 10월 23일 러시아에 도착했다.'],
];

describe('not claims', () => {
  it.each(NOT_CLAIMS)('%s: %s', (lang, text) => {
    expect(detectClaims(text, { lang, published: '2024-11-12' }).map((c) => c.text)).toEqual([]);
  });

  it.each<[string, string]>([
    ['a missile test', 'La Corée du Nord a tiré un missile balistique vendredi; il a parcouru 800 kilomètres, selon Séoul, qui a compté 2 tirs.'],
    ['Russian losses only', 'Russia has lost 1,050,000 troops killed and wounded; 260,000 Russian soldiers were killed in 2025 alone.'],
    ['an unrelated page', 'Le match a réuni 40 000 spectateurs et 3 000 bénévoles au stade.'],
  ])('an off-topic page (%s) yields nothing', (_name, text) => {
    expect(detectClaims(text)).toEqual([]);
  });
});

describe('robustness', () => {
  const alphabet = fc.constantFrom(...'0123456789 .,\'’\u00a0\u202f\n-–kK%€$ de à et soldats nord-coréens Russie 만천명 тысяч'.split(''));

  it('never throws and returns well-formed claims', () => {
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 400 }).map((a) => `soldats nord-coréens en Russie ${a.join('')}`), fc.constantFrom<Lang>('fr', 'en', 'de', 'es', 'ru', 'uk', 'ko'), (text, lang) => {
        for (const c of detectClaims(text, { lang })) {
          expect(text.slice(c.start, c.end)).toBe(c.text);
          expect(c.min).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => void detectClaims(`North Korean troops Russia ${s}`)), { numRuns: 300 });
  });

  it('stays linear on adversarial input: 1 MB costs about ten times 100 KB', () => {
    const noise = (size: number) => {
      const chars = '0123456789 .,\'\u00a0\n';
      let s = 'soldats nord-coréens en Russie ';
      let x = 7;
      for (let i = 0; s.length < size; i++) {
        x = (x * 1103515245 + 12345) & 0x7fffffff;
        s += chars[x % chars.length];
      }
      return s + ' deux mille '.repeat(size / 200) + '1 000 '.repeat(size / 100);
    };
    const time = (text: string) => {
      const t = performance.now();
      detectClaims(text, { lang: 'fr' });
      return performance.now() - t;
    };
    const small = noise(100_000);
    const large = noise(1_000_000);
    time(small);
    const ratio = time(large) / Math.max(1, time(small));
    expect(ratio).toBeLessThan(30);
  });
});
