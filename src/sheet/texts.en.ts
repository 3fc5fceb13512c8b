// The place sheet's texts in English, key for key with texts.ja.ts.
import type { SheetTextKey } from './texts.ja';

export const sheetEn: Readonly<Record<SheetTextKey, string>> = {
  'sheet.print': 'Print',
  'sheet.printName': 'Print this (one A4 page)',
  'sheet.share': 'Share',
  'sheet.shareName': 'Share a link to this page',
  'sheet.shared': 'Link shared.',
  'sheet.copied': 'Link copied. Paste it to send it.',
  'sheet.failed': 'The link could not be sent. Copy this address: {url}',
  'sheet.printed': 'Printed on {date}',
  'sheet.dataDate': 'Data as of',
  'sheet.credits': 'Sources',
  'sheet.more': 'and {n} more (shown on screen)',
  'sheet.mapAlt': 'Map of {title} (the chosen place outlined)',
  'sheet.noMap': 'The map is shown on screen only (this device cannot turn it into a picture)',
  'sheet.qr': 'QR code that opens this page',
  'sheet.link': 'Address of this page: {url}',
  'sheet.edited': 'GSI tiles with flood records, chome boundaries and more added',
};
