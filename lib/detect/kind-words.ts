import type { Lang } from '../claims/vocabulary';
import { perLang } from './lexicon';

/** Nouns for people under arms: what a troop figure counts. */
export const PERSONNEL = perLang({
  fr: `soldat* troupe* militaires combattant* homme hommes personnel* effectif* fantassin* recrue* conscrit* mercenaire*
    membre* instructeur* nord-coréen* nord-coreen* coréens personnes individus gardes garde-frontière* tireur* éclaireur*
    spécialiste* opérateur* pilote* artilleur* conseiller* renforts`,
  en: `soldier* troop* fighter* personnel servicem* men infantrym* recruit* conscript* mercenar* member* instructor* koreans
    people persons individuals guards sniper* specialist* operator* pilot* gunner* advisers advisors forces reinforcements`,
  de: `soldat* truppe* kämpfer* militärs mann streitkräfte* rekrut* söldner* angehörige* ausbilder* nordkoreaner* personen
    menschen soldaten kräfte spezialist* berater* infanterist*`,
  es: `soldado* tropa* militares combatiente* efectivo* hombres personal reclutas mercenario* miembros instructor* norcoreano*
    personas uniformados fuerzas especialista* asesor* refuerzos`,
  ru: `солдат* военн* боец бойц* военнослужащ* человек людей войск* наемник* наёмник* инструктор* северокорейц* пехот*
    специалист* советник* граждан*`,
  uk: `солдат* військов* боєць бійц* вояк* осіб особи людей наймана* найманц* інструктор* північнокорейц* піхот*
    спеціаліст* радник* військовослужбов* громадян*`,
  ko: `명 병력 군인 병사 장병 북한군 인원 용병`,
});

export const OFFICERS = perLang({
  fr: 'officier* général généraux gradés commandant*',
  en: 'officer* general generals commander*',
  de: 'offizier* general generäle generale kommandeur*',
  es: 'oficial* general generales comandante*',
  ru: 'офицер* генерал* командир*',
  uk: 'офіцер* генерал* командир*',
  ko: '장교 장성 장교들 지휘관',
});

export const ENGINEERS = perLang({
  fr: 'sapeur* démineur* ingénieur* génie bâtisseur* constructeur* ouvrier* travailleur*',
  en: 'sapper* deminer* engineer* builder* construction workers labourer* laborer*',
  de: 'pionier* minenräumer* bauarbeiter* bausoldat* ingenieur* arbeiter*',
  es: 'zapador* desminador* ingeniero* constructor* obrero* trabajador*',
  ru: 'сапер* сапёр* строител* инженер* сапёров* рабоч*',
  uk: 'сапер* будівельник* інженер* робітник*',
  ko: '공병 건설 인력 노동자 근로자',
});

export const SPECIAL_FORCES = perLang({
  fr: 'commando* spéciales spéciaux élite',
  en: 'commando* special elite',
  de: 'spezialkräfte* spezialeinheit* elite*',
  es: 'especiales élite comando*',
  ru: 'спецназ* элитн* специальн*',
  uk: 'спецназ* елітн* спеціальн*',
  ko: '특수부대 특수작전군 폭풍군단 특수',
});

/** Sizes of units: "deux brigades". */
export const UNITS = perLang({
  fr: 'brigade* bataillon* division* régiment* compagnie* unité* contingent*',
  en: 'brigade* battalion* division* regiment* compan* unit* contingent*',
  de: 'brigade* bataillon* division* regiment* kompanie* einheit* kontingent*',
  es: 'brigada* batallón batallones división divisiones regimiento* compañía* unidad* contingente*',
  ru: 'бригад* батальон* дивизи* полк* рот* подразделени* контингент*',
  uk: 'бригад* батальйон* дивізі* полк* рот* підрозділ* контингент*',
  ko: '여단 대대 사단 연대 부대',
});

/** Killed and wounded together. */
export const CASUALTIES = perLang({
  fr: 'pertes perte victimes',
  en: 'casualties casualty losses',
  de: 'verluste* opfer',
  es: 'bajas pérdidas víctimas',
  ru: 'потер* жертв*',
  uk: 'втрат* жертв*',
  ko: '사상자 사상 손실 인명피해',
});

export const KILLED = perLang({
  fr: 'tués tué tuées morts mort mortes décès décédés péri trépassés abattus éliminés',
  en: 'killed dead deaths death died fatalities slain perished',
  de: 'getötet* tote toten tot gestorben gefallen* gefallene* starben umgekommen* ums getöteten',
  es: 'muertos muertas muerto muerte muertes fallecidos fallecieron murieron abatidos caídos mortales',
  ru: 'погиб* убит* убиты смерт* гибел* уничтожен* ликвидир*',
  uk: 'загин* загибл* вбит* убит* смерт* загибел* знищен* ліквід*',
  ko: '사망 사망자 전사 전사자 숨진 숨졌 죽었 죽은',
});

export const WOUNDED = perLang({
  fr: 'blessés blessé blessées blessures',
  en: 'wounded injured injuries injury hurt',
  de: 'verletzt* verwundet* verletzte* verwundete*',
  es: 'heridos heridas herido lesionados',
  ru: 'ранен* ранены раненых',
  uk: 'поранен* травмован*',
  ko: '부상 부상자 다친 다쳤',
});

export const MISSING = perLang({
  fr: 'disparus disparu disparues',
  en: 'missing',
  de: 'vermisst* vermisste*',
  es: 'desaparecidos desaparecido',
  ru: 'пропал* пропавш* безвест*',
  uk: 'зникл* безвіст*',
  ko: '실종 실종자',
});

export const CAPTURED = perLang({
  fr: 'capturés capturé capturées prisonniers prisonnier captifs',
  en: 'captured prisoners prisoner captive captives pows',
  de: 'gefangen* gefangene* gefangengenommen*',
  es: 'capturados capturado prisioneros prisionero',
  ru: 'плен* пленн* захвачен*',
  uk: 'полон* полонен* захоплен*',
  ko: '포로 생포',
});

export const DESERTED = perLang({
  fr: 'déserté désertion déserteurs désertés quitté enfuis fui',
  en: 'deserted deserters desertion fled defected',
  de: 'desertiert* deserteure* geflohen* geflüchtet*',
  es: 'desertaron desertores huyeron',
  ru: 'дезертир* сбежал* покинул*',
  uk: 'дезертир* втекл* покинул*',
  ko: '탈영 탈주 탈영병',
});

export const CONTAINERS = perLang({
  fr: 'conteneur*',
  en: 'container*',
  de: 'container*',
  es: 'contenedor*',
  ru: 'контейнер*',
  uk: 'контейнер*',
  ko: '컨테이너',
});

export const SHELLS = perLang({
  fr: 'obus munition* cartouche* projectile*',
  en: 'shell* round* ammunition munition* projectile*',
  de: 'granate* geschoss* munition*',
  es: 'proyectil* obús obuses munición municiones',
  ru: 'снаряд* боеприпас* патрон*',
  uk: 'снаряд* боєприпас* набо*',
  ko: '포탄 탄약',
});

export const MISSILES = perLang({
  fr: 'missile* roquette*',
  en: 'missile* rocket*',
  de: 'rakete* marschflugkörper*',
  es: 'misil* cohete*',
  ru: 'ракет*',
  uk: 'ракет*',
  ko: '미사일 로켓',
});

export const VEHICLES = perLang({
  fr: 'véhicule* char chars blindé* camion* engins',
  en: 'vehicle* tank tanks truck* armoured armored',
  de: 'fahrzeug* panzer* lkw lastwagen*',
  es: 'vehículo* tanque* camion* blindado*',
  ru: 'техник* машин* танк* бронетехник* грузовик*',
  uk: 'техні* машин* танк* бронетехні* вантажівк*',
  ko: '차량 전차 탱크 장갑차',
});

export const WEAPONS = perLang({
  fr: 'arme* canon* obusier* lance-roquette* lanceur* pièces systèmes mortier* drone* fusil* artillerie*',
  en: 'weapon* gun* howitzer* launcher* artillery systems mortar* drone* rifle*',
  de: 'waffe* geschütz* haubitze* werfer* mörser* drohne* gewehr* artillerie*',
  es: 'arma* cañón cañones obuses lanzador* sistemas morteros drones fusil* artillería*',
  ru: 'оружи* орудий орудия гаубиц* установ* миномет* дрон* беспилотник* систем* артиллер*',
  uk: 'зброї зброя гармат* гаубиц* установ* міномет* дрон* безпілотник* систем* артилер*',
  ko: '무기 자주포 방사포 곡사포 드론',
});

/** A missile test: its missile counts are not about the deployment. */
export const LAUNCH = perLang({
  fr: 'tiré tirés tir tirs lancé lancés lancement essai essais test tests',
  en: 'fired fire launched launch launches test tests tested test-fired',
  de: 'abgefeuert* gestartet* start test* abschuss*',
  es: 'lanzó lanzamiento disparó disparados prueba pruebas ensayo*',
  ru: 'запуск* запусти* выпусти* испыта*',
  uk: 'запуск* запусти* випусти* випробу*',
  ko: '발사 시험발사 시험',
});

/** Adjectives that make a figure about Russia's or Ukraine's own forces ("600 000 soldats russes"). */
export const FOREIGN_FORCES = perLang({
  fr: 'russe russes ukrainien ukrainiens ukrainienne ukrainiennes',
  en: 'russian russians ukrainian ukrainians',
  de: 'russisch* ukrainisch* russen ukrainer',
  es: 'ruso rusos rusa rusas ucraniano* ucraniana*',
  ru: 'российск* русск* украинск* россиян*',
  uk: 'російськ* українськ* росіян* україн*',
  ko: '러시아군 우크라이나군',
});

/** Words between a figure and its noun that do not change what is counted ("3 000 North Korean troops"). */
export const NOUN_MODIFIERS = perLang({
  fr: `nord-coréen* nord-coreen* coréen* de d' des ces autres supplémentaire* nouveaux nouvelles nouveau premiers
    premières derniers d'élite élite infanterie d'infanterie environ déjà ses leurs le la les l' nombre total celui celle ceux`,
  en: `north korean korean's korea's dprk kpa n of the these those additional more other new elite infantry regular extra
    further fresh combat active-duty special military its their`,
  de: `nordkoreanisch* koreanisch* weitere* zusätzlich* neue* neuen der von elite* reguläre* seiner ihrer seine ihre`,
  es: `norcoreano* norcoreana* coreano* de los las estos esos otros otras adicionales más nuevos élite el la número total sus`,
  ru: `северокорейск* корейск* из этих дополнительн* новых ещё еще элитн* кадров* единиц* своих свои своего`,
  uk: `північнокорейськ* корейськ* з із цих додатков* нових ще елітн* кадров* одиниц* своїх свої свого`,
  ko: `북한 북한군 추가`,
});

/** Words that often follow a figure whose noun is left out: verbs, auxiliaries, prepositions, adverbs. */
export const ELISION_FOLLOWERS = perLang({
  fr: `sont ont seront seraient serait sera avaient étaient auraient devraient pourraient doivent vont se s' y en ont-ils
    déjà dans à au aux par pour sur d'ici ici selon et ou mais qui que dont sont-ils ce cette en autres
    seulement environ fin depuis lors avant après parmi contre entre vers se trouvent du plus pendant durant lorsque quand
    alors tandis tous toutes hier aujourd'hui lundi mardi mercredi jeudi vendredi samedi dimanche selon soit jusqu'à
    jusqu' sous sans chez outre afin comme présents présentes bientôt désormais actuellement`,
  en: `have has had are were is was will would could may might should to more of in at by from who that which and or but
    as been reportedly already now being so far since for on into with this last until toward towards this year after
    before during while when since against among including across over under near about within without through
    per each alone total yesterday today monday tuesday wednesday thursday friday saturday sunday according last there
    soon currently altogether present`,
  de: `sind seien haben hätten werden würden wurden sollen sollten befinden halten waren seit in nach aus von bis im am
    an auf und oder aber bereits schon sollen insgesamt mehr nach während wenn als seit gegen unter über bei mit ohne
    laut gestern heute zufolge bald jetzt derzeit inzwischen nun`,
  es: `han fueron son serán serían habrían estarían están llegaron en a de desde hasta y o pero que ya más por para con
    tras durante cuando mientras según contra entre sobre sin ayer hoy ante bajo pronto ahora actualmente presentes`,
  ru: `в на из и по до уже были будут было является к с у за для еще ещё более после во время когда против среди
    при через под над около согласно вчера сегодня а но или что скоро сейчас теперь`,
  uk: `в у на з і й та по до вже були будуть було є к із за для ще більше після під час коли проти серед при через
    над біля згідно вчора сьогодні а але або що незабаром зараз тепер наразі`,
  ko: ``,
});

/** The planned-scope cues that open a deadline ("by December", "d'ici décembre", "к декабрю") rather than name a plan. */
export const DEADLINE_OPENERS = perLang({ fr: "d'ici ici", en: 'by', de: 'bis', es: 'para', ru: 'к', uk: 'до', ko: '까지' });

/** Scope cues in the clause around a figure. */
export const SCOPE_CUES = {
  planned: perLang({
    fr: `d'ici ici prévu* prévoit prévoyait devrai* devraient devrait sera seront attendu* envisag* projet* compte envoyer décidé
      pourrai* bientôt`,
    en: `by expected expect* will plan* planned would intends* intend* to-be set decided could soon`,
    de: `bis geplant* soll* werden erwartet* voraussichtlich beschlossen könnte* bald`,
    es: `para previst* prevé planea* serán llegarán llegará alcanzará alcanzarán ascenderá esperan* decidió decidido podría* pronto`,
    ru: `к планиру* будут ожида* намерен* собира* достигнет достигнут составит вскоре решил решила решили может могут скоро`,
    uk: `до планує* плану* будуть очіку* має намір досягне досягнуть становитиме незабаром вирішив вирішила вирішили може можуть
      скоро`,
    ko: `까지 예정 계획 전망 예상`,
  }),
  batch: perLang({
    fr: 'autres supplémentaire* deuxième second seconde nouvelle nouveau vague renfort* troisième',
    en: 'more additional another further second third wave reinforcement* fresh',
    de: 'weitere* zusätzlich* zweite* dritte* welle verstärkung*',
    es: 'otros otras adicionales segundo segunda tercer* oleada refuerzo*',
    ru: 'ещё еще дополнительн* втор* трет* волн* подкреплен*',
    uk: 'ще додатков* друг* трет* хвил* підкріплен*',
    ko: '추가 2차 3차 추가로',
  }),
  kursk: perLang({
    fr: 'koursk kursk front',
    en: 'kursk front front-line frontline',
    de: 'kursk front',
    es: 'kursk frente',
    ru: 'курск* фронт*',
    uk: 'курськ* курщин* фронт*',
    ko: '쿠르스크 전선',
  }),
  training: perLang({
    fr: 'entraîn* entrain* formation formés formée* instruction',
    en: 'training train trained trains',
    de: 'ausbild* ausgebildet* trainiert* training*',
    es: 'entrenamiento* entrenan* entrenad* formación',
    ru: 'обучен* подготовк* тренир*',
    uk: 'навчан* підготовк* тренув*',
    ko: '훈련',
  }),
  remaining: perLang({
    fr: 'restent restant* demeurent toujours',
    en: 'remain* still',
    de: 'verbleib* verblieben* noch',
    es: 'permanecen quedan siguen',
    ru: 'остаются оставал* остав*',
    uk: 'залиша* лишаються',
    ko: '남아 잔류',
  }),
  returned: perLang({
    fr: 'rentrés retourn* rapatri* revenus',
    en: 'returned return* repatriat* withdrawn withdrew',
    de: 'zurückgekehrt* rückkehr* heimgekehrt*',
    es: 'regresaron regreso repatriad* retirad*',
    ru: 'вернул* возвращ* репатри*',
    uk: 'повернул* поверн* репатрі*',
    ko: '귀국 복귀 철수',
  }),
  period: perLang({
    fr: 'semaine journée jour week-end mois',
    en: 'week weekend day month alone',
    de: 'woche wochenende tag monat',
    es: 'semana fin día mes',
    ru: 'неделю неделе сутки день месяц',
    uk: 'тиждень тижня добу день місяць',
    ko: '지난주 주말 하루 한주',
  }),
} as const;

/**
 * Troops placed somewhere by now: a word for "already" before a preposition of place ("already in Russia", "déjà en
 * Russie", "уже находятся в России"), and the joiners after which a clause goes on to say what those present do
 * ("and are being trained", "où ils sont entraînés"): their training is where they are, not a count of its own.
 */
export const ALREADY_THERE = perLang({
  fr: 'déjà désormais actuellement',
  en: 'already now currently',
  de: 'bereits schon inzwischen mittlerweile',
  es: 'ya actualmente',
  ru: 'уже сейчас',
  uk: 'вже уже зараз наразі',
});
export const PLACE_OPENERS = perLang({
  fr: 'en dans sur au',
  en: 'in inside',
  de: 'in im',
  es: 'en',
  ru: 'в во на',
  uk: 'в у на',
});
export const GOES_ON = perLang({
  fr: 'et où',
  en: 'and where',
  de: 'und wo',
  es: 'y donde',
  ru: 'и где',
  uk: 'і й та де',
});

/** Each (distributive): "6 000 soldats chacune". */
export const EACH = perLang({
  fr: 'chacun chacune chaque',
  en: 'each apiece',
  de: 'jeweils je',
  es: 'cada',
  ru: 'каждая каждый каждой каждом',
  uk: 'кожна кожен кожній кожному',
  ko: '각각',
});

/** Pronouns for people after a figure: "8,000 of them", "10 000 d'entre eux", "из них". */
export const PEOPLE_PRONOUNS = perLang({
  fr: 'eux elles',
  en: 'them',
  de: 'ihnen',
  es: 'ellos ellas',
  ru: 'них',
  uk: 'них',
});

/** Nouns that count people without saying who they are: the clause around says what happened to them. */
export const GENERIC_PEOPLE = perLang({
  fr: 'personnes hommes individus',
  en: 'people persons men individuals',
  de: 'menschen personen mann',
  es: 'personas hombres individuos',
  ru: 'человек людей',
  uk: 'осіб людей чоловік',
  ko: '명',
});

/**
 * Verbs of losing: "a perdu 3 000 soldats", "6.000 Soldaten verloren". Soldiers lost are casualties (killed or
 * wounded), unless a phrase for dying ("lost their lives") says more. Russian and Ukrainian use the loss stems.
 */
export const LOST = perLang({
  fr: 'perdu perd perdent perdait',
  en: 'lost lose loses losing',
  de: 'verloren verlor verlieren verliert',
  es: 'perdió perdido perdieron pierde pierden',
});

/** "the number of", "le nombre de", "die Zahl der", "численность": the noun they govern is what a figure counts. */
export const NUMBER_OF = perLang({
  fr: 'nombre total effectif bilan chiffre',
  en: 'number total tally toll count figure',
  de: 'zahl anzahl gesamtzahl stärke',
  es: 'número cifra total',
  ru: 'численность численности число числа количество количества',
  uk: 'чисельність чисельності число кількість кількості',
  ko: '규모',
});

/** Participles of a deployment: a figure whose noun is left out but was "sent" or "deployed" counts troops. */
export const DEPLOYED = perLang({
  fr: 'envoy* déploy* arriv* stationn* engag* présent* achemin* transfér* dépêch* déjà',
  en: `sent deployed arrived arriving stationed dispatched shipped present moved relocated transferred transported coming
    reached training fighting already`,
  de: 'entsandt* geschickt* stationiert* eingetroffen* verlegt* angekommen* eingesetzt* bereits schon',
  es: 'enviad* desplegad* llegad* llegaron estacionad* presentes trasladad* ya',
  ru: 'направлен* отправлен* переброш* развернут* развёрнут* прибыл* прибыва* находятся находил*',
  uk: 'направлен* відправлен* перекину* розгорнут* прибул* прибува* перебува*',
  ko: '파병 도착 배치',
});

/** Mobilising or recruiting: a country's own call-up, never North Korea's deployment. */
export const MOBILISE = perLang({
  fr: 'mobiliser mobilisation mobilisés recruter recrutement',
  en: 'mobilise mobilize mobilised mobilized mobilisation mobilization conscript recruit',
  de: 'mobilisieren mobilisierung mobilisiert einberufen einberufung rekrutieren',
  es: 'movilizar movilización movilizados reclutar reclutamiento',
  ru: 'мобилизова* мобилизац* призва* призыв*',
  uk: 'мобілізува* мобілізац* призва* призов*',
  ko: '동원 징집',
});

/**
 * Multi-word names of an event: casualties ("hors de combat", "out of action", "выведены из строя") and deaths said
 * with an idiom ("y ont laissé la vie", "lost their lives", "perdieron la vida", "a vu mourir 4 700 de ses soldats",
 * "víctimas mortales", which is deaths although "víctimas" alone is casualties).
 */
export const EVENT_PHRASES: Record<Lang, ReadonlyArray<readonly ['casualties' | 'killed', readonly string[]]>> = {
  fr: [['casualties', ['hors', 'de', 'combat']], ['killed', ['laissé', 'la', 'vie']], ['killed', ['perdu', 'la', 'vie']], ['killed', ['trouvé', 'la', 'mort']], ['killed', ['vu', 'mourir']]],
  en: [['casualties', ['out', 'of', 'action']], ['killed', ['lost', 'their', 'lives']], ['killed', ['lost', 'their', 'life']]],
  de: [['casualties', ['außer', 'gefecht']], ['killed', ['leben', 'verloren']], ['killed', ['leben', 'gelassen']]],
  es: [['casualties', ['fuera', 'de', 'combate']], ['killed', ['perdieron', 'la', 'vida']], ['killed', ['perdido', 'la', 'vida']], ['killed', ['dejaron', 'la', 'vida']], ['killed', ['víctimas', 'mortales']]],
  ru: [['casualties', ['из', 'строя']], ['killed', ['лишились', 'жизни']]],
  uk: [['casualties', ['з', 'ладу']], ['killed', ['віддали', 'життя']]],
  ko: [],
};

/**
 * Relative pronouns opening a clause after a figure's noun that says what happened to those it counts ("neun
 * Soldaten gewürdigt, die ... ums Leben gekommen sind", "600 военных, которые погибли").
 */
export const RELATIVE_PRONOUNS = perLang({
  fr: 'qui lesquels lesquelles',
  en: 'who which',
  de: 'die der welche',
  es: 'que quienes',
  ru: 'которые которых кто',
  uk: 'які яких хто',
});

/**
 * A partitive opening the clause of a figure that a later figure of the sentence counts a part of ("De los 11.000
 * militares que Pyongyang envió habrían perdido la vida unos 600", "Of the 11,000 troops sent, 600 died", "Из 11
 * тысяч военных погибли около 600"): the deaths are the part's. Matched on the text from the clause start.
 */
export const WHOLE_OPENING: Record<Lang, RegExp | null> = {
  fr: /(?:^|[,;:]\s*)(?:(?:sur|parmi)\s+(?:les|ces|ses|leurs)|des|de ces|de ses|de leurs)\s+$/iu,
  en: /(?:^|[,;:]\s*)(?:of|out of)\s+(?:the\s+|those\s+|these\s+|its\s+|their\s+)?$/iu,
  de: /(?:^|[,;:]\s*)(?:von|unter)\s+(?:den|diesen|seinen|ihren)\s+$/iu,
  es: /(?:^|[,;:]\s*)(?:de|entre)\s+(?:los\s+|las\s+|esos\s+|esas\s+|estos\s+|estas\s+|sus\s+)$/iu,
  ru: /(?:^|[,;:]\s*)(?:из|среди)\s+$/iu,
  uk: /(?:^|[,;:]\s*)(?:з|із|серед)\s+$/iu,
  ko: null,
};

/**
 * A share taken of the figure that follows ("más de la mitad de los 11.000 militares", "half of the 11,000", "la
 * moitié des 11 000", "die Hälfte der 11.000", "половина из 11 тысяч"): what the predicate says of the share (killed,
 * wounded) is not said of the whole, which counts the troops.
 */
export const SHARE_OF: Record<Lang, RegExp | null> = {
  fr: /(?<![\p{L}])(?:moitié|tiers|quart|majorité|plupart|partie|part)\s+(?:des|de ces|d'entre les|d’entre les|parmi les)\s*$/iu,
  en: /(?<![\p{L}])(?:half|third|thirds|quarter|quarters|majority|most|part|share|portion|percent|per cent)\s+of\s+(?:the|these|those|its|their)?\s*$/iu,
  de: /(?<![\p{L}])(?:hälfte|drittel|viertel|mehrheit|großteil|teil|prozent)\s+(?:der|dieser|von den|seiner|ihrer)\s*$/iu,
  es: /(?<![\p{L}])(?:mitad|tercio|cuarto|mayoría|parte|por ciento)\s+de\s+(?:los|las|esos|esas|estos|estas|sus)\s*$/iu,
  ru: /(?<![\p{L}])(?:половин\p{L}*|трет\p{L}*|четверт\p{L}*|большинство|часть|процент\p{L}*)\s+(?:из\s+)?$/iu,
  uk: /(?<![\p{L}])(?:половин\p{L}*|третин\p{L}*|чверт\p{L}*|більшість|частин\p{L}*|відсот\p{L}*)\s+(?:з\s+|із\s+)?$/iu,
  ko: null,
};
