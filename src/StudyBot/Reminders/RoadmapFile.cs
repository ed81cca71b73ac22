using Microsoft.Extensions.Options;
using StudyBot.Guides;
using StudyBot.Hosting;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace StudyBot.Reminders;

/// <summary><c>guides/roadmaps.yaml</c>: what the guides cannot say (see docs/reminders.md).</summary>
public sealed class RoadmapFile
{
    public const string FileName = "roadmaps.yaml";

    public Dictionary<string, TrackSpec> Tracks { get; set; } = [];

    /// <summary>The roadmap file of a guides folder.</summary>
    public static RoadmapFile Load(string folder)
    {
        var path = Path.Combine(folder, FileName);
        return File.Exists(path) ? Parse(File.ReadAllText(path)) : throw new RoadmapFileException($"roadmaps: {path} not found");
    }

    public static RoadmapFile Parse(string yaml)
    {
        var deserializer = new DeserializerBuilder()
            .WithNamingConvention(CamelCaseNamingConvention.Instance)
            .Build(); // unknown keys are errors: a typo must not silently drop a schedule
        try
        {
            return deserializer.Deserialize<RoadmapFile?>(yaml) ?? new RoadmapFile();
        }
        catch (YamlException e)
        {
            throw new RoadmapFileException($"roadmaps: {e.Message} (line {e.Start.Line})");
        }
    }
}

public sealed class TrackSpec
{
    public int DaysPerWeek { get; set; } = 5;

    public string? LabTime { get; set; }

    /// <summary>Course week number of a one-week plan (Week 3).</summary>
    public int? Week { get; set; }

    public List<WeekSpec> Weeks { get; set; } = [];

    /// <summary>Section whose "Day N: theme" checklist groups are the daily checkpoints.</summary>
    public string? Checkpoints { get; set; }

    public List<DaySpec> Days { get; set; } = [];

    public string? Stages { get; set; }

    public string? Checklist { get; set; }

    public Dictionary<int, List<string>> StageCheckpoints { get; set; } = [];
}

public sealed class WeekSpec
{
    public string Section { get; set; } = string.Empty;

    public List<int> LabDays { get; set; } = [];
}

public sealed class DaySpec
{
    public int Day { get; set; }

    public List<string> Sections { get; set; } = [];

    public string? Project { get; set; }

    public List<string>? Checkpoints { get; set; }
}

/// <summary>The current roadmaps; built at first use from the current guide catalog (and rebuilt when the guides
/// reload). A broken roadmap file fails the start (<see cref="RoadmapValidation"/>). Also the answer engine's view of
/// the course (<see cref="ICourseSchedule"/>): where its weeks, days and stages are in a catalog of the guides.</summary>
public sealed class RoadmapProvider : ICourseSchedule
{
    private readonly RoadmapFile _file;
    private readonly IGuideCatalogProvider _guides;
    private (GuideCatalog Guides, RoadmapCatalog Roadmaps)? _current;

    public RoadmapProvider(IGuideCatalogProvider guides, IOptions<GuidesOptions> options, IHostEnvironment environment)
    {
        _guides = guides;
        _file = RoadmapFile.Load(ContentPaths.Resolve(environment, options.Value.Path));
    }

    public RoadmapCatalog Current
    {
        get
        {
            var guides = _guides.Current;
            var current = _current;
            if (current is null || !ReferenceEquals(current.Value.Guides, guides))
            {
                current = (guides, RoadmapBuilder.Build(guides, _file));
                _current = current;
            }

            return current.Value.Roadmaps;
        }
    }

    /// <summary>The places of the roadmaps built on <paramref name="catalog"/> (the guides being indexed, current or about to
    /// be); none when the roadmap file does not fit them — answers keep working, the reminders report the error.</summary>
    public IReadOnlyList<CoursePlace> Places(GuideCatalog catalog)
    {
        try
        {
            return (_current is { } current && ReferenceEquals(current.Guides, catalog) ? current.Roadmaps : RoadmapBuilder.Build(catalog, _file)).Places();
        }
        catch (RoadmapFileException)
        {
            return [];
        }
    }
}

/// <summary>Builds the roadmaps when the service starts, so a broken reference stops the start with a clear message.</summary>
internal sealed class RoadmapValidation(RoadmapProvider roadmaps, ILogger<RoadmapValidation> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var catalog = roadmaps.Current;
        logger.LogInformation("Roadmaps loaded for {TrackCount} tracks", catalog.Tracks.Count);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
