using StudyBot.Tests.Reminders;

namespace StudyBot.Tests.Support;

/// <summary>Tests in which table storage goes away mid-run: every test has a store of its own that it can stop and
/// start again (<see cref="OutageStorage"/>), removed after the test.</summary>
public abstract class StorageOutageTests : IAsyncLifetime
{
    protected OutageStorage Storage { get; private set; } = null!;

    public virtual async ValueTask InitializeAsync() => Storage = await OutageStorage.StartAsync();

    public virtual async ValueTask DisposeAsync() => await Storage.DisposeAsync();
}

/// <summary>Storage outage tests of the reminders and cohorts: every test has a <see cref="ReminderRig"/> on its own
/// outage store, its clock starting at <paramref name="start"/> (UTC).</summary>
public abstract class ReminderOutageTests(string start) : StorageOutageTests
{
    private protected ReminderRig Rig { get; private set; } = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        Rig = await ReminderRig.StartAsync(Storage.Settings(), DateTimeOffset.Parse(start, System.Globalization.CultureInfo.InvariantCulture));
    }

    public override async ValueTask DisposeAsync()
    {
        await Rig.DisposeAsync();
        await base.DisposeAsync();
    }
}
