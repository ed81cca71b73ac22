// Minimal Slack Bolt app: the baseline of the slack-ack benchmark. Bolt's HTTPReceiver verifies the v0 signature,
// then every slash command is acked with a small ephemeral message. No outbound calls: botId/botUserId are given so
// Bolt never calls auth.test, and the Web API base points at a closed loopback port.
const { App, LogLevel } = require('@slack/bolt');

const app = new App({
  signingSecret: process.env.SLACK_SIGNING_SECRET,
  token: 'xoxb-bench-token',
  botId: 'B0BENCH',
  botUserId: 'U0BENCH',
  tokenVerificationEnabled: false,
  logLevel: LogLevel.ERROR,
  clientOptions: { slackApiUrl: 'http://127.0.0.1:9/api/' },
});

app.command(/.*/, async ({ command, ack }) => {
  await ack({ response_type: 'ephemeral', text: `ok ${command.command} ${command.text}` });
});

(async () => {
  const port = Number(process.env.PORT || 3000);
  await app.start({ port, host: '127.0.0.1' });
  console.log(`bolt peer listening on 127.0.0.1:${port}`);
})();
