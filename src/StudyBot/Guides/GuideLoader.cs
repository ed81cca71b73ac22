namespace StudyBot.Guides;

/// <summary>Reads every <c>*.md</c> under the guides folder into a <see cref="GuideCatalog"/>.</summary>
public static class GuideLoader
{
    public static GuideCatalog Load(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new GuideFormatException($"guides folder not found: {folder}");
        }

        var guides = Directory.GetFiles(folder, "*.md")
            .Order(StringComparer.Ordinal)
            .Select(f => GuideParser.Parse(Path.GetFileNameWithoutExtension(f), File.ReadAllText(f)))
            .ToArray();
        return new GuideCatalog(guides);
    }
}
