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
builder.Services.AddChannelRendering();

var app = builder.Build();

app.UseBotRequestAuthentication();
app.MapWebChat();
app.MapBotMessages();
app.MapHealth();
app.MapReminderTrigger();

app.Run();
