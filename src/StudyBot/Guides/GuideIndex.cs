using System.Collections.Concurrent;
using System.Diagnostics;
using Lucene.Net.Analysis;
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

/// <summary>How the index answers. <see cref="StudyBot"/> is the service's answer engine; <see cref="Baseline"/> is
/// the plain comparison every evaluation and benchmark prints beside it: Lucene BM25 over sections (StandardAnalyzer,
/// heading, path and body fields, no glossary), answering with the best section's opening lines whenever anything
/// matched.</summary>
/// <param name="Name">Shown by the evaluation and benchmark commands.</param>
/// <param name="Extractive">The answer engine (units scored with the guides' analysis, glossary, three tiers); false is
/// the plain Lucene baseline.</param>
public sealed record SearchProfile(string Name, bool Extractive)
{
    public static readonly SearchProfile StudyBot = new("studybot", Extractive: true);

    public static readonly SearchProfile Baseline = new("baseline", Extractive: false);

    /// <summary>Weights and thresholds of the answer engine.</summary>
    public AnswerTuning Tuning { get; init; } = AnswerTuning.Default;
}

/// <summary>A section found for a question.</summary>
/// <param name="Section">The section.</param>
/// <param name="Score">Ranking score (not comparable across questions).</param>
/// <param name="Coverage">Weighted share (0–1) of the question's ideas the section's best line has: the main
/// confidence signal (0 for the baseline).</param>
public sealed record GuideHit(GuideSection Section, float Score, double Coverage)
{
    /// <summary>The section's best answer unit (<see cref="AnswerIndex.Units"/>), or -1 (baseline).</summary>
    public int Unit { get; init; } = -1;

    /// <summary>For a section that comes close to the answer's (<see cref="AnswerTuning.RunnerUpShare"/>), its next best
    /// lines after its best (<see cref="AnswerEngine.RunnerUp"/>); empty otherwise.</summary>
    public IReadOnlyList<int> More { get; init; } = [];
}

/// <summary>An immutable index of every guide: the answer units with their keys (<see cref="AnswerIndex"/>), the
/// glossary (curated plus the pairs the guides write), and an in-memory Lucene BM25 index of the sections (the
/// baseline profile's search; the answer engine's <see cref="AnswerTuning.LexicalWeight"/>). Searching is thread-safe; a reload builds a new index and swaps it in (see <see cref="GuideSearch"/>).</summary>
public sealed class GuideIndex : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private const string OrdField = "ord";
    private static readonly string[] Parts = ["heading", "path", "body"];

    private readonly IReadOnlyList<GuideSection> _sections;
    private readonly Dictionary<string, int> _ordinal;
    private readonly Lucene _lucene;
    private readonly bool _ownsLucene = true;

    private GuideIndex(GuideCatalog catalog, Glossary glossary, SearchProfile profile, IReadOnlyList<CoursePlace> places)
    {
        var started = Stopwatch.GetTimestamp();
        Catalog = catalog;
        CuratedGlossary = glossary;
        Profile = profile;
        Places = places;
        _sections = catalog.Sections;
        _ordinal = _sections.Select((x, i) => (x.Key, i)).ToDictionary(x => x.Key, x => x.i, StringComparer.Ordinal);
        Units = new AnswerIndex(catalog);

        // The guides' own pairs (관측성(Observability), HPA (Horizontal Pod Autoscaler) …) join the curated glossary.
        Glossary = profile.Extractive ? glossary.With(GuideVocabulary.Derive(Units.Units.Select(u => u.Text))) : Glossary.Empty;
        Course = new CourseMap(places, key => _ordinal.TryGetValue(key, out var s) ? s : null);
        Reader = new QuestionReader(Glossary, Units, profile.Tuning, Course);
        Definitions = profile.Extractive ? [.. GuideVocabulary.Bridged(GuideVocabulary.Definitions(Units.Units.Select(u => u.Text)), Glossary), .. GuideVocabulary.GlossaryDescriptions(Glossary)] : [];
        Engine = new AnswerEngine(Units, profile.Tuning, Course, Definitions);
        _lucene = new Lucene(_sections);
        BuildTime = Stopwatch.GetElapsedTime(started);
    }

    /// <summary>The same guides, units and glossary answered with other weights and thresholds: a new reader and
    /// engine, nothing re-parsed (tuning runs judge hundreds of weightings).</summary>
    private GuideIndex(GuideIndex index, AnswerTuning tuning)
    {
        var started = Stopwatch.GetTimestamp();
        Catalog = index.Catalog;
        CuratedGlossary = index.CuratedGlossary;
        Profile = index.Profile with { Tuning = tuning };
        Places = index.Places;
        Course = index.Course;
        _sections = index._sections;
        _ordinal = index._ordinal;
        Units = index.Units;
        Glossary = index.Glossary;
        _lucene = index._lucene;
        _ownsLucene = false;
        Reader = new QuestionReader(Glossary, Units, tuning, Course);
        Definitions = index.Definitions;
        Engine = new AnswerEngine(Units, tuning, Course, Definitions);
        BuildTime = Stopwatch.GetElapsedTime(started);
    }

    public GuideCatalog Catalog { get; }

    /// <summary>The glossary in use: the curated one plus the pairs derived from the guides.</summary>
    public Glossary Glossary { get; }

    /// <summary>The curated glossary this index was built from (a rebuild starts from it again).</summary>
    public Glossary CuratedGlossary { get; }

    /// <summary>The short definitions the guides give names (<see cref="GuideVocabulary.Definitions"/>), read by the
    /// engine for questions that describe a thing instead of naming it.</summary>
    public IReadOnlyList<GuideDefinition> Definitions { get; }

    public SearchProfile Profile { get; }

    /// <summary>The course's weeks, days and stages this index was built with (<see cref="ICourseSchedule"/>; a rebuild
    /// passes them on).</summary>
    public IReadOnlyList<CoursePlace> Places { get; }

    /// <summary><see cref="Places"/> by section ordinal, for reading "1주차", "day 5", "2단계" in questions.</summary>
    public CourseMap Course { get; }

    /// <summary>Every answer unit (line, item, row, code line) of the guides.</summary>
    public AnswerIndex Units { get; }

    public QuestionReader Reader { get; }

    public AnswerEngine Engine { get; }

    /// <summary>How long building this index took (figures for the benchmark and the reload log).</summary>
    public TimeSpan BuildTime { get; }

    public int SectionCount => _sections.Count;

    /// <param name="catalog">The guides.</param>
    /// <param name="glossary">The curated glossary.</param>
    /// <param name="profile">How to answer (the service's engine when null).</param>
    /// <param name="places">The course's weeks, days and stages in <paramref name="catalog"/> (none when null).</param>
    public static GuideIndex Build(GuideCatalog catalog, Glossary glossary, SearchProfile? profile = null, IReadOnlyList<CoursePlace>? places = null) =>
        new(catalog, glossary, profile ?? SearchProfile.StudyBot, places ?? []);

    /// <summary>This index answering with <paramref name="tuning"/> (the answer engine's profile only; see the private
    /// constructor).</summary>
    public GuideIndex With(AnswerTuning tuning) =>
        Profile.Extractive ? new(this, tuning) : throw new InvalidOperationException("the baseline has no answer-engine weights");

    /// <summary>The best <paramref name="count"/> sections for a question, best first.</summary>
    public IReadOnlyList<GuideHit> Search(string question, int count) =>
        Profile.Extractive ? Search(Reader.Read(question), count, out _) : _lucene.Search(question, count, _sections);

    /// <summary>Each section's plain BM25 score for the question as a share of the best one, by section ordinal: what
    /// <see cref="AnswerTuning.LexicalWeight"/> weighs (for tests).</summary>
    internal double[] LexicalScores(string question) => _lucene.SectionScores(question, _sections.Count);

    /// <summary>The answer engine's ranking: sections by their best line (see <see cref="AnswerEngine"/>).</summary>
    public IReadOnlyList<GuideHit> Search(Question question, int count, out AnswerEngine.Scores scores, AskScope? scope = null)
    {
        scores = Engine.Score(question);
        var total = question.TotalWeight;
        var plain = scores.Plain;
        var lexical = Profile.Tuning.LexicalWeight > 0 ? _lucene.SectionScores(question.Text, _sections.Count) : null;
        return Engine.RankSections(scores, scope, lexical).Take(count)
            .Select(r => new GuideHit(_sections[r.Section], (float)r.Score, total <= 0 ? 0 : Math.Min(1, plain[r.Unit] / total)) { Unit = r.Unit })
            .ToArray();
    }

    /// <summary>Ranking, confidence tier and answer lines for a question.</summary>
    /// <param name="question">The learner's text.</param>
    /// <param name="count">Sections to return.</param>
    /// <param name="scope">Guide restriction or preference, and the question this one follows up on.</param>
    public GuideAnswer Answer(string question, int count, AskScope? scope = null)
    {
        if (!Profile.Extractive)
        {
            var plain = _lucene.Search(question, Math.Max(count, RelatedSections.Depth), _sections);
            return plain.Count == 0
                ? new GuideAnswer(question, AnswerConfidence.None, plain, [])
                : new GuideAnswer(question, AnswerConfidence.High, plain.Take(count).ToArray(), Engine.Extract(_ordinal[plain[0].Section.Key], null)) { Related = RelatedSections.Of(this, plain, null) };
        }

        var read = Reader.Read(question);
        if (scope?.Previous is { } previous)
        {
            read = FollowUp(read, previous);
        }

        // Searched as deep as the chat asks whatever count the caller wants: the tier (which looks at the closest few) and
        // the other sections named are then the chat's for any k of /api/ask.
        var hits = Search(read, Math.Max(count, RelatedSections.Depth), out var scores, scope);
        var signals = Engine.Signals(read, scores, hits);
        var confidence = Engine.Decide(read, hits, signals);
        hits = Engine.Diversify(hits, scores);
        var lines = confidence == AnswerConfidence.None ? [] : Engine.Extract(_ordinal[hits[0].Section.Key], scores, read.Hint, read.Unit, AnswerEngine.AsksWebPlace(read.Text));
        IReadOnlyList<RelatedSection> related = [];
        if (confidence != AnswerConfidence.None)
        {
            hits = RunnersUp(hits, scores, read.Hint);
            related = RelatedSections.Of(this, hits, read);
        }

        var title = confidence != AnswerConfidence.None && Engine.HeadingAnswers(_ordinal[hits[0].Section.Key], read, scores) ? hits[0].Section.Heading : null;
        return new GuideAnswer(question, confidence, hits.Take(count).ToArray(), lines) { Question = read, Signals = signals, Title = title, Related = related };
    }

    /// <summary>The hits, those that come close to the best (see <see cref="AnswerTuning.RunnerUpShare"/>) with their next
    /// best lines.</summary>
    private IReadOnlyList<GuideHit> RunnersUp(IReadOnlyList<GuideHit> hits, AnswerEngine.Scores scores, AnswerHint hint)
    {
        var result = hits.ToArray();
        for (var i = 1; i < Math.Min(result.Length, RunnersUpLooked); i++)
        {
            if (result[i].Score >= Profile.Tuning.RunnerUpShare * result[0].Score)
            {
                result[i] = result[i] with { More = Engine.RunnerUp(_ordinal[result[i].Section.Key], scores, Engine.FirstLine(result[i].Unit, hint)) };
            }
        }

        return result;
    }

    /// <summary>Hits looked at for close runners-up: the reply names two other sections, once those inside the answer's
    /// are left out.</summary>
    private const int RunnersUpLooked = 5;

    /// <summary>A whole section (with its sub-sections) as display lines, for paging.</summary>
    public IReadOnlyList<AnswerLine> SectionLines(GuideSection section) => Engine.Whole(_ordinal[section.Key]);

    /// <summary>A follow-up read with the question it follows: its own ideas first, then the earlier question's other
    /// ideas at <see cref="AnswerTuning.FollowUpWeight"/> — without the earlier topic when the follow-up names one of its
    /// own ("HPA가 파드 수를 어떻게 계산해?" then "그럼 VPA는?" reads as VPA · 파드 수 · 계산).</summary>
    private Question FollowUp(Question question, Question previous)
    {
        var carried = previous.Concepts.Skip(question.Concepts.Any(c => c.Origin == WordOrigin.Guide) ? 1 : 0)
            .Where(p => question.Concepts.All(c => c.Text != p.Text))
            .Select(p => p with { Weight = p.Weight * Profile.Tuning.FollowUpWeight });
        return question with { Concepts = [.. question.Concepts, .. carried], Hint = question.Hint == AnswerHint.None ? previous.Hint : question.Hint };
    }

    public void Dispose()
    {
        if (_ownsLucene)
        {
            _lucene.Dispose();
        }
    }

    /// <summary>The baseline: one Lucene document per section (heading, ancestors' headings, whole text), analysed
    /// with the StandardAnalyzer, BM25. The question is analysed the same way; its terms are OR-ed.</summary>
    private sealed class Lucene : IDisposable
    {
        private readonly LuceneDirectory _directory = new RAMDirectory();
        private readonly Analyzer _analyzer = new StandardAnalyzer(Version);
        private readonly DirectoryReader _reader;
        private readonly IndexSearcher _searcher;
        private readonly int[] _ordByDoc;

        public Lucene(IReadOnlyList<GuideSection> sections)
        {
            var similarity = new BM25Similarity();
            using (var writer = new IndexWriter(_directory, new IndexWriterConfig(Version, _analyzer) { Similarity = similarity, OpenMode = OpenMode.CREATE }))
            {
                for (var i = 0; i < sections.Count; i++)
                {
                    var s = sections[i];
                    var texts = new[] { s.Heading, string.Join(" / ", s.Path.Take(s.Path.Count - 1)), s.FullText };
                    var doc = new Document { new StoredField(OrdField, i) };
                    for (var p = 0; p < Parts.Length; p++)
                    {
                        doc.Add(new TextField(Parts[p], texts[p], Field.Store.NO));
                    }

                    writer.AddDocument(doc);
                }

                writer.Commit();
            }

            _reader = DirectoryReader.Open(_directory);
            _searcher = new IndexSearcher(_reader) { Similarity = similarity };
            _ordByDoc = Enumerable.Range(0, _reader.MaxDoc).Select(d => _reader.Document(d).GetField(OrdField).GetInt32Value()!.Value).ToArray();
            _vocabulary = [.. Parts.Select(part => Vocabulary(_reader, part))];
        }

        public IReadOnlyList<GuideHit> Search(string question, int count, IReadOnlyList<GuideSection> sections)
        {
            var query = Query(question);
            return query.Clauses.Count == 0
                ? []
                : _searcher.Search(query, count).ScoreDocs.Select(sd => new GuideHit(sections[_ordByDoc[sd.Doc]], sd.Score, 0)).ToArray();
        }

        /// <summary>Every section's BM25 score for the question, as a share of the best one (0 when nothing matched).</summary>
        public double[] SectionScores(string question, int sections)
        {
            var result = new double[sections];
            var query = Query(question);
            if (query.Clauses.Count == 0)
            {
                return result;
            }

            // Each matching section's score straight from the scorer, without ranking them into top documents (whose
            // bucket table of 2048 entries per query was most of what a question allocated). In document order, so
            // Lucene sums a section's terms one document at a time rather than in its windowed bucket table: the
            // same sum, as BM25 has no coordination factor.
            var scores = new float[sections];
            var collector = new AllScores(scores, _ordByDoc);
            _searcher.Search(query, collector);
            var best = collector.Best;
            for (var s = 0; s < sections; s++)
            {
                result[s] = best > 0 ? scores[s] / best : 0;
            }

            return result;
        }

        /// <summary>Every matching document's score by the section it indexes, in document order.</summary>
        private sealed class AllScores(float[] scores, int[] ordByDoc) : ICollector
        {
            private Scorer? _scorer;
            private int _docBase;

            public float Best { get; private set; }

            public bool AcceptsDocsOutOfOrder => false;

            public void SetScorer(Scorer scorer) => _scorer = scorer;

            public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;

            public void Collect(int doc)
            {
                var score = _scorer!.GetScore();
                scores[ordByDoc[_docBase + doc]] = score;
                Best = Math.Max(Best, score);
            }
        }

        /// <summary>The question's terms OR-ed over heading, path and body, built from TermQuery objects: user text
        /// never reaches a query parser.</summary>
        private BooleanQuery Query(string question)
        {
            var query = new BooleanQuery();
            using (var stream = _analyzer.GetTokenStream("body", question))
            {
                var term = stream.AddAttribute<ICharTermAttribute>();
                stream.Reset();
                var seen = new HashSet<string>(StringComparer.Ordinal);
                while (stream.IncrementToken() && query.Clauses.Count < BooleanQuery.MaxClauseCount - Parts.Length)
                {
                    if (seen.Add(term.ToString()))
                    {
                        for (var p = 0; p < Parts.Length; p++)
                        {
                            query.Add(TermQuery(p, term.ToString()), Occur.SHOULD);
                        }
                    }
                }

                stream.End();
            }

            return query;
        }

        /// <summary>Per part, the words the index has in it.</summary>
        private readonly HashSet<BytesRef>[] _vocabulary;

        /// <summary>Per part, the index's statistics and postings place of each of its words a question had, looked up
        /// in the terms dictionary once rather than by every query (a query's lookups were most of its work and
        /// allocation); the index does not change. Only the part's own words: a word it lacks has none to look up.</summary>
        private readonly ConcurrentDictionary<BytesRef, TermContext>[] _known = [.. Parts.Select(_ => new ConcurrentDictionary<BytesRef, TermContext>())];

        /// <summary>The word's query on one part, with the statistics <see cref="Lucene.Net.Search.TermQuery"/> would
        /// look up itself: those of the terms dictionary for a word of the part, none (what a lookup finds) for another.</summary>
        private TermQuery TermQuery(int part, string word)
        {
            var term = new Term(Parts[part], word);
            if (!_vocabulary[part].Contains(term.Bytes))
            {
                return new TermQuery(term, new TermContext(_searcher.TopReaderContext));
            }

            var context = _known[part].GetOrAdd(term.Bytes, static (_, lookup) => TermContext.Build(lookup.Reader, lookup.Term), (Reader: _searcher.TopReaderContext, Term: term));
            return new TermQuery(term, context);
        }

        private static HashSet<BytesRef> Vocabulary(IndexReader reader, string field)
        {
            var words = new HashSet<BytesRef>();
            if (MultiFields.GetTerms(reader, field)?.GetEnumerator() is { } terms)
            {
                while (terms.MoveNext())
                {
                    words.Add(BytesRef.DeepCopyOf(terms.Term));
                }
            }

            return words;
        }

        public void Dispose()
        {
            _reader.Dispose();
            _directory.Dispose();
            _analyzer.Dispose();
        }
    }
}
