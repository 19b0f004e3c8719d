/**
 * A local catalog host for the catalog tests: node:http on 127.0.0.1 with an ephemeral port, serving
 * a site given as a map of paths to bodies (or to a status code, or to "hang" for a request that never
 * answers). Tests swap the site between fetches; every test closes its server. Never the network.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, relative, sep } from 'node:path';

export type Route = string | Buffer | number | 'hang';
export type Site = Record<string, Route>;

export const FIXTURES = 'tests/fixtures/catalog-pages';

/** Every file under `tests/fixtures/catalog-pages/<name>/`, keyed by its path there ("docs/00-index.md"). */
export function loadSite(name: string): Site {
  const root = join(FIXTURES, name);
  const site: Site = {};
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir)) {
      const full = join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else site[relative(root, full).split(sep).join('/')] = readFileSync(full);
    }
  };
  walk(root);
  return site;
}

export interface FixtureServer {
  /** Base URL, ending with "/". */
  url: string;
  site: Site;
  /** Paths requested so far, in order. */
  requests: string[];
  close(): Promise<void>;
}

export async function startFixtureServer(site: Site = {}): Promise<FixtureServer> {
  const hanging = new Set<ServerResponse>();
  const state: FixtureServer = {
    url: '',
    site,
    requests: [],
    close: async () => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\//, '');
    state.requests.push(path);
    const route = state.site[path];
    if (route === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('404: Not Found');
    } else if (route === 'hang') {
      hanging.add(res);
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('<details>\n');
    } else if (typeof route === 'number') {
      res.writeHead(route, { 'content-type': 'text/plain' }).end(`status ${route}`);
    } else {
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(route);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return state;
}

/** A base URL on which nothing listens: a port that was just bound and released. */
export async function refusedUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/`;
}
