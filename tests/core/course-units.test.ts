import { describe, expect, it } from 'vitest';
import { practicalSeriesCourse } from '../../src/core/course-units.js';

/** The course a series of practical sessions is named after. */
describe('practicalSeriesCourse', () => {
  it.each([
    ['Deep Learning 2021 Labs', 'Deep Learning 2021'],
    ['CS 101 (Tutorials)', 'CS 101'],
    ['Deep Learning – Lab Sessions', 'Deep Learning'],
    ['Intro to ML: Recitations', 'Intro to ML'],
    ['Statistics Exercise', 'Statistics'],
  ])('should read "%s" as the practical sessions of %s', (series, course) => {
    expect(practicalSeriesCourse(series)).toBe(course);
  });

  it.each(['Laboratory Robotics', 'Matlab', 'Collab', 'Labs', 'ML 2021 實作', 'Deep Learning 2021'])(
    'should read "%s" as no series of practical sessions',
    (series) => {
      expect(practicalSeriesCourse(series)).toBeUndefined();
    },
  );
});
