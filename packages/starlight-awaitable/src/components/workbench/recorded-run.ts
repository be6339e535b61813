/**
 * The page side of recorded runs, loaded on the first Run (not before the page is interactive): choosing between
 * the build's recording and Python, reading the recordings from the element's config, and the label that says a
 * run was replayed. Shared by <aw-workbench> and <aw-timeline>.
 */
export { answerRun } from '../../runtime/recordings/answer.ts';
export { parseRecordings } from '../../runtime/recordings/recording.ts';
export { showRecordedNote } from './recorded-note.ts';
