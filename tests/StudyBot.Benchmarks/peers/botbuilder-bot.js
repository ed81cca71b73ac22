// Peer for the messages-load benchmark: a minimal /help bot on the Bot Framework SDK for JS (botbuilder),
// anonymous mode (no MicrosoftAppId), on 127.0.0.1:$PORT. Replies go to the activity's serviceUrl.
const express = require('express');
const { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } = require('botbuilder');
const help = require('./help-text');

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
adapter.onTurnError = async (context, error) => {
  console.error(`turn error: ${error.message}`);
  await context.sendActivity('Sorry, something went wrong.');
};

const bot = new ActivityHandler();
bot.onMessage(async (context, next) => {
  const text = (context.activity.text || '').trim();
  await context.sendActivity(text === '/help' ? help : `I don't know \`${text}\`.`);
  await next();
});

const app = express();
app.use(express.json({ limit: '256kb' }));
app.post('/api/messages', (req, res) => adapter.process(req, res, (context) => bot.run(context)));
const server = app.listen(Number(process.env.PORT || 3978), '127.0.0.1', () => console.log(`listening on ${server.address().port}`));
