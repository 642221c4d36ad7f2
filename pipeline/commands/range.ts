/**
 * The Range requests `serve` passes on to sirv. sirv 3.0.2 hands a range whose start lies past
 * its end (`bytes=5-1`) to fs.createReadStream, which throws ERR_OUT_OF_RANGE and ended the
 * process (the class of bug in lukeed/sirv#140). A preview only needs the one form browsers
 * send for media and resumed downloads, `bytes=first-[last]` with first <= last; anything else
 * (reversed, suffix, several ranges, other units) is answered 416 before sirv sees it.
 */
export function servableRange(header: string | undefined): boolean {
  if (header === undefined) return true;
  const m = /^bytes=(\d{1,15})-(\d{1,15})?$/.exec(header.trim());
  if (!m) return false;
  return m[2] === undefined || Number(m[1]) <= Number(m[2]);
}
