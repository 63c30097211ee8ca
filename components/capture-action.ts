import type { PageCapture } from '../lib/schema/capture';

/** What each capture-bar action gets; components/capture-actions.ts registers the actions. */
export interface CaptureActionProps {
  capture: PageCapture;
  onStatus: (text: string) => void;
  /** The write failed as a whole: the bar says so and offers `retry`. */
  onFailed: (retry: () => void) => void;
  /** Runs a write once the in-page sidebar is in plain sight (maybe after the user confirms); never while the page covers or fades it (the user is told why). */
  whenInPlainSight: (write: () => void) => void;
}
