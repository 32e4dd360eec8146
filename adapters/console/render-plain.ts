/** Moved to adapters/render-plain.ts, which every adapter may use; kept so the CLI's imports still work. */
export * from "../render-plain.js";
