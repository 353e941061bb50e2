// Countries and regions by their Chinese names, from i18n-iso-countries (MIT, ISO 3166 names in many
// languages): CC-CEDICT glosses 新加坡 by its bare name 'Singapore', with nothing that says it is a country.
import zh from 'i18n-iso-countries/langs/zh.json' with { type: 'json' };

const ZH_COUNTRIES = new Set<string>(Object.values(zh.countries as Record<string, string | string[]>).flat());

/** Whether a Chinese word is the name of a country or region (新加坡, 中国, 香港). */
export function isCountryName(word: string): boolean {
  return typeof word === 'string' && ZH_COUNTRIES.has(word);
}
