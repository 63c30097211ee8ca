// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { blobForUrl, opensInline } from '../../../lib/evidence/inline';

describe('opening an evidence file (issue 8 #9)', () => {
  it('shows pictures, videos, sound and PDFs in a tab', () => {
    for (const type of ['image/jpeg', 'image/png', 'IMAGE/WEBP', 'video/mp4', 'audio/mpeg', 'application/pdf']) expect(opensInline(type)).toBe(true);
  });

  it('saves active or unknown types as a download, so nothing renders in the extension origin', async () => {
    for (const type of ['text/html', 'image/svg+xml', 'application/xhtml+xml', 'text/xml', 'application/xml', 'text/javascript', '', 'application/x-unknown', 'text/html; charset=utf-8']) {
      expect(opensInline(type)).toBe(false);
      const page = new Blob(['<form action="https://evil.example"><script>alert(1)</script>'], { type });
      const forUrl = blobForUrl(page, type);
      expect(forUrl.type).toBe('application/octet-stream');
      expect(await forUrl.text()).toBe(await page.text());
    }
  });

  it('keeps a picture as stored', () => {
    const photo = new Blob([new Uint8Array([0xff, 0xd8])], { type: 'image/jpeg' });
    expect(blobForUrl(photo, 'image/jpeg')).toBe(photo);
  });
});
