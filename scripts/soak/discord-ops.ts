import type {
  FakeDiscord,
  InteractionCallback,
} from "../../tests/adapters/discord/fake-discord/fake-discord.js";
import {
  createDummyAutocomplete,
  createDummyButton,
  createDummyMessage,
  createDummySlash,
  type Payload,
} from "../../tests/adapters/discord/fake-discord/payloads.js";

const EPHEMERAL = 1 << 6;

/** What a person does on Discord: slash commands, autocomplete as they type, clicks on answers' buttons. */
export function createDiscordOps(fake: FakeDiscord, fail: (why: string) => void) {
  const messages: Payload[] = [];

  async function roundTrip(what: string, payload: Payload): Promise<InteractionCallback | undefined> {
    const callback = fake.callbackFor(String(payload.id), 10_000);
    fake.dispatch("INTERACTION_CREATE", payload);
    try {
      return await callback;
    } catch {
      fail(`discord ${what}: no answer within 10 s`);
      return undefined;
    }
  }

  async function search(question: string): Promise<void> {
    const callback = await roundTrip(
      "search",
      createDummySlash("search", [{ name: "query", type: 3, value: question }]),
    );
    if (!callback) return;
    if (callback.type !== 4) return fail(`discord search: callback type ${callback.type}`);
    const { embeds, components } = callback.data;
    if (Array.isArray(components) && components.length > 0) {
      messages.push(createDummyMessage({ embeds, components, flags: EPHEMERAL }));
      messages.splice(0, Math.max(0, messages.length - 50));
    }
  }

  async function click(): Promise<void> {
    const message = messages[Math.floor(Math.random() * messages.length)];
    type Row = { components: { type: number; custom_id?: string }[] };
    const ids = ((message?.components ?? []) as Row[])
      .flatMap((row) => row.components)
      .filter((c) => c.type === 2 && c.custom_id && !/^[pg]:/.test(c.custom_id)) // not the modal buttons
      .map((c) => c.custom_id!);
    const customId = ids[Math.floor(Math.random() * ids.length)];
    if (!message || !customId) return search("nairobi 1998");
    const callback = await roundTrip(`click ${customId}`, createDummyButton(customId, message));
    if (callback && callback.type !== 4 && callback.type !== 7)
      fail(`discord click ${customId}: callback type ${callback.type}`);
  }

  async function autocomplete(typed: string): Promise<void> {
    const callback = await roundTrip("autocomplete", createDummyAutocomplete("search", typed));
    if (callback && callback.type !== 8) fail(`discord autocomplete: callback type ${callback.type}`);
  }

  return { search, click, autocomplete };
}
