// The reference for bench/stream_cpu.sh: the official OpenAI Node SDK (pinned in
// bench/node/package.json, installed there by the script) streaming one chat completion
// and writing the content deltas to stdout, which is the work `switchyard ask` does.
//
//   node bench/sdk_stream.mjs BASE_URL [MODEL] [--per-chunk]
//
// BASE_URL is what the SDK calls baseURL (e.g. http://127.0.0.1:PORT/api/v1); the key is
// a dummy. Every chunk is consumed. Like `ask`, which flushes stdout once per event-loop
// turn, the deltas that arrive in one turn are written together (setImmediate); with
// --per-chunk each delta is its own process.stdout.write(), as in the SDK's README
// example, which costs the SDK one write(2) per chunk.
import { createRequire } from 'node:module';

const args = process.argv.slice(2);
const perChunk = args.includes('--per-chunk');
const [baseURL, model = 'bench/model'] = args.filter((a) => a !== '--per-chunk');
if (!baseURL) {
    process.stderr.write('usage: node sdk_stream.mjs BASE_URL [MODEL] [--per-chunk]\n');
    process.exit(2);
}

// The package lives in bench/node/node_modules, which an import from this folder would
// not search; resolve it from there. Its CommonJS and ES builds are the same code.
const require = createRequire(new URL('./node/package.json', import.meta.url));
const sdk = require('openai');
const OpenAI = sdk.OpenAI ?? sdk.default ?? sdk;

const client = new OpenAI({ baseURL, apiKey: 'sk-bench-dummy', maxRetries: 0 });

let pending = [];
let scheduled = false;
const flush = () => {
    scheduled = false;
    if (pending.length) {
        process.stdout.write(pending.join(''));
        pending = [];
    }
};

let chunks = 0;
const stream = await client.chat.completions.create({
    model,
    messages: [{ role: 'user', content: 'go' }],
    stream: true,
});
for await (const chunk of stream) {
    ++chunks;
    const delta = chunk.choices?.[0]?.delta?.content;
    if (!delta)
        continue;
    if (perChunk) {
        process.stdout.write(delta);
    } else {
        pending.push(delta);
        if (!scheduled) {
            scheduled = true;
            setImmediate(flush);
        }
    }
}
flush();
if (chunks === 0) {
    process.stderr.write('sdk_stream: the stream had no chunks\n');
    process.exit(1);
}
