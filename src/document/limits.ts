/**
 * The limits every YAML text is held to before and while it is composed, so that no input under
 * the size limit costs more than linear time and bounded memory, and none can overflow the stack:
 *
 * - Nesting depth, measured on yaml's own CST parser (which keeps an explicit stack: it does not
 *   recurse) while it reads the lexer's tokens, so quotes, comments, `? ` keys and flow and block
 *   collections are exactly what the parser sees. The composer that follows recurses once per
 *   level; a few thousand levels exhaust the stack (and two such files in one process were seen to
 *   kill Node outright: a stack overflow while V8 compiles one of the parser's regular expressions
 *   is fatal). An assessment needs about 5 levels.
 * - The number of parts: the CST and the document cost hundreds of bytes per token or node, and
 *   every check after them is linear in nodes, so the count of lexical tokens is bounded in the same
 *   pass, before the CST grows.
 *   Aliases are counted again at each use (the data they expand to is what validation walks).
 *
 * The same code runs on the main thread and in workers: the result never depends on the thread.
 */
import { Lexer, Parser, isAlias, isMap, isPair, isScalar, isSeq, type CST, type Document, type Node as YamlNode } from 'yaml';
import { MAX_DEPTH, MAX_NODES } from './limit-values.js';

export { MAX_DEPTH, MAX_NODES };

export class LimitExceeded extends Error {
  constructor(readonly limit: 'depth' | 'nodes', readonly offset: number) {
    super(limit);
  }
}

/**
 * The CST tokens of a text, as yaml's Parser.parse yields them, but throwing LimitExceeded as
 * soon as the nesting or the node count passes its limit (with the offset where it did).
 */
export function* limitedTokens(text: string, onNewLine: (offset: number) => void, maxDepth = MAX_DEPTH, maxNodes = MAX_NODES): Generator<CST.Token> {
  const parser = new Parser(onNewLine);
  onNewLine(0);
  let nodes = 0;
  for (const lexeme of new Lexer().lex(text)) {
    const offset = parser.offset;
    if (++nodes > maxNodes) throw new LimitExceeded('nodes', offset);
    yield* parser.next(lexeme);
    // The stack holds the document and then one token per open collection or scalar.
    if (parser.stack.length - 1 > maxDepth) throw new LimitExceeded('depth', offset);
  }
  yield* parser.end();
}

/**
 * Counts the nodes of a composed document as its data will hold them (each alias expanded where
 * it is used), iteratively, and stops at the first alias that takes the count over the limit:
 * its offset, or undefined when the document is within it. Cost: at most maxNodes steps.
 */
export function expandedNodesExceeded(doc: Document.Parsed, maxNodes = MAX_NODES): number | undefined {
  const anchors = new Map<string, YamlNode>();
  const stack: { node: unknown; alias?: number }[] = [{ node: doc.contents }];
  let count = 0;
  while (stack.length > 0) {
    const { node, alias } = stack.pop()!;
    if (!node) continue;
    if (++count > maxNodes) return alias ?? 0;
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      if (target) stack.push({ node: target, alias: alias ?? node.range?.[0] ?? 0 });
      continue;
    }
    if (isScalar(node) || isMap(node) || isSeq(node)) {
      if (node.anchor && alias === undefined) anchors.set(node.anchor, node);
    }
    if (isMap(node) || isSeq(node)) {
      // Children in reverse, so that they are visited (and their anchors defined) in document order.
      for (let i = node.items.length - 1; i >= 0; i--) {
        const item = node.items[i];
        if (isPair(item)) {
          stack.push({ node: item.value, ...(alias !== undefined ? { alias } : {}) });
          stack.push({ node: item.key, ...(alias !== undefined ? { alias } : {}) });
        } else stack.push({ node: item, ...(alias !== undefined ? { alias } : {}) });
      }
    }
  }
  return undefined;
}
