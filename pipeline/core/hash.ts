/** The one hash of the project (sources' recorded digests, datapackage.json, SHA256SUMS, the site's downloads), so all agree. */
import { createHash } from 'node:crypto';

/** Lower-case hex SHA-256 of a string (as UTF-8) or bytes. */
export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
