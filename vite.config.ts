// Vite: the explorer is a static site; relative base so dist/ works from any path on any static host.
import { defineConfig } from 'vite';

export default defineConfig({
  base: './',
  publicDir: 'public',
  build: {
    outDir: 'dist',
    target: 'es2022',
    sourcemap: false,
    // Fonts (KaTeX's) stay files: the Content-Security-Policy allows fonts from 'self', not data: URLs.
    assetsInlineLimit: (file) => (/\.(woff2?|ttf|otf)$/.test(file) ? false : undefined),
  },
  server: { port: 5173 },
  preview: { port: 4173 },
});
