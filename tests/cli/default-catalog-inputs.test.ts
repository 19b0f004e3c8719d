import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { catalogInputs, defaultCatalogInputs } from '../../src/cli/default-catalog-inputs.js';

describe('defaultCatalogInputs', () => {
  it('should read the snapshot in data/ where no catalog was fetched', () => {
    expect(defaultCatalogInputs(undefined)).toEqual(['data']);
  });

  it('should read the fetched catalog, with the notes of data/notes, where there is one', () => {
    expect(defaultCatalogInputs('/p/.catalog/current')).toEqual(['/p/.catalog/current', 'data/notes']);
  });
});

describe('catalogInputs', () => {
  const words = { doing: 'building from', does: 'builds' };

  it('should read the inputs given, and say nothing of the updated catalog', () => {
    expect(catalogInputs(['x.json'], words, join(process.cwd(), '.catalog/current'))).toEqual({
      inputs: ['x.json'],
    });
  });

  it("should say, in the command's words, that it reads the updated catalog where that is the default", () => {
    expect(catalogInputs(undefined, words, join(process.cwd(), '.catalog/current'))).toEqual({
      inputs: [join(process.cwd(), '.catalog/current'), 'data/notes'],
      notice: 'building from the updated catalog in .catalog/current (--input data builds the snapshot)',
    });
    expect(catalogInputs([], words, undefined)).toEqual({ inputs: ['data'] });
  });
});
