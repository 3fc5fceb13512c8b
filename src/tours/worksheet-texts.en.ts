// Printed worksheets (src/tours/worksheet*.ts, a lazy chunk; worksheet-texts.ts registers them):
// English, key for key with worksheet-texts.ja.ts.
import type { WorksheetTextKey } from './worksheet-texts.ja';

export const worksheetEn: Readonly<Record<WorksheetTextKey, string>> = {
  'ws.north': 'N',
  'ws.scale': '1 cm = {m} m',
  'ws.scaleAlt': 'Scale: 1 cm on the map is about {m} m',
  'ws.legend': 'Legend',
  'ws.dataDate': 'Data as of',
  'ws.printed': 'Printed: {date}',
  'ws.edited': 'GSI tiles with flood records, chome boundaries and other data added',
  'ws.answer': 'Write what you think',
  'ws.name': 'Class ______  Name ____________________',
  'ws.qr': 'QR code that opens this step',
  'ws.mapAlt': 'Map for the step "{title}"',
  'ws.curriculum': 'Curriculum code: {codes}',
  'ws.teacherTitle': 'Teacher’s sheet: {title}',
  'ws.teacherQuestion': 'Question: ',
  'ws.teacherSource': '{title} ({kind}) {url}',

  'ws.noQrLesson':
    'This lesson was made by a teacher: no QR code. Ask your teacher for the file or link.',
  'ws.noQrLong': 'The address of this step is too long for a QR code. Ask your teacher.',
  'ws.thenLayer': 'Old photo or map compared on screen: {name}',
  'ws.thenNotPrinted': 'The old photo or map is shown on screen only (not printed)',
};
