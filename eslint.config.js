import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules/", "coverage/", "dist/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["src/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["grammy", "grammy/*", "@grammyjs/*", "discord.js", "@discordjs/*", "dotenv", "**/adapters/**"] }],
      "no-restricted-properties": ["error", { object: "process", property: "env", message: "The core reads no environment: pass settings in." }],
    },
  },
);
