/** Entry point of the `spbe` binary (bin/spbe.js imports this). */
import { main } from './cli/main.js';
import { processIo } from './cli/io.js';

process.exitCode = await main(process.argv.slice(2), processIo());
