/**
 * Highlighting in Monaco by Shiki (Python; TypeScript added when first needed), with the grammar and themes the build-time static code uses
 * (Workbench.astro), so opening the editor changes no colour.
 *
 * Each token is named after the colour Shiki gives it (`c<index>s<font style>`), and each Monaco theme maps those
 * names to exactly that colour. (We tried @shikijs/monaco: it names tokens by a TextMate scope that has the
 * colour, which Monaco's simpler scope matching often resolves to another colour — most of the dark theme came
 * out in plain text.) Colour indexes belong to the theme Shiki is set to, so switching themes re-tokenizes.
 */
import type * as Monaco from 'monaco-editor/editor/editor.api';
import { createHighlighterCore, type LanguageRegistration, type ThemeRegistration } from 'shiki/core';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
import { EncodedTokenMetadata, INITIAL, type StateStack } from 'shiki/textmate';
import python from 'shiki/langs/python.mjs';
import githubDark from 'shiki/themes/github-dark-default.mjs';
import githubLight from 'shiki/themes/github-light-default.mjs';
import { CODE_THEMES, LINE_NUMBER_COLOURS } from './code-style.ts';

type Scheme = keyof typeof CODE_THEMES;

/** The GitHub themes' line numbers are too faint for WCAG AA; the static view uses the same replacements. */
const readableLineNumbers = (theme: ThemeRegistration, scheme: Scheme): ThemeRegistration => ({
  ...theme,
  colors: {
    ...theme.colors,
    'editorLineNumber.foreground': LINE_NUMBER_COLOURS[scheme],
    'editorLineNumber.activeForeground': theme.colors?.['editor.foreground'] ?? LINE_NUMBER_COLOURS[scheme],
  },
});

const FONT_STYLES = ['italic', 'bold', 'underline', 'strikethrough'] as const;
const tokenName = (colour: number, fontStyle: number) => `c${colour}s${Math.max(fontStyle, 0)}`;

class LineState implements Monaco.languages.IState {
  readonly stack: StateStack;
  constructor(stack: StateStack) {
    this.stack = stack;
  }
  clone(): LineState {
    return this; // TextMate states are immutable
  }
  equals(other: Monaco.languages.IState): boolean {
    return other instanceof LineState && other.stack.equals(this.stack);
  }
}

export interface ShikiHighlighting {
  /** Defines and applies the Monaco theme of this colour scheme. */
  useScheme(scheme: Scheme): void;
  /**
   * Tokenizes code once, off screen. The JavaScript regex engine converts each grammar rule the first time it is
   * used (about a second for a first program on a slow machine): doing it before the editor is created means the
   * editor's first frame is already coloured, while the learner still sees the coloured static code.
   */
  warmUp(code: string, language?: string): void;
  /** Adds a language's grammar (TypeScript, loaded only when a TypeScript editor opens) and highlights it. */
  addLanguage(id: string, grammar: LanguageRegistration[]): Promise<void>;
}

export async function useShikiHighlighting(monaco: typeof Monaco): Promise<ShikiHighlighting> {
  const highlighter = await createHighlighterCore({
    themes: [readableLineNumbers(githubDark, 'dark'), readableLineNumbers(githubLight, 'light')],
    langs: [python],
    engine: createJavaScriptRegexEngine(),
  });
  const languages = ['python'];
  const tokens = new Map<string, Monaco.IDisposable>();

  const warmUp = (code: string, language = 'python') => {
    const grammar = highlighter.getLanguage(language);
    let stack = INITIAL;
    for (const line of code.split('\n')) stack = grammar.tokenizeLine2(line, stack, 500).ruleStack;
  };
  let scheme: Scheme | null = null;

  const highlight = (language: string) => {
    const grammar = highlighter.getLanguage(language);
    tokens.get(language)?.dispose();
    tokens.set(
      language,
      monaco.languages.setTokensProvider(language, {
        getInitialState: () => new LineState(INITIAL),
        tokenize(line, state) {
          const result = grammar.tokenizeLine2(line, (state as LineState).stack, 500);
          const found: Monaco.languages.IToken[] = [];
          for (let i = 0; i < result.tokens.length; i += 2) {
            const metadata = result.tokens[i + 1];
            found.push({
              startIndex: result.tokens[i],
              scopes: tokenName(
                EncodedTokenMetadata.getForeground(metadata),
                EncodedTokenMetadata.getFontStyle(metadata),
              ),
            });
          }
          return { tokens: found, endState: new LineState(result.ruleStack) };
        },
      }),
    );
  };

  const addLanguage = async (id: string, grammar: LanguageRegistration[]) => {
    if (languages.includes(id)) return;
    await highlighter.loadLanguage(grammar);
    if (!monaco.languages.getLanguages().some((known) => known.id === id)) monaco.languages.register({ id });
    languages.push(id);
    if (scheme) highlight(id);
  };

  const useScheme = (next: Scheme) => {
    scheme = next;
    const { theme, colorMap } = highlighter.setTheme(CODE_THEMES[next]);
    const hex = (colour: string) => colour.replace('#', '');
    const rules: Monaco.editor.ITokenThemeRule[] = [
      { token: '', foreground: hex(theme.fg), background: hex(theme.bg) },
    ];
    colorMap.forEach((colour, index) => {
      if (!colour) return;
      for (let style = 0; style < 16; style++)
        rules.push({
          token: tokenName(index, style),
          foreground: hex(colour),
          fontStyle: FONT_STYLES.filter((_, bit) => style & (1 << bit)).join(' '),
        });
    });
    const colors = Object.fromEntries(
      Object.entries(theme.colors ?? {}).filter(([, value]) => /^#[0-9a-f]{3,8}$/i.test(value)),
    );
    monaco.editor.defineTheme(CODE_THEMES[next], {
      base: next === 'light' ? 'vs' : 'vs-dark',
      inherit: false,
      rules,
      colors,
    });
    // Registering the provider again makes Monaco re-tokenize every model with the new colour indexes.
    for (const language of languages) highlight(language);
    monaco.editor.setTheme(CODE_THEMES[next]);
  };
  return { useScheme, warmUp, addLanguage };
}
