/**
 * What the components say to the learner, in one place: one object per element (each tree-shakes into its own
 * chunk). The run status and a run's outcome are worded in run-status.ts, a recorded run's label in
 * workbench/recorded-note.ts, grading in src/grading/messages.ts, the Playground in src/playground/messages.ts.
 */

export const WORKBENCH_MESSAGES = {
  replaying: (at: string, total: string) => `Replaying at the program's own pace: ${at} of ${total}…`,
  alreadyStarter: 'The code is already the starter code.',
  reset: 'Code reset to the starter. Undo with the button or Ctrl+Z in the editor.',
  undone: 'Your code is back.',
};

export const EXERCISE_MESSAGES = {
  cannotSave:
    'This browser is not letting the site save anything (private mode or storage turned off), so your code ' +
    'is kept only while this page is open.',
  saveFailed: (why: string) => `${why} Your code is kept while this page is open.`,
  restored: 'Your saved code was restored. Reset brings back the starter code.',
  fromOtherTab: 'Updated with the code you saved in another tab.',
  conflict: (when: string) =>
    `This exercise was changed in another tab at ${when}. Your edits here are not saved yet — which code do you want to keep?`,
  keepMine: 'Keep my code',
  loadTheirs: 'Load the other tab’s code',
  specUnreadable: "This exercise's checks could not be read, so it can't be graded. Reload the page.",
  checking: 'Checking…',
  solvedOn: (date: string) => `Solved on ${date}. Check again any time.`,
  result: (passed: boolean, message: string) => `${passed ? 'Passed' : 'Failed'}: ${message}`,
  lastHint: 'That was the last hint. The solution is one click away if you need it.',
  hintsLeft: (left: number) => (left <= 0 ? 'No more hints' : `${left} more`),
  solutionShown: 'The reference solution is shown next to your code. Your code is unchanged.',
  solutionButton: (shown: boolean) => (shown ? 'Hide solution' : 'Show solution'),
};

export const PREDICT_MESSAGES = {
  pickFirst: 'Pick the output you expect first.',
  right: 'Right: that is exactly what the program prints. Press “Run it” to see it happen.',
  wrong: 'Not this one. Look again at where the program waits, or press “Run it” to see.',
  placed: (right: boolean) => (right ? ' (right place)' : ' (wrong place)'),
  starting: 'Starting Python…',
  couldNotRun: (why: string) => `The program could not be run: ${why}`,
};

export const QUIZ_MESSAGES = {
  chooseFirst: 'Choose an answer first.',
  explanationsButton: (showing: boolean) => (showing ? 'Hide all explanations' : 'Show all explanations'),
};

export const TIMELINE_MESSAGES = {
  runAgain: 'Run again',
};

export const PROGRESS_MESSAGES = {
  deleted: 'All progress was deleted.',
  summary: (solved: number, total: number) => `You have solved ${solved} of ${total} exercises.`,
  quizzes: (results: string) => `Quizzes: ${results}`,
  predicts: (results: string) => `Predict the output: ${results}`,
  exported: (count: number, file: string) => `Exported ${count} exercises to ${file}.`,
  continueTo: (title: string) => `Continue: ${title}`,
};
