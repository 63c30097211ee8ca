import type { PageCapture } from '../lib/schema/capture';

/** What each capture-bar action gets; components/capture-actions.ts registers the actions. */
export interface CaptureActionProps {
  capture: PageCapture;
  onStatus: (text: string) => void;
  /** The write failed as a whole: the bar says so and offers `retry`. */
  onFailed: (retry: () => void) => void;
  /** Call before writing: false (and the user told why) while the page covers or fades the in-page sidebar. */
  inPlainSight: () => boolean;
}
