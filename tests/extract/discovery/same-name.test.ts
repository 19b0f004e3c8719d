import { describe, it, expect } from 'vitest';
import { sameName } from '../../../src/extract/discovery/same-name.js';

describe('sameName', () => {
  it.each([
    // A generated summary's spellings of the model its title names.
    ['WGWebNet', 'WG-WaveNet', true],
    ['Tacotrom', 'Tacotron', true],
    ['Mockinjay', 'Mockingjay', true],
    // Different models, versions, or too short to judge.
    ['SpeechT5', 'SpeechLM', false],
    ['Tacotron2', 'Tacotron', false],
    ['WaveRNN', 'WaveNet', false],
    ['BERT', 'BART', false],
    ['WG-WaveNet', 'WG-WaveNet', false],
  ])('should judge whether %s misspells %s', (written, name, expected) => {
    expect(sameName(written, name)).toBe(expected);
  });
});
