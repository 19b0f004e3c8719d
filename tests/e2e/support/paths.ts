/** Where the e2e run keeps its built site. */
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const E2E_DIST = fileURLToPath(new URL('../../../.tmp/e2e-dist/', import.meta.url));
