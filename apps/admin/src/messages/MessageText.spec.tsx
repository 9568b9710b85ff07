import { render, screen } from '@testing-library/react';
import { MessageText, hasLinks, splitLinks } from './MessageText';

const TOKEN = 'eyJwIjoiQ09ORklSTSJ9.c2lnbmF0dXJl-_x';

describe('splitLinks', () => {
  it('finds the labelled links of a reminder, one a line', () => {
    const text = [
      'See you soon.',
      '',
      `Confirm you are coming: http://localhost:3000/p/confirm?token=${TOKEN}`,
      `Cancel: http://localhost:3000/p/cancel?token=${TOKEN}`,
    ].join('\n');
    expect(splitLinks(text)).toEqual([
      { text: 'See you soon.\n\nConfirm you are coming: ' },
      { url: `http://localhost:3000/p/confirm?token=${TOKEN}` },
      { text: '\nCancel: ' },
      { url: `http://localhost:3000/p/cancel?token=${TOKEN}` },
    ]);
  });

  it('leaves sentence punctuation and brackets out of an address', () => {
    expect(splitLinks('Visit https://example.com/a. Or (https://example.com/b), thanks')).toEqual([
      { text: 'Visit ' },
      { url: 'https://example.com/a' },
      { text: '. Or (' },
      { url: 'https://example.com/b' },
      { text: '), thanks' },
    ]);
  });

  it('links nothing but http(s) addresses', () => {
    for (const text of ['javascript:alert(1)', 'mailto:a@b.c', 'ftp://example.com', 'http://', 'plain text']) {
      expect(hasLinks(text)).toBe(false);
      expect(
        splitLinks(text)
          .map((p) => ('text' in p ? p.text : p.url))
          .join(''),
      ).toBe(text);
    }
  });
});

describe('MessageText', () => {
  it('renders addresses as anchors opening a new tab, and markup as text', () => {
    render(
      <div data-testid="text">
        <MessageText text={'<b>Hi</b>\nCancel: https://clinic.example/p/cancel?token=abc&x=1'} />
      </div>,
    );
    const link = screen.getByRole('link', { name: 'https://clinic.example/p/cancel?token=abc&x=1' });
    expect(link).toHaveAttribute('href', 'https://clinic.example/p/cancel?token=abc&x=1');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(screen.getByTestId('text')).toHaveTextContent('<b>Hi</b>');
    expect(screen.getByTestId('text').querySelector('b')).toBeNull();
  });
});
