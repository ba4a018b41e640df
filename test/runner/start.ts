/**
 * `npm start`: serves the real VS Code (code-server 1.100.3) on 127.0.0.1 with Graceful Decline
 * loaded in development mode and the sample workspace open, then prints the address to open.
 * Ctrl+C stops the server.
 */
import * as path from 'node:path';
import { ensureHost } from './setupHost';
import { startCodeServer } from './codeServer';
import { sampleWorkspace } from './paths';

async function main(): Promise<void> {
  ensureHost();
  const port = Number(process.env.PORT ?? 8080);
  const server = await startCodeServer({ port, workspaceTrust: true });
  const url = server.workbenchUrl({ folder: path.resolve(sampleWorkspace) });
  console.log('\nGraceful Decline is running in VS Code (code-server) on 127.0.0.1.');
  console.log(`Open this address in your browser:\n\n  ${url}\n`);
  console.log('Press Ctrl+C to stop.');
  const stop = () => void server.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: Error) => {
  console.error(`[start] ${error.message}`);
  process.exit(1);
});
