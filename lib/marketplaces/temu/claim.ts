import type { ClaimProcedure } from '../types';

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
