/**
 * Notes documents: a Markdown link list (headings with links to reading material) becomes sections
 * of further reading; free-text notes (e.g. exported from a word processor, with a leftover CSS
 * block) become one cleaned note document. Markdown is tokenised by `marked`, not by hand.
 */
import { decodeHTML } from 'entities';
import { Lexer, type Token, type Tokens } from 'marked';
import { LineIndex, type Diagnostic } from './diagnostics.js';

export interface ReadingLink {
  title: string;
  url: string;
  line: number;
}

export interface LinkListSection {
  /** Heading text of the section (the innermost heading above its links). */
  heading: string;
  /** Enclosing headings, outermost first, the section's own heading last. */
  path: string[];
  line: number;
  links: ReadingLink[];
}

export interface LinkListDocument {
  file: string;
  sections: LinkListSection[];
}

export interface NoteDocument {
  id: string;
  title: string;
  text: string;
  file: string;
  line: number;
}

/** Heuristic used when classifying input files: Markdown with at least two http(s) links. */
export function looksLikeLinkList(text: string): boolean {
  return (text.match(/\]\(https?:\/\//g) ?? []).length >= 2;
}

export function parseLinkList(
  text: string,
  file: string,
): { document: LinkListDocument; diagnostics: Diagnostic[] } {
  const lines = new LineIndex(text);
  const tokens = new Lexer({ gfm: true }).lex(text);
  const sections: LinkListSection[] = [];
  const diagnostics: Diagnostic[] = [];
  const stack: { depth: number; text: string }[] = [];
  let current: LinkListSection | undefined;
  let offset = 0;

  for (const token of tokens) {
    const tokenStart = text.indexOf(token.raw, offset);
    const start = tokenStart === -1 ? offset : tokenStart;
    offset = start + token.raw.length;
    if (token.type === 'heading') {
      const heading = token as Tokens.Heading;
      while (stack.length && stack[stack.length - 1]!.depth >= heading.depth) stack.pop();
      const headingText = plain(heading.text);
      stack.push({ depth: heading.depth, text: headingText });
      current = {
        heading: headingText,
        path: stack.map((s) => s.text),
        line: lines.lineAt(start),
        links: [],
      };
      sections.push(current);
      // A heading may itself be a link: "## [初始化](https://…)".
      for (const link of collectLinks(heading.tokens ?? [])) addLink(current, link, start, token.raw);
      continue;
    }
    for (const link of collectLinks([token])) {
      if (!current) {
        current = { heading: '', path: [], line: lines.lineAt(start), links: [] };
        sections.push(current);
      }
      addLink(current, link, start, token.raw);
    }
  }

  function addLink(section: LinkListSection, link: Tokens.Link, tokenStart: number, raw: string): void {
    const at = raw.indexOf(link.raw);
    const line = lines.lineAt(tokenStart + Math.max(0, at));
    let url: URL | undefined;
    try {
      url = new URL(link.href);
    } catch {
      url = undefined;
    }
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
      diagnostics.push({
        severity: 'warning',
        file,
        line,
        message: `link "${link.href}" is not an http(s) URL; skipped`,
      });
      return;
    }
    section.links.push({ title: plain(link.text) || url.hostname, url: url.href, line });
  }

  return {
    document: { file, sections: sections.filter((s) => s.links.length > 0 || s.heading) },
    diagnostics,
  };
}

function collectLinks(tokens: Token[]): Tokens.Link[] {
  const out: Tokens.Link[] = [];
  const walk = (list: Token[]): void => {
    for (const t of list) {
      if (t.type === 'link') out.push(t as Tokens.Link);
      const nested = (t as { tokens?: Token[] }).tokens;
      if (nested) walk(nested);
      const items = (t as { items?: Token[] }).items;
      if (items) walk(items);
    }
  };
  walk(tokens);
  return out;
}

function plain(s: string): string {
  return decodeHTML(s.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`]/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
}

/** Cleans a free-text notes document: leftover CSS/comment blocks, entities, Markdown escapes. */
export function parseNoteDocument(text: string, file: string, id: string): NoteDocument {
  let body = decodeHTML(text);
  body = body.replace(/<!--[\s\S]*?-->/g, '\n');
  body = body.replace(/<style[\s\S]*?<\/style>/gi, '\n');
  body = body.replace(/\\([\\`*_{}[\]()#+\-.!<>~|])/g, '$1');
  const lines = body.split('\n').map((l) => l.replace(/\s+$/g, ''));
  const cleaned = lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const firstLine = (cleaned.split('\n')[0] ?? '').trim();
  const firstTextLine = text.split('\n').findIndex((l) => l.replace(/\\(.)/g, '$1').trim() === firstLine);
  const heading = /^#+\s+(.+)$/m.exec(cleaned);
  const title = heading ? heading[1]!.trim() : id.replace(/[-_]+/g, ' ');
  return { id, title, text: cleaned, file, line: firstTextLine === -1 ? 1 : firstTextLine + 1 };
}
