using Microsoft.Extensions.Options;
using StudyBot.Hosting;

namespace StudyBot.Guides;

public sealed class GuidesOptions
{
    public const string Section = "Guides";

    /// <summary>Folder of guide markdown (absolute, or relative to the content root).</summary>
    public string Path { get; set; } = "guides";

    /// <summary>Base URL that section links point to (<c>{BaseUrl}{guide}#{anchor}</c>); empty = this service's own
    /// <c>/guides/</c> pages.</summary>
    public string BaseUrl { get; set; } = string.Empty;

    /// <summary>How often the guides folder is checked for changes when file notifications are missed (network
    /// drives, containers); file notifications themselves act at once.</summary>
    [Positive] public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Secret key of the HMAC that stands for a learner in answer feedback (see <see cref="AnswerFeedbackStore"/>).</summary>
    public string? FeedbackKey { get; set; }

    /// <summary>Quiet time after the last change before reloading, so an editor's save burst reloads once.</summary>
    [NotNegative] public TimeSpan ReloadDebounce { get; set; } = TimeSpan.FromMilliseconds(300);
}

/// <summary>The current guide catalog. Readers take <see cref="Current"/> once per operation; a reload swaps in a new
/// immutable catalog and raises <see cref="Changed"/>.</summary>
public interface IGuideCatalogProvider
{
    GuideCatalog Current { get; }

    event EventHandler<GuideCatalog>? Changed;
}

/// <summary>Loads the guides folder at start (a broken guide folder fails the start: nothing to serve without it).</summary>
public sealed class GuideCatalogProvider : IGuideCatalogProvider
{
    private GuideCatalog _current;

    public GuideCatalogProvider(IOptions<GuidesOptions> options, IHostEnvironment environment)
    {
        Folder = ContentPaths.Resolve(environment, options.Value.Path);
        _current = GuideLoader.Load(Folder);
    }

    public string Folder { get; }

    public GuideCatalog Current => _current;

    public event EventHandler<GuideCatalog>? Changed;

    /// <summary>Replaces the catalog (hot reload).</summary>
    public void Replace(GuideCatalog catalog)
    {
        Interlocked.Exchange(ref _current, catalog);
        Changed?.Invoke(this, catalog);
    }
}
