import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy, CSP_HEADER } from './build/csp.ts';
import { defaultRecording } from './build/default-recording.ts';
import { precompressedAssets } from './build/precompress.ts';

// Everything is bundled locally (Monaco included: src/ui/monacoSetup.ts imports only the editor
// API and two languages, never from a CDN); the engine runs in an ES-module Web Worker.
export default defineConfig({
  // defaultRecording: the default example's recording, made by the engine at build time (issue 10, first paint).
  // precompressedAssets: .br/.gz siblings of the large assets, served as they are by `vite preview` (issue 10, first paint).
  plugins: [react(), contentSecurityPolicy(), defaultRecording(), precompressedAssets()],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    // Monaco's lazily loaded chunk is ~3-4 MB unminified-size; it never blocks first paint.
    chunkSizeWarningLimit: 5000,
  },
  preview: { headers: { 'Content-Security-Policy': CSP_HEADER } },
});
