import type { FunctionComponent } from 'preact';
import type { PageCapture } from '../lib/schema/capture';
import { SaveConversationAction } from './SaveConversationAction';
import { ReportListingAction } from './ReportListingAction';

export interface CaptureActionProps {
  capture: PageCapture;
  onStatus: (text: string) => void;
  /** The write failed as a whole: the bar says so and offers `retry`. */
  onFailed: (retry: () => void) => void;
  /** Call before writing: false (and the user told why) while the page covers or fades the in-page sidebar. */
  inPlainSight: () => boolean;
}

/**
 * Extra things the capture bar offers for what the page shows (save a
 * conversation, report a listing…). One feature, one entry.
 */
export const CAPTURE_ACTIONS: readonly FunctionComponent<CaptureActionProps>[] = [SaveConversationAction, ReportListingAction];
