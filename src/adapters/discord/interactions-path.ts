/** Where Discord posts interactions when the application's endpoint URL is set (its own file, so naming it loads no SDK). */
export const DISCORD_INTERACTIONS_PATH = "/discord/interactions";
