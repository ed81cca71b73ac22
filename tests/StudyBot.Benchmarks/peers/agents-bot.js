// Peer for the messages-load benchmark: a minimal /help bot on the Microsoft 365 Agents SDK
// (@microsoft/agents-hosting), anonymous mode (no clientId), on 127.0.0.1:$PORT.
const express = require('express');
const { ActivityHandler, CloudAdapter, authorizeJWT, loadAuthConfigFromEnv } = require('@microsoft/agents-hosting');
const help = require('./help-text');

const authConfig = loadAuthConfigFromEnv();
const adapter = new CloudAdapter(authConfig);

const bot = new ActivityHandler();
bot.onMessage(async (context, next) => {
  const text = (context.activity.text || '').trim();
  await context.sendActivity(text === '/help' ? help : `I don't know \`${text}\`.`);
  await next();
});

const app = express();
app.use(express.json({ limit: '256kb' }));
app.use(authorizeJWT(authConfig));
app.post('/api/messages', (req, res) => adapter.process(req, res, (context) => bot.run(context)));
const server = app.listen(Number(process.env.PORT || 3978), '127.0.0.1', () => console.log(`listening on ${server.address().port}`));
