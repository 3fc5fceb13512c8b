// Everything the lesson maker needs beyond its state, loaded as one chunk the first time a teacher
// opens it or a lesson link is played (residents never download it).
// Its texts first: registered before any view of the chunk is drawn.
import './texts';
import './lesson-editor.css';
export { LessonController } from './lesson-controller';
export { LessonEditorView } from './lesson-editor-view';
export { describeView } from './describe-step';
export { sourceSuggestions } from './source-suggestions';
export { columnDoc, readTourFiles, tourIndexCsv, tourStepsCsv } from './tour-csv';
export { decodeLesson, encodeLesson, lessonHref } from './lesson-link';
export { tourRefsFromAppData } from '../tour-refs';
export { downloadText } from '../../lib/download';
export { formatProblem } from '../../data/problems';
