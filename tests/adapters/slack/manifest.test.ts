import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CONTEXT_SHORTCUT, SLASH_COMMAND } from "../../../src/adapters/slack/inbound.js";
import { CONTEXT_SHORTCUT_NAME } from "../../../src/adapters/slack/render-notices.js";
import { PUBLIC_COMMANDS } from "../../../src/core/index.js";

interface Manifest {
  features: {
    app_home: { home_tab_enabled: boolean };
    slash_commands: { command: string; usage_hint: string; should_escape: boolean }[];
    shortcuts: { name: string; type: string; callback_id: string }[];
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { bot_events: string[] };
    interactivity: { is_enabled: boolean };
    socket_mode_enabled: boolean;
  };
}

const manifest = JSON.parse(
  readFileSync(new URL("../../../slack/manifest.json", import.meta.url), "utf8"),
) as Manifest;

describe("slack/manifest.json", () => {
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

  it("asks for the least: the commands scope, posting for quiz rounds, the Home tab event, interactivity", () => {
    // Quiz rounds post questions and scores in the channel with chat.postMessage.
    expect(manifest.oauth_config.scopes.bot).toEqual(["commands", "chat:write", "chat:write.public"]);
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(["app_home_opened"]);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
  });
});
