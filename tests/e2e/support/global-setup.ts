/**
 * E2E global setup: builds the default graph and the production site once into .tmp/e2e-dist,
 * exactly as `npm run build` does, so the specs test what users get.
 */
import { rm, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'vite';
import { buildGraph } from '../../../src/pipeline/build-graph.js';
import { E2E_DIST, ROOT } from './paths.js';

export default async function setup(): Promise<void> {
  const previous = process.cwd();
  process.chdir(ROOT);
  try {
    await rm(E2E_DIST, { recursive: true, force: true });
    await build({ root: ROOT, logLevel: 'warn', build: { outDir: E2E_DIST, emptyOutDir: true } });
    const { json } = await buildGraph({ inputs: ['data'] });
    await mkdir(E2E_DIST, { recursive: true });
    await writeFile(join(E2E_DIST, 'graph.json'), json);
  } finally {
    process.chdir(previous);
  }
}
