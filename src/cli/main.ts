/** `npm run cli -- <command>`: the terminal/JSON door to the same command handlers the bot uses. */
import { config as loadDotenv } from 'dotenv';
import { corpusDir } from '../paths.js';
import { LibraryService } from '../service.js';
import { runCli } from './run.js';
import { processIo, reportProblems } from './io.js';

loadDotenv({ quiet: true });

try {
  const service = new LibraryService(corpusDir());
  reportProblems(service.library.problems);
  process.exitCode = await runCli(process.argv.slice(2), service, processIo());
} catch (error) {
  process.stderr.write(`error: ${(error as Error).message}\n`);
  process.exitCode = 1;
}
