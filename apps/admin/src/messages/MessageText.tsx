// A message's text as sent, with its web addresses as links: with no mail or SMS provider configured,
// the outbox is the delivery, and staff open a reminder's "Confirm"/"Cancel" links from here. Only
// http(s) addresses become anchors; everything else stays text (React escapes it), never HTML.
import { Link } from '@mui/material';
import type { ReactNode } from 'react';

const URL_PATTERN = /https?:\/\/[^\s<>"']+/g;
// Punctuation that ends a sentence rather than the address ("… at https://example.com.").
const TRAILING = /[.,;:!?)\]}]+$/;

export type TextPart = { text: string } | { url: string };

/** The text cut into plain runs and addresses, in order; joined back they are the text unchanged. */
export function splitLinks(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const url = match[0].replace(TRAILING, '');
    const start = match.index;
    if (url.length <= 'https://'.length) continue;
    if (start > last) parts.push({ text: text.slice(last, start) });
    parts.push({ url });
    last = start + url.length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

export function MessageText({ text }: { text: string }): ReactNode {
  return splitLinks(text).map((part, index) =>
    'url' in part ? (
      <Link key={index} href={part.url} target="_blank" rel="noopener noreferrer" sx={{ overflowWrap: 'anywhere' }}>
        {part.url}
      </Link>
    ) : (
      part.text
    ),
  );
}

export const hasLinks = (text: string) => splitLinks(text).some((part) => 'url' in part);
