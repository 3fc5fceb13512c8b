// @vitest-environment jsdom
// The lesson maker's labels in やさしい日本語 carry the readings written in texts.easy.ts when
// furigana are on (issue 21 item 5), and no <rt> at all when they are off; a label's accessible
// text stays the plain kanji (the reading is aria-hidden).
import { describe, expect, it } from 'vitest';
import '../../src/tours/editor/texts';
import { emptyDraft } from '../../src/tours/editor/draft-model';
import { LessonEditorView } from '../../src/tours/editor/lesson-editor-view';
import type { Lang } from '../../src/i18n/i18n';

function draw(lang: Lang, ruby: boolean): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  const editor = { open: true, draft: emptyDraft(new Date(2026, 11, 6)), unsaved: false };
  const noop = (): void => undefined;
  const view = new LessonEditorView(container, {
    editor: () => editor,
    edit: noop,
    goTo: noop,
    preview: noop,
    download: noop,
    saveToData: noop,
    share: noop,
    load: noop,
    close: noop,
    startNew: noop,
    confirm: () => true,
  });
  view.render(
    { lang, ruby, editor, current: '', suggestions: [], canSaveToData: false, notice: null },
    false,
  );
  return container;
}

describe('lesson maker labels with furigana', () => {
  it('shows the readings on the heading and buttons in やさしい日本語 when furigana are on', () => {
    const c = draw('ja-easy', true);
    const heading = c.querySelector('#lesson-editor-heading')!;
    expect(heading.querySelector('rt')?.textContent).toBe('じゅぎょう');
    expect(heading.querySelector('rt')?.getAttribute('aria-hidden')).toBe('true');
    const download = c.querySelector<HTMLButtonElement>('.lesson-download')!;
    expect(download.querySelector('rt')?.textContent).toBe('ほぞん');
    const labels = [...c.querySelectorAll('label')].filter((l) => l.querySelector('rt'));
    expect(labels.length).toBeGreaterThan(0);
  });

  it('has no <rt> when furigana are off, and plain text in Japanese and English', () => {
    for (const [lang, ruby] of [
      ['ja-easy', false],
      ['ja', false],
      ['en', false],
    ] as const) {
      const c = draw(lang, ruby);
      expect(c.querySelector('rt')).toBeNull();
      expect(c.textContent).not.toContain('{');
    }
    expect(draw('ja-easy', false).querySelector('#lesson-editor-heading')?.textContent).toBe(
      '授業を つくる',
    );
  });
});
