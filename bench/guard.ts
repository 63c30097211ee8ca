/**
 * Guard benchmarks (issue 3), each a ratio measured in one process, median of runs:
 * - guard.unrelated_ratio: first pass over a 1 MB page text that names no
 *   marketplace ÷ one `/aliexpress/i` pass over the same text (the floor).
 *   The page text is what the content script reads (body.textContent), taken
 *   once outside the timing for both sides.
 * - guard.full_vs_naive: full scan (DOM → segments → findings) of a 1 MB page
 *   with marketplace mentions and 200 numbers ÷ libphonenumber-js
 *   `findPhoneNumbersInText(text, { defaultCountry: 'US' })` over its text.
 * - guard.incremental_ratio: re-scan after appending 1 KB to that page ÷
 *   scanning the same 1 KB alone.
 * The DOM is happy-dom (no browser here); pages are generated from a fixed seed.
 */
import { Window } from 'happy-dom';
import { findPhoneNumbersInText } from 'libphonenumber-js';
import {
  createGuardScanner,
  createPageContext,
  extractSegments,
  mentionsMarketplace,
  scan,
} from '../lib/guard';
import { mulberry32 } from '../tests/support/random';
import { ratioOfMedians, timeIt } from './timing';

const MB = 1_000_000;

const WORDS = (
  'the of and to in is that for it as was with be by on not this are or from at which but have an they you were ' +
  'her she there would their we him been has when who will more no if out so said what up its about into than them ' +
  'can only other new some could time these two may then do first any my now such like our over man me even most ' +
  'made after also did many before must through back years where much your way well down should because each just ' +
  'those people how too little state good very make world still own see men work long get here between both life ' +
  'being under never day same another know while last might us great old year off come since against go came right ' +
  'used take three delivery order parcel shipping price review garden recipe weather football music travel city ' +
  'Monday Friday London Paris Maria John Google Microsoft'
).split(' ');

function sentence(random: () => number): string {
  const n = 6 + Math.floor(random() * 14);
  const words: string[] = [];
  for (let i = 0; i < n; i += 1) {
    let w = WORDS[Math.floor(random() * WORDS.length)] as string;
    if (i === 0) w = w.charAt(0).toUpperCase() + w.slice(1);
    words.push(w);
    const r = random();
    if (r < 0.02) words.push(`$${(random() * 500).toFixed(2)}`);
    else if (r < 0.03) words.push(`2025-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`);
    else if (r < 0.035) words.push(`#${Math.floor(random() * 1e8)}`);
  }
  return `${words.join(' ')}.`;
}

interface PageOptions {
  seed: number;
  mentions: boolean;
  numbers: number;
}

/** About `size` bytes of article HTML: headings, paragraphs, lists, a table now and then. */
export function generatePage(size: number, options: PageOptions): string {
  const random = mulberry32(options.seed);
  const blocks: string[] = [];
  let length = 0;
  let numbersLeft = options.numbers;
  let section = 0;
  while (length < size) {
    let block: string;
    const r = random();
    if (r < 0.06) {
      section += 1;
      const about = options.mentions && section % 3 === 0 ? 'AliExpress customer service' : sentence(random).slice(0, 40);
      block = `<h2>${about} ${section}</h2>`;
    } else if (r < 0.12) {
      block = `<ul>${[0, 1, 2].map(() => `<li>${sentence(random)}</li>`).join('')}</ul>`;
    } else if (r < 0.14) {
      block = `<table><tr><th>Item</th><th>Price</th></tr><tr><td>${sentence(random)}</td><td>US $${(random() * 99).toFixed(2)}</td></tr></table>`;
    } else {
      let text = `${sentence(random)} ${sentence(random)} ${sentence(random)}`;
      if (options.mentions && random() < 0.05) text += ' I bought it on AliExpress last year.';
      if (numbersLeft > 0 && random() < 0.08) {
        numbersLeft -= 1;
        const n = 100 + Math.floor(random() * 800);
        text += ` Call <b>+1 (888) 555-0${n.toString().slice(0, 3)}</b> for help.`;
      }
      if (random() < 0.01) text += ` Write to editor${Math.floor(random() * 99)}@news.example.`;
      block = `<p>${text}</p>`;
    }
    blocks.push(block);
    length += block.length;
  }
  // Whatever numbers did not fit yet go at the end, so the page always holds exactly `numbers`.
  while (numbersLeft > 0) {
    numbersLeft -= 1;
    blocks.push(`<p>Support line: +44 20 7946 0${String(100 + numbersLeft).slice(0, 3)}</p>`);
  }
  return `<!doctype html><html lang="en"><head><title>${options.mentions ? 'AliExpress help and shopping notes' : 'Notes'}</title></head><body><main><h1>Notes</h1>${blocks.join('\n')}</main></body></html>`;
}

export function parse(html: string, url: string): Document {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true } });
  window.document.write(html);
  return window.document as unknown as Document;
}

function unrelatedRatio(): number {
  const doc = parse(generatePage(MB, { seed: 7, mentions: false, numbers: 0 }), 'https://notes.example/');
  const text = doc.body.textContent ?? '';
  if (mentionsMarketplace(text, 'en')) throw new Error('the unrelated page must not mention a marketplace');
  const floor = /aliexpress/i;
  return ratioOfMedians(() => mentionsMarketplace(text, 'en'), () => floor.test(text), 41, 5);
}

function fullAndIncremental(): { full: number; incremental: number } {
  const url = 'https://notes.example/aliexpress-help';
  const doc = parse(generatePage(MB, { seed: 11, mentions: true, numbers: 200 }), url);
  const context = createPageContext({ url, lang: 'en', title: doc.title });
  const text = doc.body.textContent ?? '';

  const full = ratioOfMedians(
    () => scan(extractSegments(doc), context),
    () => findPhoneNumbersInText(text, { defaultCountry: 'US' }),
    9,
    3,
  );

  const scanner = createGuardScanner(context);
  scanner.scanDocument(doc);
  const main = doc.querySelector('main') as Element;
  const chunk = generatePage(1000, { seed: 13, mentions: true, numbers: 2 })
    .replace(/^[\s\S]*<h1>Notes<\/h1>/, '')
    .replace(/<\/main>[\s\S]*$/, '');
  // The 1 KB chunk is parsed once, in a document of its own, and copied in for each run.
  const chunkDoc = parse(`<!doctype html><html><body>${chunk}</body></html>`, url);
  const makeChunk = (owner: Document): Element => {
    const holder = owner.createElement('div');
    for (const node of Array.from(chunkDoc.body.childNodes)) holder.append(owner.importNode(node, true));
    return holder;
  };
  const appended = timeIt(() => {
    const holder = makeChunk(doc);
    main.append(holder);
    scanner.scanChanged([holder]);
  }, 21);
  const aloneDoc = parse('<!doctype html><html lang="en"><body><main></main></body></html>', url);
  const aloneMain = aloneDoc.querySelector('main') as Element;
  const alone = timeIt(() => {
    const holder = makeChunk(aloneDoc);
    aloneMain.replaceChildren(holder);
    scan(extractSegments(holder), context);
  }, 21);
  return { full, incremental: appended / alone };
}

export async function guardBenchmarks(): Promise<Record<string, number>> {
  const unrelated = unrelatedRatio();
  const { full, incremental } = fullAndIncremental();
  return {
    'guard.unrelated_ratio': unrelated,
    'guard.full_vs_naive': full,
    'guard.incremental_ratio': incremental,
  };
}
