/** Which reader an input path goes to, from its extension (anything else is read as YAML). */
import { extname } from 'node:path';

export type SourceKind = 'yaml' | 'csv' | 'xlsx' | 'json';

export function sourceKind(file: string): SourceKind {
  const ext = extname(file).toLowerCase();
  return ext === '.csv' || ext === '.tsv' ? 'csv' : ext === '.xlsx' ? 'xlsx' : ext === '.json' ? 'json' : 'yaml';
}
