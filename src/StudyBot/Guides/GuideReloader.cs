using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace StudyBot.Guides;

/// <summary>Hot reload: watches the guides folder (file notifications, plus polling of names, sizes and write times in
/// case notifications are lost), waits for edits to settle, then loads the catalog and glossary, builds a new index and
/// swaps both in. A guide that does not parse keeps the previous catalog and index, and the reason is logged.</summary>
public sealed class GuideReloader(
    GuideCatalogProvider catalogs,
    GuideSearch search,
    IOptions<GuidesOptions> options,
    TimeProvider time,
    ILogger<GuideReloader> logger) : BackgroundService
{
    private readonly Channel<bool> _changes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        _ = search.Index; // build the first index before the service takes traffic (readiness)
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var folder = catalogs.Folder;
        var settings = options.Value;
        using var watcher = Watch(folder);
        var loaded = Fingerprint(folder);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await WaitForChangeAsync(settings.PollInterval, stoppingToken);

                // Debounce: keep waiting while notifications keep coming.
                while (await WaitForChangeAsync(settings.ReloadDebounce, stoppingToken))
                {
                }

                var now = Fingerprint(folder);
                if (now == loaded)
                {
                    continue;
                }

                loaded = now;
                Reload(folder);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The folder is briefly unreadable (being replaced by a deploy): keep serving, look again next poll.
                logger.LogWarning("Guides folder could not be read, the previous guides stay in use: {Reason}", e.Message);
            }
        }
    }

    /// <summary>File notifications for the folder, or null when the system refuses them (inotify limits, some network
    /// and container mounts): polling alone then notices edits, and the service keeps running.</summary>
    private FileSystemWatcher? Watch(string folder)
    {
        try
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = false, NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size };
            FileSystemEventHandler changed = (_, _) => _changes.Writer.TryWrite(true);
            watcher.Changed += changed;
            watcher.Created += changed;
            watcher.Deleted += changed;
            watcher.Renamed += (_, _) => _changes.Writer.TryWrite(true);
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
        catch (Exception e) when (e is IOException or ArgumentException or PlatformNotSupportedException or UnauthorizedAccessException)
        {
            logger.LogWarning("Guides folder not watched, polling every {Interval} instead: {Reason}", options.Value.PollInterval, e.Message);
            return null;
        }
    }

    /// <summary>Loads the folder and swaps in the new catalog and index; on a broken file keeps the old ones.</summary>
    public bool Reload(string folder)
    {
        try
        {
            var catalog = GuideLoader.Load(folder);
            var index = search.Build(catalog, Glossary.Load(folder));
            search.Swap(index);
            catalogs.Replace(catalog);
            logger.LogInformation("Guides reloaded: {Guides} guides, {Sections} sections", catalog.Guides.Count, catalog.Sections.Count);
            return true;
        }
        catch (Exception e) when (e is GuideFormatException or IOException or UnauthorizedAccessException)
        {
            logger.LogWarning("Guides not reloaded, the previous guides stay in use: {Reason}", e.Message);
            return false;
        }
    }

    /// <summary>True when a change notification arrived within <paramref name="wait"/>.</summary>
    private async Task<bool> WaitForChangeAsync(TimeSpan wait, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var delay = Task.Delay(wait, time, timeout.Token);
        var change = _changes.Reader.WaitToReadAsync(timeout.Token).AsTask();
        var first = await Task.WhenAny(delay, change);
        await timeout.CancelAsync();
        ct.ThrowIfCancellationRequested();
        if (first == change && _changes.Reader.TryRead(out _))
        {
            return true;
        }

        return false;
    }

    private static string Fingerprint(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return string.Empty;
        }

        return string.Join('\n', new DirectoryInfo(folder).EnumerateFiles()
            .Where(f => f.Extension is ".md" or ".yaml" or ".yml")
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .Select(f => (f.Name, File: Target(f)))
            .Select(f => $"{f.Name}|{f.File.FullName}|{f.File.Length}|{f.File.LastWriteTimeUtc.Ticks}"));
    }

    /// <summary>The file a name stands for. A Kubernetes ConfigMap volume mounts each key as a link through <c>..data</c>
    /// and applies an update by swapping <c>..data</c>: the links never change, only what they lead to.</summary>
    private static FileInfo Target(FileInfo file) =>
        file.LinkTarget is not null && file.ResolveLinkTarget(returnFinalTarget: true) is FileInfo { Exists: true } target ? target : file;
}
