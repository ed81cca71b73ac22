// Peer for the messages-load benchmark: a minimal /help bot on the Microsoft 365 Agents SDK
// (@microsoft/agents-hosting), anonymous mode (no clientId), on 127.0.0.1:$PORT.
const { ActivityHandler, CloudAdapter, authorizeJWT, loadAuthConfigFromEnv } = require('@microsoft/agents-hosting');
const { replyToHelp, serve } = require('./peer-common');

const authConfig = loadAuthConfigFromEnv();
const adapter = new CloudAdapter(authConfig);

const bot = new ActivityHandler();
bot.onMessage(replyToHelp);

serve((req, res) => adapter.process(req, res, (context) => bot.run(context)), authorizeJWT(authConfig));
