// `npm start`: build the extension and the console, start the hub and one
// local agent on embedded SQLite under ./data, provision on the first start,
// and print where everything is. Ctrl+C stops both.
import { banner, stopOnSignals } from './lib/banner.ts';
import { buildAll, parseStartArgs } from './lib/options.ts';
import { startStack } from './lib/stack.ts';

const opts = parseStartArgs();
if (opts.build) buildAll();
const stack = await startStack(opts);
process.stdout.write(banner(stack, opts.data));
stopOnSignals(stack);
