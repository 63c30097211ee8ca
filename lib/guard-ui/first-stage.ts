import { mentionsMarketplace, mentionsSteps } from '../guard/first-pass';
import { marketplaceOfHost } from '../guard/marketplaces';
import { watchChanges, type ChangeBatch, type ChangeWatcher, type Scheduler } from './changes';
import { pauseFor, runInSlices } from './slices';

/*
 * The first stage of the guard, the only part every page pays for: is this
 * page about a marketplace at all? It answers from the page's host, title and
 * address, then from its text (read in slices, ./slices.ts), then from text
 * added later (a MutationObserver, one batch per interval). Only a page that
 * names a marketplace brings in the engine (entrypoints/guard-engine.ts, with
 * libphonenumber's metadata and the vocabularies) — once, and the engine then
 * scans the whole page, as the first mention can make earlier contacts relevant.
 *
 *   load + idle ─▶ host / title / URL ─▶ body text, in slices ─▶ relevant ─▶ onRelevant (once)
 *                                                     └▶ not yet ─▶ added text ─▶ relevant ─▶ onRelevant
 */

export interface FirstStageEnvironment {
  doc: Document;
  url(): string;
  scheduler: Scheduler;
  intervalMs?: number;
}

export interface FirstStage {
  /** Stops looking (context invalidated, or the engine took over). */
  stop(): void;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

/** The page language's primary subtag, as the engine's page context reads it. */
function pageLang(doc: Document): string {
  return (doc.documentElement?.getAttribute('lang') ?? '').trim().split(/[-_]/)[0]?.toLowerCase() ?? '';
}

/** True when the page is a marketplace's own, or its title or address names one (no text read). */
export function namedByAddressOrTitle(doc: Document, url: string): boolean {
  return marketplaceOfHost(hostOf(url)) !== null || mentionsMarketplace(`${doc.title}\n${url}`);
}

function textOf(node: Node): string {
  return node.nodeType === 3 ? (node as Text).data : (node.textContent ?? '');
}

/** Calls `onRelevant` once, as soon as the page names a marketplace (now or in content added later). */
export function whenRelevant(env: FirstStageEnvironment, onRelevant: () => void): FirstStage {
  const { doc } = env;
  const body = doc.body ?? doc.documentElement;
  let stopped = false;
  let watcher: ChangeWatcher | null = null;
  const stop = () => {
    stopped = true;
    watcher?.disconnect();
  };
  const relevant = () => {
    if (stopped) return;
    stop();
    onRelevant();
  };
  const lang = pageLang(doc);
  const pause = pauseFor(doc);

  const onBatch = (batch: ChangeBatch) => {
    if (stopped) return;
    if (batch.overflow) {
      // Too much changed to list: read the whole page again, in slices.
      void runInSlices(mentionsSteps(body, lang), pause, () => stopped).then((found) => found && relevant());
    } else if (batch.nodes.some((node) => mentionsMarketplace(textOf(node), lang))) {
      relevant();
    }
  };

  if (namedByAddressOrTitle(doc, env.url())) {
    relevant();
    return { stop };
  }
  // Watching starts before the text is read: content added meanwhile is not missed.
  watcher = watchChanges(body, onBatch, env.scheduler, { intervalMs: env.intervalMs });
  void runInSlices(mentionsSteps(body, lang), pause, () => stopped).then((found) => found && relevant());
  return { stop };
}
