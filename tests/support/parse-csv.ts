/**
 * A strict RFC 4180 parser: CRLF records, quoted fields with doubled quotes; throws on anything
 * else (a bare quote, a lone LF), so a malformed export fails the test instead of parsing loosely.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let position = 0;
  for (;;) {
    let field = '';
    if (text[position] === '"') {
      position += 1;
      for (;;) {
        const quote = text.indexOf('"', position);
        if (quote === -1) throw new Error('unterminated quoted field');
        field += text.slice(position, quote);
        position = quote + 1;
        if (text[position] !== '"') break;
        field += '"';
        position += 1;
      }
    } else {
      const end = text.slice(position).search(/[,\r\n"]/);
      const stop = end === -1 ? text.length : position + end;
      if (text[stop] === '"' || text[stop] === '\n') throw new Error(`bare quote or LF at ${stop}`);
      field = text.slice(position, stop);
      position = stop;
    }
    row.push(field);
    if (text[position] === ',') {
      position += 1;
      continue;
    }
    if (text.startsWith('\r\n', position)) {
      rows.push(row);
      row = [];
      position += 2;
      if (position === text.length) return rows;
      continue;
    }
    throw new Error(`unexpected character at ${position}`);
  }
}
