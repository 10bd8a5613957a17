// `npm start` (and `npm run dev`, from the sources): Silta on this machine. Sets ALLOW_ANONYMOUS=true,
// the explicit opt-in Silta requires to run without BOT_ID (Bot Framework authentication off, listening
// on 127.0.0.1 only); with BOT_ID set it changes nothing, and an ALLOW_ANONYMOUS already set wins.
// App Service runs `npm run serve`, which opts in to nothing.
process.env.ALLOW_ANONYMOUS ??= 'true';
require(process.argv.includes('--source') ? '../src/index.ts' : '../dist/src/index.js');
