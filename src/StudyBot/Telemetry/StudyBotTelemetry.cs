using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace StudyBot;

/// <summary>The service's trace source (turns, commands, connector calls, reminders).</summary>
public static class StudyBotActivitySource
{
    public const string Name = "StudyBot";

    public static readonly ActivitySource Source = new(Name);
}

/// <summary>The service's metrics. Names and units follow the OpenTelemetry conventions (<c>studybot.*</c>, durations
/// are histograms in seconds, counters are unitless counts with low-cardinality attributes).</summary>
public static class StudyBotMetrics
{
    public const string MeterName = "StudyBot";

    public static readonly Meter Meter = new(MeterName);

    public static readonly Counter<long> Turns = Meter.CreateCounter<long>("studybot.turns", "{turn}", "Inbound turns by channel (msteams, webchat, directline, emulator, slack, slack-native) and activity type");

    public static readonly Histogram<double> CommandDuration = Meter.CreateHistogram<double>("studybot.command.duration", "s", "Command handling time");

    public static readonly Counter<long> Answers = Meter.CreateCounter<long>("studybot.answers", description: "Questions answered (hit) or not covered (miss)");

    public static readonly Counter<long> AnswerFeedback = Meter.CreateCounter<long>("studybot.answer.feedback", description: "👍/👎 votes on answers");

    public static readonly Counter<long> Reminders = Meter.CreateCounter<long>("studybot.reminders", "{delivery}", "Reminder deliveries per channel by outcome (sent, already_sent, failed, paused) and channel kind");

    public static readonly Histogram<double> ConnectorDuration = Meter.CreateHistogram<double>("studybot.connector.duration", "s", "Outbound connector / Slack API call time");

    public static readonly Histogram<double> SlackPacingWait = Meter.CreateHistogram<double>("studybot.slack.pacing.wait", "s", "Time a Slack Web API call waited for its method's rate-limit tier (per method per workspace; by method and tier)");

    public static readonly Counter<long> SlackRateLimited = Meter.CreateCounter<long>("studybot.slack.ratelimited", "{response}", "Slack Web API 429 answers (the method and workspace then wait out Retry-After), by method and tier");

    public static readonly Counter<long> AuthRefusals = Meter.CreateCounter<long>("studybot.auth.refusals", "{request}", "Refused credentials: inbound activities whose token failed validation, outbound sends to an untrusted serviceUrl");
}
