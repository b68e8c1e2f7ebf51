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
  // A sentence that only says who reported credits the previous sentence's figures.
  ['de', "Nordkorea hat 9.000 Soldaten nach Russland geschickt. Das meldet der südkoreanische Geheimdienst NIS.", [
    { value: 9000, kind: 'troops', actor: 'nis' },
  ]],
  ['fr', "Pyongyang a envoyé 9 000 soldats nord-coréens en Russie.\nC'est ce qu'affirme le renseignement ukrainien.", [
    { value: 9000, kind: 'troops', actor: 'gur' },
  ]],
  ['en', "North Korea has sent 9,000 soldiers to Russia. This was reported by South Korea's National Intelligence Service.", [
    { value: 9000, kind: 'troops', actor: 'nis' },
  ]],
  ['ru', "КНДР отправила в Россию около 9 000 военных. Об этом, как передаёт агентство, сообщила разведка Южной Кореи.", [
    { value: 9000, kind: 'troops' },
  ]],
  ['uk', "КНДР відправила до Росії 9 тисяч військових. Про це повідомило ГУР.", [
    { value: 9000, kind: 'troops', actor: 'gur' },
  ]],
  // "X spricht von", "X parle de", "X называли", a locative subject ("в Пентагоні"), an acronym after its description.
  ['de', "Der NIS spricht außerdem von rund 8.000 nordkoreanischen Soldaten in Russland.", [
    { value: 8000, kind: 'troops', actor: 'nis' },
  ]],
  ['fr', "Les Britanniques parlaient de plus de 4 000 soldats nord-coréens tués ou blessés.", [
    { value: 4000, kind: 'casualties', actor: 'uk-mod' },
  ]],
  ['uk', "Раніше в Пентагоні називали кількість загиблих північнокорейських солдатів — близько 500.", [
    { value: 500, kind: 'killed', actor: 'pentagon' },
  ]],
  ['es', "La inteligencia militar ucraniana (GUR) contabiliza al menos 40 norcoreanos muertos o heridos.", [
    { value: 40, kind: 'casualties', actor: 'gur' },
  ]],
  // Killed and wounded named together count casualties, never the wounded alone; Korean names the event first.
  ['ru', "Потери северокорейских войск убитыми и ранеными составляют около 5 000 человек, по оценке разведки Южной Кореи.", [
    { value: 5000, kind: 'casualties' },
  ]],
  ['ko', "국정원은 북한군 사상자는 약 3천500명으로 이 가운데 사망자는 500명 정도로 추산된다고 밝혔다.", [
    { value: 3500, kind: 'casualties', actor: 'nis' },
    { value: 500, kind: 'killed', actor: 'nis' },
  ]],
  // A decision to send is a plan.
  ['en', "Pyongyang decided to send about 8,000 North Korean troops to Russia, the NIS said.", [
    { value: 8000, kind: 'troops', scope: 'planned', actor: 'nis' },
  ]],
  ['es', "Corea del Norte decidió enviar 8.000 soldados norcoreanos a Rusia, según el NIS.", [
    { value: 8000, kind: 'troops', scope: 'planned', actor: 'nis' },
  ]],
];

/**
 * Constructions that generalise beyond the development pages, one group per failure class, in every language the
 * construction exists in. All sentences are written for these tests.
 */
const CLASSES: Array<[string, Lang, string, Expected[]]> = [
  // The counted noun after the figure, through "le nombre de" / "les pertes" / "los soldados".
  ['number-of after', 'fr', "Le NIS évalue à environ 12 000 le nombre de militaires nord-coréens présents en Russie.", [
    { value: 12000, qualifier: 'approx', kind: 'troops', actor: 'nis' },
  ]],
  ['number-of after', 'fr', "Kiev chiffre à plus de 4 000 les pertes nord-coréennes dans la région de Koursk.", [
    { value: 4000, qualifier: 'more_than', kind: 'casualties', actor: 'ukraine' },
  ]],
  ['number-of after', 'fr', "Washington porte à 9\u2019000 le nombre de soldats nord-coréens engagés à Koursk.", [
    { value: 9000, kind: 'troops', scope: 'kursk' },
  ]],
  ['number-of after', 'es', "Seúl cifró en unos 3.000 los soldados norcoreanos ya desplegados en Rusia.", [
    { value: 3000, qualifier: 'approx', kind: 'troops', actor: 'south-korea' },
  ]],
  // The counted noun before the figure, governed by "the number of" / "численность" / "die Zahl der".
  ['number-of before', 'en', "The Pentagon put the number of North Korean soldiers in eastern Russia at about 9,000.", [
    { value: 9000, qualifier: 'approx', kind: 'troops', actor: 'pentagon' },
  ]],
  ['number-of before', 'de', "Der südkoreanische Geheimdienst bezifferte die Zahl der in Russland gefallenen Nordkoreaner auf rund 1.500.", [
    { value: 1500, kind: 'killed', actor: 'nis' },
  ]],
  ['number-of before', 'uk', "ГУР оцінює чисельність північнокорейської піхоти, що воює на Курщині, майже в 9 тисяч.", [
    { value: 9000, qualifier: 'approx', kind: 'troops', actor: 'gur' },
  ]],
  ['number-of before', 'ru', "Британская разведка оценила потери КНДР более чем в 4 тысячи человек.", [
    { value: 4000, qualifier: 'more_than', kind: 'casualties', actor: 'uk-mod' },
  ]],
  ['number-of before', 'uk', "Втрати КНДР сягнули майже 4 тисяч осіб, повідомила південнокорейська розвідка.", [
    { value: 4000, qualifier: 'approx', kind: 'casualties', actor: 'nis' },
  ]],
  // Ranges written with Swiss apostrophes, "à", "от ... до", and a materiel classifier.
  ['ranges', 'fr', "Les soldats nord-coréens seraient de 9 000 à 10 000 présents en Russie.", [
    { value: 9000, min: 9000, max: 10000, qualifier: 'range', kind: 'troops' },
  ]],
  ['ranges', 'fr', "Selon Kiev, entre 9'000 et 11'000 d'entre eux combattent à Koursk aux côtés des soldats nord-coréens.", [
    { value: 9000, min: 9000, max: 11000, qualifier: 'range', kind: 'troops', scope: 'kursk' },
  ]],
  ['ranges', 'uk', "КНДР може передати Росії від 20 до 40 одиниць артилерії, заявив Буданов про північнокорейських військових.", [
    { value: 20, min: 20, max: 40, qualifier: 'range', kind: 'materiel', actor: 'gur' },
  ]],
  ['ranges', 'ru', "По данным южнокорейской разведки, в Россию направлено от 13 до 15 тысяч северокорейских военных.", [
    { value: 13000, min: 13000, max: 15000, qualifier: 'range', kind: 'troops', actor: 'nis' },
  ]],
  // Partitives and pronouns for soldiers named earlier.
  ['anaphora', 'en', "About 2,500 of them have been killed, South Korean lawmakers said of the North Korean troops.", [
    { value: 2500, qualifier: 'approx', kind: 'killed', actor: 'nis' },
  ]],
  ['anaphora', 'en', "More than 1,200 of Pyongyang's troops have been wounded in Kursk, the NIS said.", [
    { value: 1200, qualifier: 'more_than', kind: 'wounded', actor: 'nis' },
  ]],
  ['anaphora', 'de', "Nordkoreanische Soldaten sind in Russland; rund 1.000 von ihnen seien in Kursk eingetroffen.", [
    { value: 1000, qualifier: 'approx', kind: 'troops', scope: 'kursk' },
  ]],
  ['anaphora', 'es', "Corea del Norte envió 12.000 soldados a Rusia, entre ellos 300 oficiales, según la inteligencia surcoreana.", [
    { value: 12000, kind: 'troops' },
    { value: 300, kind: 'troops', scope: 'officers', actor: 'nis' },
  ]],
  ['anaphora', 'fr', "Pyongyang a envoyé 8 000 soldats en Russie. Parmi eux, 700 officiers, selon Séoul.", [
    { value: 8000, kind: 'troops' },
    { value: 700, kind: 'troops', scope: 'officers', actor: 'south-korea' },
  ]],
  ['anaphora', 'fr', "Plus de 5 000 soldats nord-coréens ont été tués, sur les quelque 12 000 déployés en Russie.", [
    { value: 5000, kind: 'killed' },
    { value: 12000, kind: 'troops' },
  ]],
  // Casualties said with a phrase, or with a mere "people" noun in a clause about losses.
  ['casualty phrases', 'fr', "Environ 2 500 soldats nord-coréens ont été mis hors de combat à Koursk, selon le NIS.", [
    { value: 2500, kind: 'casualties', actor: 'nis' },
  ]],
  ['casualty phrases', 'es', "Cerca de 4.000 soldados norcoreanos han quedado fuera de combate en Rusia.", [{ value: 4000, kind: 'casualties' }]],
  ['casualty phrases', 'en', "Some 2,000 North Korean troops have been put out of action in Kursk.", [{ value: 2000, kind: 'casualties' }]],
  // Specific soldiers: military builders and engineers, German compounds.
  ['engineers', 'de', "Nordkorea hat nach Angaben aus Seoul 6.000 Militäringenieure nach Russland geschickt.", [
    { value: 6000, kind: 'troops', scope: 'engineers', actor: 'south-korea' },
  ]],
  ['engineers', 'de', "Seit Oktober sind etwa 4.000 nordkoreanische Bausoldaten in Russland eingetroffen.", [
    { value: 4000, kind: 'troops', scope: 'engineers' },
  ]],
  ['engineers', 'ru', "КНДР отправила в Россию около тысячи военных инженеров.", [
    { value: 1000, qualifier: 'approx', kind: 'troops', scope: 'engineers', text: 'около тысячи' },
  ]],
  ['engineers', 'uk', "КНДР направить до Росії три тисячі військових будівельників.", [{ value: 3000, kind: 'troops', scope: 'engineers' }]],
  // Case forms of number words and a preposition after the qualifier.
  ['case forms', 'ru', "Речь идет примерно о 12 тысячах северокорейских солдат в России.", [{ value: 12000, qualifier: 'approx', kind: 'troops' }]],
  ['case forms', 'uk', "Буданов оцінював кількість військових КНДР у Росії майже в 13 тисяч.", [
    { value: 13000, qualifier: 'approx', kind: 'troops', actor: 'gur' },
  ]],
  // Korean: a bare unit, nouns before the figure, killed in action, ordinal waves.
  ['korean', 'ko', "북한은 연말까지 만 명 규모의 병력을 러시아에 보낼 계획이다.", [{ value: 10000, kind: 'troops', scope: 'planned' }]],
  ['korean', 'ko', "국정원은 북한군 전사자가 약 600명에 이른다고 밝혔다.", [{ value: 600, kind: 'killed', actor: 'nis' }]],
  ['korean', 'ko', "러시아에 파병된 북한군은 1만 1천여 명으로, 이 가운데 장교가 300명이라고 국정원이 밝혔다.", [
    { value: 11000, qualifier: 'more_than', kind: 'troops', actor: 'nis' },
    { value: 300, kind: 'troops', scope: 'officers' },
  ]],
  ['korean', 'ko', "북한군 공병 2천 명이 쿠르스크에 도착했다고 합참이 밝혔다.", [{ value: 2000, kind: 'troops', scope: 'engineers', actor: 'jcs' }]],
  ['korean', 'ko', "북한은 2차 파병 병력 4천 명을 러시아로 보냈다.", [{ value: 4000, kind: 'troops', scope: 'batch' }]],
  // A figure compared with an earlier estimate counts the same thing.
  ['comparison', 'en', "The NIS now says 1,500 North Korean soldiers have been killed, up from 600 in April.", [
    { value: 1500, kind: 'killed' },
    { value: 600, kind: 'killed' },
  ]],
  ['comparison', 'ko', "국정원은 북한군 전사자를 약 2천 명으로 추산했다. 이는 '최소 500명'보다 크게 늘어난 수치다.", [
    { value: 2000, kind: 'killed' },
    { value: 500, kind: 'killed' },
  ]],
  // Actors: lawmakers briefed by the NIS, family names after the full name, Ukraine's intelligence directorate.
  ['actors', 'en', "Lawmaker Park Sun-won spoke after the briefing. About 3,000 North Korean troops are in Russia, Park said.", [
    { value: 3000, actor: 'nis' },
  ]],
  ['actors', 'fr', "Selon un député sud-coréen, quelque 15’000 soldats nord-coréens ont été envoyés en Russie.", [
    { value: 15000, qualifier: 'approx', kind: 'troops', actor: 'nis' },
  ]],
  ['actors', 'de', "Rund 3.000 nordkoreanische Soldaten seien getötet worden, sagte ein südkoreanischer Abgeordneter.", [
    { value: 3000, kind: 'killed', actor: 'nis' },
  ]],
  ['actors', 'en', "Ukraine's Main Directorate of Intelligence said 11,000 North Korean soldiers were in Kursk.", [
    { value: 11000, kind: 'troops', scope: 'kursk', actor: 'gur' },
  ]],
  // A <br> inside a sentence: a figure alone on its line, or a lower-case continuation.
  ['line breaks', 'en', "Fewer than\n900\nNorth Korean soldiers wounded, according to the NIS", [
    { value: 900, qualifier: 'less_than', kind: 'wounded', actor: 'nis' },
  ]],
  ['line breaks', 'fr', "Séoul : 4 000 soldats nord-coréens\ndéjà dans la région de Koursk", [{ value: 4000, kind: 'troops', scope: 'kursk' }]],
  // A qualified plain figure in the range of years is a count.
  ['not a year', 'fr', "Quelque 2000 blessés nord-coréens ont été rapatriés de Russie.", [{ value: 2000, kind: 'wounded' }]],
  ['not a year', 'en', "About 1900 North Korean soldiers were killed in Kursk.", [{ value: 1900, kind: 'killed' }]],
  // Fact boxes and lists: a line with a troop or casualty sense and no other nation as subject, on a page about them.
  ['fact box line', 'en', "North Korean troops in Russia: the figures\nPentagon\nSome 8,000 fighting near Kursk\nSeoul\nAn extra 2,500 troops shipped in March", [
    { value: 8000, kind: 'troops', scope: 'kursk' }, { value: 2500, kind: 'troops' },
  ]],
  ['fact box line', 'fr', "Les soldats nord-coréens en Russie : les estimations\nKiev\nPlus de 7 000 tués ou blessés\nSéoul\nEnviron 9 000 déjà dans la région", [
    { value: 7000, kind: 'casualties' }, { value: 9000, kind: 'troops' },
  ]],
  ['fact box line', 'de', "Nordkoreas Soldaten in Russland: die Zahlen\nKiew\nRund 6000 Tote und Verwundete\nSeoul\nEtwa 9000 bereits an der Front", [
    { value: 6000, kind: 'casualties' }, { value: 9000, kind: 'troops', scope: 'kursk' },
  ]],
  ['adverb after an elided noun', 'en', "North Korea's losses are heavy: 4,500 casualties, of the about 14,000 originally deployed.", [
    { value: 4500, kind: 'casualties' }, { value: 14000, kind: 'troops' },
  ]],
  ['size of a deployment', 'en', "Seoul says a second contingent of about 4,000 is on its way from North Korea to Russia.", [{ value: 4000, kind: 'troops' }]],
  ['size of a deployment', 'fr', "Pyongyang prépare pour la Russie une nouvelle vague de 5 000, selon Séoul.", [{ value: 5000, kind: 'troops' }]],
  ['size of a deployment', 'es', "Corea del Norte enviará un contingente de 2.000 a Rusia, según Seúl.", [{ value: 2000, kind: 'troops' }]],
  // "the North" after South Korea.
  ['the North', 'en', "Kim Jong Un met Putin.\nThe talks went on for hours.\nNo statement followed.\nSouth Korea says North shipped 2,000 soldiers to Vladivostok.", [{ value: 2000, kind: 'troops' }]],
  ['the North', 'fr', "Kim Jong Un a reçu Poutine.\nLes discussions ont duré.\nAucune déclaration.\nLa Corée du Sud affirme que le Nord a envoyé 4 000 soldats à Vladivostok.", [{ value: 4000, kind: 'troops' }]],
  ['the North', 'es', "Kim Jong Un recibió a Putin.\nLas conversaciones duraron.\nNo hubo declaración.\nCorea del Sur asegura que el Norte ha enviado 4.000 soldados a Vladivostok.", [{ value: 4000, kind: 'troops' }]],
  // Noun modifiers and vague tens of thousands.
  ['special forces, builders', 'en', "North Korea shipped 2,200 special forces and 4,000 military builders to Russia.", [
    { value: 2200, kind: 'troops', scope: 'special_forces' }, { value: 4000, kind: 'troops', scope: 'engineers' },
  ]],
  ['tens of thousands', 'fr', "Selon Kiev, une vingtaine de milliers d'hommes ont été envoyés par Pyongyang en Russie.", [
    { value: 20000, qualifier: 'approx', kind: 'troops' },
  ]],
  ['tens of thousands', 'es', "Corea del Norte ha enviado una decena de miles de soldados a Rusia.", [{ value: 10000, qualifier: 'approx', kind: 'troops' }]],
  // Casualties through a partitive pronoun, an idiom for dying, a coordination of nouns.
  ['partitive pronoun', 'fr', "Les soldats nord-coréens ont beaucoup souffert. Selon Kiev, près de 2 000 d'entre eux ont été blessés en janvier.", [
    { value: 2000, kind: 'wounded' },
  ]],
  ['partitive pronoun', 'es', "Los soldados norcoreanos sufrieron mucho. Unos 2.000 de entre ellos resultaron heridos.", [{ value: 2000, kind: 'wounded' }]],
  ['dying idiom', 'fr', "Environ 800 soldats nord-coréens y ont laissé la vie, selon Séoul.", [{ value: 800, kind: 'killed' }]],
  ['dying idiom', 'en', "Some 800 North Korean soldiers have lost their lives in Kursk, Seoul says.", [{ value: 800, kind: 'killed' }]],
  ['dying idiom', 'es', "Unos 800 soldados norcoreanos perdieron la vida en Kursk.", [{ value: 800, kind: 'killed' }]],
  ['nouns joined', 'fr', "Selon Séoul, 500 soldats nord-coréens sont morts; Kiev estime les pertes, tués et blessés confondus, à environ 3 500.", [
    { value: 500, kind: 'killed' }, { value: 3500, kind: 'casualties' },
  ]],
  ['leaving is not deserting', 'fr', "Un contingent de 1 200 soldats a quitté la Corée du Nord pour la Russie.", [{ value: 1200, kind: 'troops' }]],
  ['leaving is not deserting', 'ru', "Около 1200 военных покинули КНДР и направились в Россию.", [{ value: 1200, kind: 'troops' }]],
];

describe('detectClaims on constructions that generalise', () => {
  it.each(CLASSES)('%s (%s): %s', (_class, lang, text, expected) => {
    const found = detectClaims(text, { lang, published: '2025-03-01' });
    expect(found).toHaveLength(expected.length);
    expected.forEach((e, i) => {
      const { text: surface, ...rest } = e;
      if (surface !== undefined) expect(found[i]!.text.startsWith(surface)).toBe(true);
      expect(pick(found[i]!, Object.keys(rest) as Array<keyof Expected>)).toEqual(rest);
    });
  });
});

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
  // Durations joined by a hyphen, a country's own call-up, page furniture, "70여 년".
  ['en', 'The North Korean soldiers completed a 60-day deployment in Russia.'],
  ['de', 'Die 90-tägige Mission der nordkoreanischen Soldaten in Russland ist beendet.'],
  ['fr', 'Les soldats nord-coréens rentrent en Corée du Nord après une mission de 120 jours en Russie.'],
  ['en', 'Russia plans to recruit 30,000 people this year, while North Korean soldiers fight in Kursk.'],
  ['fr', "L'Ukraine prévoit de mobiliser 50 000 personnes, alors que les soldats nord-coréens arrivent en Russie."],
  ['uk', 'Україна планує мобілізувати ще 100 тисяч осіб, тоді як північнокорейські військові воюють на Курщині.'],
  ['ru', 'Северокорейские военные воюют в России. Россия намерена призвать 160 тысяч человек.'],
  ['ko', '북한군의 러시아 파병은 한국전쟁 이후 70여 년 만이다. 댓글 245'],
  ['uk', 'Північнокорейські військові в Курській області. Коментарі (31)'],
  ['ru', 'Северокорейские военные в Курской области. Комментарии: 42'],
  ['en', 'North Korean soldiers in Russia. Comments 212'],
  // Russia's own daily losses, with a verb.
  ['fr', "Kim Jong Un a envoyé des soldats en Russie. La Russie perd chaque jour, selon Kiev, plus de 1 200 hommes."],
  ['en', "North Korean soldiers fight in Kursk. Russia is losing more than 1,300 soldiers per day, Kyiv says."],
  ['de', "Nordkoreanische Soldaten kämpfen in Kursk. Russland verliert laut Kiew mehr als 1200 Soldaten pro Tag."],
  // Money and goods in vague billions.
  ['fr', "Les soldats nord-coréens en Russie rapportent à Pyongyang des centaines de millions de dollars."],
  ['en', "North Korean soldiers in Russia earn Pyongyang hundreds of billions of won."],
  ['de', "Nordkoreas Soldaten in Russland bringen Pjöngjang Hunderte Millionen Dollar ein."],
  // North Koreans who are not the deployment: defectors, a unit in an anecdote.
  ['fr', "Les soldats nord-coréens en Russie. Cette année, 190 Nord-Coréens sont arrivés au Sud, selon Séoul."],
  ['en', "North Korean soldiers in Russia. Last year 190 North Korean defectors reached Seoul."],
  ['fr', "L'armée nord-coréenne compte un million de soldats. « Dans mon bataillon de 300 hommes, la faim était partout. »"],
  // German ordinals, photo counters and English day ranges.
  ['de', "Nordkoreanische Soldaten in Russland. Soldaten der 155. Marinebrigade bei Kursk."],
  ['de', "Nordkoreanische Soldaten in Russland. Bild 4 von 9 · Kämpfer der 80. Luftsturmbrigade."],
  ['en', "North Korean special forces reached Russia between Oct. 8 and 13, Seoul said."],
  ['fr', "Les forces spéciales nord-coréennes sont arrivées en Russie entre le 8 et 13 octobre."],
];

/** Live blogs, tickers, the next list item: a toll from other news takes no North Korean context from them. */
const OWN_CONTEXT: Array<[Lang, string, number[]]> = [
  ['fr', "Selon Kiev, 12 000 soldats nord-coréens sont en Russie.\n14h05\nÀ Odessa, un drone fait 140 blessés dans un quartier résidentiel.", [12000]],
  ['en', "North Korean troops are in Kursk, Seoul says 11,000 troops are there.\n09:20 GMT\nA ferry sank off Bali, with 250 people on board.", [11000]],
  ['es', "Corea del Norte tiene 11.000 soldados en Rusia.\nLo último\n12:15 · Chile: sube a 130 el número de heridos por los incendios", [11000]],
  ['fr', "Les soldats nord-coréens sont 11 000 en Russie.\nÀ Dnipro, une frappe fait au moins 7 blessés.", [11000]],
  ['en', "North Korea has 11,000 troops in Russia.\nA bus crash in Peru killed 24 of the 40 people on board.", [11000]],
];

describe('each entry, item and paragraph is its own context', () => {
  it.each(OWN_CONTEXT)('%s: %s', (lang, text, values) => {
    expect(detectClaims(text, { lang, published: '2024-11-12' }).map((c) => c.value)).toEqual(values);
  });
});

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
    // The median of five runs, so a busy machine does not pass for super-linear time: quadratic work would cost
    // about 100 times more for ten times the input, linear work about 10 times.
    const time = (text: string) => {
      const runs = [1, 2, 3, 4, 5].map(() => {
        const t = performance.now();
        detectClaims(text, { lang: 'fr' });
        return performance.now() - t;
      });
      return runs.sort((a, b) => a - b)[2]!;
    };
    const small = noise(100_000);
    const large = noise(1_000_000);
    const ratio = time(large) / Math.max(1, time(small));
    expect(ratio).toBeLessThan(40);
  });
});

/** Each figure takes the date, deadline, scope and source of its own clause only. */
const CLAUSES: Array<[Lang, string, Expected[]]> = [
  // A date in a relative or subordinate clause about something else is not the figure's.
  ['fr', "Selon Kyrylo Boudanov, 2 600 soldats nord-coréens seront déployés dans la région de Koursk, où l'Ukraine revendique des territoires à la suite de son incursion en août.", [{ value: 2600, date: null, period: null, actor: 'gur' }]],
  ['en', 'According to Budanov, 2,600 North Korean soldiers will be deployed to Kursk, where Ukraine launched its incursion in August.', [{ value: 2600, date: null, period: null }]],
  ['de', 'Laut Budanow sollen 2.600 nordkoreanische Soldaten nach Kursk verlegt werden, wo die Ukraine im August einmarschiert ist.', [{ value: 2600, date: null }]],
  ['es', 'Según Budanov, 2.600 soldados norcoreanos serán desplegados en Kursk, donde Ucrania lanzó su incursión en agosto.', [{ value: 2600, date: null }]],
  ['ru', 'По словам Буданова, 2600 северокорейских военных будут переброшены в Курскую область, где Украина начала наступление в августе.', [{ value: 2600, date: null }]],
  ['uk', 'За словами Буданова, 2600 північнокорейських військових перекинуть до Курської області, де Україна почала наступ у серпні.', [{ value: 2600, date: null }]],
  ['fr', "3 000 soldats nord-coréens sont arrivés en Russie alors que l'Ukraine avançait en août.", [{ value: 3000, date: null }]],
  // A date of the figure's own clause, or framing the whole sentence, still applies.
  ['fr', 'En octobre, 3 000 soldats nord-coréens sont arrivés en Russie.', [{ value: 3000, date: '2024-10' }]],
  ['en', '1,500 North Korean soldiers and 500 officers arrived in October.', [{ value: 1500, date: '2024-10' }, { value: 500, scope: 'officers', date: '2024-10' }]],
  ['fr', 'Pyongyang avait promis environ 10 000 soldats nord-coréens dont le déploiement devrait être achevé en décembre.', [{ value: 10000, date: null, period: 'by 2024-12' }]],
  // A deadline or a planned-scope word binds to the figure of its own clause.
  ['fr', "Selon Séoul, 3 000 soldats nord-coréens se trouvent déjà en Russie et 7 000 devraient y être envoyés d'ici décembre.", [
    { value: 3000, scope: 'total', period: null }, { value: 7000, scope: 'planned', period: 'by 2024-12' },
  ]],
  ['en', 'Some 3,000 North Korean troops are there and their number would soon reach 12,000, officials said.', [{ value: 3000, scope: 'total' }, { value: 12000, scope: 'planned' }]],
  ['fr', 'Environ 3 000 soldats nord-coréens sont sur place et leur nombre devrait bientôt atteindre 12 000.', [{ value: 3000, scope: 'total' }, { value: 12000, scope: 'planned' }]],
  ['de', 'Rund 3.000 nordkoreanische Soldaten sind vor Ort und ihre Zahl soll bald 12.000 erreichen.', [{ value: 3000, scope: 'total' }, { value: 12000, scope: 'planned' }]],
  ['es', 'Unos 3.000 soldados norcoreanos ya están allí y su número pronto llegará a 12.000.', [{ value: 3000, scope: 'total' }, { value: 12000, scope: 'planned' }]],
  ['ru', 'Около 3 тысяч северокорейских военных уже там, а их число вскоре достигнет 12 тысяч.', [{ value: 3000, scope: 'total' }, { value: 12000, scope: 'planned' }]],
  ['uk', 'Близько 3 тисяч північнокорейських військових уже там, а їхня кількість незабаром досягне 12 тисяч.', [{ value: 3000, scope: 'total' }, { value: 12000, scope: 'planned' }]],
  // A month after a future verb is the coming one: a deadline.
  ['fr', '3 000 soldats nord-coréens seront déployés en décembre.', [{ value: 3000, date: null, period: 'by 2024-12' }]],
  ['en', '3,000 North Korean soldiers will be deployed in December.', [{ value: 3000, date: null, period: 'by 2024-12' }]],
  ['de', '3.000 nordkoreanische Soldaten sollen im Dezember verlegt werden.', [{ value: 3000, date: null, period: 'by 2024-12' }]],
  ['ru', '3 тысячи северокорейских военных будут отправлены в декабре.', [{ value: 3000, date: null, period: 'by 2024-12' }]],
  ['fr', "7 000 soldats nord-coréens devraient être envoyés dans le pays d'ici décembre.", [{ value: 7000, date: null, period: 'by 2024-12' }]],
  ['fr', '3 000 soldats nord-coréens ont été déployés en décembre.', [{ value: 3000, date: '2023-12', period: null }]],
];

describe('detectClaims binds dates, deadlines and scopes to their own clause', () => {
  it.each(CLAUSES)('%s: %s', (lang, sentence, expected) => {
    const claims = detectClaims(`Des soldats nord-coréens sont en Russie.\n${sentence}`, { lang, published: '2024-10-22' });
    expect(claims).toHaveLength(expected.length);
    expected.forEach((e, i) => expect(claims[i]).toMatchObject(e));
  });
});

/** A deadline or a plan belongs to the figure of its own clause: another clause's plan does not make a count planned. */
const DEADLINES: Array<[Lang, string, Expected[]]> = [
  // A present count, then a clause with a plan of its own: the count stays a total, without the deadline.
  ['fr', "Près de 11 000 soldats nord-coréens sont en Russie, et Pyongyang pourrait en envoyer davantage d'ici le 1er novembre.", [{ value: 11000, scope: 'total', period: null }]],
  ['fr', "Près de 11 000 soldats nord-coréens sont en Russie et Pyongyang pourrait en envoyer davantage d'ici le 1er novembre.", [{ value: 11000, scope: 'total', period: null }]],
  ['fr', "Il a affirmé que près de 11 000 soldats nord-coréens étaient en Russie et qu'ils seraient prêts à combattre d'ici le 1er novembre.", [{ value: 11000, scope: 'total', period: null }]],
  ['en', 'About 11,000 North Korean troops are now in Russia, and more will follow by December, the NIS said.', [{ value: 11000, scope: 'total', period: null }]],
  ['en', 'About 11,000 North Korean troops are now in Russia and more are expected by December.', [{ value: 11000, scope: 'total', period: null }]],
  ['de', 'Rund 11.000 nordkoreanische Soldaten sind bereits in Russland, und bis Dezember sollen weitere folgen.', [{ value: 11000, scope: 'total', period: null }]],
  ['de', 'Rund 11.000 nordkoreanische Soldaten sind bereits in Russland und Pjöngjang könnte bis Dezember weitere schicken.', [{ value: 11000, scope: 'total', period: null }]],
  ['es', 'Unos 11.000 soldados norcoreanos están ya en Rusia, y Pyongyang podría enviar más para diciembre, según el NIS.', [{ value: 11000, scope: 'total', period: null }]],
  ['es', 'Unos 11.000 soldados norcoreanos están en Rusia y Pyongyang enviará más para diciembre.', [{ value: 11000, scope: 'total', period: null }]],
  ['ru', 'Около 11 тысяч северокорейских военных уже находятся в России, и к декабрю Пхеньян может отправить ещё.', [{ value: 11000, scope: 'total', period: null }]],
  ['uk', 'Близько 11 тисяч військових КНДР уже в Росії, і до грудня Пхеньян може відправити ще.', [{ value: 11000, scope: 'total', period: null }]],
  // A deadline after a later figure, or after the conjunction before it, is that figure's.
  ['fr', "La Corée du Nord a déjà envoyé environ 3 000 soldats en Russie et devrait porter ce contingent à 10 000 hommes d'ici décembre.", [
    { value: 3000, scope: 'total', period: null }, { value: 10000, scope: 'planned', period: 'by 2024-12' },
  ]],
  ['en', 'NIS: about 3,000 North Korean troops in Russia, about 10,000 by December.', [
    { value: 3000, scope: 'total', period: null }, { value: 10000, scope: 'planned', period: 'by 2024-12' },
  ]],
  ['de', '3.000 nordkoreanische Soldaten sind in Russland, bis Dezember sollen es 10.000 werden.', [
    { value: 3000, scope: 'total', period: null }, { value: 10000, scope: 'planned', period: 'by 2024-12' },
  ]],
  ['es', 'Unos 3.000 soldados norcoreanos ya están en Rusia y para diciembre serán 10.000.', [
    { value: 3000, scope: 'total', period: null }, { value: 10000, scope: 'planned', period: 'by 2024-12' },
  ]],
  // A deadline or plan of the figure's own clause still makes it planned, with its period.
  ['fr', "Environ 10 000 soldats nord-coréens d'ici décembre, selon le NIS.", [{ value: 10000, scope: 'planned', period: 'by 2024-12' }]],
  ['fr', "Selon le NIS, 10 000 soldats nord-coréens seront acheminés et déployés en Russie d'ici décembre.", [{ value: 10000, scope: 'planned', period: 'by 2024-12' }]],
  ['fr', "Pyongyang enverra 10 000 soldats nord-coréens en Russie et en Biélorussie d'ici décembre.", [{ value: 10000, scope: 'planned', period: 'by 2024-12' }]],
  ['fr', "Pyongyang prévoit d'envoyer 10 000 soldats nord-coréens, dont 3 000 membres des forces spéciales, d'ici décembre.", [
    { value: 10000, scope: 'planned', period: 'by 2024-12' }, { value: 3000, scope: 'special_forces', period: 'by 2024-12' },
  ]],
  ['en', 'North Korea: 10,000 troops by December', [{ value: 10000, scope: 'planned', period: 'by 2024-12' }]],
  ['en', 'Pyongyang plans to send 10,000 troops to Russia by December, the NIS said.', [{ value: 10000, scope: 'planned', period: 'by 2024-12' }]],
  ['en', 'According to the NIS, 10,000 North Korean troops will be shipped and deployed by December.', [{ value: 10000, scope: 'planned', period: 'by 2024-12' }]],
  ['en', 'North Korea will send 10,000 troops and 500 officers by December.', [
    { value: 10000, scope: 'planned', period: 'by 2024-12' }, { value: 500, scope: 'officers', period: 'by 2024-12' },
  ]],
  ['de', 'Nordkorea soll bis Dezember 10.000 Soldaten nach Russland schicken.', [{ value: 10000, scope: 'planned', period: 'by 2024-12' }]],
  ['de', 'Laut NIS sollen 10.000 nordkoreanische Soldaten verschifft und bis Dezember verlegt werden.', [{ value: 10000, scope: 'planned', period: 'by 2024-12' }]],
  ['es', 'Corea del Norte enviará 10.000 soldados a Rusia para diciembre, según el NIS.', [{ value: 10000, scope: 'planned', period: 'by 2024-12' }]],
  ['es', 'Según el NIS, 10.000 soldados norcoreanos serán trasladados y desplegados para diciembre.', [{ value: 10000, scope: 'planned', period: 'by 2024-12' }]],
  ['ru', 'КНДР направит 10 тысяч военных в Россию к декабрю, сообщила разведка Южной Кореи.', [{ value: 10000, scope: 'planned', period: 'by 2024-12' }]],
  ['ru', 'По данным разведки, 10 тысяч северокорейских военных будут переброшены в Россию и размещены там к декабрю.', [{ value: 10000, scope: 'planned', period: 'by 2024-12' }]],
  ['uk', 'До грудня КНДР відправить до Росії 10 тисяч військових.', [{ value: 10000, scope: 'planned', period: 'by 2024-12' }]],
];

describe('detectClaims keeps another clause’s deadline off a figure', () => {
  it.each(DEADLINES)('%s: %s', (lang, sentence, expected) => {
    const claims = detectClaims(`Des soldats nord-coréens sont en Russie.\n${sentence}`, { lang, published: '2024-10-22' });
    expect(claims).toHaveLength(expected.length);
    expected.forEach((e, i) => expect(claims[i]).toMatchObject(e));
  });
});

/** Who the page credits: the sentence's source, else the paragraph's; never a party for its own deeds. */
const SOURCES: Array<[Lang, string, number, string | null]> = [
  // North Korea or Russia doing something is not a source; a saying verb or a source preposition is.
  ['fr', "Le NIS a parlé. Pyongyang a décidé d'envoyer 12 000 soldats nord-coréens en Russie.", 12000, null],
  ['fr', "Des soldats nord-coréens sont en Russie. Pyongyang prévoit d'envoyer 12 000 soldats en Russie.", 12000, null],
  ['en', 'North Korean troops are in Russia. Moscow has received 3,000 North Korean soldiers, who were found in Kursk.', 3000, null],
  ['fr', 'Selon le NIS, Pyongyang a envoyé 12 000 soldats nord-coréens en Russie.', 12000, 'nis'],
  ['en', 'North Korean troops: 3,000 soldiers are in Russia, KCNA said.', 3000, 'north-korea'],
  ['en', 'North Korean troops: according to KCNA, 3,000 soldiers are in Russia.', 3000, 'north-korea'],
  // The Joint Chiefs under their names in several languages; an unknown source is not the previous sentence's.
  ['de', 'Selenskyj sprach von Nordkorea. Nach Angaben von Südkoreas Generalstab sind 3.000 nordkoreanische Soldaten in Russland.', 3000, 'jcs'],
  ['de', 'Selenskyj sprach von Nordkorea. Nach Angaben von Militärkreisen sind 3.000 nordkoreanische Soldaten in Russland.', 3000, null],
  ['fr', 'Le état-major sud-coréen a estimé que 3 000 soldats nord-coréens sont en Russie.', 3000, 'jcs'],
  ['en', "South Korea's Joint Chiefs of Staff said 3,000 North Korean soldiers are in Russia.", 3000, 'jcs'],
  ['ko', '합참은 북한군 3천 명이 러시아에 있다고 밝혔다.', 3000, 'jcs'],
  // An outlet is the source only when the sentence credits no one else.
  ['en', "North Korean troops in Russia. Ukraine's estimate, reported by AP, is about 14,000 North Korean soldiers.", 14000, 'ukraine'],
  ['en', 'North Korean troops in Russia. According to AP, 14,000 North Korean soldiers are there.', 14000, 'associated-press'],
  ['ru', 'Солдаты КНДР в России. По данным AP, 14 тысяч северокорейских военных находятся там.', 14000, 'associated-press'],
  ['fr', 'Soldats nord-coréens en Russie. Selon Politico, qui cite le Pentagone, 14 000 soldats nord-coréens sont là.', 14000, 'pentagon'],
  ['en', 'The AP reporter left. North Korean troops: 14,000 soldiers, the ap said.', 14000, null],
  // A subject in apposition before a comma; an inverted verb's subject after it; a pronoun or an institution by its kind.
  ['fr', 'Le président ukrainien, Volodymyr Zelensky, a révélé que 10 000 soldats nord-coréens étaient prêts.', 10000, 'zelensky'],
  ['fr', 'Pyongyang a envoyé 12 000 soldats nord-coréens, a rapporté une agence sud-coréenne.', 12000, null],
  ['en', 'North Korean soldiers: 3,000 troops are in Russia, said Budanov.', 3000, 'gur'],
  ['en', 'The UK Ministry of Defence said the war goes on.\nOther news.\n"About 11,000 North Korean troops were deployed," the defence ministry said.', 11000, 'uk-mod'],
  ['fr', "Le JCS a parlé d'un tir de missile.\nAutre chose.\nLe service évoquait 300 soldats nord-coréens morts.", 300, null],
  // A source credited in the figure's own part of the sentence, between semicolons, or in a clause without a verb.
  ['es', 'Zelenski eleva a unas 4.000 las bajas de los norcoreanos; Washington las sitúa cerca de 1.200.', 4000, 'zelensky'],
  ['es', 'Zelenski eleva a unas 4.000 las bajas de los norcoreanos; Washington las sitúa cerca de 1.200.', 1200, 'us'],
  ['fr', 'Les estimations varient : l’Ukraine avance 4 000 pertes nord-coréennes, Séoul d’environ 1 100.', 1100, 'south-korea'],
];

describe('detectClaims credits the source, not the subject', () => {
  it.each(SOURCES)('%s: %s', (lang, text, value, actor) => {
    const claim = detectClaims(`Des soldats nord-coréens en Russie.\n${text}`, { lang, published: '2024-10-22' }).find((c) => c.value === value);
    expect(claim?.actor).toBe(actor);
  });
});

describe('German casualty phrases', () => {
  it.each([
    'Mehr als 3.000 nordkoreanische Soldaten wurden getötet oder verwundet.',
    'Nach Angaben des südkoreanischen Geheimdienstes sind mehr als 3.000 nordkoreanische Soldaten in Kursk getötet oder verwundet worden.',
    'Mehr als 3.000 nordkoreanische Soldaten wurden verwundet oder getötet.',
    'Nordkorea hat Verluste von über 3.000 Soldaten erlitten.',
    'Nordkoreas Armee hat mehr als 3.000 Verwundete und Getötete zu beklagen.',
  ])('%s', (sentence) => {
    const [claim] = detectClaims(`Nordkoreanische Soldaten in Russland.\n${sentence}`, { lang: 'de', published: '2025-01-15' });
    expect(claim).toMatchObject({ value: 3000, kind: 'casualties', qualifier: 'more_than' });
  });
});

/** Figures that only look like counts: codes, times, phone numbers, icons, ages, paired days and measures. */
const FURNITURE: Array<[string, Lang, string, number[]]> = [
  ['phone number', 'en', "Seoul says North Korea will send about 10,000 troops to Russia.\nReader services: 0330 100 0000", [10000]],
  ['phone number', 'de', "Nordkorea hat rund 10.000 Soldaten nach Russland geschickt.\nService-Hotline: 089 000 12 12 · Impressum", [10000]],
  ['time before GMT', 'en', "Seoul says 3,000 North Korean troops are in Russia.\n0415 GMT: more troops reached Kursk, Kyiv said.", [3000]],
  ['time before GMT', 'fr', "Selon Séoul, 3 000 soldats nord-coréens sont en Russie.\n1530 GMT : les soldats sont arrivés à Koursk.", [3000]],
  ['icon counter', 'ru', "В Курской области около 11 тысяч северокорейских военных\nАнна Петрова · 5 ноября 2025 · 👁 12 400", [11000]],
  ['icon counter', 'es', "Unos 11.000 soldados norcoreanos están en Rusia.\n🔥 1 250 · Compartir", [11000]],
  ['age in brackets', 'de', "Kim Jong Un (41) schickt weitere 3.000 Soldaten nach Russland, an die Seite von Wladimir Putin (72).", [3000]],
  ['age in brackets', 'en', "Kim Jong Un (41) sent 3,000 more soldiers to Vladimir Putin (72) in Russia.", [3000]],
  ['paired days', 'fr', "Les soldats nord-coréens ont combattu à Koursk les 14 et 15 décembre.", []],
  ['paired days', 'ru', "Северокорейские военные воевали в Курской области с 8 по 13 октября.", []],
  ['paired days', 'es', "Los soldados norcoreanos combatieron en Kursk del 8 al 13 de octubre.", []],
  ['paired ages', 'en', "North Korean soldiers, drafted at 17 or 18 years, fight in Kursk.", []],
  ['paired ages', 'fr', "Les 11 000 conscrits nord-coréens, incorporés vers 17 ou 18 ans, combattent en Russie.", [11000]],
  ['part of a whole that is not counted', 'en', "Kyiv puts the number of North Korean troops sent at around 14,000.\nThe ruling party won 169 of 343 seats.", [14000]],
  ['part of a whole that is not counted', 'fr', "Selon Kiev, 14 000 soldats nord-coréens ont été envoyés. Le parti a remporté 120 des 577 sièges.", [14000]],
  ['part of a whole that is not counted', 'de', "Laut Kiew wurden 14.000 nordkoreanische Soldaten entsandt. Die Partei gewann 120 von 630 Sitzen.", [14000]],
  ['readers counted as people', 'ru', "Северокорейские военные в России.\nПодписывайтесь на наш канал — нас читают более 120 тыс. человек.", []],
  ['readers counted as people', 'uk', "Північнокорейські військові в Росії.\nПідписуйтесь на наш канал — нас читають понад 120 тис. людей.", []],
  ['losses of Russian soldiers joined to another noun', 'uk', "КНДР у Росії.\nГенштаб ЗСУ повідомляє про понад тисячу вбитих і поранених російських військових за добу.", []],
  ['losses of Russian soldiers joined to another noun', 'en', "North Korea in Russia.\nKyiv reports 1,200 killed and wounded Russian soldiers.", []],
  ['a month range', 'ko', "북한군 부상병이 지난 1∼3월 북한으로 송환됐다.", []],
];

describe('figures that only look like counts', () => {
  it.each(FURNITURE)('%s (%s): %s', (_class, lang, text, values) => {
    expect(detectClaims(text, { lang, published: '2025-05-01' }).map((c) => c.value)).toEqual(values);
  });
});

/** Figures of other news on a page about the deployment: only North Korea's own block makes them its. */
const OTHER_NEWS: Array<[string, Lang, string, number[]]> = [
  ['goods in another block', 'de', "Nordkorea hat 12.000 Soldaten nach Russland geschickt.\nHamburger Hafen: 7,8 Millionen Standardcontainer im Jahr 2024", [12000]],
  ['goods in another block', 'en', "North Korea has sent 12,000 troops to Russia.\nRotterdam: 14,000 containers handled last week", [12000]],
  ['millions never count people', 'es', "Corea del Norte envió 12.000 soldados a Rusia.\nUnos 1,2 millones se quedaron sin luz", [12000]],
  ['millions never count people', 'fr', "La Corée du Nord a envoyé 12 000 soldats en Russie.\nQuelque 2,5 millions ont voté dimanche", [12000]],
];

describe('other news on the page', () => {
  it.each(OTHER_NEWS)('%s (%s): %s', (_class, lang, text, values) => {
    expect(detectClaims(text, { lang, published: '2025-05-01' }).map((c) => c.value)).toEqual(values);
  });
});

/** Constructions that name what is counted in a roundabout way, or restate a figure of the paragraph below. */
const ROUNDABOUT: Array<[string, Lang, string, Expected[]]> = [
  ['a place after the noun', 'en', "Zelensky said there were already 3,000 North Korean soldiers on Russian territory.", [{ value: 3000, kind: 'troops' }]],
  ['a place after the noun', 'en', "North Korea has 11,000 troops on Russian soil, Seoul says.", [{ value: 11000, kind: 'troops' }]],
  ['a place after the noun', 'ru', "КНДР держит 11 тысяч солдат на российской территории, сообщил Сеул.", [{ value: 11000, kind: 'troops' }]],
  ['a place after the noun', 'de', "Laut AP kämpften 10.000 bis 12.000 Nordkoreaner auf russischer Seite.", [{ value: 10000, max: 12000, qualifier: 'range', kind: 'troops' }]],
  ['an abbreviated scale', 'ru', "Сейчас в Курской области около 11 тыс. военнослужащих КНДР.", [{ value: 11000, kind: 'troops' }]],
  ['an abbreviated scale', 'uk', "Зараз у Курській області близько 11 тис. військових КНДР.", [{ value: 11000, kind: 'troops' }]],
  ['an abbreviated scale', 'ru', "Потери КНДР оцениваются в 6 тысяч человек.\nВ Курской области остаются около 11 тыс. военнослужащих КНДР.", [{ value: 6000 }, { value: 11000, kind: 'troops' }]],
  ['the pronoun for a noun', 'fr', "Le NIS chiffre à 12 000 le nombre de soldats nord-coréens envoyés, et à 3 000 celui des blessés.", [{ value: 12000, kind: 'troops' }, { value: 3000, kind: 'wounded' }]],
  ['the pronoun for a noun', 'fr', "Kiev évalue à 600 le nombre de morts nord-coréens et à 4 000 celui des pertes.", [{ value: 600, kind: 'killed' }, { value: 4000, kind: 'casualties' }]],
  ['an elided noun before a deadline', 'fr', "Selon Séoul, 3 000 soldats nord-coréens sont en Russie et une vingtaine de milliers attendus d'ici l'été.", [{ value: 3000 }, { value: 20000, kind: 'troops', scope: 'planned' }]],
  ['an elided noun before a deadline', 'fr', "Séoul pense que Pyongyang enverra 3 000 soldats, puis une dizaine de milliers d'ici décembre.", [{ value: 3000 }, { value: 10000, kind: 'troops', scope: 'planned' }]],
  ['a measure between the figure and its verb', 'de', "Pjöngjang räumte ein, dass zwölf Soldaten bei einem 90-tägigen Einsatz in Kursk getötet wurden.", [{ value: 12, kind: 'killed' }]],
  ['a measure between the figure and its verb', 'en', "Pyongyang said 9 soldiers died during a 120-day demining mission in Kursk.", [{ value: 9, kind: 'killed' }]],
  ['a heading restating the paragraph', 'ru', "Около 10 тысяч на границе\nОколо 10 000 военных КНДР несут службу на границе, сообщила разведка Южной Кореи.", [
    { value: 10000, kind: 'troops', text: 'Около 10 тысяч' }, { value: 10000, kind: 'troops' },
  ]],
  ['a heading restating the paragraph', 'en', "Zelensky: 3,000 now\nZelensky said 3,000 North Korean soldiers were already in Russia.", [
    { value: 3000, kind: 'troops', actor: 'zelensky', text: '3,000' }, { value: 3000, kind: 'troops' },
  ]],
  ['a heading restating the paragraph', 'fr', "Koursk : 11 000 au front\nSelon Séoul, 11 000 soldats nord-coréens sont déployés à Koursk.", [
    { value: 11000, kind: 'troops', text: '11 000' }, { value: 11000, kind: 'troops' },
  ]],
  ['a heading with another figure below', 'fr', "Chiffres clés : 500\nSelon Séoul, 11 000 soldats nord-coréens sont en Russie.", [{ value: 11000 }]],
];

describe('roundabout constructions', () => {
  it.each(ROUNDABOUT)('%s (%s): %s', (_class, lang, text, expected) => {
    const found = detectClaims(text, { lang, published: '2025-05-01' });
    expect(found).toHaveLength(expected.length);
    expected.forEach((e, i) => {
      const { text: surface, ...rest } = e;
      if (surface !== undefined) expect(found[i]!.text.startsWith(surface)).toBe(true);
      expect(pick(found[i]!, Object.keys(rest) as Array<keyof Expected>)).toEqual(rest);
    });
  });
});

/** Ukraine's daily tallies of Russia's losses: a list of soldiers and arms, or a heading of Russian or enemy losses. */
const LOSS_TALLIES: Array<[string, Lang, string]> = [
  ['list of soldiers and arms', 'ru', "КНДР отправила войска в Россию.\nЗа сутки, по данным Генштаба ВСУ, Россия потеряла 1 150 военнослужащих, 4 танка и 32 артиллерийские системы."],
  ['list of soldiers and arms', 'ru', "КНДР отправила войска в Россию. За последние сутки противник потерял 1 150 военнослужащих, 4 танка и 32 артиллерийские системы."],
  ['list of soldiers and arms', 'en', "North Korean troops are fighting in Kursk. Over the past day Russia lost 1,230 troops, 5 tanks and 27 artillery systems, Kyiv said."],
  ['list of soldiers and arms', 'de', "Nordkoreanische Soldaten kämpfen in Kursk. Binnen eines Tages wurden laut Kiew 1.200 Soldaten, 4 Panzer und 30 Artilleriesysteme der Angreifer ausgeschaltet."],
  ['list of soldiers and arms', 'es', "Soldados norcoreanos combaten en Kursk. En un día, según Kiev, fueron neutralizados 1.200 soldados, 4 tanques y 30 sistemas de artillería."],
  ['heading of foreign losses', 'fr', "Des soldats nord-coréens combattent à Koursk. Selon l'état-major ukrainien, les pertes russes s'élèvent sur la journée à 1 100 soldats."],
  ['heading of foreign losses', 'uk', "Північнокорейські військові в Курській області. Втрати ворога за добу: 1 160 військових, 6 танків, 35 артилерійських систем."],
  ['heading of foreign losses', 'en', "North Korean troops are fighting in Kursk.\nRussian losses over the past day\n1,230 troops, 5 tanks, 27 artillery systems"],
  ['Russia lost, in Cyrillic', 'ru', "КНДР отправила войска в Россию.\nРоссия потеряла за сутки 1 200 военнослужащих."],
  ['Russia lost, in Cyrillic', 'uk', "КНДР відправила війська до Росії.\nРосія втратила за добу 1 200 військових."],
];

describe("tallies of Russia's losses are not North Korea's", () => {
  it.each(LOSS_TALLIES)('%s (%s): %s', (_class, lang, text) => {
    expect(detectClaims(text, { lang, published: '2025-05-01' }).map((c) => c.text)).toEqual([]);
  });
});

/** Constructions of the same kind that stay claims: North Korea named in the list, or its own losses. */
const NOT_TALLIES: Array<[string, Lang, string, Expected[]]> = [
  ['North Korea supplies the list', 'en', "North Korea has sent 11,000 troops and 100 artillery systems to Russia, Seoul says.", [
    { value: 11000, kind: 'troops' }, { value: 100, kind: 'materiel' },
  ]],
  ['North Korea supplies the goods', 'en', "North Korea has sent 11,000 troops to Russia. Moscow received over a million artillery shells from Pyongyang.", [
    { value: 11000 }, { value: 1000000, kind: 'materiel', qualifier: 'more_than' },
  ]],
  ['soldiers lost', 'de', "Nordkoreanische Truppen haben im Kampf gegen die Ukraine mehr als 6.000 Soldaten verloren.", [{ value: 6000, kind: 'casualties' }]],
  ['soldiers lost', 'en', "North Korea has lost more than 6,000 soldiers in Kursk, London says.", [{ value: 6000, kind: 'casualties' }]],
  ['soldiers lost', 'fr', "La Corée du Nord a perdu plus de 6 000 soldats à Koursk, selon Londres.", [{ value: 6000, kind: 'casualties' }]],
  ['soldiers lost', 'es', "Corea del Norte ha perdido más de 6.000 soldados en Kursk.", [{ value: 6000, kind: 'casualties' }]],
  ['lives lost stay deaths', 'en', "Some 800 North Korean soldiers have lost their lives in Kursk, Seoul says.", [{ value: 800, kind: 'killed' }]],
  ['losses noun', 'de', "Nordkorea hat laut britischem Geheimdienst mehr als 6000 Verluste erlitten.", [{ value: 6000, kind: 'casualties', qualifier: 'more_than' }]],
  ['losses noun', 'de', "Nordkorea hatte in Kursk Verluste von über 6.000 Soldaten, sagte London.", [{ value: 6000, kind: 'casualties', qualifier: 'more_than' }]],
  ['own dead admitted', 'ru', "Пхеньян, по данным НРС, признаёт гибель примерно 350 своих военных.", [{ value: 350, kind: 'killed', qualifier: 'approx' }]],
  ['own dead admitted', 'uk', "Пхеньян визнає загибель приблизно 350 своїх військових.", [{ value: 350, kind: 'killed', qualifier: 'approx' }]],
  ['own dead admitted', 'fr', "Pyongyang reconnaît la mort d'environ 350 de ses soldats.", [{ value: 350, kind: 'killed', qualifier: 'approx' }]],
  ['own dead admitted', 'es', "Pyongyang reconoce la muerte de unos 350 de sus soldados, según el NIS.", [{ value: 350, kind: 'killed', qualifier: 'approx' }]],
  ['own dead admitted', 'en', "Pyongyang now acknowledges the deaths of some 350 of its soldiers, the NIS says.", [{ value: 350, kind: 'killed', qualifier: 'approx' }]],
];

describe('losses and supplies that stay claims', () => {
  it.each(NOT_TALLIES)('%s (%s): %s', (_class, lang, text, expected) => {
    const found = detectClaims(text, { lang, published: '2025-05-01' });
    expect(found).toHaveLength(expected.length);
    expected.forEach((e, i) => expect(pick(found[i]!, Object.keys(e) as Array<keyof Expected>)).toEqual(e));
  });
});

/** "The number" alone stands for what the page's latest claim counted; a future modal makes it a plan. */
const THE_NUMBER: Array<[Lang, string, Expected[]]> = [
  ['en', "Zelensky said 3,000 North Korean soldiers were already in Russia, and that the number could soon reach 12,000.", [
    { value: 3000, kind: 'troops' }, { value: 12000, kind: 'troops', scope: 'planned' },
  ]],
  ['fr', "Selon Zelensky, 3 000 soldats nord-coréens sont déjà en Russie, et ce nombre pourrait bientôt atteindre 12 000.", [
    { value: 3000, kind: 'troops' }, { value: 12000, kind: 'troops', scope: 'planned' },
  ]],
  ['de', "Laut Selenskyj sind bereits 3.000 nordkoreanische Soldaten in Russland, und die Zahl könnte bald 12.000 erreichen.", [
    { value: 3000, kind: 'troops' }, { value: 12000, kind: 'troops', scope: 'planned' },
  ]],
  ['es', "Según Zelenski, ya hay 3.000 soldados norcoreanos en Rusia, y la cifra podría alcanzar pronto los 12.000.", [
    { value: 3000, kind: 'troops' }, { value: 12000, kind: 'troops', scope: 'planned' },
  ]],
  ['ru', "По словам Зеленского, в России уже 3 тысячи северокорейских военных, и вскоре их число может достичь 12 тысяч.", [
    { value: 3000, kind: 'troops' }, { value: 12000, kind: 'troops', scope: 'planned' },
  ]],
  ['en', "Pentagon: about 10,000 North Korean troops sent to Russia\nKyiv says number could soon reach 12,000\nNorth Korea has sent about 10,000 soldiers to Russia, the Pentagon said.", [
    { value: 10000 }, { value: 12000, kind: 'troops', scope: 'planned', actor: 'ukraine' }, { value: 10000, actor: 'pentagon' },
  ]],
];

describe('"the number" refers back to the latest claim', () => {
  it.each(THE_NUMBER)('%s: %s', (lang, text, expected) => {
    const found = detectClaims(text, { lang, published: '2024-10-28' });
    expect(found).toHaveLength(expected.length);
    expected.forEach((e, i) => expect(pick(found[i]!, Object.keys(e) as Array<keyof Expected>)).toEqual(e));
  });
});

/** Other news and page furniture on a page about the deployment. */
const AROUND_THE_ARTICLE: Array<[string, Lang, string, number[]]> = [
  ["another country's drones", 'fr', "La Corée du Nord a envoyé 11 000 soldats en Russie. L'Ukraine a fabriqué plus d'un million de drones l'an dernier.", [11000]],
  ["another country's drones", 'de', "Nordkorea hat 11.000 Soldaten nach Russland geschickt. Russland hat im vergangenen Jahr weit über eine Million Drohnen gebaut.", [11000]],
  ["another country's drones", 'en', "North Korea has sent 11,000 troops to Russia. Ukraine produced more than 2 million drones in 2024; the North Koreans learn from it.", [11000]],
  ['a toll of other news', 'es', "Soldados norcoreanos en Rusia.\nSeúl calcula que ya son 12.000.\nEl frente se mueve.\nHay lluvias.\nLo más leído\nEl número de muertos por las inundaciones asciende a 230", []],
  ['a toll of other news', 'en', "North Korean soldiers in Russia.\nSeoul counts 12,000 so far.\nThe front is moving.\nIt rains.\nMost read\nThe death toll from the floods has risen to 230", []],
  ['a toll told by its verb', 'en', "North Korean soldiers in Russia.\nSeoul counts 12,000 so far.\nThe front is moving.\nIt rains.\nMost read\nAround 1,000 had been killed by January, Kyiv said.", [1000]],
  ['comment count ending the byline', 'en', "By Jane Doe · Published 24 December 2024, 8:31am · 206 comments\nMore than 3,000 North Korean soldiers have been killed in Kursk.", [3000]],
  ['comment count ending the byline', 'fr', "Par Marie Dupont · Publié le 24 décembre 2024 · 206 commentaires\nPlus de 3 000 soldats nord-coréens ont été tués à Koursk.", [3000]],
  ['comment count ending the byline', 'de', "Von Anna Berg · 24. Dezember 2024 · 45 Kommentare\nMehr als 3.000 nordkoreanische Soldaten wurden in Kursk getötet.", [3000]],
  ['comment count on its own line', 'en', "North Korea in Russia.\nComments\n206", []],
];

/** A table row (cells joined by tabs) takes North Korea from the caption above the table, not from other news. */
const TABLE_ROWS: Array<[string, Lang, string, number[]]> = [
  ['a caption naming North Korea', 'fr', "Soldats en Russie.\nPertes nord-coréennes : les estimations\nDate\tSource\tChiffre\n16 déc.\tGUR\tau moins 30\ttués ou blessés", [30]],
  ['a caption naming North Korea', 'en', "Troops in Russia.\nNorth Korean losses compared\nDate\tSource\tFigure\nDec 16\tGUR\tat least 30\tkilled or wounded", [30]],
  ['a caption about other news', 'fr', "Soldats nord-coréens en Russie.\nAccidents de la route\nDate\tVille\tBilan\n16 déc.\tLille\t30\tblessés", []],
];

describe('table rows', () => {
  it.each(TABLE_ROWS)('%s (%s): %s', (_class, lang, text, values) => {
    expect(detectClaims(text, { lang, published: '2024-12-28' }).map((c) => c.value)).toEqual(values);
  });
});

type TableClaim = Pick<FoundClaim, 'value' | 'kind' | 'actor'>;

/**
 * Each table row is its own statement: a figure takes what it counts from its own cell, else a later cell of its row
 * that names it, else its column's header (or its row's label cell), and its source from a label cell of its row
 * (or its column's header), never from the row above.
 */
const TABLE_CELLS: Array<[string, Lang, string, TableClaim[]]> = [
  ['a cell after the figure names what it counts', 'en', "North Korean losses: who says what\nSource\tFigure\tWhat is counted\nSeoul's NIS, May\taround 700\tdead\nUK MoD, July\tmore than 7,000\tkilled or wounded", [
    { value: 700, kind: 'killed', actor: 'nis' }, { value: 7000, kind: 'casualties', actor: 'uk-mod' },
  ]],
  ['a cell after the figure names what it counts', 'de', 'Nordkoreas Verluste nach Quelle\nQuelle\tZahl\tWas gezählt wird\nNIS (Südkorea), Mai\tetwa 700\tTote\nBritisches Verteidigungsministerium, Juli\tmehr als 7.000\tTote und Verwundete', [
    { value: 700, kind: 'killed', actor: 'nis' }, { value: 7000, kind: 'casualties', actor: 'uk-mod' },
  ]],
  // The row above ends on a death; the figures below take their column's header, not that death.
  ['the column header, not the row above', 'en', 'North Korean troops in Russia, by source\nSource\tDate\tTroops\tCasualties\nNIS\tMay 2025\t14,000 overall\t5,000 incl. 900 dead\nUK MoD\tJuly 2025\t~12,000 at first\t7,000+', [
    { value: 14000, kind: 'troops', actor: 'nis' }, { value: 5000, kind: 'casualties', actor: 'nis' }, { value: 900, kind: 'killed', actor: 'nis' },
    { value: 12000, kind: 'troops', actor: 'uk-mod' }, { value: 7000, kind: 'casualties', actor: 'uk-mod' },
  ]],
  ['the column header', 'fr', 'Pertes nord-coréennes selon les sources\nSource\tDate\tMorts\tBlessés\nNIS\tmai\t700\t2 500\nGUR\tjuin\tenviron 1 200\t3 800', [
    { value: 700, kind: 'killed', actor: 'nis' }, { value: 2500, kind: 'wounded', actor: 'nis' },
    { value: 1200, kind: 'killed', actor: 'gur' }, { value: 3800, kind: 'wounded', actor: 'gur' },
  ]],
  ['the column header', 'ru', 'Потери КНДР по данным разных источников\nИсточник\tПогибшие\tРаненые\nНСР Южной Кореи\tоколо 700\t2500\nГУР\t1200\t3800', [
    { value: 700, kind: 'killed', actor: 'nis' }, { value: 2500, kind: 'wounded', actor: 'nis' },
    { value: 1200, kind: 'killed', actor: 'gur' }, { value: 3800, kind: 'wounded', actor: 'gur' },
  ]],
  ['the column header', 'uk', 'Втрати КНДР за джерелами\nДжерело\tВтрати\nГУР\tпонад 5 тисяч', [{ value: 5000, kind: 'casualties', actor: 'gur' }]],
  ['the column header', 'es', 'Tropas norcoreanas en Rusia según cada fuente\nFuente\tSoldados\tFecha\nPentágono\t11.500\tnoviembre', [{ value: 11500, kind: 'troops', actor: 'pentagon' }]],
  ['the column header over people counted', 'ko', '북한군 사상자 추정\n출처\t사망자\t부상자\n국정원\t약 700명\t약 2천500명', [
    { value: 700, kind: 'killed', actor: 'nis' }, { value: 2500, kind: 'wounded', actor: 'nis' },
  ]],
  ['a header row and a label column', 'de', 'Nordkoreanische Soldaten in Russland\nQuelle\tSoldaten\tVerluste\nNIS\t14.000\t5.000\nKiew\t15.000\t6.000 Tote und Verwundete', [
    { value: 14000, kind: 'troops', actor: 'nis' }, { value: 5000, kind: 'casualties', actor: 'nis' },
    { value: 15000, kind: 'troops', actor: 'ukraine' }, { value: 6000, kind: 'casualties', actor: 'ukraine' },
  ]],
  // Sources in the header row, what is counted in the first column.
  ['the row label and the header source', 'en', 'North Korean losses compared\nWhat is counted\tNIS\tGUR\nKilled\t700\t1,200\nWounded\t2,500\t3,800', [
    { value: 700, kind: 'killed', actor: 'nis' }, { value: 1200, kind: 'killed', actor: 'gur' },
    { value: 2500, kind: 'wounded', actor: 'nis' }, { value: 3800, kind: 'wounded', actor: 'gur' },
  ]],
  ['figures added by "+" in a cell', 'de', 'Nordkoreas Einsatz in Russland nach Quelle\nQuelle\tZahl\tWas gezählt wird\nSergej Schoigu, Juni\t2.000 + 4.000\tMinenräumer und Bauarbeiter', [
    { value: 2000, kind: 'troops', actor: 'russia-security-council' }, { value: 4000, kind: 'troops', actor: 'russia-security-council' },
  ]],
  // Nothing in its row or column says what the second row's figure counts: it is no claim.
  ['nothing carried from the row above', 'en', 'North Korean troops and losses\nSource\tFigure\nNIS, May\t700 dead\nGUR, June\t1,200', [{ value: 700, kind: 'killed', actor: 'nis' }]],
  ['nothing carried from the row above', 'fr', 'Les soldats nord-coréens en Russie\nSource\tChiffre\nNIS, mai\t14 000 soldats\nGUR, juin\t15 000', [{ value: 14000, kind: 'troops', actor: 'nis' }]],
  // Nor does a row take the kind of the same figure in the row below, as a heading would.
  ['nothing taken from the row below', 'en', 'North Korean losses\nSource\tFigure\nGUR\t1,200\nNIS\t1,200 killed', [{ value: 1200, kind: 'killed', actor: 'nis' }]],
  ['no source carried from the row above', 'en', 'North Korean troops in Russia\nDate\tEstimate\nMay 2025\t14,000 troops, the NIS said\nJune 2025\t15,000 troops', [
    { value: 14000, kind: 'troops', actor: 'nis' }, { value: 15000, kind: 'troops', actor: null },
  ]],
  // Prose in a cell still reads on from sentence to sentence within its cell.
  ['sentences of one cell', 'fr', "Soldats nord-coréens en Russie\nRubrique\tArticle\nMonde\tSelon le NIS, 3 000 soldats nord-coréens sont en Russie. Ils seraient 10 000 d'ici décembre.", [
    { value: 3000, kind: 'troops', actor: 'nis' }, { value: 10000, kind: 'troops', actor: 'nis' },
  ]],
  // A place named in a label cell is no source: Pyongyang or Moscow only opening the cell.
  ['a place is no source', 'en', 'North Korean troops by region\nRegion\tTroops\nKursk (Russia)\t11,000', [{ value: 11000, kind: 'troops', actor: null }]],
  ['a party opening its cell is the source', 'en', 'North Korean losses in Russia by source\nSource\tFigure\nKCNA (North Korea)\t9 dead', [{ value: 9, kind: 'killed', actor: 'north-korea' }]],
];

describe('table cells', () => {
  it.each(TABLE_CELLS)('%s (%s): %s', (_class, lang, text, expected) => {
    const found = detectClaims(text, { lang, published: '2025-08-01' });
    expect(found.map((c) => ({ value: c.value, kind: c.kind, actor: c.actor }))).toEqual(expected);
  });

  it('dates a figure by its row, not by another figure’s cell', () => {
    const text = 'North Korean troops in Russia\nSource\tDate\tTroops\tCasualties\nJCS\tMar 2025\t3,000 troops sent in Jan\t~4,000 in 2024';
    expect(detectClaims(text, { lang: 'en', published: '2025-08-01' }).map((c) => [c.value, c.date])).toEqual([[3000, '2025-01'], [4000, '2025-03']]);
  });

  it('stays linear on tables: ten times the rows or cells cost about ten times as much', () => {
    // Many short rows, and a few rows of very many cells under as wide a header.
    const tall = (size: number) => {
      let s = 'Soldats nord-coréens en Russie\nSource\tChiffre\tMorts\n';
      for (let i = 0; s.length < size; i++) s += i % 7 === 0 ? `Note ${i}\n` : `NIS\t${1000 + (i % 900)} soldats\t${100 + (i % 800)}\t\t+ ${i % 90} 000\n`;
      return s;
    };
    const wide = (size: number) => {
      const cells = size / 40;
      return `Soldats nord-coréens en Russie\nSource\t${'Morts\tBlessés\t'.repeat(cells / 2)}\n${`NIS, mai\t${'700\t\t1 200 + 300\t'.repeat(cells / 3)}\n`.repeat(2)}`;
    };
    const time = (text: string) => {
      const runs = [1, 2, 3].map(() => {
        const t = performance.now();
        detectClaims(text, { lang: 'fr' });
        return performance.now() - t;
      });
      return runs.sort((a, b) => a - b)[1]!;
    };
    // Quadratic work would cost about 100 times more for ten times the input, linear work about 10 times.
    for (const [table, size] of [[tall, 30_000], [wide, 100_000]] as const) {
      const ratio = time(table(size * 10)) / Math.max(1, time(table(size)));
      expect(ratio).toBeLessThan(40);
    }
  }, 30_000);
});

describe('around the article', () => {
  it.each(AROUND_THE_ARTICLE)('%s (%s): %s', (_class, lang, text, values) => {
    expect(detectClaims(text, { lang, published: '2025-05-01' }).map((c) => c.value)).toEqual(values);
  });
});
