using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace StudyBot;

/// <summary>The service's trace source (turns, commands, connector calls, reminders).</summary>
public static class StudyBotActivitySource
{
    public const string Name = "StudyBot";

    public static readonly ActivitySource Source = new(Name);
}

/// <summary>The service's metrics. Names follow OpenTelemetry conventions (<c>studybot.*</c>).</summary>
public static class StudyBotMetrics
{
    public const string MeterName = "StudyBot";

    public static readonly Meter Meter = new(MeterName);

    public static readonly Counter<long> Turns = Meter.CreateCounter<long>("studybot.turns", description: "Inbound turns by channel and activity type");

    public static readonly Histogram<double> CommandDuration = Meter.CreateHistogram<double>("studybot.command.duration", "ms", "Command handling time");

    public static readonly Counter<long> Answers = Meter.CreateCounter<long>("studybot.answers", description: "Questions answered (hit) or not covered (miss)");

    public static readonly Counter<long> AnswerFeedback = Meter.CreateCounter<long>("studybot.answer.feedback", description: "👍/👎 votes on answers");

    public static readonly Counter<long> Reminders = Meter.CreateCounter<long>("studybot.reminders", description: "Reminder deliveries by outcome (sent, late, failed, skipped)");

    public static readonly Histogram<double> ConnectorDuration = Meter.CreateHistogram<double>("studybot.connector.duration", "ms", "Outbound connector / Slack API call time");
}
