import type { FunctionComponent } from 'preact';
import type { CaptureActionProps } from './capture-action';
import { SaveConversationAction } from './SaveConversationAction';
import { ReportListingAction } from './ReportListingAction';
import { AskBeforeBuyingAction } from './AskBeforeBuyingAction';

export type { CaptureActionProps } from './capture-action';

/**
 * Extra things the capture bar offers for what the page shows (save a
 * conversation, report a listing…). One feature, one entry.
 */
export const CAPTURE_ACTIONS: readonly FunctionComponent<CaptureActionProps>[] = [SaveConversationAction, AskBeforeBuyingAction, ReportListingAction];
