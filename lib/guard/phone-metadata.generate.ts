/**
 * Writes lib/guard/phone-metadata.ts (git-ignored) from the installed
 * libphonenumber-js `min` metadata. Runs on every `npm install`/`npm ci`
 * (postinstall), so the slim copy always matches the installed library;
 * tests/unit/guard/phone-metadata.test.ts checks that it does. Not part of
 * the extension bundle.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import min from 'libphonenumber-js/metadata.min.json';
import { slimMetadata } from './phone-metadata-slim';
import { TRUNK_ZERO_WRITTEN } from './trunk-zero';

const slim = slimMetadata(min, TRUNK_ZERO_WRITTEN);
const source =
  '// Generated on install by lib/guard/phone-metadata.generate.ts from libphonenumber-js metadata.min.json: do not edit, do not commit.\n' +
  "import type { MetadataJson } from 'libphonenumber-js/core';\n\n" +
  // A string for JSON.parse, not an object literal: the engine script evaluates on page after page, and
  // V8 parses a 47 KB literal as code (every key and array) but scans a string and JSON.parses it far faster.
  `export const PHONE_METADATA = JSON.parse(${JSON.stringify(JSON.stringify(slim))}) as MetadataJson;\n`;
writeFileSync(fileURLToPath(new URL('./phone-metadata.ts', import.meta.url)), source);
process.stdout.write(`phone-metadata.ts: ${source.length} bytes\n`);
