using Microsoft.Extensions.Options;
using StudyBot.Hosting;

namespace StudyBot.Guides;

/// <summary>Links to guide sections: <c>{Guides:BaseUrl}{guide}#{anchor}</c> when a published copy of the guides is
/// configured, else this service's own rendering at <c>/guides/{guide}</c> (so links work on a local run too).</summary>
public sealed class GuideLinks(IOptions<GuidesOptions> options, ServiceBaseUrl service)
{
    public string Section(GuideSection section) => $"{Base()}{Uri.EscapeDataString(section.Guide)}#{Uri.EscapeDataString(section.Anchor)}";

    private string Base()
    {
        var configured = options.Value.BaseUrl;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured.EndsWith('/') ? configured : configured + "/";
        }

        return service.Value + "guides/";
    }
}

/// <summary>Links in replies must reach the learner: in Production <c>Guides:BaseUrl</c> is required (the fallback,
/// Kestrel's own address, is a container's <c>localhost</c>), and when set it must be an absolute http(s) URL.</summary>
internal sealed class GuidesOptionsValidator(IHostEnvironment environment) : IValidateOptions<GuidesOptions>
{
    public ValidateOptionsResult Validate(string? name, GuidesOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.BaseUrl))
        {
            return environment.IsProduction()
                ? ValidateOptionsResult.Fail("Guides:BaseUrl is required in Production: guide links in replies must reach the learner (e.g. https://studybot.example.org/guides/).")
                : ValidateOptionsResult.Success;
        }

        return Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail("Guides:BaseUrl must be an absolute http(s) URL.");
    }
}
