import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';

export interface LoggedRequest {
  host: string;
  path: string;
  origin?: string;
  referer?: string;
}

/**
 * One HTTPS server on loopback that answers for every host: Chromium is
 * started with --host-resolver-rules mapping all names here (Firefox with the
 * pref network.dns.forceResolve, which keeps the port: 443), so a page
 * served for "www.aliexpress.com" really appears at that origin. Every
 * request is logged, which also catches any request the extension makes.
 */
export class TestServer {
  readonly requests: LoggedRequest[] = [];
  private readonly pages = new Map<string, { body: string | Buffer; type: string }>();
  private server: Server | undefined;
  port = 0;

  /** Listens on loopback; port 0 picks a free one (Firefox, which cannot map ports, needs 443). */
  async start(port = 0): Promise<void> {
    const dir = mkdtempSync(join(tmpdir(), 'bg-cert-'));
    // A throwaway self-signed certificate; Chromium runs with --ignore-certificate-errors.
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=localhost',
      '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
    const key = readFileSync(join(dir, 'key.pem'));
    const cert = readFileSync(join(dir, 'cert.pem'));
    rmSync(dir, { recursive: true, force: true });
    this.server = createServer({ key, cert }, (req, res) => {
      const host = (req.headers.host ?? '').replace(/:\d+$/, '');
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      this.requests.push({ host, path, origin: req.headers.origin, referer: req.headers.referer });
      const page = this.pages.get(`${host}${path}`) ?? this.pages.get(`*${path}`);
      if (!page) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      res.writeHead(200, { 'content-type': page.type, 'cache-control': 'no-store' }).end(page.body);
    });
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  /** Serves `body` at https://host/path (host "*" answers for any host). */
  serve(url: string, body: string | Buffer, type = 'text/html; charset=utf-8'): void {
    const { host, pathname } = new URL(url.replace(/^https:\/\/\*/, 'https://any.invalid'));
    this.pages.set(`${url.startsWith('https://*') ? '*' : host}${pathname}`, { body, type });
  }

  serveFile(url: string, file: string): void {
    this.serve(url, readFileSync(file));
  }

  clear(): void {
    this.pages.clear();
    this.requests.length = 0;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
