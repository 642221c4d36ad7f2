/**
 * The extractor's output type, derived from the mentions table schema
 * (schemas/mentions.schema.json → pipeline/types/tables.ts): a mention as found in one
 * text, before the build gives it its source and id.
 */
import type { MentionsRow } from '../types/tables.js';

export type Mention = Omit<MentionsRow, 'mention_id' | 'source_id'>;
export type MentionKind = Mention['kind'];
export type Hedge = Mention['hedge'];
