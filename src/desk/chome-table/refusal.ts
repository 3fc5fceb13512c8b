// Why a file is not the ward's 町丁別浸水実績一覧 at all, in words staff can act on.
import type { Problem } from '../../data/problems';
import { t, type MessageKey } from '../../i18n/i18n';

export type RefusalReason =
  | 'pdf'
  | 'binary'
  | 'encoding'
  | 'workbook'
  | 'empty'
  | 'noHeader'
  | 'noNameColumn'
  | 'noChome'
  | 'noEvents'
  | 'headerDiffers'
  | 'workbookTooLarge'
  | 'unpackedTooLarge'
  | 'tooManyRows'
  | 'tooSlow';

/** The one problem a refused file gets: file-level, with the reason in both languages. */
export function refusal(
  file: string,
  reason: RefusalReason,
  fill: Readonly<Record<string, string>> = {},
  where: Pick<Problem, 'sheet' | 'cell' | 'row'> = {},
): Problem {
  const key: MessageKey = `v.refused.${reason}`;
  return {
    severity: 'error',
    code: 'tableRefused',
    file,
    ...where,
    params: { reason_ja: t('ja', key, fill), reason_en: t('en', key, fill), refusal: reason },
  };
}
