namespace StudyBot.Guides;

/// <summary>Where a question is asked, as far as answering it goes.</summary>
/// <param name="Guide">Search only this guide (<c>/ask networking: …</c>, <c>guide=</c> of <c>/api/ask</c>).</param>
/// <param name="PreferredGuide">Rank this guide's sections a little higher (the track of the cohort whose channel the
/// question is asked in): a prior, not a filter.</param>
/// <param name="Previous">The question this one follows up on (same conversation, a few minutes ago): a short
/// follow-up that names no question of its own ("그럼 VPA는?") is read with its ideas.</param>
public sealed record AskScope(string? Guide = null, string? PreferredGuide = null, Question? Previous = null)
{
    public static readonly AskScope Everywhere = new();

    /// <summary>Splits a leading <c>guide:</c> off a question ("networking: VLAN 자동화는?" → networking, "VLAN 자동화는?")
    /// when it names exactly one guide (its name, or the start of one, three letters or more).</summary>
    public static (string? Guide, string Question) SplitGuide(string question, IEnumerable<string> guides)
    {
        var colon = question.IndexOf(':', StringComparison.Ordinal);
        if (colon is < 3 or > 40)
        {
            return (null, question);
        }

        var name = question[..colon].Trim().ToLowerInvariant();
        var matches = guides.Where(g => g.Equals(name, StringComparison.OrdinalIgnoreCase) || g.StartsWith(name, StringComparison.OrdinalIgnoreCase)).Take(2).ToArray();
        var rest = question[(colon + 1)..].Trim();
        return matches.Length == 1 && rest.Length > 0 && !name.Contains(' ', StringComparison.Ordinal) ? (matches[0], rest) : (null, question);
    }
}
