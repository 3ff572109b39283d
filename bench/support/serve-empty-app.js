// Serves a built empty SvelteKit app (EMPTY_APP_BUILD) the way scripts/serve.js serves ours:
// adapter-node's handler (precompressed static files) behind the same compression middleware.
import http from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import compression from 'compression';

const buildDir = process.env.EMPTY_APP_BUILD;
if (!buildDir) throw new Error('EMPTY_APP_BUILD names the empty app’s build directory');
const { handler } = await import(pathToFileURL(join(buildDir, 'handler.js')).href);
const compress = compression({ threshold: 1024 });

const server = http.createServer((req, res) => compress(req, res, () => handler(req, res)));
server.listen(Number(process.env.PORT), process.env.HOST ?? '127.0.0.1');
process.on('SIGTERM', () => server.close(() => process.exit(0)));
