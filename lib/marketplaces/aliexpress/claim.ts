import type { ClaimProcedure } from '../types';

/**
 * AliExpress: a dispute opened on the order (My Orders → the order → Open dispute),
 * with a reason, a wanted solution and a description (../../../../shared/DOMAIN.md, seeds
 * 000, 002, 004). The explanation names the form; no steps beyond it.
 */
export const aliexpressClaim: ClaimProcedure = {
  intro: 'compose.dispute.intro',
  steps: [],
};
