using StudyBot.Reminders;

namespace StudyBot.Tests.Support;

/// <summary>The seed guides (guides/ at the repository root), loaded once for the whole test run: their folder, catalog
/// and curated glossary, and the indexes tests read them through, each built on first use (thread-safe) and shared by
/// every test class. A shared index is never disposed nor swapped out: a test that needs other weights, another profile
/// or an index of its own builds it (from <see cref="Catalog"/> and <see cref="Glossary"/>) and disposes that one;
/// <see cref="GuideIndex.With"/> views of a shared index may be disposed (they own nothing).</summary>
public static class SeedGuides
{
    /// <summary>The guides' folder (<see cref="ContentPaths.FindContentRoot"/>/guides).</summary>
    public static string Folder { get; } = Path.Combine(ContentPaths.FindContentRoot(), "guides");

    public static GuideCatalog Catalog { get; } = GuideLoader.Load(Folder);

    /// <summary>The curated glossary (glossary.yaml) beside the guides.</summary>
    public static Glossary Glossary { get; } = Glossary.Load(Folder);

    // Declared after the properties they read (null-state analysis follows declaration order).
    private static readonly Lazy<GuideIndex> DefaultIndex = new(() => GuideIndex.Build(Catalog, Glossary));

    private static readonly Lazy<GuideIndex> RoadmapIndex = new(() =>
        GuideIndex.Build(Catalog, Glossary, places: RoadmapBuilder.Build(Catalog, RoadmapFile.Load(Folder)).Places()));

    /// <summary>The service's index of the guides: the default profile, no course places.</summary>
    public static GuideIndex Index => DefaultIndex.Value;

    /// <summary>The same index with the roadmap's weeks, days and stages (what the service builds when it has a
    /// roadmap; see <see cref="ICourseSchedule"/>).</summary>
    public static GuideIndex IndexWithRoadmap => RoadmapIndex.Value;
}
