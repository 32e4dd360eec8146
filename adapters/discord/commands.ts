/**
 * The slash-command schema, generated from the core's command registry so Discord's menu cannot
 * drift from /help: every listed command, its options, and descriptions in English (Discord's
 * default) with Indonesian localizations.
 */
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ApplicationIntegrationType,
  InteractionContextType,
  type APIApplicationCommandBasicOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from "discord.js";
import type { Command, CommandOption } from "../../src/index.js";

// Discord's limits for names (lower case, no spaces) and descriptions.
const NAME = /^[-_\p{Ll}\p{Lo}\p{N}]{1,32}$/u;
const DESCRIPTION_MAX = 100;

export type SlashCommand = RESTPostAPIChatInputApplicationCommandsJSONBody;

/** The JSON Discord's `PUT .../commands` takes, one entry per listed command. */
export function slashCommands(commands: readonly Command[]): SlashCommand[] {
  return commands.filter((c) => c.listed && NAME.test(c.name)).map(slashCommand);
}

function slashCommand(command: Command): SlashCommand {
  // Discord rejects a required option after an optional one; the stable sort keeps declared order.
  const options = [...command.options].sort((a, b) => Number(b.required) - Number(a.required));
  return {
    type: ApplicationCommandType.ChatInput,
    name: command.name,
    description: clip(command.summary.en),
    description_localizations: { id: clip(command.summary.id) },
    options: options.map(slashOption),
    // Usable in servers and in direct messages with the bot.
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
    integration_types: [ApplicationIntegrationType.GuildInstall],
  };
}

function slashOption(option: CommandOption): APIApplicationCommandBasicOption {
  const common = {
    name: option.name,
    description: clip(option.description.en),
    description_localizations: { id: clip(option.description.id) },
    required: option.required,
  };
  if (option.type === "integer") {
    return {
      ...common,
      type: ApplicationCommandOptionType.Integer,
      ...(option.min !== undefined && { min_value: option.min }),
      ...(option.max !== undefined && { max_value: option.max }),
    };
  }
  return {
    ...common,
    type: ApplicationCommandOptionType.String,
    ...(option.autocomplete && { autocomplete: true }),
    // A question longer than this is cut by the core anyway; Discord allows up to 6,000.
    max_length: 1_000,
  };
}

function clip(text: string): string {
  return text.length <= DESCRIPTION_MAX ? text : `${text.slice(0, DESCRIPTION_MAX - 1)}…`;
}
