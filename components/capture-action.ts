import type { PageCapture } from '../lib/schema/capture';

/** What each capture-bar action gets; components/capture-actions.ts registers the actions. */
export interface CaptureActionProps {
  capture: PageCapture;
  onStatus: (text: string) => void;
}
