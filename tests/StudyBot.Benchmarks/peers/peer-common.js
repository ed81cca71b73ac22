// What the two peer bots share, so that they differ only in their SDK: the /help reply and the loopback HTTP server.
const express = require('express');
const help = require('./help-text');

// The message handler: /help gets the help text, anything else a short "don't know".
async function replyToHelp(context, next) {
  const text = (context.activity.text || '').trim();
  await context.sendActivity(text === '/help' ? help : `I don't know \`${text}\`.`);
  await next();
}

// Serves POST /api/messages with `handle` on 127.0.0.1:$PORT, after `middleware` (e.g. the SDK's JWT check).
function serve(handle, ...middleware) {
  const app = express();
  app.use(express.json({ limit: '256kb' }));
  middleware.forEach((m) => app.use(m));
  app.post('/api/messages', handle);
  const server = app.listen(Number(process.env.PORT || 3978), '127.0.0.1', () => console.log(`listening on ${server.address().port}`));
}

module.exports = { replyToHelp, serve };
