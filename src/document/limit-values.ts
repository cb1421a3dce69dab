/**
 * The numbers of the YAML limits (limits.ts holds the machinery that enforces them), apart so that
 * the fast reader (fast-read.ts), which loads no eemeli/yaml, keeps to the same ones.
 */
export const MAX_DEPTH = 64;
/**
 * Parts of one file: lexical tokens (keys, values, indicators, separators, comments, line breaks)
 * while it is parsed, and nodes with each alias counted at each use once composed. An assessment
 * with long evidence lists has a few thousand; at the limit the CST and document take ~100 MiB.
 */
export const MAX_NODES = 250_000;
