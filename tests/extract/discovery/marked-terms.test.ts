import { describe, it, expect } from 'vitest';
import { findMarkedTerms } from '../../../src/extract/discovery/marked-terms.js';

describe('findMarkedTerms', () => {
  it('should take short English bold spans and headings as key terms', () => {
    const md =
      '#### 2. 主要觀念\n##### b. Weight Agnostic Networks (WAN)\n- **One Pixel Attack**：只改一個像素\n- **這是中文**';
    expect(findMarkedTerms(md)).toEqual(['One Pixel Attack']);
  });
  it('should not take the section labels of an English summary for key terms', () => {
    const md =
      '#### Main ideas\n1. **A set of feature maps as output**: each filter gives one map.\n' +
      '2. **Two kinds of pooling**: max and average.\n3. **Why depth helps**: reuse.\n4. **Receptive Field**: the area.';
    expect(findMarkedTerms(md)).toEqual(['Receptive Field', 'Main ideas']);
  });
  it('should take a heading numbered by section or in parentheses, whole', () => {
    expect(
      findMarkedTerms('## 3.1 Spectral Gating\n## 4、Wiener Filtering\n- **(1) Noise Gating**：'),
    ).toEqual(['Noise Gating', 'Spectral Gating', 'Wiener Filtering']);
  });
  it('should take the English name that opens a bold span continued in Chinese', () => {
    expect(findMarkedTerms('- **BatchNorm技術**：\n- **ResNet 的創新**\n- **中文 English**')).toEqual([
      'BatchNorm',
      'ResNet',
    ]);
  });
});
