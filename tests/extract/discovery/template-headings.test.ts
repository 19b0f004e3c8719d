import { describe, it, expect } from 'vitest';
import { findTemplateHeadings } from '../../../src/extract/discovery/template-headings.js';

describe('findTemplateHeadings', () => {
  it('should find nothing without summaries or headings', () => {
    expect(findTemplateHeadings([])).toEqual(new Set());
    expect(findTemplateHeadings(['no heading here', '- **Bold** only'])).toEqual(new Set());
  });
  it('should find the headings two or more summaries share, numbered or bold alike', () => {
    const a = '### Key points\n#### Core topic\nGANs.\n#### 1. Main ideas\n- x\n#### WGAN\n- y';
    const b = '### **Key points**\n#### Core topic:\nVAEs.\n#### Main ideas\n- z\n#### Reparameterization';
    expect([...findTemplateHeadings([a, b])].sort()).toEqual(['core topic', 'key point', 'main idea']);
  });
});
