import { htmlToText, MAX_HTML_INPUT } from '../../../src/domain/notices/htmlToText';

describe('htmlToText (the message action reads a Teams message)', () => {
  it('When the message has markup, then the text and its line breaks remain', () => {
    expect(htmlToText('<p><b>Kevätretki</b></p><p>Tule &amp; tuo ystävä<br/>mukaan</p>')).toBe(
      'Kevätretki\nTule & tuo ystävä\nmukaan',
    );
  });

  it('When a "<" has no ">" after it, then it and the rest stay as text', () => {
    expect(htmlToText('5 <i>ja</i> 5 < 6')).toBe('5 ja 5 < 6');
    expect(htmlToText('a <> b')).toBe('a <> b');
  });

  it('When the message is 200,000 "<" characters, then the answer is the capped text itself', () => {
    const hostile = '<'.repeat(200_000);
    expect(htmlToText(hostile)).toBe('<'.repeat(MAX_HTML_INPUT));
  });

  it('When the message is 200,000 characters of unclosed tags, then the text up to the cap comes back', () => {
    const hostile = '<a'.repeat(100_000);
    const text = htmlToText(hostile);
    expect(text.length).toBe(MAX_HTML_INPUT);
    expect(text.startsWith('<a<a')).toBe(true);
  });

  it('When the message is 100,000 tags, then all markup is dropped and the words remain', () => {
    expect(htmlToText('<b>x</b>'.repeat(50_000))).toBe('x'.repeat(MAX_HTML_INPUT / 8));
  });
});
