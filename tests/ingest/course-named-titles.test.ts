import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../../src/ingest/ingest.js';

/** A JSON lecture list in a fresh folder, as a user writes one; returns its path. */
function lectureList(rows: { title: string; date?: string; summary?: string }[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'la-course-titles-'));
  const file = join(dir, 'lectures.json');
  const lectures = rows.map((r, i) => ({
    number: i + 1,
    url: `https://www.youtube.com/watch?v=cOuRsE${String(i + 1).padStart(5, '0')}`,
    ...r,
  }));
  writeFileSync(file, JSON.stringify({ lectures }, null, 2));
  return file;
}

const shown = async (file: string) =>
  (await ingest([file])).lectures.map((l) => [l.title, l.series, l.courseLecture]);

describe('courseNamedTitles (through ingest)', () => {
  it('should title each lecture by its number where every title is the course name beside it', async () => {
    const file = lectureList(
      [1, 2, 3, 4].map((n) => ({
        title: `Lecture ${n} | Machine Learning (Stanford)`,
        date: '2008-07-23',
        summary: 'Linear regression and gradient descent.',
      })),
    );
    // Each lecture keeps its own name, the course's name becomes the series, with the year its dates agree on.
    expect(await shown(file)).toEqual([
      ['Lecture 1', 'Machine Learning (Stanford) 2008', '1'],
      ['Lecture 2', 'Machine Learning (Stanford) 2008', '2'],
      ['Lecture 3', 'Machine Learning (Stanford) 2008', '3'],
      ['Lecture 4', 'Machine Learning (Stanford) 2008', '4'],
    ]);
  });

  it('should title a lecture by the unit its list numbers in', async () => {
    const file = lectureList(
      ['1', '2a', '2b'].map((n) => ({ title: `Module ${n} - Deep Learning Do It Yourself` })),
    );
    expect(await shown(file)).toEqual([
      ['Module 1', 'Deep Learning Do It Yourself', '1'],
      ['Module 2a', 'Deep Learning Do It Yourself', '2a'],
      ['Module 2b', 'Deep Learning Do It Yourself', '2b'],
    ]);
  });

  it('should leave a topic taught in a few numbered lectures of a longer course as it is', async () => {
    const rows = [
      ...[1, 2, 3].map((n) => ({ title: `Lecture ${n}: What can we know from RREF?` })),
      ...['Vectors', 'Matrices', 'Determinants', 'Eigenvalues'].map((t, i) => ({
        title: `Lecture ${i + 4}: ${t}`,
      })),
    ];
    const titles = (await ingest([lectureList(rows)])).lectures.map((l) => l.title);
    expect(titles.slice(0, 3)).toEqual([
      'What can we know from RREF?',
      'What can we know from RREF?',
      'What can we know from RREF?',
    ]);
  });

  it('should leave two parts sharing a title, however short the list', async () => {
    const file = lectureList([{ title: 'Lecture 1: Transformers' }, { title: 'Lecture 2: Transformers' }]);
    expect((await ingest([file])).lectures.map((l) => l.title)).toEqual(['Transformers', 'Transformers']);
  });
});
