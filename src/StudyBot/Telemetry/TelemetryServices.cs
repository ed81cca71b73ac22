using Azure.Monitor.OpenTelemetry.AspNetCore;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

using StudyBot.Hosting;

namespace StudyBot.Telemetry;

/// <summary><c>Telemetry</c> configuration section.</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary>OTLP collector base URL (e.g. <c>http://otel-collector:4317</c>). Empty, and no
    /// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> either, means nothing is exported.</summary>
    public string? OtlpEndpoint { get; set; }

    /// <summary><c>grpc</c> (default) or <c>http/protobuf</c>, for <see cref="OtlpEndpoint"/>.</summary>
    public string OtlpProtocol { get; set; } = "grpc";

    /// <summary>Also export traces, metrics and logs to Azure Monitor (Application Insights). On by itself when
    /// <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is set; true without a connection string refuses to start.</summary>
    public bool AzureMonitor { get; set; }
}

public static class TelemetryServices
{
    /// <summary>Logging scopes with trace ids, and OpenTelemetry traces + metrics: StudyBot's own ActivitySource and
    /// Meter, ASP.NET Core and HttpClient instrumentation. The OTLP exporter is added only when an endpoint is
    /// configured (<c>Telemetry:OtlpEndpoint</c> or the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>).</summary>
    public static void AddStudyBotTelemetry(this WebApplicationBuilder builder)
    {
        builder.Logging.Configure(o => o.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(
                builder.Configuration["OTEL_SERVICE_NAME"] is { Length: > 0 } name ? name : "studybot",
                serviceVersion: ServiceVersion,

                // The pod name on Kubernetes (HOSTNAME), so a metric or trace points at the replica that produced it.
                serviceInstanceId: builder.Configuration["HOSTNAME"] is { Length: > 0 } host ? host : Environment.MachineName,
                autoGenerateServiceInstanceId: false));
        telemetry
            .WithTracing(t => t
                .AddSource(StudyBotActivitySource.Name)
                .AddAspNetCoreInstrumentation(o => o.Filter = context => !IsProbe(context.Request.Path))
                .AddHttpClientInstrumentation()
                .Deferred((sp, tracing) =>
                {
                    if (OtlpOptions(sp, "v1/traces") is { } otlp)
                    {
                        tracing.AddProcessor(new BatchActivityExportProcessor(new OtlpTraceExporter(otlp)));
                    }
                }))
            .WithMetrics(m => m
                .AddMeter(StudyBotMetrics.MeterName)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .Deferred((sp, metrics) =>
                {
                    if (OtlpOptions(sp, "v1/metrics") is { } otlp)
                    {
                        metrics.AddReader(new PeriodicExportingMetricReader(new OtlpMetricExporter(otlp)));
                    }
                }));

        // Azure Monitor is decided here, from the configuration the host was created with (appsettings, environment,
        // command line): the distro registers its exporters and log provider as services.
        builder.Services.AddConfiguredOptions<TelemetryOptions>(TelemetryOptions.Section);
        var options = builder.Configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        var connectionString = builder.Configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"];
        if (options.AzureMonitor && string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException("Telemetry:AzureMonitor is true but APPLICATIONINSIGHTS_CONNECTION_STRING is empty.");
        }

        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            telemetry.UseAzureMonitor(o => o.ConnectionString = connectionString);
        }
    }

    /// <summary><c>service.version</c>: the informational version of the build (e.g. <c>1.0.0+abc123</c>).</summary>
    public static string ServiceVersion { get; } =
        typeof(TelemetryServices).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion ?? "0.0.0";

    /// <summary>Configures the provider when it is built (with the final configuration), not at registration.</summary>
    private static TracerProviderBuilder Deferred(this TracerProviderBuilder builder, Action<IServiceProvider, TracerProviderBuilder> configure) =>
        ((IDeferredTracerProviderBuilder)builder).Configure(configure);

    private static MeterProviderBuilder Deferred(this MeterProviderBuilder builder, Action<IServiceProvider, MeterProviderBuilder> configure) =>
        ((IDeferredMeterProviderBuilder)builder).Configure(configure);

    /// <summary>The OTLP exporter settings, or null when no endpoint is configured (then nothing is exported).
    /// Read when the providers are built — after every configuration source (tests, environment) is in.</summary>
    private static OtlpExporterOptions? OtlpOptions(IServiceProvider services, string signalPath)
    {
        var telemetry = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<TelemetryOptions>>().Value;
        if (!string.IsNullOrWhiteSpace(telemetry.OtlpEndpoint))
        {
            var http = telemetry.OtlpProtocol.Equals("http/protobuf", StringComparison.OrdinalIgnoreCase);
            var endpoint = telemetry.OtlpEndpoint.TrimEnd('/');
            return new OtlpExporterOptions
            {
                Protocol = http ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc,
                // A programmatic HTTP endpoint is used as is, so it names the signal's path itself.
                Endpoint = new Uri(http ? $"{endpoint}/{signalPath}" : endpoint),
            };
        }

        // The standard variables (OTEL_EXPORTER_OTLP_ENDPOINT, _PROTOCOL, _HEADERS) are read by the options themselves.
        return string.IsNullOrWhiteSpace(services.GetRequiredService<IConfiguration>()["OTEL_EXPORTER_OTLP_ENDPOINT"]) ? null : new OtlpExporterOptions();
    }

    /// <summary>Orchestrator probes are frequent and say nothing about users: no spans for them.</summary>
    private static bool IsProbe(PathString path) =>
        path.StartsWithSegments("/healthz", StringComparison.Ordinal) || path.StartsWithSegments("/readyz", StringComparison.Ordinal);
}
