/**
 * The lectures a topic signal looks at for a concept and a dependent lecture: the concept's best-focused teachers
 * (capped, context.ts), and with them the lectures course order puts before the dependent — the ones just before
 * it, its course's introduction and first lecture — whose main topic the concept is too. The cap bounds the work on
 * a concept taught in hundreds of lectures; without this, a course's own lecture on the topic (GAN Lecture 1 of a
 * GAN course, among 38 lectures on GANs) went unmeasured by the very signals that say it shares the topic.
 */
import type { PrerequisiteContext, Teacher } from '../context.js';

/**
 * The lectures course order puts before `b`: the ones just before it, its course's introduction and first; in key
 * order (sorted once per lecture, not once per concept its signals ask about).
 */
export function courseBefore(ctx: PrerequisiteContext, b: string): ReadonlySet<string> {
  const keys = [...(ctx.coursePrevious.get(b) ?? [])];
  const intro = ctx.courseIntroduction.get(b);
  if (intro) keys.push(intro);
  const first = ctx.courseFirst.get(b);
  if (first) keys.push(first);
  return new Set(keys.sort());
}

/** `ctx.teachers(c)`, then the lectures of `inCourse` (`courseBefore`'s, in key order) about `c` that the cap left out. */
export function teachersWithCourse(
  ctx: PrerequisiteContext,
  c: string,
  inCourse: ReadonlySet<string>,
): readonly Teacher[] {
  const teachers = ctx.teachers(c);
  let extra: Teacher[] | undefined;
  for (const key of inCourse) {
    const info = ctx.infos.get(key);
    if (!info?.main.has(c) || teachers.some((t) => t.key === key)) continue;
    (extra ??= []).push({ key, info, focus: ctx.focus(info, c) });
  }
  return extra ? [...teachers, ...extra] : teachers;
}
