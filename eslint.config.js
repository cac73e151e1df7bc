import js from "@eslint/js";
import tseslint from "typescript-eslint";

const platformPackages = ["@slack/*", "discord.js", "@discordjs/*", "dotenv", "pino"];

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "coverage/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["src/core/**/*.ts"],
    rules: {
      // The core must stay platform-free: adapters translate, the core only answers.
      "no-restricted-imports": [
        "error",
        {
          patterns: platformPackages.map((group) => ({
            group: [group],
            message: "src/core must not import platform code",
          })),
        },
      ],
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "src/core reads no environment; pass values in." },
      ],
    },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
);
