import { config as loadDotenv } from "dotenv";
import { envSchema } from "../../config.js";
import { buildDiscordCommands } from "./commands.js";
import { registerDiscordCommands } from "./register.js";

/**
 * `npm run discord:register [-- --dry-run]`: an entry point like main.ts, the only place here that
 * reads the environment. --dry-run prints the command JSON and touches no network.
 */
async function main(argv: string[]): Promise<number> {
  const unknown = argv.filter((a) => a !== "--dry-run");
  if (unknown.length > 0) {
    process.stderr.write(`Unknown argument ${unknown[0]}. Usage: npm run discord:register [-- --dry-run]\n`);
    return 2;
  }
  if (argv.includes("--dry-run")) {
    process.stdout.write(`${JSON.stringify(buildDiscordCommands(), null, 2)}\n`);
    return 0;
  }
  loadDotenv({ quiet: true });
  const schema = envSchema.pick({
    DISCORD_TOKEN: true,
    DISCORD_APPLICATION_ID: true,
    DISCORD_GUILD_ID: true,
    DISCORD_API_URL: true,
  });
  const parsed = schema.safeParse(process.env);
  const problems = parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  if (parsed.success && !parsed.data.DISCORD_TOKEN)
    problems.push("DISCORD_TOKEN: required to register commands (the bot token)");
  if (!parsed.success || problems.length > 0) {
    process.stderr.write(
      `Cannot register Discord commands; check these environment variables (see .env.example):\n`,
    );
    for (const problem of problems) process.stderr.write(`  ${problem}\n`);
    return 1;
  }
  const env = parsed.data;
  try {
    const done = await registerDiscordCommands({
      token: env.DISCORD_TOKEN!,
      ...(env.DISCORD_APPLICATION_ID ? { applicationId: env.DISCORD_APPLICATION_ID } : {}),
      ...(env.DISCORD_GUILD_ID ? { guildId: env.DISCORD_GUILD_ID } : {}),
      ...(env.DISCORD_API_URL ? { apiUrl: env.DISCORD_API_URL } : {}),
    });
    const where =
      done.scope === "guild"
        ? `server ${env.DISCORD_GUILD_ID} (available now)`
        : "all servers (may take up to an hour to appear)";
    process.stdout.write(
      `Registered ${done.names.join(", ")} for application ${done.applicationId} in ${where}.\n`,
    );
    return 0;
  } catch (error) {
    const status = (error as { status?: number }).status;
    const hint =
      status === 401
        ? "Discord rejected DISCORD_TOKEN: copy the bot token again."
        : status === 403 || status === 404
          ? "Check DISCORD_APPLICATION_ID and DISCORD_GUILD_ID, and that the bot was invited with the applications.commands scope."
          : "";
    process.stderr.write(
      `Registering Discord commands failed: ${(error as Error).message}\n${hint ? `${hint}\n` : ""}`,
    );
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
