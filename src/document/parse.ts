/**
 * YAML text -> a positioned document and syntax findings. Uses eemeli/yaml with a LineCounter so
 * every node keeps its source range; converts to plain data only when the syntax is clean
 * (toJS() would silently convert a broken tree).
 */
import { LineCounter, isScalar, parseDocument, visit, type Document, type YAMLError } from 'yaml';
import { createFinding, type Finding } from '../core/findings.js';
import { excessiveNesting, MAX_DEPTH } from './depth.js';
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



function syntaxFinding(error: YAMLError, lineCounter: LineCounter, text: string): Finding {
  const position = positionAt(lineCounter, error.pos[0], error.pos[1]);
  switch (error.code) {
    case 'DUPLICATE_KEY':
      return createFinding('DUPLICATE_KEY', { key: text.slice(error.pos[0], error.pos[1]).trim() || '(empty)' }, '', 'error', position);
    case 'MULTIPLE_DOCS':
      return createFinding('MULTIPLE_DOCUMENTS', {}, '', 'error', position);
    case 'TAB_AS_INDENT':
      return createFinding('YAML_TAB_INDENT', {}, '', 'error', position);
    default:
      return createFinding('YAML_SYNTAX', { detail: error.message.replace(/\s+at line \d+, column \d+:[\s\S]*$/, '') }, '', 'error', position);
  }
}

export function parseYaml(text: string): ParsedSource {
  const deep = excessiveNesting(text);
  if (deep) {
    // Not parsed at all (that is the point): index the lines up to the offset by hand for the
    // position, and stand an empty document in for the one that was never built.
    const lineCounter = new LineCounter();
    lineCounter.addNewLine(0);
    for (let i = text.indexOf('\n'); i >= 0 && i < deep.offset; i = text.indexOf('\n', i + 1)) lineCounter.addNewLine(i + 1);
    return { doc: parseDocument(''), lineCounter, findings: [createFinding('TOO_DEEP', { limit: MAX_DEPTH }, '', 'error', positionAt(lineCounter, deep.offset))] };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    strict: true,
    uniqueKeys: true,
    // Indicator numbers are keys: read every key as a string so that pointers such as
    // /indicators/12 find them (map lookups compare keys with ===).
    stringKeys: true,
  });
  // After the first syntax error the parser's later complaints are mostly its consequences:
  // keep the first, plus every duplicate key (each one is a separate mistake).
  const firstSyntax = doc.errors.find((e) => e.code !== 'DUPLICATE_KEY');
  const findings = doc.errors.filter((e) => e === firstSyntax || e.code === 'DUPLICATE_KEY').map((e) => syntaxFinding(e, lineCounter, text));
  if (findings.length > 0) return { doc, lineCounter, findings };
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    return { doc, lineCounter, findings: [createFinding('EMPTY_FILE', {}, '', 'error', { line: 1, column: 1 })] };
  }
  try {
    const data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    return { doc, lineCounter, data, findings };
  } catch (error) {
    // toJS throws ReferenceError for alias bombs and unresolved aliases; neither is in doc.errors.
    return { doc, lineCounter, findings: [aliasFinding(doc, lineCounter, error as Error)] };
  }
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
