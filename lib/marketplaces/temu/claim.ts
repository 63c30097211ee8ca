import type { ClaimProcedure, ReportProcedure } from '../types';
import { temuGuardData } from './guard-data';

/**
 * Temu has no disputes: the buyer asks Temu itself for a refund or a return from the
 * order, and writes to Temu support in its chat when that is refused or not offered.
 * The steps follow Temu's own help page "How do I ship my items back?" and its return
 * and refund policy (sources in ./README.md, "Asking for a refund or return").
 */
export const temuClaim: ClaimProcedure = {
  intro: 'compose.claim.temu.intro',
  steps: [
    'compose.claim.temu.step.order',
    'compose.claim.temu.step.returnRefund',
    'compose.claim.temu.step.items',
    'compose.claim.temu.step.reason',
    'compose.claim.temu.step.refundMethod',
    'compose.claim.temu.step.sendBack',
    'compose.claim.temu.step.ifRefused',
  ],
};

/**
 * A seller who asks to pay or talk outside Temu, a fake or a false listing: Temu asks
 * buyers to tell it, through its "Report Something Suspicious" form or its support chat
 * (Temu's help pages "Report Something Suspicious on Temu" and "Protect Yourself from Spam
 * Text Messages and Phishing Scams", sources in ./README.md). Its form has no complaint
 * types like AliExpress's, so the wizard names none.
 */
export const temuReport: ReportProcedure = {
  ...(temuGuardData.officialWays.complaint ? { formUrl: temuGuardData.officialWays.complaint } : {}),
  steps: ['compose.report.temu.step.open', 'compose.report.temu.step.paste', 'compose.report.temu.step.evidence', 'compose.report.temu.step.send'],
  afterSubmit: ['compose.report.temu.after.review', 'compose.report.temu.after.stayInside'],
};
