using BoneCoachBot.Bots;
using BoneCoachBot.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.UseDefaultBotUrlWhenNoneConfigured();
builder.Services.AddConversationScript();
builder.Services.AddCoachingMessages();
builder.Services.AddBotStorage();
builder.Services.AddBotFramework();
builder.Services.AddFailClosedAuthentication();
builder.Services.AddLocalChat();
builder.Services.AddCoachingDialogs();
builder.Services.AddCheckIns();
builder.Services.AddSafetyNet();
builder.Services.AddLanguageChoice();
// The one bot: every message takes CoachBot's path (triage, commands, the open question) inside the state pipeline.
builder.Services.AddStateGuardedBot<CoachBot>();
builder.Services.AddChannelRendering();

var app = builder.Build();

app.UseBotRequestAuthentication();
app.MapWebChat();
app.MapBotMessages();
app.MapHealth();
app.MapReminderTrigger();

app.Run();
