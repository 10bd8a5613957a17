// `npm start`: Silta on this machine. Without BOT_ID it opts in to anonymous mode (Bot Framework
// authentication off, listening on 127.0.0.1 only) — the explicit ALLOW_ANONYMOUS=true that Silta
// requires for that. An ALLOW_ANONYMOUS already set wins. App Service runs `npm run serve` instead, which
// opts in to nothing.
process.env.ALLOW_ANONYMOUS ??= 'true';
require('../dist/src/index.js');
