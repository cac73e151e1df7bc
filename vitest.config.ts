import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // Generous: spawned processes and the embedded database are slow on a busy shared machine; a test
    // that hangs still fails, only later.
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
