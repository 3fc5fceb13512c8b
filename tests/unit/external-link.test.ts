// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { externalLink } from '../../src/lib/dom';

describe('externalLink', () => {
  it('links an http(s) address into a new tab without an opener or referrer', () => {
    const el = externalLink(document, 'https://example.org/a%20b', 'Example');
    expect(el.tagName).toBe('A');
    expect(el.getAttribute('href')).toBe('https://example.org/a%20b');
    expect(el.getAttribute('target')).toBe('_blank');
    expect(el.getAttribute('rel')).toBe('noopener noreferrer');
    expect(el.textContent).toBe('Example');
  });

  it.each([
    'javascript:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    '/relative',
  ])('shows %j as text, with no link and no markup parsed', (url) => {
    const el = externalLink(document, url);
    expect(el.tagName).toBe('SPAN');
    expect(el.hasAttribute('href')).toBe(false);
    expect(el.querySelector('*')).toBeNull();
    expect(el.textContent).toBe(url);
  });
});
