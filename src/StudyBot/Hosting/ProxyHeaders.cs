using System.ComponentModel.DataAnnotations;
using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace StudyBot.Hosting;

/// <summary>Where the reverse proxy (the ingress controller) connects from: <c>ForwardedHeaders:KnownProxies</c> (addresses)
/// and <c>ForwardedHeaders:KnownNetworks</c> (CIDR), and how many proxy hops to unwrap (<c>ForwardLimit</c>).</summary>
public sealed class ProxyOptions : IValidatableObject
{
    public const string Section = "ForwardedHeaders";

    public List<string> KnownProxies { get; set; } = [];

    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>Proxies between the client and the service (ingress controller alone: 1).</summary>
    [Positive] public int ForwardLimit { get; set; } = 1;

    public bool IsConfigured => KnownProxies.Count > 0 || KnownNetworks.Count > 0;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var proxy in KnownProxies.Where(p => !IPAddress.TryParse(p, out _)))
        {
            yield return new ValidationResult($"'{proxy}' is not an IP address.", [nameof(KnownProxies)]);
        }

        foreach (var network in KnownNetworks.Where(n => !System.Net.IPNetwork.TryParse(n, out _)))
        {
            yield return new ValidationResult($"'{network}' is not a CIDR network (e.g. 10.244.0.0/16).", [nameof(KnownNetworks)]);
        }
    }
}

/// <summary>Behind an ingress the connection comes from the proxy: without <c>X-Forwarded-For</c> every learner would share
/// one rate-limit bucket, and without <c>X-Forwarded-Proto</c> links and cookies the service builds would say http. The
/// headers are honoured only from the configured proxies — the listed ones replace ASP.NET Core's loopback default, and
/// with none listed they are ignored — so a caller cannot choose its own address or scheme by sending them. (Not
/// <c>ASPNETCORE_FORWARDEDHEADERS_ENABLED</c>: it trusts the headers from anyone.)</summary>
public static class ProxyHeaders
{
    public static IServiceCollection AddProxyHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddConfiguredOptions<ProxyOptions>(ProxyOptions.Section);
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((o, options) =>
        {
            var proxies = options.Value;
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.ForwardLimit = proxies.ForwardLimit;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();

            // Checked at start (ProxyOptions.Validate), so every entry parses here.
            foreach (var proxy in proxies.KnownProxies)
            {
                o.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in proxies.KnownNetworks)
            {
                o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        return services;
    }

    /// <summary>First in the pipeline, so the rate limiter, the routes and the logs see the client, not the proxy.</summary>
    public static void UseProxyHeaders(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<ProxyOptions>>().Value.IsConfigured)
        {
            app.UseForwardedHeaders();
        }
    }
}
