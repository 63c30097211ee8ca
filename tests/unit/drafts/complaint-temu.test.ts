/**
 * The complaint wizard follows the marketplace of the page it reports: AliExpress's
 * "Submit a Complaint" form for AliExpress pages and pages of no marketplace (unchanged),
 * Temu's own way (its report form or support chat, lib/marketplaces/temu/claim.ts) for a
 * Temu page, with the description naming Temu.
 */
import { describe, expect, it } from 'vitest';
import { complaintFromGuard } from '../../../lib/drafts';
import { marketplaceById } from '../../../lib/marketplaces/registry';

const NOW = Date.UTC(2026, 11, 2);
const contacts = [{ kind: 'whatsapp', value: '+48 512 345 678' }];
const fromGuard = (pageUrl: string) => complaintFromGuard({ category: 'offline-trading', contacts, pageUrl }, { now: NOW });

describe('a complaint about a seller’s contact outside the site', () => {
  it('on a Temu store page: Temu’s steps and form, no AliExpress form type, the description names Temu', () => {
    const complaint = fromGuard('https://www.temu.com/pl/example-store-m-634418212345678.html');
    const temu = marketplaceById('temu')!.report!;
    expect(complaint.marketplace).toBe('temu');
    expect(complaint.formName).toBeUndefined();
    expect(complaint.steps.map((step) => step.key)).toEqual(temu.steps);
    expect(complaint.afterSubmit.map((step) => step.key)).toEqual(temu.afterSubmit);
    expect(complaint.formUrl).toBe(temu.formUrl);
    expect(complaint.formUrl).toMatch(/^https:\/\/www\.temu\.com\//);
    expect(complaint.description.text).toContain('off Temu');
    expect(complaint.description.text).not.toContain('AliExpress');
    expect(complaint.description.text).toContain('+48 512 345 678');
  });

  it.each(['https://www.aliexpress.com/store/1234567', 'https://shop.example.org/offer'])('on %s: AliExpress’s complaint form, unchanged', (pageUrl) => {
    const complaint = fromGuard(pageUrl);
    expect(complaint.marketplace).toBe('aliexpress');
    expect(complaint.formName).toBe('Influencing toward Off-line Trading');
    expect(complaint.steps[0]).toEqual({ key: 'drafts.complaint.step.open' });
    expect(complaint.afterSubmit.map((step) => step.key)).toEqual(['drafts.complaint.after.review', 'drafts.complaint.after.status', 'drafts.complaint.after.noResubmit']);
    expect(complaint.formUrl).toBe(marketplaceById('aliexpress')!.site.officialHelp.complaint);
    expect(complaint.description.text).toContain('off AliExpress');
  });
});
