import { describe, expect, it } from 'vitest';
import { createPageContext } from '../../../lib/guard';

describe('page context', () => {
  it("takes the site's name from the title's last part when it reads as a name", () => {
    expect(createPageContext({ title: 'Über uns – Hüllenwerk Hamburg' }).siteName).toBe('Hüllenwerk Hamburg');
  });

  it("does not take support wording or a marketplace for the site's name", () => {
    expect(createPageContext({ title: 'Служба поддержки AliExpress в России – горячая линия' }).siteName).toBeNull();
    expect(createPageContext({ title: 'Kupon rabatowy | AliExpress' }).siteName).toBeNull();
    expect(createPageContext({ title: 'Dostawa | Kontakt' }).siteName).toBeNull();
  });

  it('reads the region from the language tag, then the host, then the language', () => {
    const context = createPageContext({ url: 'https://shop.example.de/x', lang: 'pt-BR' });
    expect(context.regionHints.slice(0, 3)).toEqual(['BR', 'DE', 'PT']);
    expect(createPageContext({ url: 'https://kupi.example.pl/', lang: 'en' }).regionHints[0]).toBe('PL');
  });
});
