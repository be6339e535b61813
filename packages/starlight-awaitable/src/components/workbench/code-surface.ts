/**
 * The code area of a workbench. It starts as the build-time highlighted <pre> (no Monaco bytes) and turns into
 * a Monaco editor the first time the learner clicks, taps or presses Enter on it. Callers see one interface
 * either way.
 *
 * The two views are drawn to the same geometry (font, line height, padding, gutter: code-style.ts and `.aw-wb__code` in
 * Workbench.astro) and the same colours (one Shiki theme per colour scheme), so the
 * switch moves nothing; the click that opens the editor puts the cursor (or the dragged selection) where it was.
 */
import { loadMonaco } from './monaco-loader.ts';
import {
  CODE_FONT_SIZE,
  CODE_LINE_HEIGHT,
  CODE_PADDING,
  LINE_DECORATIONS_WIDTH,
  LINE_NUMBERS_MIN_CHARS,
  codeRows,
} from './code-style.ts';
import type * as Monaco from 'monaco-editor/editor/editor.api';

export interface CodeSurfaceOptions {
  /** Accessible name of the editor, e.g. "Code for: All three at once". */
  label: string;
  onChange?: (code: string) => void;
  /** Ctrl/Cmd+Enter inside the editor. */
  onRun?: () => void;
  /** Shift+Ctrl/Cmd+Enter inside the editor (exercises only). */
  onCheck?: () => void;
  /** The code's language (default Python). */
  language?: 'python' | 'typescript';
}

/** A range of the code as character offsets (anchor = where the selection started, focus = where it ends). */
interface OffsetSelection {
  anchor: number;
  focus: number;
}

export class CodeSurface {
  private readonly host: HTMLElement;
  private readonly staticView: HTMLElement;
  private readonly options: CodeSurfaceOptions;
  private code: string;
  private editor: Monaco.editor.IStandaloneCodeEditor | null = null;
  private upgrading: Promise<Monaco.editor.IStandaloneCodeEditor> | null = null;
  private decorations: Monaco.editor.IEditorDecorationsCollection | null = null;
  private highlighted: number | null = null;

  constructor(host: HTMLElement, initialCode: string, options: CodeSurfaceOptions) {
    this.host = host;
    this.options = options;
    this.code = initialCode;
    this.staticView = host.querySelector<HTMLElement>('pre') ?? host;
    this.staticView.tabIndex = 0;
    this.staticView.setAttribute('role', 'textbox');
    this.staticView.setAttribute('aria-multiline', 'true');
    this.staticView.setAttribute('aria-label', `${options.label} (press Enter or click to edit)`);
    this.staticView.addEventListener('pointerdown', (event) => this.pressed(event));
    // A pointer over the code or the keyboard focus on it: the learner may be about to edit, so start loading.
    for (const intent of ['pointerenter', 'focus'])
      this.staticView.addEventListener(intent, () => void loadMonaco().catch(() => undefined), { once: true });
    this.staticView.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey && !this.upgrading) {
        event.preventDefault();
        void this.open(this.staticSelection() ?? { anchor: 0, focus: 0 });
      }
    });
    this.setRows(initialCode);
  }

  getValue(): string {
    return this.editor ? this.editor.getValue() : this.code;
  }

  get isEditor(): boolean {
    return this.editor !== null;
  }

  /** Replaces the code. With `undoable`, the change goes on the editor's undo stack (Ctrl+Z brings it back). */
  async setValue(code: string, { undoable = false } = {}): Promise<void> {
    if (!undoable && !this.editor) {
      this.code = code;
      this.renderStatic();
      this.setRows(code);
      return;
    }
    const editor = await this.upgrade();
    const model = editor.getModel()!;
    if (undoable) {
      editor.pushUndoStop();
      editor.executeEdits('reset', [{ range: model.getFullModelRange(), text: code }]);
      editor.pushUndoStop();
    } else model.setValue(code);
  }

  async undo(): Promise<void> {
    const editor = await this.upgrade();
    editor.trigger('workbench', 'undo', null);
    editor.focus();
  }

  /** Marks a line (1-based) as the one an error or a check points at; null clears it. */
  highlightLine(line: number | null): void {
    this.highlighted = line;
    if (this.editor) {
      this.decorations?.clear();
      if (line !== null) {
        this.decorations = this.editor.createDecorationsCollection([
          {
            range: { startLineNumber: line, startColumn: 1, endLineNumber: line, endColumn: 1 },
            options: {
              isWholeLine: true,
              className: 'aw-line-flagged',
              linesDecorationsClassName: 'aw-line-flagged-gutter',
            },
          },
        ]);
        this.editor.revealLineInCenterIfOutsideViewport(line);
      }
      return;
    }
    this.staticView.querySelectorAll('.aw-line-flagged').forEach((el) => el.classList.remove('aw-line-flagged'));
    if (line !== null) this.staticView.querySelectorAll('.line')[line - 1]?.classList.add('aw-line-flagged');
  }

  /** Turns the static view into Monaco (once; later calls share the same promise). */
  upgrade(): Promise<Monaco.editor.IStandaloneCodeEditor> {
    this.upgrading ??= this.createEditor();
    return this.upgrading;
  }

  /**
   * A press on the static code: start loading Monaco at once, and open the editor when the press ends, at the
   * caret or selection the press made (a click places a caret, a drag selects). A touch that turns into a scroll
   * is cancelled and opens nothing.
   */
  private pressed(event: PointerEvent): void {
    if (this.upgrading || event.button !== 0) return;
    void loadMonaco().catch(() => undefined); // a failure shows when the editor is created
    const released = (up: PointerEvent) => {
      done();
      const selection = this.staticSelection();
      if (selection && selection.anchor !== selection.focus) return void this.open(selection); // a drag
      const caret = this.offsetAtPoint(up.clientX, up.clientY);
      void this.open(caret === null ? selection : { anchor: caret, focus: caret });
    };
    const done = () => {
      removeEventListener('pointerup', released, true);
      removeEventListener('pointercancel', done, true);
    };
    addEventListener('pointerup', released, true);
    addEventListener('pointercancel', done, true);
  }

  /** Opens the editor with the cursor (or selection) at these offsets of the code, and focuses it. */
  private async open(at: OffsetSelection | null): Promise<void> {
    const editor = await this.upgrade();
    const model = editor.getModel()!;
    if (at) {
      const anchor = model.getPositionAt(at.anchor);
      const focus = model.getPositionAt(at.focus);
      editor.setSelection({
        selectionStartLineNumber: anchor.lineNumber,
        selectionStartColumn: anchor.column,
        positionLineNumber: focus.lineNumber,
        positionColumn: focus.column,
      });
      editor.revealPositionInCenterIfOutsideViewport(focus);
    }
    editor.focus();
  }

  /** The page's text selection as offsets of the code, if it lies inside the static view. */
  private staticSelection(): OffsetSelection | null {
    const selection = getSelection();
    if (!selection || selection.rangeCount === 0 || !selection.anchorNode || !selection.focusNode) return null;
    const anchor = this.offsetOf(selection.anchorNode, selection.anchorOffset);
    const focus = this.offsetOf(selection.focusNode, selection.focusOffset);
    return anchor === null || focus === null ? null : { anchor, focus };
  }

  /** The code offset of the character boundary nearest to a point on the static view (a click or a tap). */
  private offsetAtPoint(x: number, y: number): number | null {
    const caret = document.caretPositionFromPoint?.(x, y);
    if (caret) return this.offsetOf(caret.offsetNode, caret.offset);
    const range = document.caretRangeFromPoint?.(x, y);
    return range ? this.offsetOf(range.startContainer, range.startOffset) : null;
  }

  /** Character offset in the code of a DOM position inside the static view (line numbers are CSS, not text). */
  private offsetOf(node: Node, offset: number): number | null {
    const code = this.staticView.querySelector('code') ?? this.staticView;
    if (!code.contains(node)) return null;
    const before = document.createRange();
    before.setStart(code, 0);
    before.setEnd(node, offset);
    return Math.min(before.toString().length, this.code.length);
  }

  private async createEditor(): Promise<Monaco.editor.IStandaloneCodeEditor> {
    this.host.setAttribute('aria-busy', 'true');
    const { monaco, editorTheme, prepareHighlighting, useLanguage } = await loadMonaco();
    const language = this.options.language ?? 'python';
    await useLanguage(language);
    prepareHighlighting(this.code, language);
    // Same font as the static view (Starlight's monospace stack, read back rather than repeated here).
    const fontFamily = getComputedStyle(this.staticView).fontFamily;
    const container = document.createElement('div');
    container.className = 'aw-monaco';
    this.staticView.replaceWith(container);
    const editor = monaco.editor.create(container, {
      value: this.code,
      language,
      theme: editorTheme(),
      ariaLabel: `${this.options.label}. Press Escape then Tab to leave the editor.`,
      automaticLayout: true,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      stickyScroll: { enabled: false },
      // Geometry shared with the static view (.aw-wb__code in Workbench.astro): change both together.
      fontFamily,
      fontSize: CODE_FONT_SIZE,
      fontWeight: 'normal',
      letterSpacing: 0,
      fontLigatures: false,
      lineHeight: CODE_LINE_HEIGHT,
      padding: { top: CODE_PADDING, bottom: CODE_PADDING },
      lineNumbersMinChars: LINE_NUMBERS_MIN_CHARS,
      lineDecorationsWidth: LINE_DECORATIONS_WIDTH,
      glyphMargin: false,
      folding: false,
      overviewRulerLanes: 0,
      overviewRulerBorder: false,
      hideCursorInOverviewRuler: true,
      tabSize: language === 'typescript' ? 2 : 4,
      insertSpaces: true,
      renderLineHighlight: 'line',
      renderFinalNewline: 'on', // not 'dimmed': a dimmed last number is below AA contrast, and the static view has none
      fixedOverflowWidgets: true,
      scrollbar: { alwaysConsumeMouseWheel: false, useShadows: false },
    });
    // The static code has no per-depth bracket colours (a model option in Monaco, not an editor one).
    editor.getModel()!.updateOptions({
      bracketColorizationOptions: { enabled: false, independentColorPoolPerBracketType: false },
    });
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => this.options.onRun?.());
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyMod.Shift | monaco.KeyCode.Enter, () =>
      (this.options.onCheck ?? this.options.onRun)?.(),
    );
    this.addLeaveKeys(monaco, editor);
    editor.onDidChangeModelContent(() => {
      this.code = editor.getValue();
      this.setRows(this.code);
      this.options.onChange?.(this.code);
      if (this.highlighted !== null) this.highlightLine(null);
    });
    this.keepCursorAboveKeyboard(editor);
    this.editor = editor;
    const line = this.highlighted;
    if (line !== null) this.highlightLine(line);
    this.host.removeAttribute('aria-busy');
    return editor;
  }

  /**
   * Escape (when no editor widget such as suggestions or find is open) makes the next Tab leave the editor
   * instead of indenting; the hint under the code says so while the editor has the focus (data-editing).
   */
  private addLeaveKeys(monaco: typeof Monaco, editor: Monaco.editor.IStandaloneCodeEditor): void {
    let leaving = false;
    const setLeaving = (value: boolean) => {
      if (leaving === value) return;
      leaving = value;
      editor.updateOptions({ tabFocusMode: value });
      this.host.toggleAttribute('data-leaving', value);
    };
    editor.addCommand(
      monaco.KeyCode.Escape,
      () => setLeaving(true),
      '!suggestWidgetVisible && !findWidgetVisible && !parameterHintsVisible && !renameInputVisible',
    );
    editor.onKeyDown((event) => {
      const modifierOnly = ['Shift', 'Control', 'Alt', 'Meta'].includes(event.browserEvent.key);
      if (leaving && event.keyCode !== monaco.KeyCode.Tab && event.keyCode !== monaco.KeyCode.Escape && !modifierOnly)
        setLeaving(false);
    });
    // The hint under the code (Workbench.astro) shows the editing keys while the editor has the focus.
    editor.onDidFocusEditorText(() => this.host.toggleAttribute('data-editing', true));
    editor.onDidBlurEditorText(() => {
      this.host.toggleAttribute('data-editing', false);
      setLeaving(false);
    });
  }

  /**
   * On a phone the on-screen keyboard shrinks the visible part of the page; keep the line being edited above it
   * (browsers scroll the focused input into view, but Monaco's input is not always where the cursor is drawn).
   */
  private keepCursorAboveKeyboard(editor: Monaco.editor.IStandaloneCodeEditor): void {
    const viewport = window.visualViewport;
    if (!viewport) return;
    const reveal = () => {
      if (!editor.hasTextFocus()) return;
      const position = editor.getPosition();
      const at = position && editor.getScrolledVisiblePosition(position);
      if (!at) return;
      const top = editor.getDomNode()!.getBoundingClientRect().top + at.top;
      const visibleTop = viewport.offsetTop;
      const visibleBottom = viewport.offsetTop + viewport.height;
      const margin = 2 * CODE_LINE_HEIGHT;
      if (top + at.height + margin > visibleBottom) scrollBy({ top: top + at.height + margin - visibleBottom });
      else if (top - margin < visibleTop) scrollBy({ top: top - margin - visibleTop });
    };
    viewport.addEventListener('resize', reveal);
    editor.onDidChangeCursorPosition(reveal);
  }

  /** Sizes the code area (static or editor) to the code: the same number of rows either way. */
  private setRows(code: string): void {
    this.host.style.setProperty('--aw-code-rows', String(codeRows(code)));
  }

  /** Shows code that differs from the build-time highlighting as plain text until Monaco takes over. */
  private renderStatic(): void {
    const code = document.createElement('code');
    const lines = this.code.split('\n'); // a final newline leaves an empty last line, as in Monaco
    lines.forEach((text, index) => {
      const line = document.createElement('span');
      line.className = 'line';
      line.textContent = text;
      code.append(line);
      if (index < lines.length - 1) code.append('\n');
    });
    this.staticView.replaceChildren(code);
  }
}
