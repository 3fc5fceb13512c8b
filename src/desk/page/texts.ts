// The data desk's own texts (desk.html only), kept out of src/i18n/ so the residents' page does not
// download them. `td()` fills placeholders exactly as `t()` does; texts shared with the residents'
// page (languages, problem messages, source kinds) come from `t()`.
import { formatNumber, type Lang, type Params } from '../../i18n/i18n';
import { deskEasy } from './texts.easy';
import { deskEn } from './texts.en';
import { deskJa, type DeskTextKey } from './texts.ja';

export type { DeskTextKey } from './texts.ja';

export function isDeskTextKey(key: string): key is DeskTextKey {
  return Object.hasOwn(deskJa, key);
}

export function td(lang: Lang, key: DeskTextKey, params: Params = {}): string {
  const template =
    lang === 'en' ? deskEn[key] : lang === 'ja-easy' ? (deskEasy[key] ?? deskJa[key]) : deskJa[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(lang, value) : value;
  });
}
