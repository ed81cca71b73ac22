// Peer for the messages-load benchmark: a minimal /help bot on the Bot Framework SDK for JS (botbuilder),
// anonymous mode (no MicrosoftAppId), on 127.0.0.1:$PORT. Replies go to the activity's serviceUrl.
const { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } = require('botbuilder');
const { replyToHelp, serve } = require('./peer-common');

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
adapter.onTurnError = async (context, error) => {
  console.error(`turn error: ${error.message}`);
  await context.sendActivity('Sorry, something went wrong.');
};

const bot = new ActivityHandler();
bot.onMessage(replyToHelp);

serve((req, res) => adapter.process(req, res, (context) => bot.run(context)));
