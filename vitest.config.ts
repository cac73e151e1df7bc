import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // Generous: spawned processes and the embedded database are slow on a busy shared machine; a test
    // that hangs still fails, only later.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Most tests wait on spawned processes and the embedded database: three workers keep both of
    // the CI machine's cores busy (measured: 314 s instead of 377–410 s with the default of one).
    maxWorkers: 3,
  },
});
