/**
 * Data the page embeds for its own scripts: `<script type="application/json">` blocks and
 * inline assignments such as `window.runParams = {…}` or `window.__INIT_DATA__ = {…}`.
 * Where present it is the most robust source after the URL: it survives redesigns that
 * rename every class. The data is only ever parsed as JSON, never evaluated.
 */
import { selectAll } from './text';

/** Scripts larger than this are skipped: a page bundle is code, not data. */
const MAX_SCRIPT_CHARS = 3_000_000;
const MAX_BLOCKS = 20;
/** Assignments the site uses to hand data to its scripts. */
const ASSIGNMENT = /(?:window\.|var\s+|let\s+|const\s+)?[A-Za-z_$][\w$.]*\s*=\s*(?=[{[])/g;

/** The balanced JSON object or array starting at `start`, honouring strings and escapes. */
function balancedAt(text: string, start: number): string | undefined {
  const open = text[start];
  if (open !== '{' && open !== '[') return undefined;
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i += 1) {
    const char = text[i];
    if (inString) {
      if (char === '\\') i += 1;
      else if (char === '"') inString = false;
      continue;
    }
    if (char === '"') inString = true;
    else if (char === '{' || char === '[') depth += 1;
    else if (char === '}' || char === ']') {
      depth -= 1;
      if (depth === 0) return text.slice(start, i + 1);
    }
  }
  return undefined;
}

function tryParse(json: string): unknown {
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return undefined;
  }
}

/** Every JSON value the page's scripts carry, in document order. */
export function embeddedJson(document: Document): unknown[] {
  const found: unknown[] = [];
  for (const script of selectAll(document, 'script')) {
    if (found.length >= MAX_BLOCKS) break;
    const text = script.textContent ?? '';
    if (text.length === 0 || text.length > MAX_SCRIPT_CHARS) continue;
    const type = (script.getAttribute('type') ?? '').toLowerCase();
    if (type.includes('json')) {
      const value = tryParse(text.trim());
      if (value !== undefined) found.push(value);
      continue;
    }
    if (type && !type.includes('javascript') && type !== 'module') continue;
    for (const match of text.matchAll(ASSIGNMENT)) {
      const start = (match.index ?? 0) + match[0].length;
      const json = balancedAt(text, start);
      const value = json === undefined ? undefined : tryParse(json);
      if (value !== undefined) found.push(value);
      if (found.length >= MAX_BLOCKS) break;
    }
  }
  return found;
}

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Visits every object in the value, depth first. The visitor returns true to stop the
 * descent below that object (it has claimed it). Depth and node counts are capped so a
 * hostile or huge blob cannot hang the page.
 */
export function visitObjects(value: unknown, visit: (object: JsonObject) => boolean): void {
  let budget = 200_000;
  const walk = (node: unknown, depth: number): void => {
    budget -= 1;
    if (budget < 0 || depth > 40) return;
    if (Array.isArray(node)) {
      for (const child of node) walk(child, depth + 1);
    } else if (isObject(node)) {
      if (visit(node)) return;
      for (const child of Object.values(node)) walk(child, depth + 1);
    }
  };
  walk(value, 0);
}

/** Key spelling differs between the site's payloads: `orderId`, `order_id`, `OrderID`, `order-id`. */
function normalKey(key: string): string {
  return key.toLowerCase().replace(/[_\-\s]/g, '');
}

const normalisedKeys = new WeakMap<JsonObject, Map<string, string>>();

/** The object's keys by normalised spelling, computed once per object. */
function keysOf(object: JsonObject): Map<string, string> {
  let keys = normalisedKeys.get(object);
  if (!keys) {
    keys = new Map();
    for (const key of Object.keys(object)) if (!keys.has(normalKey(key))) keys.set(normalKey(key), key);
    normalisedKeys.set(object, keys);
  }
  return keys;
}

/**
 * The values under `keys` (any spelling), then under any key whose normalised name
 * `loose` matches: payloads rename fields (`storeNameDisplay`, `createTimeStr`), and a
 * pattern on the name keeps the reader working where a fixed list would not.
 */
function* candidates(object: JsonObject, keys: readonly string[], loose?: RegExp): Generator<unknown> {
  const byNormal = keysOf(object);
  for (const key of keys) {
    const own = byNormal.get(normalKey(key));
    if (own !== undefined) yield object[own];
  }
  if (!loose) return;
  for (const [normal, own] of byNormal) if (loose.test(normal)) yield object[own];
}

/** The first value under `keys` (or a key `loose` matches) that is a non-empty string or finite number. */
export function pick(object: JsonObject, keys: readonly string[], loose?: RegExp): string | number | undefined {
  for (const value of candidates(object, keys, loose)) {
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
    if (typeof value === 'number' && Number.isFinite(value)) return value;
  }
  return undefined;
}

export function pickString(object: JsonObject, keys: readonly string[], loose?: RegExp): string | undefined {
  const value = pick(object, keys, loose);
  return value === undefined ? undefined : String(value);
}

export function pickObject(object: JsonObject, keys: readonly string[], loose?: RegExp): JsonObject | undefined {
  for (const value of candidates(object, keys, loose)) if (isObject(value)) return value;
  return undefined;
}

export function pickArray(object: JsonObject, keys: readonly string[], loose?: RegExp): unknown[] | undefined {
  for (const value of candidates(object, keys, loose)) if (Array.isArray(value) && value.length > 0) return value;
  return undefined;
}

/** Every value under `keys` (or a key `loose` matches), in that order, for callers that test each. */
export function valuesUnder(object: JsonObject, keys: readonly string[], loose?: RegExp): unknown[] {
  return [...candidates(object, keys, loose)];
}
