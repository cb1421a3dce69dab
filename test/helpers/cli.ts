/** Runs the CLI in-process through main(argv, io), capturing what it writes. */
import { main } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/io.js';
import { readStreamBounded } from '../../src/io/source.js';
import { ROOT } from './root.js';

export { ROOT };

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  env?: Record<string, string | undefined>;
  tty?: boolean;
  cwd?: string;
  stdin?: string;
  columns?: number;
}

export async function run(argv: string[], options: RunOptions = {}): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    cwd: options.cwd ?? ROOT,
    env: options.env ?? {},
    stdoutIsTTY: options.tty ?? false,
    ...(options.columns ? { columns: options.columns } : {}),
    readStdin: (maxFileSize) => readStreamBounded([new TextEncoder().encode(options.stdin ?? '')], maxFileSize),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}
