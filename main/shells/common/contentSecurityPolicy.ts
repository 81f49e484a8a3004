import { printStylesheetHash } from '../../print';

/**
 * The renderer may load only its own bundle and talk only to its own origin: no inline
 * script, no eval, no remote fonts or images, no frames, no forms posted elsewhere.
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  // The print preview frame holds one <style>: the print stylesheet, allowed by its hash only.
  `style-src 'self' ${printStylesheetHash}`,
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/** Headers sent with every file of the bundle, whichever shell serves it. */
export const bundleResponseHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};
