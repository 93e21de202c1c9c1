/**
 * Serves a built dist/ over HTTP on 127.0.0.1, mounted at the site's base path only:
 * a request outside the base gets 404, as on a host that serves the site from a subfolder.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import sirv from 'sirv';
import type { BuiltSite } from './project.ts';

export interface RunningServer {
  /** Origin plus base, e.g. http://127.0.0.1:41234/news/ */
  baseUrl: string;
  origin: string;
  close(): Promise<void>;
}

export async function serveSite(site: BuiltSite): Promise<RunningServer> {
  const files = sirv(site.outDir, { dev: false, etag: true, extensions: ['html'] });
  const notFound = readFileSync(path.join(site.outDir, '404.html'));
  const server = http.createServer((request, response) => {
    const sendNotFound = () => {
      response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      response.end(notFound);
    };
    if (!request.url?.startsWith(site.base)) return sendNotFound();
    request.url = `/${request.url.slice(site.base.length)}`;
    files(request, response, sendNotFound);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    baseUrl: origin + site.base,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
