/**
 * Discord's limits, as data. Renderers trim to these; tests check every payload against them.
 * Embeds: https://discord.com/developers/docs/resources/message#embed-object-embed-limits
 * Components: https://discord.com/developers/docs/components/reference
 * Commands: https://discord.com/developers/docs/interactions/application-commands
 */
export const DISCORD_LIMITS = {
  embed: {
    title: 256,
    description: 4096,
    fields: 25,
    fieldName: 256,
    fieldValue: 1024,
    footer: 2048,
    /** Title, description, field names and values, footer and author of all a message's embeds together. */
    total: 6000,
    perMessage: 10,
  },
  message: {
    content: 2000,
    /** https://discord.com/developers/docs/reference#uploading-files: up to 10 files per message. */
    files: 10,
    /** The smallest upload limit an interaction reply meets (a server without boosts): 10 MiB. */
    fileBytes: 10 * 1024 * 1024,
  },
  components: {
    rows: 5,
    buttonsPerRow: 5,
    buttonLabel: 80,
    customId: 100,
    selectOptions: 25,
    selectOptionLabel: 100,
    selectOptionValue: 100,
    selectOptionDescription: 100,
    selectPlaceholder: 150,
  },
  command: {
    name: 32,
    description: 100,
    options: 25,
    choices: 25,
    choiceName: 100,
    choiceValue: 100,
    /** The most a string option's max_length may be. */
    stringOptionLength: 6000,
    /** Context-menu command names may hold spaces and capitals, unlike slash command names. */
    contextMenuName: 32,
  },
  autocomplete: { choices: 25, choiceName: 100, choiceValue: 100 },
} as const;

/** Slash command and option names: lowercase, 1–32 characters of this set. */
export const COMMAND_NAME_PATTERN = /^[-_\p{Ll}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
