import { describe, expect, it } from 'vitest';
import type { Lang } from '../claims/vocabulary';
import { detectLanguage } from './language';

describe('detectLanguage', () => {
  it.each<[string, Lang]>([
    ['Selon les services de renseignement, des soldats nord-coréens sont arrivés dans la région de Koursk.', 'fr'],
    ['According to the NIS, over 3,000 North Korean troops have relocated to Russia and more are on the way.', 'en'],
    ['Nordkoreanische Soldaten sind laut Kiew in der russischen Region Kursk und die Regierung schweigt.', 'de'],
    ['Según la inteligencia surcoreana, Corea del Norte ha enviado unos 12.000 soldados a Rusia para la guerra.', 'es'],
    ['По данным южнокорейской разведки, КНДР отправила в Россию около 11 тысяч военных.', 'ru'],
    ['За даними ГУР, у Курській області перебувають понад 11 тисяч військових КНДР.', 'uk'],
    ['국가정보원에 따르면 북한은 러시아에 약 1만 1천 명의 병력을 파병했다.', 'ko'],
    ['', 'en'],
  ])('%s → %s', (text, lang) => expect(detectLanguage(text)).toBe(lang));
});
