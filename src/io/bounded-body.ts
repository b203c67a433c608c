/**
 * Reads an HTTP answer's body with a byte cap counted while it streams: a chunked answer without content-length (or
 * one that lies about it) is cancelled the moment it passes the cap, instead of being read whole and measured after.
 */

/**
 * The body as UTF-8 text, or undefined (the stream cancelled) when it is longer than `maxBytes`. A declared
 * content-length over the cap is refused before reading anything.
 */
export async function readBoundedText(response: Response, maxBytes: number): Promise<string | undefined> {
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > maxBytes) {
    await response.body?.cancel();
    return undefined;
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}
