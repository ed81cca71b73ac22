using System.Diagnostics;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace StudyBot.Guides;

/// <summary>How the index analyses text and builds queries. <see cref="StudyBot"/> is the service's;
/// <see cref="Baseline"/> is the plain comparison for the evaluation (StandardAnalyzer, no glossary, no particle
/// stripping, no boosts).</summary>
/// <param name="Name">Shown by the evaluation and benchmark commands.</param>
/// <param name="Bilingual">Korean fields with CJK bigrams and English fields with Porter stemming (else one
/// StandardAnalyzer field per part).</param>
/// <param name="UseGlossary">Expand glossary synonyms, drop stopwords and strip particles at query time.</param>
/// <param name="HeadingBoost">Weight of the heading field.</param>
/// <param name="PathBoost">Weight of the heading-path field.</param>
/// <param name="ExpansionWeight">Weight of a glossary synonym relative to the learner's own word.</param>
/// <param name="FullTextBody">Index each section's whole text (with sub-sections) rather than its own text.</param>
/// <param name="CoverageWeight">How much the share of the question's ideas a section contains reorders the top
/// sections (0 = BM25 order; 1 = score × coverage). BM25 alone lets one frequent word outrank a section that has
/// every word of the question; this plays the part of classic Lucene's coord factor.</param>
public sealed record SearchProfile(string Name, bool Bilingual, bool UseGlossary, float HeadingBoost, float PathBoost, float ExpansionWeight, bool FullTextBody, double CoverageWeight)
{
    public static readonly SearchProfile StudyBot = new("studybot", Bilingual: true, UseGlossary: true, HeadingBoost: 2f, PathBoost: 1.2f, ExpansionWeight: 0.5f, FullTextBody: true, CoverageWeight: 1);

    public static readonly SearchProfile Baseline = new("baseline", Bilingual: false, UseGlossary: false, HeadingBoost: 1f, PathBoost: 1f, ExpansionWeight: 0f, FullTextBody: true, CoverageWeight: 0);
}

/// <summary>A section found for a question.</summary>
/// <param name="Section">The section.</param>
/// <param name="Score">BM25 score (not comparable across questions).</param>
/// <param name="Coverage">Share of the question's concepts (0–1) that the section contains: the confidence signal.</param>
public sealed record GuideHit(GuideSection Section, float Score, double Coverage);

/// <summary>An immutable in-memory Lucene index of every guide section. One document per section with heading, heading
/// path and body fields, each analysed twice (Hangul CJK bigrams, English Porter stemming); BM25. Searching is
/// thread-safe; a reload builds a new index and swaps it in (see <see cref="GuideSearch"/>).</summary>
public sealed class GuideIndex : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private const string OrdField = "ord";
    private static readonly string[] Parts = ["heading", "path", "body"];

    // BM25 candidates re-ordered by coverage; enough to reach a section that has every idea of the question.
    private const int RerankDepth = 40;

    private readonly LuceneDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly Analyzer _analyzer;
    private readonly IReadOnlyList<GuideSection> _sections;

    // Per section: every analysed term per field ("body.ko" → terms), for the coverage (confidence) figure.
    private readonly HashSet<string>[] _terms;

    // Per section: heading and body as normalised words, for whole-word Korean matches ("프로메테우스" as a word, not
    // just its bigram "프로" that "프로젝트" shares).
    private readonly string[] _plainTexts;

    private GuideIndex(GuideCatalog catalog, Glossary glossary, SearchProfile profile)
    {
        var started = Stopwatch.GetTimestamp();
        Catalog = catalog;
        Glossary = glossary;
        Profile = profile;
        _sections = catalog.Sections;
        _analyzer = CreateAnalyzer(profile);
        _directory = new RAMDirectory();
        var similarity = new BM25Similarity();
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(Version, _analyzer) { Similarity = similarity, OpenMode = OpenMode.CREATE }))
        {
            for (var i = 0; i < _sections.Count; i++)
            {
                var doc = new Document { new StoredField(OrdField, i) };
                foreach (var (field, text) in FieldTexts(_sections[i]))
                {
                    doc.Add(new TextField(field, text, Field.Store.NO));
                }

                writer.AddDocument(doc);
            }

            writer.Commit();
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = similarity };
        _plainTexts = _sections.Select(s => " " + string.Join(' ', QueryText.Words(s.Heading + "\n" + (profile.FullTextBody ? s.FullText : s.Text))) + " ").ToArray();
        _terms = _sections.Select(s => FieldTexts(s).SelectMany(ft => Analyze(ft.Field, ft.Text).Select(t => ft.Field + ":" + t)).ToHashSet(StringComparer.Ordinal)).ToArray();
        BuildTime = Stopwatch.GetElapsedTime(started);
    }

    public GuideCatalog Catalog { get; }

    public Glossary Glossary { get; }

    public SearchProfile Profile { get; }

    /// <summary>How long building this index took (figures for the benchmark and the reload log).</summary>
    public TimeSpan BuildTime { get; }

    public int SectionCount => _sections.Count;

    public static GuideIndex Build(GuideCatalog catalog, Glossary glossary, SearchProfile? profile = null) =>
        new(catalog, glossary, profile ?? SearchProfile.StudyBot);

    private string[] Fields => Profile.Bilingual ? Parts.SelectMany(p => new[] { p + ".ko", p + ".en" }).ToArray() : Parts;

    private float Boost(string field) => field.StartsWith("heading", StringComparison.Ordinal) ? Profile.HeadingBoost
        : field.StartsWith("path", StringComparison.Ordinal) ? Profile.PathBoost : 1f;

    private IEnumerable<(string Field, string Text)> FieldTexts(GuideSection s)
    {
        // The path field holds the ancestors only, so a heading word is not counted twice.
        var texts = new[] { s.Heading, string.Join(" / ", s.Path.Take(s.Path.Count - 1)), Profile.FullTextBody ? s.FullText : s.Text };
        return Fields.Select(f => (f, texts[Array.IndexOf(Parts, f.Split('.')[0])]));
    }

    private static Analyzer CreateAnalyzer(SearchProfile profile)
    {
        if (!profile.Bilingual)
        {
            return new StandardAnalyzer(Version);
        }

        // CJKAnalyzer: width folding, lower case, Hangul bigrams (particles attached to nouns only cost one bigram).
        // EnglishAnalyzer: possessives, stop words, Porter stemming ("scaling" = "scale").
        var korean = new CJKAnalyzer(Version);
        var english = new EnglishAnalyzer(Version);
        var perField = Parts.SelectMany(p => new[] { (p + ".ko", (Analyzer)korean), (p + ".en", english) }).ToDictionary(x => x.Item1, x => x.Item2);
        return new PerFieldAnalyzerWrapper(english, perField);
    }

    private List<string> Analyze(string field, string text)
    {
        var terms = new List<string>();
        using var stream = _analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }

    /// <summary>The best <paramref name="count"/> sections for a question, best first.</summary>
    public IReadOnlyList<GuideHit> Search(string question, int count)
    {
        var concepts = Profile.UseGlossary
            ? QueryText.Concepts(question, Glossary)
            : [new QueryConcept(QueryText.Normalize(question), [])];
        var query = BuildQuery(concepts);
        if (query.Clauses.Count == 0)
        {
            return [];
        }

        var top = _searcher.Search(query, Profile.CoverageWeight > 0 ? Math.Max(count, RerankDepth) : count);
        var conceptTerms = ConceptTerms(concepts);
        return top.ScoreDocs.Select(sd =>
            {
                var ord = _searcher.Doc(sd.Doc).GetField(OrdField).GetInt32Value()!.Value;
                var coverage = Coverage(conceptTerms, _terms[ord], _plainTexts[ord]);
                return new GuideHit(_sections[ord], (float)(sd.Score * (1 - Profile.CoverageWeight + Profile.CoverageWeight * coverage)), coverage);
            })
            .OrderByDescending(h => h.Score)
            .Take(count)
            .ToArray();
    }

    private BooleanQuery BuildQuery(IReadOnlyList<QueryConcept> concepts)
    {
        // One clause per concept; inside it, the learner's words and their synonyms compete (dismax), so a section
        // that happens to use three names of one thing does not outscore one that covers two different ideas.
        var query = new BooleanQuery();
        foreach (var concept in concepts)
        {
            var alternatives = new DisjunctionMaxQuery(0.1f);
            AddAlternative(alternatives, concept.Text, 1f);
            foreach (var expansion in concept.Expansions)
            {
                AddAlternative(alternatives, expansion, Profile.ExpansionWeight);
            }

            if (alternatives.Disjuncts.Count > 0)
            {
                query.Add(alternatives, Occur.SHOULD);
            }
        }

        return query;
    }

    private void AddAlternative(DisjunctionMaxQuery into, string text, float weight)
    {
        var terms = new BooleanQuery();
        foreach (var field in Fields)
        {
            foreach (var term in Analyze(field, text).Distinct())
            {
                terms.Add(new TermQuery(new Term(field, term)) { Boost = Boost(field) * weight }, Occur.SHOULD);
            }
        }

        if (terms.Clauses.Count > 0)
        {
            into.Add(terms);
        }
    }

    /// <summary>Per concept, per alternative (its words and each synonym): the text and its analysed terms in the
    /// heading/body fields of the English analysis (Korean words are matched as text instead: bigrams are too loose).</summary>
    private (string Text, string[][] Terms)[][] ConceptTerms(IReadOnlyList<QueryConcept> concepts)
    {
        var fields = Fields.Where(f => !f.StartsWith("path", StringComparison.Ordinal) && !f.EndsWith(".ko", StringComparison.Ordinal)).ToArray();
        return concepts
            .Select(c => c.Expansions.Prepend(c.Text)
                .Select(alt => (alt, fields.Select(f => Analyze(f, alt).Distinct().Select(t => f + ":" + t).ToArray()).Where(t => t.Length > 0).ToArray()))
                .ToArray())
            .ToArray();
    }

    /// <summary>Mean over the question's concepts of how well the section contains it: the best alternative's share of
    /// English terms, or for Korean the share of the word found as text (its longest prefix of two or more syllables,
    /// so "작성법" is mostly covered by "작성", while "프로메테우스" is barely covered by "프로젝트"). 1 when every idea of
    /// the question appears in the section, 0 when none does.</summary>
    private static double Coverage((string Text, string[][] Terms)[][] concepts, HashSet<string> sectionTerms, string plainText) =>
        concepts.Length == 0
            ? 0
            : concepts.Average(alternatives => alternatives
                .Select(alt => Math.Max(
                    KoreanShare(alt.Text, plainText),
                    alt.Terms.Select(terms => terms.Count(sectionTerms.Contains) / (double)terms.Length).DefaultIfEmpty(0).Max()))
                .DefaultIfEmpty(0)
                .Max());

    private static double KoreanShare(string text, string plainText)
    {
        if (!text.Any(QueryText.IsHangul))
        {
            return 0;
        }

        for (var length = text.Length; length >= 2; length--)
        {
            if (plainText.Contains(text[..length], StringComparison.Ordinal))
            {
                return length / (double)text.Length;
            }
        }

        return 0;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }
}
