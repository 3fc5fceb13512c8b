// @vitest-environment jsdom
// The answer's prediction block in the DOM: its heading, one item per sentence, and the source one
// click away (the credits' hazard-map entry). SYNTHETIC description.
import { describe, expect, it, vi } from 'vitest';
import { HAZARD_CREDITS_FILE } from '../../src/config/hazard-layers';
import { predictionBlock } from '../../src/ui/prediction-block';

describe('predictionBlock', () => {
  it('lists the sentences under its heading and opens the hazard maps’ credits', () => {
    const open = vi.fn();
    const block = predictionBlock(
      document,
      'ja-easy',
      { kind: 'read', lines: ['一つめ', '{品川区|しながわく}の 二つめ'], source: '出典：合成' },
      open,
      true,
    );
    document.body.append(block);
    expect(block.querySelector('h4')?.textContent).toBe('この地点の想定（ハザードマップ）');
    expect(block.querySelectorAll('li')).toHaveLength(2);
    expect(block.querySelector('ruby')?.textContent).toContain('品川区');
    const button = block.querySelector('button');
    expect(button?.textContent).toBe('ハザードマップの出典と注意を見る');
    button?.click();
    expect(open).toHaveBeenCalledWith(HAZARD_CREDITS_FILE);
  });

  it('without a source (offline, or not read yet) there is no source button', () => {
    const block = predictionBlock(
      document,
      'en',
      { kind: 'offline', lines: ['cannot be checked now'], source: null },
      () => undefined,
      false,
    );
    expect(block.querySelector('button')).toBeNull();
    expect(block.dataset.prediction).toBe('offline');
  });
});
