import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = join(__dirname, '../../..');
const CORPUS = join(ROOT, '../shared/corpus/guard');

/** The real scanner, as `npm run --silent guard` runs it. */
async function guardCli(args: string[]): Promise<Array<Record<string, unknown>>> {
  const { stdout } = await run('npx', ['tsx', 'lib/cli/guard.ts', ...args], { cwd: ROOT, timeout: 60_000 });
  return stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('guard CLI', () => {
  it('prints one JSON line per file with verdict, URL and findings', async () => {
    const files = ['ru-fake-hotline-01.html', 'en-clean-article-01.html', 'uk-messenger-01.html'].map((f) => join(CORPUS, f));
    const lines = await guardCli(files);
    expect(lines).toHaveLength(3);
    const [hotline, clean, messenger] = lines;

    expect(hotline).toMatchObject({ file: files[0], url: 'https://ali-sovety.example/goryachaya-liniya-aliexpress', verdict: 'warn' });
    const hotlineFindings = hotline!.findings as Array<Record<string, string>>;
    expect(hotlineFindings.map((f) => [f.kind, f.value, f.reason])).toEqual([
      ['phone', '+78003014762', 'fake-support-phone'],
      ['phone', '+74951204583', 'fake-support-phone'],
    ]);
    for (const f of hotlineFindings) expect(typeof f.text).toBe('string');

    expect(clean).toMatchObject({ verdict: 'clean', findings: [] });

    const messengerValues = (messenger!.findings as Array<Record<string, string>>).map((f) => `${f.kind} ${f.value}`);
    expect(messengerValues.sort()).toEqual(
      ['messenger https://t.me/ali_pidtrymka_ua', 'messenger viber://chat?number=%2B380674182693', 'phone +380674182693'].sort(),
    );
  }, 90_000);

  it('takes the URL from --url, which decides whether the page is the marketplace itself', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'guard-cli-'));
    const file = join(dir, 'page.html');
    writeFileSync(
      file,
      '<!doctype html><html lang="en"><body><p>Wholesale: contact me on WhatsApp +86 135 2871 4460, pay by bank transfer.</p></body></html>',
    );
    const [onMarketplace] = await guardCli(['--url', 'https://www.aliexpress.com/item/1.html', file]);
    expect(onMarketplace).toMatchObject({ url: 'https://www.aliexpress.com/item/1.html', verdict: 'warn' });
    expect(onMarketplace!.findings).toEqual([
      expect.objectContaining({ kind: 'phone', value: '+8613528714460', reason: 'offplatform-seller' }),
    ]);
    const [elsewhere] = await guardCli(['--url', 'https://blog.example/post', file]);
    expect(elsewhere).toMatchObject({ verdict: 'clean', findings: [] });
  }, 90_000);

  it('does not run page scripts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'guard-cli-'));
    const file = join(dir, 'script.html');
    writeFileSync(
      file,
      '<!doctype html><html><head><title>AliExpress hotline</title></head><body><h1>AliExpress hotline</h1><p id="n"></p>' +
        '<script>document.getElementById("n").textContent = "Call +1 (888) 555-0123";</script></body></html>',
    );
    const [line] = await guardCli(['--url', 'https://x.example/', file]);
    expect(line).toMatchObject({ verdict: 'clean', findings: [] });
  }, 90_000);
});
