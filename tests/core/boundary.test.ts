import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const CORE = new URL("../../src/core/", import.meta.url).pathname;
const PLATFORM =
  /from\s+["'](@slack\/[^"']*|discord\.js|@discordjs\/[^"']*|dotenv|pino|pg|@electric-sql\/[^"']*|node:(http|https|net|dgram))["']/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

describe("core boundary", () => {
  const files = sourceFiles(CORE);

  it("finds the core's files", () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files.map((f) => [f.slice(CORE.length), f]))(
    "%s imports no platform, network or database code and reads no environment",
    (_name, file) => {
      const text = readFileSync(file, "utf8");
      expect(text).not.toMatch(PLATFORM);
      expect(text).not.toMatch(/process\.env/);
      expect(text).not.toMatch(/from\s+["'](\.\.\/)+(adapters|cli|store|feedback)\//);
    },
  );
});
