/**
 * Province reference data for the demo seed, keyed by the two-digit BPS/Kemendagri province code used by the
 * npm package idn-area-data (data/provinces.csv).
 *
 * Regional batches: Barat = Sumatra, Java (incl. DKI Jakarta and Banten), Bangka Belitung, Kepulauan Riau and
 * Kalimantan Barat; Tengah = Bali, Nusa Tenggara, the other Kalimantan provinces and Sulawesi; Timur = Maluku,
 * Maluku Utara and the Papua provinces. Central ministries and agencies are in batch Pusat (not listed here) and
 * every regency/city takes the batch of its province.
 */
export type RegionalBatch = 'barat' | 'tengah' | 'timur';

export const PROVINCE_BATCH: Readonly<Record<string, RegionalBatch>> = {
  '11': 'barat', // Aceh
  '12': 'barat', // Sumatera Utara
  '13': 'barat', // Sumatera Barat
  '14': 'barat', // Riau
  '15': 'barat', // Jambi
  '16': 'barat', // Sumatera Selatan
  '17': 'barat', // Bengkulu
  '18': 'barat', // Lampung
  '19': 'barat', // Kepulauan Bangka Belitung
  '21': 'barat', // Kepulauan Riau
  '31': 'barat', // DKI Jakarta
  '32': 'barat', // Jawa Barat
  '33': 'barat', // Jawa Tengah
  '34': 'barat', // DI Yogyakarta
  '35': 'barat', // Jawa Timur
  '36': 'barat', // Banten
  '51': 'tengah', // Bali
  '52': 'tengah', // Nusa Tenggara Barat
  '53': 'tengah', // Nusa Tenggara Timur
  '61': 'barat', // Kalimantan Barat
  '62': 'tengah', // Kalimantan Tengah
  '63': 'tengah', // Kalimantan Selatan
  '64': 'tengah', // Kalimantan Timur
  '65': 'tengah', // Kalimantan Utara
  '71': 'tengah', // Sulawesi Utara
  '72': 'tengah', // Sulawesi Tengah
  '73': 'tengah', // Sulawesi Selatan
  '74': 'tengah', // Sulawesi Tenggara
  '75': 'tengah', // Gorontalo
  '76': 'tengah', // Sulawesi Barat
  '81': 'timur', // Maluku
  '82': 'timur', // Maluku Utara
  '91': 'timur', // Papua
  '92': 'timur', // Papua Barat
  '93': 'timur', // Papua Selatan
  '94': 'timur', // Papua Tengah
  '95': 'timur', // Papua Pegunungan
  '96': 'timur', // Papua Barat Daya
};

export const PROVINCE_SHORT_NAMES: Readonly<Record<string, string>> = {
  '11': 'Aceh',
  '12': 'Sumatera Utara',
  '13': 'Sumatera Barat',
  '14': 'Riau',
  '15': 'Jambi',
  '16': 'Sumatera Selatan',
  '17': 'Bengkulu',
  '18': 'Lampung',
  '19': 'Kepulauan Bangka Belitung',
  '21': 'Kepulauan Riau',
  '31': 'DKI Jakarta',
  '32': 'Jawa Barat',
  '33': 'Jawa Tengah',
  '34': 'DI Yogyakarta',
  '35': 'Jawa Timur',
  '36': 'Banten',
  '51': 'Bali',
  '52': 'Nusa Tenggara Barat',
  '53': 'Nusa Tenggara Timur',
  '61': 'Kalimantan Barat',
  '62': 'Kalimantan Tengah',
  '63': 'Kalimantan Selatan',
  '64': 'Kalimantan Timur',
  '65': 'Kalimantan Utara',
  '71': 'Sulawesi Utara',
  '72': 'Sulawesi Tengah',
  '73': 'Sulawesi Selatan',
  '74': 'Sulawesi Tenggara',
  '75': 'Gorontalo',
  '76': 'Sulawesi Barat',
  '81': 'Maluku',
  '82': 'Maluku Utara',
  '91': 'Papua',
  '92': 'Papua Barat',
  '93': 'Papua Selatan',
  '94': 'Papua Tengah',
  '95': 'Papua Pegunungan',
  '96': 'Papua Barat Daya',
};

/** Words kept in upper case (acronyms). */
const UPPERCASE_WORDS: ReadonlySet<string> = new Set(['DKI', 'DI', 'RI', 'NTB', 'NTT']);

/** Particles written in lower case unless they start the name. */
const LOWERCASE_WORDS: ReadonlySet<string> = new Set(['dan', 'atau']);

const ROMAN_NUMERAL = /^(?=[IVX]+$)X{0,3}(IX|IV|V?I{0,3})$/;

function capitalize(part: string): string {
  if (part === '') return part;
  const upper = part.toUpperCase();
  if (UPPERCASE_WORDS.has(upper) || ROMAN_NUMERAL.test(upper)) return upper;
  const lower = part.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/**
 * Turns an idn-area-data name ("KABUPATEN ACEH SELATAN", "KOTA BANDA ACEH") into a display name
 * ("Kabupaten Aceh Selatan", "Kota Banda Aceh"). Acronyms such as DKI and DI stay upper case, particles such as
 * "dan" become lower case ("Kabupaten Pangkajene dan Kepulauan"). Parts joined by "-", "/", "(" or "'" are
 * capitalised separately.
 */
export function titleCaseRegion(name: string): string {
  const words = name
    .trim()
    .split(/\s+/)
    .filter((word) => word !== '');
  return words
    .map((word, index) => {
      const lower = word.toLowerCase();
      if (index > 0 && LOWERCASE_WORDS.has(lower)) return lower;
      return word
        .split(/([-/(')])/)
        .map((part, partIndex) => (partIndex % 2 === 1 ? part : capitalize(part)))
        .join('');
    })
    .join(' ');
}
