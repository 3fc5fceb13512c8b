/// <reference types="vitest/config" />
import { defineConfig } from 'vite';

export default defineConfig({
  // Relative base so the built site works from any folder of a static host (or a USB stick).
  base: './',
  build: {
    // Data files must stay separate files (fetched, validated, cached), never inlined as data: URLs.
    assetsInlineLimit: 0,
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // Dates in tests are Tokyo dates, whatever machine runs them.
    env: { TZ: 'Asia/Tokyo' },
  },
});
