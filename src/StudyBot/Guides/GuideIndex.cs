using System.Collections.Concurrent;
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
/// <param name="Extractive">Rank and answer with the answer engine (units of each section scored with the same analysis,
/// three confidence tiers); false is plain Lucene: BM25 sections, the best one's opening lines, answered whenever
/// anything matched.</param>
public sealed record SearchProfile(string Name, bool Bilingual, bool UseGlossary, float HeadingBoost, float PathBoost, float ExpansionWeight, bool FullTextBody, double CoverageWeight, bool Extractive = false)
{
    public static readonly SearchProfile StudyBot = new("studybot", Bilingual: true, UseGlossary: true, HeadingBoost: 2f, PathBoost: 1.2f, ExpansionWeight: 0.5f, FullTextBody: true, CoverageWeight: 1, Extractive: true);

    public static readonly SearchProfile Baseline = new("baseline", Bilingual: false, UseGlossary: false, HeadingBoost: 1f, PathBoost: 1f, ExpansionWeight: 0f, FullTextBody: true, CoverageWeight: 0);

    /// <summary>Weights and thresholds of the answer engine.</summary>
    public AnswerTuning Tuning { get; init; } = AnswerTuning.Default;
}

/// <summary>A section found for a question.</summary>
/// <param name="Section">The section.</param>
/// <param name="Score">BM25 score (not comparable across questions).</param>
/// <param name="Coverage">Share of the question's concepts (0–1) that the section contains: the confidence signal.</param>
public sealed record GuideHit(GuideSection Section, float Score, double Coverage)
{
    /// <summary>The section's best answer unit (<see cref="AnswerIndex.Units"/>), or -1 (plain Lucene).</summary>
    public int Unit { get; init; } = -1;
}

/// <summary>An immutable in-memory Lucene index of every guide section. One document per section with heading, heading
/// path and body fields, each analysed twice (Hangul CJK bigrams, English Porter stemming); BM25. Searching is
/// thread-safe; a reload builds a new index and swaps it in (see <see cref="GuideSearch"/>).</summary>
public sealed class GuideIndex : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private const string OrdField = "ord";
    private static readonly string[] Parts = ["heading", "path", "body"];

    // BM25 candidates re-ordered by coverage; enough to reach a section that has every idea of the question.
    private const int RerankDepth = 30;

    private readonly LuceneDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly Analyzer _analyzer;
    private readonly IReadOnlyList<GuideSection> _sections;
    private readonly Dictionary<string, int> _ordinal;

    // Lucene doc id → section position (read once from the stored field, not per hit).
    private readonly int[] _ordByDoc;

    // Every indexed term: a query term that no section has adds nothing to any score, so it is left out of the query
    // (most bigrams of synonyms and particles), which keeps queries small.
    private readonly HashSet<Term> _indexed;

    // Per section, for the coverage (confidence) figure: the heading and body terms of the Latin analysis, and every
    // prefix (two syllables or more) of its Hangul words, so "프로메테우스" counts as a word, not through the bigram
    // "프로" it shares with "프로젝트".
    private readonly HashSet<string>[] _terms;
    private readonly HashSet<string>[] _hangulPrefixes;

    // Synonyms come from the glossary, a bounded set: their analysis is kept (learners' own words are not).
    private readonly ConcurrentDictionary<string, Alternative> _synonyms = new(StringComparer.Ordinal);

    private GuideIndex(GuideCatalog catalog, Glossary glossary, SearchProfile profile)
    {
        var started = Stopwatch.GetTimestamp();
        Catalog = catalog;
        Glossary = glossary;
        CuratedGlossary = glossary;
        Profile = profile;
        _sections = catalog.Sections;
        _analyzer = CreateAnalyzer(profile);
        Units = new AnswerIndex(catalog);
        _ordinal = _sections.Select((x, i) => (x.Key, i)).ToDictionary(x => x.Key, x => x.i, StringComparer.Ordinal);
        if (profile.UseGlossary)
        {
            // The guides' own pairs (관측성(Observability), HPA (Horizontal Pod Autoscaler) …) join the curated glossary.
            Glossary = glossary.With(GuideVocabulary.Derive(Units.Units.Select(u => u.Text)));
        }

        Reader = new QuestionReader(Glossary, Units, profile.Tuning);
        Engine = new AnswerEngine(Units, profile.Tuning);
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
        _indexed = IndexedTerms(_reader);
        _ordByDoc = Enumerable.Range(0, _reader.MaxDoc).Select(d => _reader.Document(d).GetField(OrdField).GetInt32Value()!.Value).ToArray();
        _terms = _sections.Select(s => Analyze(CoverageField, s.Heading + "\n" + Body(s)).ToHashSet(StringComparer.Ordinal)).ToArray();
        _hangulPrefixes = _sections.Select(s => QueryText.Words(s.Heading + "\n" + Body(s))
                .Where(w => QueryText.IsHangul(w[0]))
                .SelectMany(w => Enumerable.Range(2, Math.Max(0, w.Length - 1)).Select(n => w[..n]))
                .ToHashSet(StringComparer.Ordinal))
            .ToArray();
        BuildTime = Stopwatch.GetElapsedTime(started);
    }

    public GuideCatalog Catalog { get; }

    /// <summary>The glossary in use: the curated one plus the pairs derived from the guides.</summary>
    public Glossary Glossary { get; }

    /// <summary>The curated glossary this index was built from (a rebuild starts from it again).</summary>
    public Glossary CuratedGlossary { get; }

    public SearchProfile Profile { get; }

    /// <summary>Every answer unit (line, item, row, code block) of the guides.</summary>
    public AnswerIndex Units { get; }

    public QuestionReader Reader { get; }

    public AnswerEngine Engine { get; }

    /// <summary>How long building this index took (figures for the benchmark and the reload log).</summary>
    public TimeSpan BuildTime { get; }

    public int SectionCount => _sections.Count;

    public static GuideIndex Build(GuideCatalog catalog, Glossary glossary, SearchProfile? profile = null) =>
        new(catalog, glossary, profile ?? SearchProfile.StudyBot);

    /// <summary>One field suffix per analysis (Korean bigrams, English stemming; or the baseline's standard analysis):
    /// query text is analysed once per analysis, not once per field.</summary>
    private string[] Analyses => Profile.Bilingual ? [".ko", ".en"] : [string.Empty];

    private string CoverageField => "body" + Analyses[^1];

    private string Body(GuideSection s) => Profile.FullTextBody ? s.FullText : s.Text;

    private float Boost(string part) => part switch
    {
        "heading" => Profile.HeadingBoost,
        "path" => Profile.PathBoost,
        _ => 1f,
    };

    private IEnumerable<(string Field, string Text)> FieldTexts(GuideSection s)
    {
        // The path field holds the ancestors only, so a heading word is not counted twice.
        var texts = new[] { s.Heading, string.Join(" / ", s.Path.Take(s.Path.Count - 1)), Body(s) };
        return Parts.SelectMany((part, i) => Analyses.Select(a => (part + a, texts[i])));
    }

    private static HashSet<Term> IndexedTerms(DirectoryReader reader)
    {
        var terms = new HashSet<Term>();
        var fields = MultiFields.GetFields(reader);
        foreach (var field in fields)
        {
            var e = fields.GetTerms(field).GetEnumerator();
            while (e.MoveNext())
            {
                terms.Add(new Term(field, BytesRef.DeepCopyOf(e.Term)));
            }
        }

        return terms;
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

    /// <summary>A query alternative (the learner's words or one synonym) analysed once per analysis, with the prefixes
    /// of its Korean words (longest first) for the coverage figure.</summary>
    private sealed record Alternative(float Weight, string[][] TermsByAnalysis, string[][] HangulPrefixes);

    private Alternative Prepare(string text, float weight) => weight < 1f
        ? _synonyms.GetOrAdd(text, t => Analyse(t, weight))
        : Analyse(text, weight);

    private Alternative Analyse(string text, float weight)
    {
        // Latin-only text is searched in the Latin analysis only: the bigram fields hold the same words unstemmed.
        var hangul = text.Any(QueryText.IsHangul);
        return new Alternative(
            weight,
            Analyses.Select((a, i) => hangul || i == Analyses.Length - 1 ? Analyze("body" + a, text).Distinct().ToArray() : []).ToArray(),
            text.Split(' ')
                .Where(w => w.Length > 0 && QueryText.IsHangul(w[0]))
                .Select(w => Enumerable.Range(2, Math.Max(0, w.Length - 1)).Reverse().Select(n => w[..n]).ToArray())
                .ToArray());
    }

    /// <summary>The best <paramref name="count"/> sections for a question, best first.</summary>
    public IReadOnlyList<GuideHit> Search(string question, int count) =>
        Profile.Extractive ? Search(Reader.Read(question), count, out _) : LuceneSearch(question, count);

    /// <summary>The answer engine's ranking: sections by their best line (see <see cref="AnswerEngine"/>).</summary>
    public IReadOnlyList<GuideHit> Search(Question question, int count, out AnswerEngine.Scores scores)
    {
        scores = Engine.Score(question);
        var total = question.TotalWeight;
        var plain = scores.Plain;
        return Engine.RankSections(scores).Take(count)
            .Select(r => new GuideHit(_sections[r.Section], (float)r.Score, total <= 0 ? 0 : Math.Min(1, plain[r.Unit] / total)) { Unit = r.Unit })
            .ToArray();
    }

    /// <summary>Ranking, confidence tier and answer lines for a question.</summary>
    public GuideAnswer Answer(string question, int count)
    {
        if (!Profile.Extractive)
        {
            // Plain Lucene: the best section's opening lines, whenever anything matched.
            var plain = LuceneSearch(question, count);
            return plain.Count == 0
                ? new GuideAnswer(question, AnswerConfidence.None, plain, [])
                : new GuideAnswer(question, AnswerConfidence.High, plain, Engine.Extract(_ordinal[plain[0].Section.Key], null));
        }

        var read = Reader.Read(question);
        var hits = Search(read, count, out var scores);
        var signals = Engine.Signals(read, scores, hits);
        var confidence = Engine.Decide(read, hits, signals);
        var lines = confidence == AnswerConfidence.None ? [] : Engine.Extract(_ordinal[hits[0].Section.Key], scores, read.Hint);
        return new GuideAnswer(question, confidence, hits, lines) { Question = read, Signals = signals };
    }

    private IReadOnlyList<GuideHit> LuceneSearch(string question, int count)
    {
        var concepts = (Profile.UseGlossary
                ? QueryText.Concepts(question, Glossary)
                : [new QueryConcept(QueryText.Normalize(question), [])])
            .Select(c => c.Expansions.Select(e => Prepare(e, Profile.ExpansionWeight)).Prepend(Prepare(c.Text, 1f)).ToArray())
            .ToArray();
        var query = BuildQuery(concepts);
        if (query.Clauses.Count == 0)
        {
            return [];
        }

        var top = _searcher.Search(query, Profile.CoverageWeight > 0 ? Math.Max(count, RerankDepth) : count);
        return top.ScoreDocs.Select(sd =>
            {
                var ord = _ordByDoc[sd.Doc];
                var coverage = Coverage(concepts, ord);
                return new GuideHit(_sections[ord], (float)(sd.Score * (1 - Profile.CoverageWeight + Profile.CoverageWeight * coverage)), coverage);
            })
            .OrderByDescending(h => h.Score)
            .Take(count)
            .ToArray();
    }

    private BooleanQuery BuildQuery(Alternative[][] concepts)
    {
        // One clause per concept. Inside it the learner's own words compete (dismax) with all synonyms together, so a
        // section that uses three names of one thing does not outscore one that covers two different ideas, and a
        // term shared by several synonyms ("오토스케일", "오토스케일링") is searched once.
        var query = new BooleanQuery();
        foreach (var alternatives in concepts)
        {
            var dismax = new DisjunctionMaxQuery(0.1f);
            var own = TermsQuery(alternatives.Take(1), null);
            var synonyms = TermsQuery(alternatives.Skip(1), own.Terms);
            foreach (var q in new[] { own.Query, synonyms.Query }.Where(q => q.Clauses.Count > 0))
            {
                dismax.Add(q);
            }

            if (dismax.Disjuncts.Count > 0)
            {
                query.Add(dismax, Occur.SHOULD);
            }
        }

        return query;
    }

    private (BooleanQuery Query, HashSet<Term> Terms) TermsQuery(IEnumerable<Alternative> alternatives, HashSet<Term>? except)
    {
        var query = new BooleanQuery();
        var terms = new HashSet<Term>();
        foreach (var alternative in alternatives)
        {
            foreach (var part in Parts)
            {
                for (var a = 0; a < Analyses.Length; a++)
                {
                    foreach (var text in alternative.TermsByAnalysis[a])
                    {
                        var term = new Term(part + Analyses[a], text);
                        if (_indexed.Contains(term) && except?.Contains(term) != true && terms.Add(term))
                        {
                            query.Add(new TermQuery(term) { Boost = Boost(part) * alternative.Weight }, Occur.SHOULD);
                        }
                    }
                }
            }
        }

        return (query, terms);
    }

    /// <summary>Mean over the question's concepts of how well the section contains the best of its alternatives: the
    /// share of its Latin-analysis terms present, or for Korean words the share of each word found as the longest
    /// prefix of a section word (so "작성법" is mostly covered by "작성"). 1 when every idea of the question appears
    /// in the section, 0 when none does.</summary>
    private double Coverage(Alternative[][] concepts, int ord)
    {
        if (concepts.Length == 0)
        {
            return 0;
        }

        var terms = _terms[ord];
        var prefixes = _hangulPrefixes[ord];
        return concepts.Average(alternatives => alternatives.Max(alt =>
        {
            var latin = alt.TermsByAnalysis[^1];
            var share = latin.Length == 0 ? 0 : latin.Count(terms.Contains) / (double)latin.Length;
            return alt.HangulPrefixes.Length == 0 ? share : Math.Max(share, alt.HangulPrefixes.Average(word => HangulShare(word, prefixes)));
        }));
    }

    /// <summary>Length share of the longest prefix of a word (given longest first) that starts a word of the section.</summary>
    private static double HangulShare(string[] wordPrefixes, HashSet<string> sectionPrefixes)
    {
        if (wordPrefixes.Length == 0)
        {
            return 0;
        }

        var length = wordPrefixes[0].Length;
        foreach (var prefix in wordPrefixes)
        {
            if (sectionPrefixes.Contains(prefix))
            {
                return prefix.Length / (double)length;
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
