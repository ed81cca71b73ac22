using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace StudyBot.Hosting;

/// <summary>Where the reverse proxy (the ingress controller) connects from: <c>ForwardedHeaders:KnownProxies</c> (addresses)
/// and <c>ForwardedHeaders:KnownNetworks</c> (CIDR), and how many proxy hops to unwrap (<c>ForwardLimit</c>).</summary>
public sealed class ProxyOptions
{
    public const string Section = "ForwardedHeaders";

    public List<string> KnownProxies { get; set; } = [];

    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>Proxies between the client and the service (ingress controller alone: 1).</summary>
    public int ForwardLimit { get; set; } = 1;

    public bool IsConfigured => KnownProxies.Count > 0 || KnownNetworks.Count > 0;
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
        services.Configure<ProxyOptions>(configuration.GetSection(ProxyOptions.Section));
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((o, options) =>
        {
            var proxies = options.Value;
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.ForwardLimit = Math.Max(1, proxies.ForwardLimit);
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in proxies.KnownProxies)
            {
                o.KnownProxies.Add(IPAddress.TryParse(proxy, out var address)
                    ? address
                    : throw new InvalidOperationException($"{ProxyOptions.Section}:KnownProxies: '{proxy}' is not an IP address."));
            }

            foreach (var network in proxies.KnownNetworks)
            {
                o.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var parsed)
                    ? parsed
                    : throw new InvalidOperationException($"{ProxyOptions.Section}:KnownNetworks: '{network}' is not a CIDR network (e.g. 10.244.0.0/16)."));
            }
        });
        return services;
    }

    /// <summary>First in the pipeline, so the rate limiter, the routes and the logs see the client, not the proxy.</summary>
    public static void UseProxyHeaders(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<ProxyOptions>>().Value.IsConfigured)
        {
            // Read now: a wrong entry stops the start naming the key instead of failing the first request.
            _ = app.Services.GetRequiredService<IOptions<ForwardedHeadersOptions>>().Value;
            app.UseForwardedHeaders();
        }
    }
}
