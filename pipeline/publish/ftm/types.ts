/** One FollowTheMoney entity as the `ftm` tool and Aleph read it: every property a list of strings. */
export type FtmProperties = Record<string, string[]>;

export interface FtmEntity {
  id: string;
  schema: string;
  properties: FtmProperties;
}
