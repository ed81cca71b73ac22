using StudyBot.Checklist;
using StudyBot.Cohorts;
using StudyBot.Connector;
using StudyBot.Connector.Teams;
using StudyBot.Conversation;
using StudyBot.Guides;
using StudyBot.Reminders;
using StudyBot.Slack;
using StudyBot.Storage;
using StudyBot.Telemetry;
using StudyBot.WebChat;

namespace StudyBot.Hosting;

/// <summary>The one place where StudyBot's services are composed and its routes mapped (Program.cs and tests both use it).</summary>
public static class StudyBotApp
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <param name="args">Command line, as for <c>dotnet run</c> (e.g. <c>--urls</c>, <c>--Guides:Path=…</c>).</param>
    /// <param name="configure">Lets tests and benchmarks add configuration or replace services before the app is built.</param>
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var contentRoot = ContentPaths.FindContentRoot();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = contentRoot });
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        builder.AddStudyBotHosting();
        builder.Services.AddStorage(builder.Configuration);
        builder.Services.AddConversation();
        builder.Services.AddCommands(typeof(StudyBotApp).Assembly); // every [Command] class, wherever its capability lives
        builder.Services.AddConnector();
        builder.Services.AddTeams();
        builder.Services.AddGuides();
        builder.Services.AddCohorts();
        builder.Services.AddChecklist();
        builder.Services.AddReminders(builder.Configuration);
        builder.Services.AddSlack();
        builder.Services.AddWebChat(builder.Environment);
        builder.AddStudyBotTelemetry();
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseStudyBotHosting();
        app.MapHealth();
        app.MapPolicyPages();
        app.MapBotFramework();
        app.MapGuides();
        app.MapCohorts();
        app.MapChecklist();
        app.MapReminders();
        app.MapSlack();
        app.MapWebChat();
        return app;
    }
}
