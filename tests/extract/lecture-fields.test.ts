import { describe, it, expect } from 'vitest';
import { coursePrefix, lectureFields } from '../../src/extract/lecture-fields.js';

describe('lectureFields', () => {
  it('should read an empty title as one empty field', () => {
    expect(lectureFields({ title: '' })).toEqual([{ field: 'title', text: '' }]);
  });

  it('should not read what a summary puts aside: future work, outlook, references', () => {
    const summary = [
      '## 核心主題',
      '- 提出知識蒸餾的新方法。',
      '## 未來方向',
      '- 探索語音合成上的應用。',
      '## 結論',
      '- 蒸餾有效。',
      '  - **未來工作**：',
      '    - 延伸到語者驗證。',
      '- **Future work**: try speech translation.',
      '- 也比較了剪枝。',
      '## 參考文獻',
      '- Hinton et al., Distilling the Knowledge in a Neural Network',
    ].join('\n');
    const fields = lectureFields({ title: 'Paper talk', summary });
    const text = fields.map((f) => f.text).join('\n');
    expect(text).toContain('知識蒸餾');
    expect(text).toContain('蒸餾有效');
    expect(text).toContain('也比較了剪枝');
    expect(text).not.toContain('語音合成');
    expect(text).not.toContain('語者驗證');
    expect(text).not.toContain('speech translation');
    expect(text).not.toContain('Hinton');
  });

  it('should put aside a future-work section whole, its subheadings too, as a bold label or with CRLF line ends', () => {
    const read = (summary: string, title = 'Paper talk'): string =>
      lectureFields({ title, summary })
        .map((f) => f.text)
        .join('\n');
    const sub = '## Knowledge Distillation\n- A student.\n## Future Work\n### Speech Translation\n- Next.\n';
    expect(read(sub)).not.toContain('Speech Translation');
    const bold =
      '**Knowledge Distillation**\n- A student.\n\n**Future Work**\n- Speaker Verification next.\n';
    expect(read(bold)).not.toContain('Speaker Verification');
    const crlf =
      '## Knowledge Distillation\r\n- A student.\r\n## Future Work\r\n- Speaker Verification next.\r\n';
    expect(read(crlf)).toContain('Knowledge Distillation');
    expect(read(crlf)).not.toContain('Speaker Verification');
    // A word that only holds "reference" is no references section.
    const words = '## Direct Preference Optimization\n- DPO.\n## Coreference Resolution\n- Mentions.\n';
    expect(read(words)).toContain('Coreference Resolution');
    expect(read(words)).toContain('DPO');
  });

  it('should read the whole summary of a lecture about the future, and a first heading that is its title', () => {
    const summary = '# Future Directions in Codecs\n### Diffusion Decoders\n- Latent diffusion.\n';
    expect(
      lectureFields({ title: 'Future Directions in Codecs', summary })
        .map((f) => f.text)
        .join('\n'),
    ).toContain('Latent diffusion');
    const titled = '# 技術突破與未來發展\n### 模型編輯\n- 改一個事實。\n';
    expect(
      lectureFields({ title: '第一講', summary: titled })
        .map((f) => f.text)
        .join('\n'),
    ).toContain('模型編輯');
  });

  it('should read a setext heading as a heading, and a rule after a blank line as no heading', () => {
    const fields = lectureFields({
      title: 'Paper talk',
      summary:
        'Knowledge Distillation\n======\n- A student.\n\nPruning\n---\n- Fewer weights.\n\n---\n- After a rule.',
    });
    expect(fields.find((f) => f.field === 'heading')?.text.split('\n')).toEqual([
      'Knowledge Distillation',
      'Pruning',
    ]);
    expect(fields.find((f) => f.field === 'summary')?.text).toContain('After a rule');
  });

  it("should drop a heading's numbering, never the digits of a term it names", () => {
    const summary =
      '## 1. Overview\n## 2、方法\n## 1.2 Setup\n## 3D Gaussian Splatting\n## 1x1 Convolution\n## 1-bit LLM';
    const headings = lectureFields({ title: 'Talk', summary }).find((f) => f.field === 'heading')?.text;
    expect(headings?.split('\n')).toEqual([
      'Overview',
      '方法',
      'Setup',
      '3D Gaussian Splatting',
      '1x1 Convolution',
      '1-bit LLM',
    ]);
  });

  it('should read a heading that concludes and looks ahead ("結論與展望")', () => {
    const fields = lectureFields({ title: 'Paper talk', summary: '## 結論與展望\n- 剪枝很有效。' });
    expect(fields.find((f) => f.field === 'summary')?.text).toContain('剪枝很有效');
  });

  it("should read the course name a course overview's raw title writes as plain words", () => {
    const overview = {
      title: 'Course Introduction',
      rawTitle: 'Machine Learning (2020): Course Introduction',
      courseOverview: true,
    };
    expect(lectureFields(overview)[0]!.text).toBe('Machine Learning: Course Introduction');
    expect(lectureFields({ ...overview, courseOverview: false })[0]!.text).toBe('Course Introduction');
    expect(
      lectureFields({ title: '課程速覽', rawTitle: '[線性代數] 課程速覽', courseOverview: true })[0]!.text,
    ).toBe('課程速覽');
  });
});

describe('coursePrefix', () => {
  it.each([
    ['Machine Learning (2020): Course Introduction', 'Course Introduction', 'Machine Learning'],
    ['[DLHLP 2020] Course Overview', 'Course Overview', ''],
    ['【機器學習2022】開學囉', '開學囉', ''],
    ['Course Overview', 'Course Overview', ''],
    ['Something else entirely', 'Course Overview', ''],
  ])('should read the prefix of %s', (raw, title, prefix) => {
    expect(coursePrefix(raw, title)).toBe(prefix);
  });
});
