import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDiscordCommands } from "../../../src/adapters/discord/commands.js";
import { COMMAND_NAME_PATTERN, DISCORD_LIMITS } from "../../../src/adapters/discord/limits.js";
import { registerDiscordCommands } from "../../../src/adapters/discord/register.js";
import { PUBLIC_COMMANDS } from "../../../src/core/index.js";
import { runNpm } from "../../cli/spawn.js";
import { startFakeDiscord, type FakeDiscord } from "./fake-discord/fake-discord.js";
import { APPLICATION_ID, GUILD_ID } from "./fake-discord/payloads.js";

type Json = Record<string, unknown>;
const L = DISCORD_LIMITS.command;

/** Discord's rules for command JSON, checked recursively: https://discord.com/developers/docs/interactions/application-commands#application-command-object */
function commandProblems(command: Json, path: string): string[] {
  const problems: string[] = [];
  const name = String(command.name);
  const isMenu = command.type === 2 || command.type === 3;
  if (isMenu) {
    if (name.length < 1 || name.length > L.contextMenuName) problems.push(`${path}: menu name length`);
    if ("description" in command && command.description !== "")
      problems.push(`${path}: menu commands take no description`);
  } else {
    if (!COMMAND_NAME_PATTERN.test(name)) problems.push(`${path}: name "${name}"`);
    const description = String(command.description ?? "");
    if (description.length < 1 || description.length > L.description)
      problems.push(`${path}: description length ${description.length}`);
  }
  const options = (command.options ?? []) as Json[];
  if (options.length > L.options) problems.push(`${path}: ${options.length} options`);
  const names = options.map((o) => o.name);
  if (new Set(names).size !== names.length) problems.push(`${path}: duplicate option names`);
  let optionalSeen = false;
  for (const option of options) {
    const at = `${path}.${String(option.name)}`;
    problems.push(...commandProblems({ ...option, type: 1 }, at));
    if (option.type !== 1 && option.type !== 2) {
      if (option.required && optionalSeen) problems.push(`${at}: required after optional`);
      if (!option.required) optionalSeen = true;
    }
    const choices = (option.choices ?? []) as Json[];
    if (choices.length > L.choices) problems.push(`${at}: ${choices.length} choices`);
    if (choices.length > 0 && option.autocomplete) problems.push(`${at}: choices and autocomplete together`);
    for (const c of choices) {
      if (String(c.name).length < 1 || String(c.name).length > L.choiceName)
        problems.push(`${at}: choice name`);
      if (String(c.value).length > L.choiceValue) problems.push(`${at}: choice value`);
    }
    if (typeof option.max_length === "number" && option.max_length > L.stringOptionLength)
      problems.push(`${at}: max_length`);
  }
  return problems;
}

describe("command registration", () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await startFakeDiscord();
  });
  afterAll(async () => {
    await fake.close();
  });

  it("`npm run discord:register -- --dry-run` prints valid command JSON without a token", async () => {
    const run = await runNpm("discord:register", ["--dry-run"], {
      env: { DISCORD_API_URL: "http://127.0.0.1:9/api" },
    });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const commands = JSON.parse(run.stdout) as Json[];
    expect(commands).toEqual(JSON.parse(JSON.stringify(buildDiscordCommands())));
    expect(commands.flatMap((c, i) => commandProblems(c, `[${i}]`))).toEqual([]);
    const slash = commands.find((c) => c.name === "embassy")!;
    expect((slash.options as Json[]).map((o) => o.name)).toEqual(PUBLIC_COMMANDS.map((c) => c.name));
    expect(commands.find((c) => c.type === 3)?.name).toBe("Embassy context");
  });

  it("puts the commands into a guild, or globally, through the REST API", async () => {
    const guild = await registerDiscordCommands({
      token: "fake-token-for-tests",
      guildId: GUILD_ID,
      apiUrl: fake.apiUrl,
    });
    expect(guild).toEqual({
      scope: "guild",
      applicationId: APPLICATION_ID,
      names: ["embassy", "Embassy context"],
    });
    const put = fake.requests.find((r) => r.method === "PUT")!;
    expect(put.path).toBe(`/applications/${APPLICATION_ID}/guilds/${GUILD_ID}/commands`);
    expect(put.authorization).toBe("Bot fake-token-for-tests");
    expect(put.body).toEqual(JSON.parse(JSON.stringify(buildDiscordCommands())));

    const global = await registerDiscordCommands({
      token: "fake-token-for-tests",
      applicationId: "100000000000000099",
      apiUrl: fake.apiUrl,
    });
    expect(global.scope).toBe("global");
    expect(fake.requests.at(-1)?.path).toBe("/applications/100000000000000099/commands");
  });
});
