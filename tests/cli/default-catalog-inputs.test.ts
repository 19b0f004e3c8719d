import { describe, expect, it } from 'vitest';
import { defaultCatalogInputs } from '../../src/cli/default-catalog-inputs.js';

describe('defaultCatalogInputs', () => {
  it('should read the snapshot in data/ where no catalog was fetched', () => {
    expect(defaultCatalogInputs(undefined)).toEqual(['data']);
  });

  it('should read the fetched catalog, with the notes of data/notes, where there is one', () => {
    expect(defaultCatalogInputs('/p/.catalog/current')).toEqual(['/p/.catalog/current', 'data/notes']);
  });
});
