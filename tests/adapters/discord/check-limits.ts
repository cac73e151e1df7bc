import { DISCORD_LIMITS } from "../../../src/adapters/discord/limits.js";

type Json = Record<string, unknown>;
const E = DISCORD_LIMITS.embed;
const C = DISCORD_LIMITS.components;

/**
 * Every way a message can break Discord's limits, as readable lines (empty when it is valid).
 * Written from the docs, independently of the renderer, so a renderer bug cannot hide here.
 */
export function limitProblems(message: Json): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, what: string) => void (ok || problems.push(what));
  const embeds = (message.embeds ?? []) as Json[];
  check(embeds.length <= E.perMessage, `${embeds.length} embeds`);
  check(String(message.content ?? "").length <= DISCORD_LIMITS.message.content, "content too long");
  let total = 0;
  for (const embed of embeds) {
    const title = String(embed.title ?? "");
    const description = String(embed.description ?? "");
    const footer = String((embed.footer as Json | undefined)?.text ?? "");
    const fields = (embed.fields ?? []) as Json[];
    check(title.length <= E.title, `title ${title.length}`);
    check(description.length <= E.description, `description ${description.length}`);
    check(footer.length <= E.footer, `footer ${footer.length}`);
    check(fields.length <= E.fields, `${fields.length} fields`);
    total += title.length + description.length + footer.length;
    for (const f of fields) {
      const name = String(f.name);
      const value = String(f.value);
      check(name.length > 0 && name.length <= E.fieldName, `field name ${name.length}`);
      check(value.length > 0 && value.length <= E.fieldValue, `field "${name}" value ${value.length}`);
      total += name.length + value.length;
    }
  }
  check(total <= E.total, `embeds total ${total}`);
  const rows = (message.components ?? []) as Json[];
  check(rows.length <= C.rows, `${rows.length} rows`);
  for (const row of rows) {
    const parts = row.components as Json[];
    check(row.type === 1 && parts.length >= 1 && parts.length <= C.buttonsPerRow, "bad action row");
    for (const part of parts) {
      const id = String(part.custom_id ?? "");
      check(id.length >= 1 && id.length <= C.customId, `custom_id ${id.length}`);
      if (part.type === 2)
        check(String(part.label).length <= C.buttonLabel, `button label ${String(part.label).length}`);
      if (part.type === 3) {
        const options = part.options as Json[];
        check(parts.length === 1, "a select menu must be alone in its row");
        check(options.length >= 1 && options.length <= C.selectOptions, `${options.length} select options`);
        for (const o of options) {
          check(String(o.label).length <= C.selectOptionLabel, "select label");
          check(String(o.value).length <= C.selectOptionValue, "select value");
          check(String(o.description ?? "").length <= C.selectOptionDescription, "select description");
        }
      }
    }
  }
  return problems;
}

/** Every string in a payload, for "nothing here can ping or link" assertions. */
export function allStrings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (value && typeof value === "object") return Object.values(value).flatMap(allStrings);
  return [];
}

/**
 * A message's files against Discord's upload rules: how many, how large, and every
 * `attachment://name` an embed shows is a file the message carries.
 */
export function fileProblems(message: Json, files: { name: string; bytes: Buffer }[]): string[] {
  const problems: string[] = [];
  const M = DISCORD_LIMITS.message;
  if (files.length > M.files) problems.push(`${files.length} files`);
  for (const f of files)
    if (f.bytes.length > M.fileBytes) problems.push(`${f.name}: ${f.bytes.length} bytes`);
  const names = new Set(files.map((f) => f.name));
  for (const embed of (message.embeds ?? []) as Json[]) {
    const url = String((embed.image as Json | undefined)?.url ?? "");
    const name = /^attachment:\/\/(.+)$/.exec(url)?.[1];
    if (url && name === undefined && !/^https:\/\//.test(url)) problems.push(`embed image ${url}`);
    if (name !== undefined && !names.has(name)) problems.push(`embed shows ${name}, which was not sent`);
  }
  return problems;
}
