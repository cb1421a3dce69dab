/** Entry point of the `spbe` binary (bin/spbe.js imports this, unless cli/quick.ts answered). */
import { main } from './cli/main.js';
import { processIo } from './cli/io.js';
import { quietOnClosedPipes } from './cli/pipes.js';

quietOnClosedPipes();
process.exitCode = await main(process.argv.slice(2), processIo());
