import type { MetadataJson } from 'libphonenumber-js/core';

/**
 * libphonenumber-js `min` metadata without the formatting rules of countries
 * whose numbers the guard never formats. Parsing and validation read country
 * codes, national prefixes, lengths and number patterns, never formats; the
 * guard formats only to see whether a country writes its trunk 0 (phones.ts,
 * TRUNK_ZERO_WRITTEN), so those countries keep theirs. This saves about 6 KB
 * gzipped in the all-pages content script. Pure: used by the generator
 * (phone-metadata.generate.ts, on install) and by the test that the generated file is current.
 */
const FORMATS = 4;

export function slimMetadata(min: MetadataJson, keepFormats: ReadonlySet<string>): MetadataJson {
  const countries: Record<string, unknown[]> = {};
  for (const [code, entry] of Object.entries(min.countries as Record<string, unknown[]>)) {
    const copy = [...entry];
    if (!keepFormats.has(code) && copy.length > FORMATS) copy[FORMATS] = null;
    countries[code] = copy;
  }
  return { ...min, countries } as unknown as MetadataJson;
}
