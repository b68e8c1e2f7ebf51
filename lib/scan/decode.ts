/** The charset an HTML page declares in its first 1024 bytes (<meta charset> or http-equiv), lower-cased. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}

/**
 * A file's text: UTF-8, or for an HTML page the charset it declares. Throws an Error saying why when the bytes
 * are not valid in that encoding.
 */
export function decodeFile(bytes: Uint8Array, isHtml: boolean): string {
  const declared = isHtml ? declaredCharset(bytes) : null;
  const label = declared && declared !== 'utf-8' && declared !== 'utf8' ? declared : 'utf-8';
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { fatal: true });
  } catch {
    throw new Error(`unknown charset "${label}"`);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw new Error(`not valid ${label === 'utf-8' ? 'UTF-8' : label} text`);
  }
}
