// The data desk's texts in やさしい日本語, for the few keys where plain Japanese helps; any other key
// falls back to the Japanese reference (td() in texts.ts).
import type { DeskTextKey } from './texts.ja';

export const deskEasy: Readonly<Partial<Record<DeskTextKey, string>>> = {
  'desk.title': 'データを 新しく する（区の 職員）',
  'desk.save': '保存する',
  'desk.form.notGiven': '書いて いない',
  'desk.form.badDate': '日付が 読めません（{value}）。れい: 令和7年9月11日',
  'desk.form.required': '書いて ください',
};
