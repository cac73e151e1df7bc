import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { EVENTS_PATH } from "../../../src/adapters/slack/index.js";
import { CONTEXT_SHORTCUT, SLASH_COMMAND } from "../../../src/adapters/slack/inbound.js";
import { CONTEXT_SHORTCUT_NAME } from "../../../src/adapters/slack/render-notices.js";
import { PUBLIC_COMMANDS } from "../../../src/core/index.js";

interface Manifest {
  features: {
    app_home: { home_tab_enabled: boolean };
    slash_commands: { command: string; usage_hint: string; should_escape: boolean; url?: string }[];
    shortcuts: { name: string; type: string; callback_id: string }[];
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { bot_events: string[]; request_url?: string };
    interactivity: { is_enabled: boolean; request_url?: string };
    socket_mode_enabled: boolean;
  };
}

const read = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../../slack/${name}`, import.meta.url), "utf8")) as Manifest;
const socket = read("manifest.json");
const http = read("manifest.http.json");

describe.each([
  ["slack/manifest.json (Socket Mode)", socket],
  ["slack/manifest.http.json (HTTP mode)", http],
])("%s", (_name, manifest) => {
  it("registers the slash command and the message shortcut the adapter listens for", () => {
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual([SLASH_COMMAND]);
    expect(manifest.features.slash_commands[0]!.should_escape).toBe(false);
    expect(manifest.features.shortcuts).toEqual([
      expect.objectContaining({
        type: "message",
        callback_id: CONTEXT_SHORTCUT,
        name: CONTEXT_SHORTCUT_NAME,
      }),
    ]);
  });

  it("hints only at commands the table has", () => {
    const words = manifest.features.slash_commands[0]!.usage_hint.split("|").map(
      (part) => part.trim().split(" ")[0]!,
    );
    const names = PUBLIC_COMMANDS.map((c) => c.name as string);
    // The first example is a bare search; every other one starts with a command word.
    expect(words.slice(1).filter((w) => !names.includes(w))).toEqual([]);
    expect(words.length).toBeGreaterThan(2);
  });

  it("asks for the least: the commands scope, posting for quiz rounds, files:write for stats charts, the Home tab event, interactivity", () => {
    // Quiz rounds post questions and scores with chat.postMessage; files:write lets the bot upload a
    // stats chart into the channel (without it the counts still come, with a note).
    expect(manifest.oauth_config.scopes.bot).toEqual([
      "commands",
      "chat:write",
      "chat:write.public",
      "files:write",
    ]);
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(["app_home_opened"]);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
  });
});

describe("the two manifests", () => {
  it("Socket Mode needs no request URL", () => {
    expect(socket.settings.socket_mode_enabled).toBe(true);
    expect(JSON.stringify(socket)).not.toContain("request_url");
    expect(socket.features.slash_commands.every((c) => c.url === undefined)).toBe(true);
  });

  it("HTTP mode sends the slash command, interactivity and events to the adapter's one endpoint", () => {
    expect(http.settings.socket_mode_enabled).toBe(false);
    const urls = [
      ...http.features.slash_commands.map((c) => c.url),
      http.settings.interactivity.request_url,
      http.settings.event_subscriptions.request_url,
    ];
    expect(urls).toHaveLength(3);
    for (const url of urls) expect(url).toBe(`https://embassy-desk.example.org${EVENTS_PATH}`);
  });

  it("differ only in those settings, so a change to one is made to both", () => {
    const withoutHttp = structuredClone(http) as Manifest;
    for (const c of withoutHttp.features.slash_commands) delete c.url;
    delete withoutHttp.settings.interactivity.request_url;
    delete withoutHttp.settings.event_subscriptions.request_url;
    withoutHttp.settings.socket_mode_enabled = true;
    expect(withoutHttp).toEqual(socket);
  });
});
