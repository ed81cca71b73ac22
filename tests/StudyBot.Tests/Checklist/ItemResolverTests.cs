using StudyBot.Checklist;

namespace StudyBot.Tests.Checklist;

/// <summary>Forgiving ids against the real guides.</summary>
public sealed class ItemResolverTests
{
    private static GuideCatalog Catalog => SeedGuides.Catalog;

    private static Glossary Glossary => SeedGuides.Glossary;

    [Fact]
    public void A_Korean_fragment_finds_English_titles_through_the_glossary_role_checklists_first()
    {
        var match = ItemResolver.Resolve(Catalog, "오퍼레이터", Glossary);
        Assert.Null(match.Item);
        Assert.True(match.Ambiguous);
        Assert.Equal("k8s-operator", match.Suggestions[0].Id);
        Assert.All(match.Suggestions, s => Assert.Contains("operator", s.Title, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_Korean_fragment_naming_one_English_title_resolves_through_the_glossary()
    {
        Assert.Equal("compute-nova", ItemResolver.Resolve(Catalog, "노바", Glossary).Item?.Id);
        Assert.Equal("net-neutron", ItemResolver.Resolve(Catalog, "뉴트론을", Glossary).Item?.Id);
        Assert.Null(ItemResolver.Resolve(Catalog, "노바", null).Item);
    }

    [Theory]
    [InlineData("k8s-operator")]
    [InlineData("K8S-Operator")]
    [InlineData("`k8s-operator`")]
    [InlineData("[k8s-operator].")]
    [InlineData("{#k8s-operator}")]
    [InlineData("\"k8s-operator\",")]
    [InlineData("ｋ８ｓ-operator")]
    public void Case_punctuation_and_full_width_forms_are_forgiven(string word) =>
        Assert.Equal("k8s-operator", ItemResolver.Resolve(Catalog, word).Item?.Id);

    [Theory]
    [InlineData("k8s-operator\u200B")] // zero-width space, as a paste from a chat client carries it
    [InlineData("\uFEFFk8s-operator")] // byte-order mark
    [InlineData("k8s-oper\u00ADator")] // soft hyphen
    [InlineData("k8s\u2060-operator")] // word joiner
    public void Invisible_format_characters_are_not_part_of_the_id(string word) =>
        Assert.Equal("k8s-operator", ItemResolver.Resolve(Catalog, word).Item?.Id);

    [Fact]
    public void A_unique_title_fragment_resolves_in_Korean_or_English()
    {
        Assert.Equal("compute-overcommit", ItemResolver.Resolve(Catalog, "오버커밋").Item?.Id);
        Assert.Equal("argocd-gitops", ItemResolver.Resolve(Catalog, "ArgoCD를").Item?.Id);
    }

    [Fact]
    public void A_fragment_of_several_titles_is_ambiguous_with_those_items_suggested()
    {
        var match = ItemResolver.Resolve(Catalog, "operator");
        Assert.Null(match.Item);
        Assert.True(match.Ambiguous);
        Assert.All(match.Suggestions, s => Assert.Contains("operator", s.Title, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_typo_suggests_the_closest_ids_best_first()
    {
        var match = ItemResolver.Resolve(Catalog, "helm-chrat");
        Assert.Null(match.Item);
        Assert.False(match.Ambiguous);
        Assert.Equal("helm-chart", match.Suggestions[0].Id);
    }

    [Fact]
    public void Several_ids_then_a_note()
    {
        var parsed = ItemResolver.Parse(Catalog, "helm-chart argocd-gitops 실습 재밌었다", allowNote: true);
        Assert.Equal(["helm-chart", "argocd-gitops"], parsed.Items.Select(i => i.Id));
        Assert.Equal("실습 재밌었다", parsed.Note);
        Assert.Empty(parsed.Problems);
    }

    [Fact]
    public void A_mistyped_later_id_is_a_problem_not_a_note()
    {
        var parsed = ItemResolver.Parse(Catalog, "helm-chart argocd-gitop", allowNote: true);
        Assert.Null(parsed.Note);
        Assert.Equal("argocd-gitops", Assert.Single(parsed.Problems).Suggestions[0].Id);
    }

    [Fact]
    public void Undo_takes_no_note_so_every_word_must_be_an_item()
    {
        var parsed = ItemResolver.Parse(Catalog, "helm-chart 메모", allowNote: false);
        Assert.Single(parsed.Problems);
    }

    [Fact]
    public void More_than_the_maximum_of_items_is_refused_without_reading_the_rest()
    {
        var ids = string.Join(' ', Catalog.Items.Take(ItemResolver.MaxItems + 5).Select(i => i.Id));
        Assert.True(ItemResolver.Parse(Catalog, ids, allowNote: true).TooMany);
        Assert.False(ItemResolver.Parse(Catalog, string.Join(' ', Catalog.Items.Take(ItemResolver.MaxItems).Select(i => i.Id)), allowNote: true).TooMany);
    }
}
