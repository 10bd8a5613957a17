/**
 * A 3×5 bitmap font of the digits, for labels drawn into server-side PNG charts (no fonts on the server).
 * Every column of every glyph has a pixel, so glyphs set one pixel apart never run together.
 */
export const DIGIT_FONT: Readonly<Record<string, readonly string[]>> = {
  '0': ['###', '#.#', '#.#', '#.#', '###'],
  '1': ['.#.', '##.', '.#.', '.#.', '###'],
  '2': ['###', '..#', '###', '#..', '###'],
  '3': ['###', '..#', '###', '..#', '###'],
  '4': ['#.#', '#.#', '###', '..#', '..#'],
  '5': ['###', '#..', '###', '..#', '###'],
  '6': ['###', '#..', '###', '#.#', '###'],
  '7': ['###', '..#', '..#', '..#', '..#'],
  '8': ['###', '#.#', '###', '#.#', '###'],
  '9': ['###', '#.#', '###', '..#', '###'],
};
export const GLYPH_WIDTH = 3;
export const GLYPH_HEIGHT = 5;

/** Width in font pixels of `text` (digits one font pixel apart). */
export function textWidth(text: string): number {
  return text.length === 0 ? 0 : text.length * (GLYPH_WIDTH + 1) - 1;
}

/** Calls `dot(x, y)` for every font pixel of `text`, with (0, 0) at its top left corner. */
export function eachDot(text: string, dot: (x: number, y: number) => void): void {
  [...text].forEach((char, i) => {
    const glyph = DIGIT_FONT[char];
    if (!glyph) throw new Error(`CHART_NO_GLYPH the digit font has no "${char}"; draw digits only`);
    glyph.forEach((row, y) =>
      [...row].forEach((cell, x) => {
        if (cell === '#') dot(i * (GLYPH_WIDTH + 1) + x, y);
      }),
    );
  });
}
