/**
 * The glossary: a one-sentence answer to "what is this?" for each concept of the lexicon, in English and in
 * Traditional Chinese (data/glossary/*.json, each `{ "description", "definitions": { id: { "en", "zh" } } }`).
 * The build gives each concept node its definition; discovered concepts have none. Loading fails with the file
 * and the concept named when an entry is malformed or a concept is defined twice. It does not read the lexicon:
 * a build with another lexicon uses the definitions of the ids the two share (tests check that every id of the
 * shipped glossary is a concept of the shipped lexicon).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ConceptDefinition } from '../core/types.js';

export const DEFAULT_GLOSSARY_DIR = fileURLToPath(new URL('../../data/glossary/', import.meta.url));

/** Concept id → its definition. */
export type Glossary = ReadonlyMap<string, ConceptDefinition>;

/** The longest definition, in characters: a sentence a panel shows whole, not a paragraph. */
export const MAX_DEFINITION_LENGTH = { en: 240, zh: 120 } as const;

export class GlossaryError extends Error {
  override readonly name = 'GlossaryError';
}

/** Markup a definition must not hold: it is shown as text, and a sentence needs none. */
const MARKUP = /[<>`*#\n\r]/;

/** The definitions of every glossary file of `dir`, by concept id. */
export function loadGlossary(dir = DEFAULT_GLOSSARY_DIR): Glossary {
  let files: string[];
  try {
    files = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort();
  } catch (e) {
    throw new GlossaryError(`glossary folder ${dir} cannot be read: ${(e as Error).message}`);
  }
  const glossary = new Map<string, ConceptDefinition>();
  const where = new Map<string, string>();
  const problems: string[] = [];
  for (const f of files) {
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    } catch (e) {
      throw new GlossaryError(`glossary file ${f}: ${(e as Error).message}`);
    }
    const definitions = (data as { definitions?: unknown } | null)?.definitions;
    if (typeof definitions !== 'object' || definitions === null || Array.isArray(definitions))
      throw new GlossaryError(
        `glossary file ${f}: expected a "definitions" object of concept id → { en, zh }`,
      );
    for (const [id, raw] of Object.entries(definitions as Record<string, unknown>)) {
      const at = `${f}: concept "${id}"`;
      if (where.has(id)) {
        problems.push(`${at}: defined twice (also in ${where.get(id)})`);
        continue;
      }
      const entry = raw as Partial<Record<keyof ConceptDefinition, unknown>> | null;
      const definition: Partial<ConceptDefinition> = {};
      for (const lang of ['en', 'zh'] as const) {
        const text = entry?.[lang];
        if (typeof text !== 'string' || !text.trim()) problems.push(`${at}: no "${lang}" definition`);
        else if (text.length > MAX_DEFINITION_LENGTH[lang])
          problems.push(
            `${at}: the "${lang}" definition is longer than ${MAX_DEFINITION_LENGTH[lang]} characters`,
          );
        else if (MARKUP.test(text))
          problems.push(`${at}: the "${lang}" definition holds markup or a line break; write plain text`);
        else definition[lang] = text.trim();
      }
      where.set(id, f);
      if (definition.en !== undefined && definition.zh !== undefined)
        glossary.set(id, { en: definition.en, zh: definition.zh });
    }
  }
  if (problems.length) throw new GlossaryError(`glossary (${dir}):\n  ${problems.join('\n  ')}`);
  return glossary;
}
