import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createFeedbackStore } from "../../src/store/feedback-store.js";
import { openPgliteDatabase } from "../../src/store/pglite-database.js";
import { runNpm } from "./spawn.js";

const ROOT = new URL("../../", import.meta.url).pathname;
const freshDataDir = () => mkdtempSync(join(tmpdir(), "embassy-var-"));

describe("reports from the command line, when things go wrong", () => {
  it("keeps an item in the fallback file when the database is down, and imports it later", async () => {
    const dataDir = freshDataDir();
    const down = await runNpm("ask", ["report vcdr-22 the text is missing a word"], {
      env: { DATA_DIR: dataDir, DATABASE_URL: "postgres://nobody@127.0.0.1:9/none" },
    });
    expect(down.code).toBe(1);
    expect(down.stdout).toMatch(/The database is not answering.*reference [0-9a-f]{8}.*Nothing is lost/s);
    const kept = readFileSync(join(dataDir, "feedback-fallback.jsonl"), "utf8");
    expect(JSON.parse(kept)).toMatchObject({ recordId: "vcdr-22", text: "the text is missing a word" });

    const imported = await runNpm("feedback", ["import-fallback"], { env: { DATA_DIR: dataDir } });
    expect(imported.stdout).toMatch(
      /^Imported 1 item\(s\) as #1; the file is kept as .*feedback-fallback\.jsonl\.imported-/,
    );
    expect(existsSync(join(dataDir, "feedback-fallback.jsonl"))).toBe(false);
    const listed = await runNpm("feedback", ["list", "--json"], { env: { DATA_DIR: dataDir } });
    expect(JSON.parse(listed.stdout)).toMatchObject({ id: 1, recordId: "vcdr-22" });
  }, 180_000);

  it("has the item in the database when the console is killed right after the thank-you", async () => {
    const dataDir = freshDataDir();
    const child = spawn("npm", ["run", "-s", "start"], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", DATA_DIR: dataDir },
      stdio: ["pipe", "pipe", "pipe"],
      detached: true,
    });
    let out = "";
    const thanked = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no thank-you; output:\n${out}`)), 90_000);
      child.stdout.on("data", (d: Buffer) => {
        out += d.toString();
        if (/Thank you: report #1/.test(out)) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    const ended = new Promise((resolve) => child.on("close", resolve));
    child.stdin.write("tehran 1979\nreport tehran-us-1979 the toll is wrong\n");
    await thanked;
    process.kill(-child.pid!, "SIGKILL");
    await ended;

    expect(readdirSync(join(dataDir, "db")).length).toBeGreaterThan(0);
    const store = await createFeedbackStore(await openPgliteDatabase(join(dataDir, "db")));
    const [item] = await store.list();
    await store.close();
    expect(item).toMatchObject({
      id: 1,
      recordId: "tehran-us-1979",
      text: "the toll is wrong",
      platform: "console",
      question: "tehran 1979",
    });
    expect(item!.shownIds).toContain("tehran-us-1979");
  }, 180_000);
});
