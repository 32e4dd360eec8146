/**
 * A general gazetteer: the world's countries by their Indonesian names (as Kemlu and the Indonesian
 * press write them), with common variant spellings. It holds all 193 UN member states, the two
 * observer states (Takhta Suci, Palestina) and Taiwan and Kosovo, whatever any article is about.
 * Lower case; one entry per country, its usual name first.
 */

/** Every country, as the lower-case names it goes by. */
export const COUNTRIES: readonly (readonly string[])[] = Object.freeze([
  // Africa (54)
  ["aljazair", "algeria"], ["angola"], ["benin"], ["botswana"], ["burkina faso"], ["burundi"],
  ["tanjung verde", "cabo verde", "kap verde"], ["kamerun"], ["republik afrika tengah"], ["chad", "cad"],
  ["komoro", "komoros"], ["kongo", "republik kongo"], ["republik demokratik kongo"], ["pantai gading"],
  ["jibuti", "djibouti"], ["mesir"], ["guinea khatulistiwa", "guinea ekuatorial"], ["eritrea"],
  ["eswatini", "swaziland"], ["etiopia", "ethiopia"], ["gabon"], ["gambia"], ["ghana"], ["guinea"],
  ["guinea-bissau", "guinea bissau"], ["kenya"], ["lesotho"], ["liberia"], ["libya", "libia"],
  ["madagaskar"], ["malawi"], ["mali"], ["mauritania"], ["mauritius"], ["maroko"], ["mozambik"],
  ["namibia"], ["niger"], ["nigeria"], ["rwanda", "ruanda"], ["sao tome dan principe"], ["senegal"],
  ["seychelles"], ["sierra leone"], ["somalia"], ["afrika selatan"], ["sudan selatan"], ["sudan"],
  ["tanzania"], ["togo"], ["tunisia"], ["uganda"], ["zambia"], ["zimbabwe"],
  // The Americas (35)
  ["antigua dan barbuda"], ["argentina"], ["bahama"], ["barbados"], ["belize"], ["bolivia"],
  ["brasil", "brazil"], ["kanada"], ["chili", "cile"], ["kolombia"], ["kosta rika"], ["kuba"],
  ["dominika"], ["republik dominika"], ["ekuador"], ["el salvador"], ["grenada"], ["guatemala"],
  ["guyana"], ["haiti"], ["honduras"], ["jamaika"], ["meksiko"], ["nikaragua"], ["panama"],
  ["paraguay"], ["peru"], ["saint kitts dan nevis"], ["saint lucia"], ["saint vincent dan grenadine"],
  ["suriname"], ["trinidad dan tobago"], ["amerika serikat", "amerika"], ["uruguay"], ["venezuela"],
  // Asia, with West Asia (47)
  ["afganistan", "afghanistan"], ["armenia"], ["azerbaijan"], ["bahrain"], ["bangladesh"], ["bhutan"],
  ["brunei darussalam", "brunei"], ["kamboja"], ["tiongkok", "china", "cina"], ["siprus"],
  ["korea utara"], ["georgia"], ["india"], ["indonesia"], ["iran"], ["irak"], ["israel"], ["jepang"],
  ["yordania"], ["kazakhstan", "kazakstan"], ["kuwait"], ["kirgizstan", "kirgistan", "kyrgyzstan"],
  ["laos"], ["lebanon", "libanon"], ["malaysia"], ["maladewa"], ["mongolia"], ["myanmar", "burma"],
  ["nepal"], ["oman"], ["pakistan"], ["filipina"], ["qatar", "katar"], ["korea selatan"],
  ["arab saudi"], ["singapura"], ["sri lanka"], ["suriah"], ["tajikistan"], ["thailand"],
  ["timor leste", "timor-leste"], ["turki", "turkiye", "türkiye"], ["turkmenistan"],
  ["uni emirat arab"], ["uzbekistan"], ["vietnam"], ["yaman"],
  // Europe (43)
  ["albania"], ["andorra"], ["austria"], ["belarus", "belarusia"], ["belgia"],
  ["bosnia dan herzegovina", "bosnia-herzegovina"], ["bulgaria"], ["kroasia"],
  ["ceko", "ceska", "cheska", "republik ceko"], ["denmark"], ["estonia"], ["finlandia"],
  ["prancis", "perancis"], ["jerman"], ["yunani"], ["hungaria"], ["islandia"], ["irlandia"],
  ["italia"], ["latvia"], ["liechtenstein"], ["lituania", "lithuania"], ["luksemburg"], ["malta"],
  ["moldova"], ["monako"], ["montenegro"], ["belanda"], ["makedonia utara"], ["norwegia"],
  ["polandia"], ["portugal"], ["rumania", "romania"], ["rusia"], ["san marino"], ["serbia"],
  ["slowakia", "slovakia"], ["slovenia"], ["spanyol"], ["swedia"], ["swiss"], ["ukraina"],
  ["inggris", "britania raya"],
  // Oceania (14)
  ["australia"], ["fiji"], ["kiribati"], ["kepulauan marshall"], ["mikronesia"], ["nauru"],
  ["selandia baru"], ["palau"], ["papua nugini"], ["samoa"], ["kepulauan solomon"], ["tonga"],
  ["tuvalu"], ["vanuatu"],
  // Observer states, and two more the press names as countries
  ["takhta suci", "vatikan"], ["palestina"], ["taiwan"], ["kosovo"],
].map((names) => Object.freeze(names)));

// Words of country names that are at least as often part of a person's name ("Sri Mulyani",
// "Akbar Tanjung", "Vincent Kompany") or only join a name's parts: as a "not a person" marker they
// would cut real names in two, and the other words of those country names suffice.
const ALSO_PERSONAL = new Set([
  "sri", "tanjung", "salvador", "lucia", "vincent", "marshall", "solomon", "rika", "marino",
  "dominika", "georgia", "suci", "dan", "el", "san", "saint", "sao",
]);

/**
 * The words of the countries' names, for look-ups word by word (capitalised runs are read a token
 * at a time; a hyphenated name is one token), less the words in ALSO_PERSONAL.
 */
export const COUNTRY_WORDS: ReadonlySet<string> = new Set(
  COUNTRIES.flat()
    .flatMap((name) => [name, ...name.split(/[\s]+/)])
    .filter((word) => !word.includes(" ") && !ALSO_PERSONAL.has(word)),
);
