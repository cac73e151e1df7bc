/** Dummy gateway payloads, shaped as Discord sends them: https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-object */
export const APPLICATION_ID = "100000000000000001";
export const GUILD_ID = "100000000000000002";
export const CHANNEL_ID = "100000000000000003";
export const BOT_USER = {
  id: APPLICATION_ID,
  username: "Embassy Desk",
  discriminator: "0",
  global_name: null,
  avatar: null,
  bot: true,
};
export const PERSON = {
  id: "100000000000000010",
  username: "reporter",
  discriminator: "0",
  global_name: "Reporter",
  avatar: null,
};
export const CLASSMATE = {
  id: "100000000000000011",
  username: "student",
  discriminator: "0",
  global_name: "Student",
  avatar: null,
};

let nextId = 300000000000000000n;
const snowflake = () => String(++nextId);

export type Payload = Record<string, unknown>;

function base(type: number, data: Payload, overrides: Payload = {}): Payload {
  const id = snowflake();
  return {
    id,
    application_id: APPLICATION_ID,
    type,
    token: `interaction-token-${id}`,
    version: 1,
    guild_id: GUILD_ID,
    channel_id: CHANNEL_ID,
    channel: { id: CHANNEL_ID, type: 0, guild_id: GUILD_ID, name: "newsroom" },
    member: {
      user: PERSON,
      roles: [],
      permissions: "0",
      joined_at: "2024-01-01T00:00:00.000Z",
      deaf: false,
      mute: false,
      flags: 0,
    },
    app_permissions: "0",
    locale: "en-US",
    guild_locale: "en-US",
    entitlements: [],
    authorizing_integration_owners: { "0": GUILD_ID },
    context: 0,
    attachment_size_limit: 10485760,
    data,
    ...overrides,
  };
}

export interface Option {
  name: string;
  type: number;
  value: string | boolean;
  focused?: boolean;
}

/** `/embassy <subcommand> options…`; `resolvedUsers` fills data.resolved for user options. */
export function createDummySlash(
  subcommand: string,
  options: Option[] = [],
  resolvedUsers: Payload[] = [],
): Payload {
  const data: Payload = {
    id: "200000000000000000",
    name: "embassy",
    type: 1,
    options: [{ name: subcommand, type: 1, options }],
  };
  if (resolvedUsers.length > 0)
    data.resolved = { users: Object.fromEntries(resolvedUsers.map((u) => [u.id, u])) };
  return base(2, data);
}

export function createDummyAutocomplete(subcommand: string, typed: string): Payload {
  return base(4, {
    id: "200000000000000000",
    name: "embassy",
    type: 1,
    options: [
      { name: subcommand, type: 1, options: [{ name: "query", type: 3, value: typed, focused: true }] },
    ],
  });
}

export function createDummyMessage(overrides: Payload = {}): Payload {
  return {
    id: snowflake(),
    channel_id: CHANNEL_ID,
    author: BOT_USER,
    content: "",
    timestamp: "2025-01-01T00:00:00.000Z",
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    pinned: false,
    type: 0,
    flags: 0,
    components: [],
    ...overrides,
  };
}

/** A click on a button (component_type 2) of `message`. */
export function createDummyButton(customId: string, message: Payload, overrides: Payload = {}): Payload {
  return base(3, { custom_id: customId, component_type: 2 }, { message, ...overrides });
}

/** The `member` of an interaction from another person of the server, with an optional nickname. */
export function memberOf(user: Payload, nick: string | null = null): Payload {
  return {
    user,
    nick,
    roles: [],
    permissions: "0",
    joined_at: "2024-01-01T00:00:00.000Z",
    deaf: false,
    mute: false,
    flags: 0,
  };
}

export function createDummySelect(customId: string, values: string[], message: Payload): Payload {
  return base(3, { custom_id: customId, component_type: 3, values }, { message });
}

/** The "Embassy context" message command on `message`. */
export function createDummyContextMenu(message: Payload): Payload {
  return base(2, {
    id: "200000000000000001",
    name: "Embassy context",
    type: 3,
    target_id: message.id,
    resolved: { messages: { [String(message.id)]: message } },
  });
}

/** A submitted modal: each field is one text input in its own action row, as Discord sends them. */
export function createDummyModalSubmit(customId: string, fields: Record<string, string>): Payload {
  return base(5, {
    custom_id: customId,
    components: Object.entries(fields).map(([id, value]) => ({
      type: 1,
      components: [{ type: 4, custom_id: id, value }],
    })),
  });
}
