/**
 * E2E global setup: builds the default graph (graph.json and the compact file the explorer loads) and
 * the production site once into .tmp/e2e-dist, exactly as `npm run build` does, so the specs test what
 * users get; then starts one static server and one Chromium for every spec file (they connect to it,
 * see session.ts).
 */
import { rm, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { buildGraph } from '../../../src/pipeline/build-graph.js';
import { compactGraphPath, compactGraphText } from '../../../src/pipeline/compact-output.js';
import { CHROMIUM_FLAGS, findChromium } from '../../../src/browser/chromium.js';
import { E2E_DIST, ROOT } from './paths.js';
import { serveStatic } from '../../../src/browser/static-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    browserEndpoint: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const previous = process.cwd();
  // vitest sets NODE_ENV=test, which would make Vite pick packages' development builds (lit's dev mode).
  const nodeEnv = process.env.NODE_ENV;
  process.chdir(ROOT);
  try {
    await rm(E2E_DIST, { recursive: true, force: true });
    process.env.NODE_ENV = 'production';
    await build({
      root: ROOT,
      mode: 'production',
      logLevel: 'warn',
      build: { outDir: E2E_DIST, emptyOutDir: true },
    });
    process.env.NODE_ENV = nodeEnv;
    const { json, graph } = await buildGraph({ inputs: ['data'] });
    await mkdir(E2E_DIST, { recursive: true });
    await writeFile(join(E2E_DIST, 'graph.json'), json);
    await writeFile(compactGraphPath(join(E2E_DIST, 'graph.json')), compactGraphText(graph));
  } finally {
    process.env.NODE_ENV = nodeEnv;
    process.chdir(previous);
  }
  const server = await serveStatic(E2E_DIST);
  const browserServer = await chromium.launchServer({
    executablePath: findChromium(),
    headless: true,
    args: CHROMIUM_FLAGS,
  });
  project.provide('siteUrl', server.url);
  project.provide('browserEndpoint', browserServer.wsEndpoint());
  return async () => {
    await browserServer.close();
    await server.close();
  };
}
