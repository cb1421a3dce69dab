/**
 * A nesting limit checked on the raw text before YAML parsing. eemeli/yaml composes recursively;
 * a few thousand levels exhaust the stack, and when that happens while V8 compiles one of the
 * parser's regular expressions the process dies with a fatal "out of memory" that no try/catch can
 * stop (seen with two 3,000-deep files in one batch). Assessment files need about 5 levels.
 */
export const MAX_DEPTH = 64;

export interface DepthExcess {
  depth: number;
  /** Offset of the character where the nesting passed the limit. */
  offset: number;
}

/**
 * Counts flow nesting ([ and { outside quotes and comments), block nesting (increasing indents) and
 * inline sequence dashes ("- - - x") together, conservatively: it may overestimate, never miss.
 */
export function excessiveNesting(text: string, limit = MAX_DEPTH): DepthExcess | undefined {
  let flow = 0;
  const indents: number[] = [];
  let quote: '"' | "'" | undefined;
  let lineStart = true;
  let blockDepth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (lineStart) {
      lineStart = false;
      let j = i;
      while (text[j] === ' ') j++;
      const next = text[j];
      if (next !== '\n' && next !== '\r' && next !== '#' && next !== undefined && flow === 0 && quote === undefined) {
        const indent = j - i;
        while (indents.length > 0 && indents[indents.length - 1]! >= indent) indents.pop();
        indents.push(indent);
        let dashes = 0;
        while (text[j] === '-' && (text[j + 1] === ' ' || text[j + 1] === '\n')) {
          dashes++;
          j += 2;
          while (text[j] === ' ') j++;
        }
        blockDepth = indents.length + dashes;
        if (blockDepth + flow > limit) return { depth: blockDepth + flow, offset: j };
      }
    }
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = undefined;
      else if (c === '\n') lineStart = true;
      continue;
    }
    switch (c) {
      case '\n':
        lineStart = true;
        break;
      case '"':
      case "'":
        quote = c;
        break;
      case '#':
        while (i + 1 < text.length && text[i + 1] !== '\n') i++;
        break;
      case '[':
      case '{':
        flow++;
        if (blockDepth + flow > limit) return { depth: blockDepth + flow, offset: i };
        break;
      case ']':
      case '}':
        if (flow > 0) flow--;
        break;
    }
  }
  return undefined;
}
