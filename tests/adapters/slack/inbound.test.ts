import { describe, expect, it } from "vitest";
import { encodeCommand } from "../../../src/core/index.js";
import {
  actionIdFor,
  clickFromAction,
  commandFromSlash,
  contextCommand,
  plainTextOfMessage,
} from "../../../src/adapters/slack/inbound.js";

const seed = () => 42;

describe("commandFromSlash", () => {
  it("reads the command word, defaulting to search, and help when empty", () => {
    expect(commandFromSlash("tehran 1979", seed)).toEqual({ name: "search", query: "tehran 1979" });
    expect(commandFromSlash("duty can police enter", seed)).toEqual({
      name: "duty",
      query: "can police enter",
    });
    expect(commandFromSlash("timeline IR", seed)).toEqual({ name: "timeline", query: "IR" });
    expect(commandFromSlash("  ", seed)).toEqual({ name: "help", query: "" });
  });

  it("undoes Slack's escaping of &, < and >", () => {
    expect(commandFromSlash("us &amp; uk &lt;1980&gt;", seed).query).toBe("us & uk <1980>");
  });

  it("gives quizzes (and only quizzes) a seed", () => {
    expect(commandFromSlash("quiz", seed)).toEqual({ name: "quiz", query: "", seed: 42 });
    expect(commandFromSlash("help", seed).seed).toBeUndefined();
  });

  it("never reaches internal commands from typed text", () => {
    expect(commandFromSlash("show vcdr-22", seed).name).toBe("search");
    expect(commandFromSlash("answer 1", seed).name).toBe("search");
  });
});

describe("clickFromAction", () => {
  it("round-trips what a rendered button carries", () => {
    const command = { name: "search" as const, query: "tehran | 1979", page: 2 };
    expect(clickFromAction(actionIdFor("next-page", 0), encodeCommand(command))).toEqual({
      type: "next-page",
      command,
    });
  });

  it("ignores buttons it did not render and values it cannot read", () => {
    expect(clickFromAction("embassy:explode:0", encodeCommand({ name: "help", query: "" }))).toBeUndefined();
    expect(clickFromAction("other_app_button", "help||| ")).toBeUndefined();
    expect(clickFromAction(actionIdFor("share", 1), "nonsense|x")).toBeUndefined();
    expect(clickFromAction(actionIdFor("share", 1), undefined)).toBeUndefined();
  });
});

describe("plainTextOfMessage", () => {
  it("keeps link labels and channel names, drops mentions and broadcasts, unescapes", () => {
    const text =
      "<!here> <@U123> protesters at the <https://x.example/a|US embassy> in <#C1|baghdad> &amp; <https://y.example>";
    expect(plainTextOfMessage(text)).toBe("protesters at the US embassy in baghdad & https://y.example");
  });

  it("makes a context command from the message", () => {
    expect(contextCommand("Embassy stormed in *Tehran*")).toEqual({
      name: "context",
      query: "Embassy stormed in *Tehran*",
    });
  });
});
