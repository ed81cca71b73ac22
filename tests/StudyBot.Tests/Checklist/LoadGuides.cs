using System.Globalization;

namespace StudyBot.Tests.Checklist;

/// <summary>A copy of the real guides folder plus one extra guide with many checklist items (the real guides have 140
/// items; the concurrency test needs more distinct ones).</summary>
internal sealed class LoadGuides : IDisposable
{
    public const string Track = "zz-load";

    public LoadGuides(int items)
    {
        Folder = Directory.CreateTempSubdirectory("studybot-guides-").FullName;
        foreach (var file in Directory.GetFiles(SeedGuides.Folder))
        {
            File.Copy(file, Path.Combine(Folder, Path.GetFileName(file)));
        }

        var md = new StringBuilder("# Load checklist\n\n## Items\n\n");
        Ids = Enumerable.Range(1, items).Select(i => "load-item-" + i.ToString("D3", CultureInfo.InvariantCulture)).ToArray();
        foreach (var id in Ids)
        {
            md.Append("- [ ] Load ").Append(id).Append(" {#").Append(id).Append("}\n");
        }

        File.WriteAllText(Path.Combine(Folder, Track + ".md"), md.ToString());
    }

    public string Folder { get; }

    public IReadOnlyList<string> Ids { get; }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
