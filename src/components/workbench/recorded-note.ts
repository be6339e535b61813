/**
 * The label under a run's status line that says its output was replayed from the build's recording (never shown
 * for a live run). Beside the status line rather than in it, so the status keeps saying what it says of any run.
 */
export function showRecordedNote(statusLine: HTMLElement, text: string | null): void {
  let note = statusLine.parentElement?.querySelector<HTMLElement>('[data-role="recorded-note"]') ?? null;
  if (!note && text === null) return;
  if (!note) {
    note = document.createElement('p');
    note.dataset.role = 'recorded-note';
    Object.assign(note.style, { margin: '0', flex: '1 1 100%', fontSize: 'var(--sl-text-xs)', opacity: '0.85' });
    statusLine.after(note);
  }
  note.textContent = text ?? '';
  note.hidden = text === null;
}
