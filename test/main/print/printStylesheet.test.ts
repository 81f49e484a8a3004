import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { printStylesheet, printStylesheetHash } from '../../../main/print/printStylesheet';
import { contentSecurityPolicy } from '../../../main/shells/common/contentSecurityPolicy';

describe('the print stylesheet', () => {
  it('is allowed by a hash of its exact UTF-8 bytes', () => {
    const digest = createHash('sha256').update(Buffer.from(printStylesheet, 'utf8')).digest('base64');
    expect(printStylesheetHash).toBe(`'sha256-${digest}'`);
  });

  it('is the only inline style the Content-Security-Policy allows', () => {
    const styleSource = contentSecurityPolicy.split('; ').find((directive) => directive.startsWith('style-src '));
    expect(styleSource).toBe(`style-src 'self' ${printStylesheetHash}`);
    expect(contentSecurityPolicy).not.toContain("'unsafe-inline'");
  });

  it('sets A4 portrait with the 36-HD margins and the Times New Roman font stack', () => {
    expect(printStylesheet).toContain('@page { size: A4 portrait; margin: 20mm 15mm 20mm 30mm; }');
    expect(printStylesheet).toContain("font-family: 'Times New Roman', 'Liberation Serif', serif; font-size: 13pt;");
  });

  it('loads nothing from anywhere', () => {
    expect(printStylesheet).not.toMatch(/url\(|@import|@font-face|https?:/i);
  });
});
