using StudyBot.Hosting;

var app = StudyBotApp.Create(args);
await app.RunAsync();
