namespace StudyBot.Tests.Guides;

/// <summary>How an English question is read on the real (Korean) guides: readings true of English (phrasal verbs, aspect
/// verbs) and English words meeting the guides' Korean words. Examples are made up here, never evaluation questions.</summary>
public sealed class EnglishReadingTests
{
    private static GuideIndex Index => SeedGuides.Index;

    [Theory]
    [InlineData("besides the install, what two other steps does the monitoring setup need")]
    [InlineData("name three more tools for logging")]
    public void A_count_of_further_things_is_no_number_of_the_question(string question)
    {
        // "two other steps" says how many are asked for; read as 2 it met a heading numbered 2 ("2단계").
        Assert.DoesNotContain(Index.Reader.Read(question).Concepts, c => c.Text.All(char.IsAsciiDigit));
    }

    [Fact]
    public void A_count_of_things_stays_the_number_the_guides_write()
    {
        // "the two things" is still 2 (the guides' "2가지"): only a count before other/more is dropped.
        Assert.Contains(Index.Reader.Read("what are the two things to check before deploying").Concepts, c => c.Text == "2");
    }

    [Theory]
    [InlineData("how do I log into the lab machines", "log in")]
    [InlineData("can I sign into the dashboard", "sign in")]
    public void Into_after_a_phrasal_verb_is_its_particle(string question, string phrase)
    {
        // "log into" is "log in" + "to": the phrasal verb (로그인), not "log" (로그) on its own.
        var concepts = Index.Reader.Read(question).Concepts;
        Assert.Contains(concepts, c => c.Text == phrase && c.Alternatives.Contains("로그인"));
        Assert.DoesNotContain(concepts, c => c.Text == phrase.Split(' ')[0]);
    }

    [Theory]
    [InlineData("which tools are must-know for the helm lab", "must know")]
    [InlineData("is terraform a must-have skill for the infra role", "must have")]
    public void A_hyphenated_phrase_of_function_words_is_one_word(string question, string phrase)
    {
        // "must-know", "must-have": written as one word, an adjective (필수), not the sentence's auxiliaries.
        var concepts = Index.Reader.Read(question).Concepts;
        Assert.Contains(concepts, c => c.Text == phrase && c.Alternatives.Any(a => a.StartsWith("필수", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("how do we re-process events after the broker restarts", "reprocess")]
    [InlineData("should the pipeline re-process the queue twice", "reprocess")]
    public void A_hyphenated_bound_prefix_is_read_with_its_word(string question, string word)
    {
        // "re-process" is "reprocess" (the glossary's 재처리), not a name "re" beside "process".
        var concepts = Index.Reader.Read(question).Concepts;
        Assert.Contains(concepts, c => c.Text == word && c.Alternatives.Contains("재처리"));
        Assert.DoesNotContain(concepts, c => c.Text == "re");
    }

    [Theory]
    [InlineData("what must I know before the helm lab")]
    [InlineData("you must know helm first, right")]
    [InlineData("do we must have terraform installed")]
    public void Function_words_written_apart_stay_function_words(string question)
    {
        // Unhyphenated, "must know" and "must have" are the sentence's modal and verb: no idea of their own.
        Assert.DoesNotContain(Index.Reader.Read(question).Concepts, c => c.Text.StartsWith("must", StringComparison.Ordinal) || c.Text is "know" or "have");
    }

    [Fact]
    public void Into_stays_a_preposition_where_no_phrasal_verb_ends_in_its_particle()
    {
        var concepts = Index.Reader.Read("import the metrics into grafana").Concepts;
        Assert.DoesNotContain(concepts, c => c.Text.EndsWith(" in", StringComparison.Ordinal));
        Assert.Contains(concepts, c => c.Text == "grafana");
    }

    [Theory]
    [InlineData("how are vCPUs shared between the guests on a host", "cpus")]
    [InlineData("can vCPU's be given to one VM only", "cpu")]
    public void A_virtual_prefix_on_a_plural_or_possessive_reads_as_the_guides_word(string question, string word)
    {
        // The plural or possessive of a v-word is the v-word's: the guides' word (CPU), not an unknown name that
        // declines the question.
        Assert.Contains(Index.Reader.Read(question).Concepts, c => c.Text == word && c.Origin == WordOrigin.Guide);
        Assert.DoesNotContain(Index.Reader.Read(question).Concepts, c => c.Origin == WordOrigin.ForeignName);
    }

    [Fact]
    public void A_virtual_prefix_on_a_plural_the_guides_do_not_write_stays_a_name()
    {
        // GPUs are not in the guides: a v before them reads nothing into the guides' words.
        Assert.Contains(Index.Reader.Read("how are vGPUs shared between tenants").Concepts, c => c.Text == "vgpus" && c.Origin == WordOrigin.ForeignName);
    }

    [Theory]
    [InlineData("among")]
    [InlineData("amongst")]
    [InlineData("amid")]
    public void A_preposition_the_word_list_leaves_out_is_no_name(string word)
    {
        // SCOWL's everyday sizes lack these prepositions; read as names they declined questions about the guides.
        Assert.True(EnglishWords.IsEveryday(word));
        var concepts = Index.Reader.Read($"is docker {word} the tools we set up in the lab").Concepts;
        Assert.DoesNotContain(concepts, c => c.Text == word && c.Origin == WordOrigin.ForeignName);
        Assert.Equal(AnswerConfidence.None, Index.Answer($"which pizza toppings are {word} the best ones", 3).Confidence);
    }

    [Theory]
    [InlineData("color", "colour")]
    [InlineData("flavor", "flavour")]
    [InlineData("center", "centre")]
    [InlineData("analyze", "analyse")]
    public void American_and_British_spellings_are_both_everyday_words(string american, string british)
    {
        // SCOWL's spelling-neutral lists leave out the words English spells two ways; read as names they weighed as
        // unknown things in questions about the guides.
        Assert.True(EnglishWords.IsEveryday(american));
        Assert.True(EnglishWords.IsEveryday(british));
        Assert.DoesNotContain(Index.Reader.Read($"which load balancer {american}s does the networking guide list").Concepts, c => c.Origin == WordOrigin.ForeignName);
    }

    [Theory]
    [InlineData("cleanup")]
    [InlineData("shutdown")]
    [InlineData("kickoff")]
    public void A_phrasal_verb_written_as_one_noun_is_a_word_not_a_name(string word)
    {
        // A less common English word is a name unless grammar marks it a word; a verb and its particle made one noun
        // ("clean up" → "cleanup") is how English makes words, not names — read as a name it declined the question.
        Assert.True(EnglishWords.IsPhrasalNoun(word));
        Assert.DoesNotContain(Index.Reader.Read($"do we run {word} jobs after each lab").Concepts, c => c.Text == word && c.Origin == WordOrigin.ForeignName);
    }

    [Fact]
    public void A_name_that_is_no_phrasal_noun_stays_a_name()
    {
        Assert.False(EnglishWords.IsPhrasalNoun("pulumi"));
        Assert.False(EnglishWords.IsPhrasalNoun("syrup")); // ends in "up", but "syr" is no verb
        Assert.Contains(Index.Reader.Read("do we run pulumi jobs after each lab").Concepts, c => c.Text == "pulumi" && c.Origin == WordOrigin.ForeignName);
    }

    [Fact]
    public void Only_is_a_limiting_adverb_not_dedicated()
    {
        // "only" limits any sentence ("is it only for X"); read as 전용 it took a rare word's weight in every question
        // that said it. "dedicated" still means 전용.
        Assert.DoesNotContain(Index.Reader.Read("do we only use grafana for dashboards").Concepts, c => c.Text == "only");
        Assert.Contains(Index.Reader.Read("which nodes are dedicated to the database").Concepts, c => c.Text == "dedicated" && c.Alternatives.Contains("전용"));
    }

    [Fact]
    public void Keep_before_an_ing_form_is_aspect_not_keeping_something()
    {
        // "keep restarting" goes on restarting; "keep the logs" is retention (보관).
        Assert.DoesNotContain(Index.Reader.Read("why do the pods keep restarting").Concepts, c => c.Text == "keep");
        Assert.DoesNotContain(Index.Reader.Read("why does the cost keep going up").Concepts, c => c.Text == "keep");
        Assert.Contains(Index.Reader.Read("how long do we keep the logs").Concepts, c => c.Text == "keep" && c.Alternatives.Contains("보관"));
    }

    [Fact]
    public void The_inflected_light_verb_go_is_not_the_Go_language()
    {
        // "going" has the lemma of "Go" (compute's "Go Operator"), but the language's name is never inflected.
        Assert.DoesNotContain(Index.Reader.Read("so how is the cluster going").Concepts, c => c.Text == "going");
        Assert.Equal(AnswerConfidence.None, Index.Answer("hey, how's it going?", 3).Confidence);
        Assert.Contains(Index.Reader.Read("which go libraries help write operators").Concepts, c => c.Text == "go");
    }

    [Theory]
    [InlineData("where am I supposed to go after the lab")]
    [InlineData("do we go through the steps in order")]
    [InlineData("what should I do if I go over the budget")]
    public void Lowercase_go_used_as_a_verb_is_not_the_Go_language(string question)
    {
        // "to go", "go through", "I go": the everyday verb; read as the language it outweighed the question's real words.
        Assert.DoesNotContain(Index.Reader.Read(question).Concepts, c => c.Text == "go");
    }

    [Theory]
    [InlineData("how do I write an operator in go")]
    [InlineData("is Go used to write the operator")]
    [InlineData("go language operator 예제 있어?")]
    [InlineData("which go libraries help write operators")]
    public void Go_standing_as_a_name_is_still_the_language(string question) =>
        Assert.Contains(Index.Reader.Read(question).Concepts, c => c.Text == "go");

    [Fact]
    public void A_phrasal_verbs_particle_is_a_word_of_the_phrase()
    {
        // "log in" is not "logs": a line about logs (Logs, 로그) has only half the phrase; the line with 로그인 answers.
        Assert.Equal("devops-k8s-5weeks#2-실습-환경-구성-aws", Index.Search("where do I log in", 1).Single().Section.Key);
    }

    [Theory]
    [InlineData("how do I troubleshoot a broken image", "troubleshoot", "문제 해결")]
    [InlineData("why are cloud prices falling", "prices", "가격")]
    public void English_words_meet_their_Korean_translations(string question, string word, string korean) =>
        Assert.Contains(korean, Index.Reader.Read(question).Concepts.Single(c => c.Text == word).Alternatives);
    [Theory]
    [InlineData("what is the english term for spreading pods across zones")]
    [InlineData("whats the korean name they use for the node agent")]
    public void A_language_beside_a_word_asking_a_name_is_the_names_language(string question)
    {
        // "the english term": a term in English, as 영어 이름 is; read as a name it weighed 7 and declined the question.
        var read = Index.Reader.Read(question);
        Assert.DoesNotContain(read.Concepts, c => c.Text is "english" or "korean");
        Assert.Equal(AnswerHint.Name, read.Hint);
    }

    [Theory]
    [InlineData("how do i improve my english writing")]
    [InlineData("korean food recommendations near the office")]
    public void A_language_in_a_question_asking_no_name_is_the_thing_asked_about(string question)
    {
        Assert.Contains(Index.Reader.Read(question).Concepts, c => c.Text is "english" or "korean");
        Assert.Equal(AnswerConfidence.None, Index.Answer(question, 3).Confidence);
    }

    [Fact]
    public void Pts_is_points()
    {
        // The guides write scores as 점 ("(8점)"); "pts" is the everyday short form of points.
        Assert.Contains(Index.Reader.Read("how many pts is the final demo worth").Concepts, c => c.Text == "pts" && c.Alternatives.Contains("점"));
    }
    [Fact]
    public void Virt_is_virtualization_and_everyday_virt_questions_stay_declined()
    {
        // "full virt", "para-virt": the everyday clipping of virtualization (가상화), read as a name weighing 7 before.
        Assert.Contains(Index.Reader.Read("full virt vs para virt 차이").Concepts, c => c.Alternatives.Contains("가상화"));
        Assert.Equal(AnswerConfidence.None, Index.Answer("virt manager gui wont start on my ubuntu laptop", 3).Confidence);
    }
    [Theory]
    [InlineData("which scheduler kinds are listed, esp the default one")]
    [InlineData("which scheduler kinds are listed, especially the default one")]
    public void Especially_is_an_adverb_not_a_name(string question)
    {
        // "esp" (especially), as 특히: read as a name it weighed 7 and declined the question.
        Assert.DoesNotContain(Index.Reader.Read(question).Concepts, c => c.Text.StartsWith("esp", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("what's the tradeoff between hpa and vpa", "tradeoff")] // an everyday word and a particle, written as one
    [InlineData("which autoscaler thingy resizes the pods themselves", "thingy")] // an everyday noun and chat's -y
    [InlineData("how does teh hpa decide how many pods it wants", "teh")] // a function word with two letters swapped
    public void A_word_the_lists_leave_out_made_of_an_everyday_word_is_no_name(string question, string word)
    {
        // Read as names (weighing 7) they declined questions whose first section was right.
        Assert.Equal(WordOrigin.Unknown, Index.Reader.Read(question).Concepts.Single(c => c.Text == word).Origin);
        Assert.NotEqual(AnswerConfidence.None, Index.Answer(question, 3).Confidence);
    }

    [Theory]
    [InlineData("what's the best tradeoff between rent and commute when picking an apartment")]
    [InlineData("any good recipe for a spicy soupy noodle thingy")]
    [InlineData("how do i fix teh wifi on my laptop")]
    [InlineData("how much does a ps5 cost in teh us")]
    [InlineData("is there a signup bonus for teh new credit card")]
    [InlineData("how do i set up a cloudflare tunnel thingy for my homelab")]
    [InlineData("whats the tradeoff between kafka and pulsar for event streaming")]
    [InlineData("which grafana dashboard thingy shows jvm heap usage")]
    public void Questions_the_guides_do_not_cover_stay_declined_with_such_words(string question) =>
        Assert.Equal(AnswerConfidence.None, Index.Answer(question, 3).Confidence);

    [Fact]
    public void Only_a_function_word_with_letters_swapped_is_a_slip_and_a_korean_sentence_keeps_its_terms()
    {
        var stopwords = SeedGuides.Glossary.Stopwords;
        Assert.True(EnglishWords.IsMadeOfEveryday("teh", stopwords));
        Assert.True(EnglishWords.IsMadeOfEveryday("tradeoff", stopwords));
        Assert.True(EnglishWords.IsMadeOfEveryday("thingy", stopwords));
        // "cron" is "corn" with two letters swapped, but a name; the lists' own words ("flutter", "nomad") are judged by
        // grammar, and "kustomize", "jeju" are made of nothing everyday.
        Assert.False(EnglishWords.IsMadeOfEveryday("cron", stopwords));
        Assert.Equal(WordOrigin.ForeignName, Index.Reader.Read("cron expression for every weekday").Concepts.Single(c => c.Text == "cron").Origin);
        Assert.All(new[] { "flutter", "nomad", "kustomize", "jeju" }, w => Assert.False(EnglishWords.IsMadeOfEveryday(w, stopwords)));
        // In a Korean sentence a Latin word is the term the learner chose, as before.
        Assert.Equal(WordOrigin.ForeignName, Index.Reader.Read("keda thingy 설정하는 법").Concepts.Single(c => c.Text == "thingy").Origin);
    }

    [Fact]
    public void A_doubled_consonant_typed_once_is_the_english_word_not_a_name()
    {
        // "scafolding" read as a name (weighing 7) was taken for the question's unknown topic and declined a question
        // whose first section was right.
        const string question = "what scafolding tool do we use to generate the toy operator in the advanced exercise?";
        Assert.Equal(WordOrigin.Unknown, Index.Reader.Read(question).Concepts.Single(c => c.Text == "scafolding").Origin);
        Assert.NotEqual(AnswerConfidence.None, Index.Answer(question, 3).Confidence);
        var stopwords = SeedGuides.Glossary.Stopwords;
        Assert.True(EnglishWords.IsMadeOfEveryday("scafolding", stopwords));
        // Names with a consonant doubled make no English word.
        Assert.All(new[] { "kafka", "terraform", "ansible", "redis", "pulumi", "kustomize", "webpack" }, w => Assert.False(EnglishWords.IsMadeOfEveryday(w, stopwords)));
    }

    [Theory]
    [InlineData("is there a scafolding company near gangnam for my apartment repair")]
    [InlineData("which webpak plugin minifies css")]
    public void Everyday_questions_with_such_slips_stay_declined(string question) =>
        Assert.Equal(AnswerConfidence.None, Index.Answer(question, 3).Confidence);
}
