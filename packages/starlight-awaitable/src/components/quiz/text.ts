/** Splits author text on backticks so `code` spans can be rendered as <code> (text only, never HTML). */
export interface TextPart {
  code: boolean;
  text: string;
}

export function textParts(text: string): TextPart[] {
  const parts: TextPart[] = [];
  const pieces = text.split('`');
  // An unmatched backtick stays a literal backtick.
  if (pieces.length % 2 === 0) return [{ code: false, text }];
  pieces.forEach((piece, index) => {
    if (piece !== '') parts.push({ code: index % 2 === 1, text: piece });
  });
  return parts;
}
