namespace StudyBot.Telemetry;

public static class TelemetryServices
{
    /// <summary>Logging and telemetry wiring (OpenTelemetry exporters are added by the telemetry work; off by default).</summary>
    public static void AddStudyBotTelemetry(this WebApplicationBuilder builder)
    {
        builder.Logging.Configure(o => o.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);
    }
}
