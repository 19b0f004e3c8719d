import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const UI = fileURLToPath(new URL('../../src/ui/', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('src/ui imports', () => {
  it('should never import the NLP or ingest code (it must stay out of the browser bundle)', () => {
    const offenders = sources(UI).filter((file) =>
      /from\s+'[^']*(\/extract\/|\/ingest\/|\/pipeline\/|\/analysis\/|compromise|opencc|htmlparser2)/.test(
        readFileSync(file, 'utf8'),
      ),
    );
    expect(offenders).toEqual([]);
  });

  it('should load KaTeX, the Markdown renderer and the image exporter only on demand', () => {
    const eager = sources(UI).filter(
      (file) =>
        !file.includes('/markdown/') &&
        /^import[^(]*from\s+'(katex|marked|dompurify|@sigma\/export-image)[^']*'/m.test(
          readFileSync(file, 'utf8'),
        ),
    );
    expect(eager).toEqual([]);
  });
});
