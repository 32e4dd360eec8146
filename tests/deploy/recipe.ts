/** The production install's steps, shared by its test and the check that the Dockerfile does the same. */

/** The files copied into a fresh folder (the Dockerfile's build stage copies these). */
export const PACKAGE_FILES = ["package.json", "package-lock.json", "src", "adapters", "corpus"];

/** The install command (the Dockerfile runs it with the same flags, less the cache hint). */
export const INSTALL = ["ci", "--omit=dev", "--no-audit", "--no-fund"];

/** How the container starts the bot. */
export const START = ["node", "dist/adapters/main.js"];
