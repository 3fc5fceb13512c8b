// Every group's texts merged into one dictionary per language, for tests that check all texts
// (placeholders, furigana, problem messages). Importing this registers them all, lazy groups too.
import '../../../src/i18n/register-all-texts';
import { isMessageKey, type MessageKey, type Texts } from '../../../src/i18n/i18n';
import { TEXT_GROUPS } from '../../../src/i18n/text-groups';

const merged = (pick: (g: (typeof TEXT_GROUPS)[number]) => Texts): Texts =>
  Object.assign({}, ...TEXT_GROUPS.map(pick));

export const ja = merged((g) => g.texts.ja);
export const en = merged((g) => g.texts.en);
export const jaEasy = merged((g) => g.texts.easy);

/** A dictionary's texts with their keys typed. */
export function textEntries(texts: Texts): [MessageKey, string][] {
  const out: [MessageKey, string][] = [];
  for (const key of Object.keys(texts)) {
    const text = isMessageKey(key) ? texts[key] : undefined;
    if (isMessageKey(key) && text !== undefined) out.push([key, text]);
  }
  return out;
}
