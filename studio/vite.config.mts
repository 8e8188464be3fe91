import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

// The studio: a static desktop web app in dist/studio, apart from the mini-program and the public H5 build.
const here = path.dirname(fileURLToPath(import.meta.url))

export default defineConfig({
  root: here,
  // Relative paths, so the folder can be hosted under any address (an internal server, a file share).
  base: './',
  resolve: { alias: { '@': path.resolve(here, '../src') } },
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: path.resolve(here, '../dist/studio'),
    // The preview build (dist/studio/preview) is written after this one: keep it when only the studio is rebuilt.
    emptyOutDir: false,
    chunkSizeWarningLimit: 3000,
    rollupOptions: {
      // antd marks its modules "use client" for React Server Components; a browser bundle has no use for it.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning)
      },
    },
  },
  server: { host: '127.0.0.1' },
})
