/**
 * The label under a run's status line that says its output was replayed from the build's recording (never shown
 * for a live run), with its wording. Beside the status line rather than in it, so the status keeps saying what it
 * says of any run. Part of the lazily loaded recorded-run chunk.
 */
import type { RuntimeStatus } from '../../runtime/session.ts';

/** Said after a run answered from the build's recording (src/runtime/recordings/answer.ts), never of a live run. */
export function recordedNote(status: RuntimeStatus): string {
  const recorded = 'Shown from the recording of this exact code made when the site was built';
  if (status.state === 'ready' || status.state === 'running')
    return `${recorded}. Python is ready now: your next Run is live.`;
  const python = status.state === 'failed' ? 'Python could not start' : 'Python is still starting';
  return `${recorded} (${python}). Your next Run goes to Python once it is ready, or as soon as you edit the code.`;
}

/** Shows the label for a recorded run (the runtime's status decides its wording) or hides it (null). */
export function showRecordedNote(statusLine: HTMLElement, status: RuntimeStatus | null): void {
  let note = statusLine.parentElement?.querySelector<HTMLElement>('[data-role="recorded-note"]') ?? null;
  if (!note && status === null) return;
  if (!note) {
    note = document.createElement('p');
    note.dataset.role = 'recorded-note';
    Object.assign(note.style, { margin: '0', flex: '1 1 100%', fontSize: 'var(--sl-text-xs)', opacity: '0.85' });
    statusLine.after(note);
  }
  note.textContent = status ? recordedNote(status) : '';
  note.hidden = status === null;
}
