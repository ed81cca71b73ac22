using Microsoft.Extensions.Configuration;
using StudyBot.Checklist;
using StudyBot.Reminders;

namespace StudyBot.Tests.Checklist;

/// <summary>The checklist's calendar is the roadmap one whenever Reminders is composed, whichever of the two is added
/// first, and is registered once (no stale guide-order registration left behind for <c>GetServices</c>).</summary>
public sealed class CheckpointCalendarRegistrationTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void The_roadmap_calendar_replaces_the_guide_order_default_in_either_order(bool checklistFirst)
    {
        var services = new ServiceCollection();
        var configuration = new ConfigurationBuilder().Build();
        if (checklistFirst)
        {
            services.AddChecklist();
            services.AddReminders(configuration);
        }
        else
        {
            services.AddReminders(configuration);
            services.AddChecklist();
        }

        var calendar = Assert.Single(services, d => d.ServiceType == typeof(ICheckpointCalendar));
        Assert.Equal(typeof(RoadmapCheckpoints), calendar.ImplementationType);
    }

    [Fact]
    public void Without_reminders_the_guide_order_calendar_is_the_default()
    {
        var services = new ServiceCollection();
        services.AddChecklist();

        Assert.Equal(typeof(GuideOrderCalendar), Assert.Single(services, d => d.ServiceType == typeof(ICheckpointCalendar)).ImplementationType);
    }
}
