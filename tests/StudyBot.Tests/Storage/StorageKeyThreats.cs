namespace StudyBot.Tests.Storage;

/// <summary>Ids from outside become table keys (at most 1 KiB, no '/', '\', '#', '?', control characters).</summary>
public sealed class StorageKeyThreats
{
    [Fact]
    public void Oversized_ids_a_learner_key_of_the_longest_ids_any_edge_accepts_still_fits_a_table_key()
    {
        // 256 characters is what /api/messages accepts per id; Korean escapes to nine characters a letter.
        var learner = new LearnerId(new string('채', 256), new string('#', 256), new string('사', 256));
        Assert.True(learner.Key.Length <= 3 * TableKeys.MaxPartLength + 2, learner.Key.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.DoesNotContain(learner.Key, c => c is '/' or '\\' or '#' or '?' || char.IsControl(c));
    }

    [Fact]
    public void Oversized_ids_two_long_ids_that_share_a_prefix_stay_two_keys_and_short_ids_keep_their_readable_form()
    {
        var a = new string('u', 500) + "a";
        var b = new string('u', 500) + "b";
        Assert.NotEqual(TableKeys.Escape(a), TableKeys.Escape(b));
        Assert.Equal(TableKeys.Escape(a), TableKeys.Escape(a));
        Assert.Equal("29!3Aabc~x", TableKeys.Escape("29:abc") + "~x");
    }
}
