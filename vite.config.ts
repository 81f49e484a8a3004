import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { contentSecurityPolicy } from './main/shells/common/contentSecurityPolicy.ts';

/**
 * The same policy the shells send as a header, also in the page itself as a second line of
 * defence. Browsers ignore frame-ancestors in a meta tag (and warn), so it is left out there.
 */
function contentSecurityPolicyMeta(): Plugin {
  const content = contentSecurityPolicy
    .split('; ')
    .filter((directive) => !directive.startsWith('frame-ancestors'))
    .join('; ');
  return {
    name: 'kiem-phieu-csp-meta',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content }, injectTo: 'head-prepend' },
    ],
  };
}

export default defineConfig({
  root: 'renderer',
  base: '/',
  plugins: [react(), contentSecurityPolicyMeta()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: false,
    modulePreload: { polyfill: false },
    // Two pages: the app, and the hall network's casting page (only the voter flow). The
    // listener finds the casting page's files through the manifest (.vite/manifest.json).
    manifest: true,
    rollupOptions: {
      input: {
        index: fileURLToPath(new URL('./renderer/index.html', import.meta.url)),
        cast: fileURLToPath(new URL('./renderer/cast.html', import.meta.url)),
      },
    },
    // A desktop app loading from its own bundle: one chunk per page is fine.
    chunkSizeWarningLimit: 2000,
  },
});
