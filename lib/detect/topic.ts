/**
 * Cheap topic checks over keyword stems in the seven languages. Matching is case-insensitive and on substrings, so
 * one stem covers inflections ("nord-coréens", "северокорейских", "북한군").
 */

/** North Korea: the country, its capital, its leader, its army, its people as an adjective. */
const NORTH_KOREA =
  /nord[- ]?cor[ée]en|cor[ée]e du nord|north[- ]korea|n\.\s?korea|pyongyang|pyong yang|dprk|\bkpa\b|\brpdc\b|kim jong|nordkorea|pj[öo]ngjang|corea del norte|norcorean|pionyang|северн\S* коре|северокоре|кндр|пхеньян|північн\S* коре|північнокоре|пхеньян|北朝鮮|北韓|북한|평양|김정은|인민군/i;

/** Russia, the Kursk front, troops or casualties: what makes a North Korea page about its soldiers in Russia. */
const RUSSIA_OR_TROOPS =
  /russ|rusia|\brus[oa]s?\b|росси|российск|\bрф\b|росі|російськ|러시아|kursk|koursk|курск|курськ|курщин|쿠르스크|troop|troup|trupp|soldat|soldier|forces|tropas|fuerzas|soldado|войск|військ|военн|солдат|бойц|бійц|군인|병력|파병|북한군|장병|casualt|pertes|tués|morts|blessés|killed|deaths|wounded|injured|verluste|getötet|bajas|muertos|потер|погиб|втрат|загин|사상자|사망|전사|kreml|кремл|moscou|moscow|moskau|moscú|москв|모스크바/i;

/**
 * Pieces of which every match of NORTH_KOREA, in lower case, holds one. A text holding none is off the topic without
 * running the regexes: their first run on a page, compiling them, costs more than the rest of the check on most pages.
 */
const NORTH_KOREA_PIECES = [
  'corée', 'coree', 'korea', 'corea', 'pyong', 'dprk', 'kpa', 'rpdc', 'kim jong', 'pjöng', 'pjong', 'pionyang',
  'коре', 'кндр', 'пхеньян', '北朝鮮', '北韓', '북한', '평양', '김정은', '인민군',
];

/** true when the text is about North Korea and about Russia or troops. */
export function isOnTopic(text: string): boolean {
  const lower = text.toLowerCase();
  if (!NORTH_KOREA_PIECES.some((piece) => lower.includes(piece))) return false;
  return NORTH_KOREA.test(text) && RUSSIA_OR_TROOPS.test(text);
}

/**
 * "the North" standing for North Korea after South Korea or Seoul is named ("South Korea says North sent 1,500
 * special forces", "Séoul accuse le Nord"). Case-sensitive: the capital marks the country.
 */
const THE_NORTH =
  /(South Korea|Seoul|Corée du Sud|Séoul|Südkorea|Corea del Sur|Seúl)[^.!?]{0,80}?(?<![\p{L}])(North|Nord|Norden|Norte)(?![\p{L}-]|\s(?:America|Atlantic|Sea|Africa|Pole|Carolina|Dakota|Macedonia|Stream|Amérique|Atlantique|Afrique|Amerika|Atlantik|América|Atlántico))/u;

/** true when the text mentions North Korea (used per figure, on a sentence and its neighbours). */
export function mentionsNorthKorea(text: string): boolean {
  return NORTH_KOREA.test(text) || THE_NORTH.test(text);
}
