import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../main/print/escapeHtml';

describe('escapeHtml', () => {
  it('escapes the five characters that can open markup or close an attribute', () => {
    expect(escapeHtml(`<b class="x" title='y'>A & B</b>`)).toBe(
      '&lt;b class=&quot;x&quot; title=&#39;y&#39;&gt;A &amp; B&lt;/b&gt;',
    );
  });

  it('escapes an ampersand that already looks like an entity, so the text prints as typed', () => {
    expect(escapeHtml('&lt;script&gt;')).toBe('&amp;lt;script&amp;gt;');
  });

  it('leaves Vietnamese text, dots and numbers as they are', () => {
    expect(escapeHtml('Đảng ủy phường Phúc Đồng …… (1)')).toBe('Đảng ủy phường Phúc Đồng …… (1)');
    expect(escapeHtml(167)).toBe('167');
  });
});
