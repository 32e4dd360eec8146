/**
 * Gateway payloads a person's actions produce (slash commands, autocomplete, button presses,
 * messages), shaped like Discord's, dispatched through a FakeDiscord.
 */
import { BOT_USER, IDS, messageObject, snowflake, type FakeDiscord } from "./fake-discord.js";

export interface Person {
  readonly id: string;
  readonly username: string;
  readonly bot?: boolean;
}

export interface Where {
  readonly user?: Person;
  /** A direct message instead of the test server's channel. */
  readonly dm?: boolean;
  /** How long ago Discord created the interaction (for the defer path). */
  readonly ageMs?: number;
  readonly locale?: string;
  readonly shard?: number;
}

export const ALICE: Person = Object.freeze({ id: "1600000000000000006", username: "alice" });

const DM_CHANNEL = "1700000000000000007";
const OPTION_TYPE = { string: 3, number: 4 } as const;

function user(person: Person) {
  return { id: person.id, username: person.username, discriminator: "0", global_name: person.username, avatar: null, ...(person.bot && { bot: true }) };
}

function member(person: Person) {
  return { user: user(person), roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0, permissions: "2147483647" };
}

function interaction(fake: FakeDiscord, type: number, data: unknown, where: Where, extra: object = {}): string {
  const person = where.user ?? ALICE;
  const id = snowflake(where.ageMs ?? 0);
  const token = `itoken-${id}`;
  fake.registerToken(id, token);
  const place = where.dm
    ? { user: user(person), channel_id: DM_CHANNEL, channel: { id: DM_CHANNEL, type: 1, recipients: [user(person)] }, context: 1 }
    : { guild_id: IDS.guild, member: member(person), channel_id: IDS.channel, channel: { id: IDS.channel, type: 0, guild_id: IDS.guild, name: "umum" }, guild_locale: "id", context: 0 };
  fake.dispatch("INTERACTION_CREATE", {
    id,
    application_id: IDS.application,
    type,
    data,
    token,
    version: 1,
    locale: where.locale ?? "id",
    app_permissions: "2147483647",
    entitlements: [],
    authorizing_integration_owners: { "0": IDS.guild },
    attachment_size_limit: 10_485_760,
    ...place,
    ...extra,
  }, where.shard ?? 0);
  return id;
}

function options(values: Record<string, string | number>, focused?: string) {
  return Object.entries(values).map(([name, value]) => ({
    name,
    type: typeof value === "number" ? OPTION_TYPE.number : OPTION_TYPE.string,
    value,
    ...(name === focused && { focused: true }),
  }));
}

/** A slash command; returns the interaction id. */
export function slash(fake: FakeDiscord, name: string, values: Record<string, string | number> = {}, where: Where = {}): string {
  return interaction(fake, 2, { id: snowflake(), name, type: 1, options: options(values) }, where);
}

/** Typing in an autocomplete option. */
export function autocomplete(fake: FakeDiscord, name: string, values: Record<string, string | number>, focused: string, where: Where = {}): string {
  return interaction(fake, 4, { id: snowflake(), name, type: 1, options: options(values, focused) }, where);
}

/** Pressing a button with this custom id on one of the bot's messages (by default a bare one with that button). */
export function press(fake: FakeDiscord, customId: string, where: Where = {}, on?: Record<string, unknown>): string {
  const buttons = [{ type: 1, components: [{ type: 2, style: 2, label: "Konteks", custom_id: customId }] }];
  const message = on ?? messageObject(BOT_USER, { channel_id: where.dm ? DM_CHANNEL : IDS.channel, content: "…", components: buttons }, 60_000);
  return interaction(fake, 3, { custom_id: customId, component_type: 2 }, where, { message });
}

/** A message in the server's channel (mentioning the bot when `mention`) or a DM; returns its id. */
export function post(fake: FakeDiscord, content: string, where: Where & { mention?: boolean; mentionsEveryone?: boolean; replyTo?: Record<string, unknown> } = {}): string {
  const person = where.user ?? ALICE;
  const id = snowflake();
  // A reply carries a reference to the message and, like Discord's, the message itself.
  const reply = where.replyTo
    ? { type: 19, message_reference: { message_id: where.replyTo.id, channel_id: where.replyTo.channel_id, ...(where.dm ? {} : { guild_id: IDS.guild }) }, referenced_message: where.replyTo }
    : {};
  const common = messageObject(user(person), {
    id,
    content,
    mention_everyone: where.mentionsEveryone ?? false,
    mentions: where.mention ? [BOT_USER] : [],
    mention_roles: content.includes(`<@&${IDS.role}>`) ? [IDS.role] : [],
    ...reply,
  });
  const place = where.dm
    ? { channel_id: DM_CHANNEL, channel_type: 1 }
    : { channel_id: IDS.channel, guild_id: IDS.guild, member: { roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 } };
  fake.dispatch("MESSAGE_CREATE", { ...common, ...place }, where.shard ?? 0);
  return id;
}

export { DM_CHANNEL };
