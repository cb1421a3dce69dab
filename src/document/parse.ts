/**
 * YAML text -> a positioned document and syntax findings. Uses eemeli/yaml with a LineCounter so
 * every node keeps its source range; converts to plain data only when the syntax is clean
 * (toJS() would silently convert a broken tree).
 */
import { Composer, LineCounter, YAMLParseError, isScalar, parseDocument, visit, type Document, type DocumentOptions, type ParseOptions, type SchemaOptions, type YAMLError } from 'yaml';
import { boundFindings, createFinding, type Finding } from '../core/findings.js';
import { expandedNodesExceeded, LimitExceeded, limitedTokens, MAX_DEPTH, MAX_NODES } from './limits.js';
import { positionAt } from './positions.js';

/** Aliases are never needed in an assessment; a small allowance keeps anchors usable without billion-laughs expansion. */
const MAX_ALIAS_COUNT = 50;

export interface ParsedSource {
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** The plain data, when there were no syntax errors. */
  data?: unknown;
  findings: Finding[];
}



/** The value of every scalar key by its offset: a duplicate key is named by its value ("1" for `"1"`), not a slice of the source. */
function keysByOffset(doc: Document.Parsed): Map<number, string> {
  const keys = new Map<number, string>();
  visit(doc, {
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.range) keys.set(pair.key.range[0], String(pair.key.value));
    },
  });
  return keys;
}

function syntaxFinding(error: YAMLError, lineCounter: LineCounter, text: string, keys: () => Map<number, string>): Finding {
  const position = positionAt(lineCounter, error.pos[0], error.pos[1]);
  switch (error.code) {
    case 'DUPLICATE_KEY':
      return createFinding('DUPLICATE_KEY', { key: (keys().get(error.pos[0]) ?? text.slice(error.pos[0], error.pos[1]).trim()) || '(empty)' }, '', 'error', position);
    case 'MULTIPLE_DOCS':
      return createFinding('MULTIPLE_DOCUMENTS', {}, '', 'error', position);
    case 'TAB_AS_INDENT':
      return createFinding('YAML_TAB_INDENT', {}, '', 'error', position);
    default:
      return createFinding('YAML_SYNTAX', { detail: error.message.replace(/\s+at line \d+, column \d+:[\s\S]*$/, '') }, '', 'error', position);
  }
}

const OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  prettyErrors: false,
  strict: true,
  uniqueKeys: true,
  // Indicator numbers are keys: read every key as a string so that pointers such as
  // /indicators/12 find them (map lookups compare keys with ===).
  stringKeys: true,
  // The YAML 1.2 core schema whatever a `%YAML 1.1` directive says: no `<<` merge keys (an unknown
  // key, as the README says), no 1.1 booleans (yes/no) or octals (012) that would read otherwise.
  schema: 'core',
  merge: false,
};

function limitFinding(error: LimitExceeded, lineCounter: LineCounter): Finding {
  const position = positionAt(lineCounter, error.offset);
  return error.limit === 'depth' ? createFinding('TOO_DEEP', { limit: MAX_DEPTH }, '', 'error', position) : createFinding('TOO_MANY_NODES', { limit: MAX_NODES }, '', 'error', position);
}

/** yaml's parseDocument, composed from the limited token stream (limits.ts). */
function composeLimited(text: string, lineCounter: LineCounter): Document.Parsed {
  const composer = new Composer(OPTIONS);
  let doc: Document.Parsed | undefined;
  for (const next of composer.compose(limitedTokens(text, lineCounter.addNewLine), true, text.length)) {
    if (!doc) doc = next;
    else {
      doc.errors.push(new YAMLParseError([next.range[0], next.range[1]], 'MULTIPLE_DOCS', 'Source contains multiple documents'));
      break;
    }
  }
  return doc!;
}

export function parseYaml(source: string): ParsedSource {
  // YAML 1.2 takes a lone CR as a line break; the parser does not. One character for one keeps
  // every offset, so positions are those of the source.
  const text = source.includes('\r') ? source.replace(/\r(?!\n)/g, '\n') : source;
  const lineCounter = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = composeLimited(text, lineCounter);
  } catch (error) {
    if (!(error instanceof LimitExceeded)) throw error;
    // Not composed (that is the point): an empty document stands in for the one never built.
    return { doc: parseDocument(''), lineCounter, findings: [limitFinding(error, lineCounter)] };
  }
  // After the first syntax error the parser's later complaints are mostly its consequences:
  // keep the first, plus every duplicate key (each one is a separate mistake).
  const firstSyntax = doc.errors.find((e) => e.code !== 'DUPLICATE_KEY');
  let keys: Map<number, string> | undefined;
  const keyNames = () => (keys ??= keysByOffset(doc));
  const findings = boundFindings(doc.errors.filter((e) => e === firstSyntax || e.code === 'DUPLICATE_KEY').map((e) => syntaxFinding(e, lineCounter, text, keyNames)));
  if (findings.length > 0) return { doc, lineCounter, findings };
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    return { doc, lineCounter, findings: [createFinding('EMPTY_FILE', {}, '', 'error', { line: 1, column: 1 })] };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    // toJS throws ReferenceError for alias bombs and unresolved aliases; neither is in doc.errors.
    return { doc, lineCounter, findings: [aliasFinding(doc, lineCounter, error as Error)] };
  }
  // The data shares what aliases repeat, but validation walks every use (and a cycle forever).
  const expanded = expandedNodesExceeded(doc);
  if (expanded !== undefined) return { doc, lineCounter, findings: [limitFinding(new LimitExceeded('nodes', expanded), lineCounter)] };
  return { doc, lineCounter, data, findings };
}

function aliasFinding(doc: Document.Parsed, lineCounter: LineCounter, error: Error): Finding {
  const unresolved = /unresolved alias/i.test(error.message);
  let at: { range: [number, number]; source: string } | undefined;
  visit(doc, {
    Alias(_, node) {
      if (!at && node.range && (!unresolved || node.resolve(doc) === undefined)) at = { range: [node.range[0], node.range[1]], source: node.source };
    },
  });
  const position = at ? positionAt(lineCounter, at.range[0], at.range[1]) : { line: 1, column: 1 };
  return unresolved
    ? createFinding('UNKNOWN_ALIAS', { alias: at?.source ?? '' }, '', 'error', position)
    : createFinding('ALIAS_LIMIT', { limit: MAX_ALIAS_COUNT }, '', 'error', position);
}
