using System.Text.Json;
using BoneCoachBot.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace BoneCoachBot.Tests.ChannelTests;

/// <summary>
/// The Web Chat page at / in a real browser, talking to the bot's own Direct Line endpoint of a real bot process:
/// consent, answers typed and clicked, the plan card, a check-in with its chart. Screenshots land in
/// TestResults/WebChat/ for people to look at. A failure also prints the end of the transcript, the browser's console and
/// the bot's log, since a screenshot alone did not show why a turn went unanswered (seen once, not reproduced).
/// </summary>
[LongRunning]
public sealed class WebChatBrowserTests(ITestOutputHelper output)
{
    private static readonly string Screenshots = Path.Combine(RepositoryPaths.Root, "TestResults", "WebChat");

    [Fact]
    public async Task She_reaches_her_plan_card_and_a_progress_chart_in_the_browser()
    {
        // Each request's method, path, status and time in the bot's log, for the report of a failure.
        await using var bot = await BotProcess.StartAsync(new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Logging__LogLevel__Microsoft.AspNetCore.Hosting.Diagnostics"] = "Information",
        });
        await using var chromium = await ChromiumBrowser.LaunchAsync();
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            Locale = "en-US",
        });
        var chat = new WebChatPage(await context.NewPageAsync());
        var console = new List<string>();
        chat.Page.Console += (_, message) => { lock (console) { console.Add($"{message.Type}: {message.Text}"); } };
        Directory.CreateDirectory(Screenshots);

        try
        {
            await chat.OpenAsync(bot.BaseAddress);
            await Assertions.Expect(chat.SendBox).ToBeFocusedAsync();
            // Web Chat draws the buttons just after the messages: wait for them rather than look once.
            await Assertions.Expect(chat.SuggestedAction("Yes")).ToBeVisibleAsync();

            foreach (var answer in Conversation.Personas.WeakLoadingStrongMinerals)
            {
                await chat.AnswerAsync(answer);
            }

            var card = chat.Page.Locator(".ac-adaptiveCard").Filter(new LocatorFilterOptions { HasText = PlanWording("card.title") }).Last;
            await Assertions.Expect(card).ToBeVisibleAsync();
            await Assertions.Expect(card.GetByText(PlanWording("card.summaryButton"))).ToBeVisibleAsync();
            Assert.True(chat.Clicked >= 3, $"Only {chat.Clicked} answers were clicked as suggested actions.");
            Assert.True(chat.Typed >= 10, $"Only {chat.Typed} answers were typed.");
            await ScreenshotWholeAsync(chat.Page, card, 1280, "plan-card-1280.png");
            await ScreenshotWholeAsync(chat.Page, card, 400, "plan-card-400.png");
            await chat.Page.SetViewportSizeAsync(1280, 900);

            // The plan ends with the offer of a clinician summary: she says no with its button, keyboard only, then checks in.
            await Assertions.Expect(chat.SuggestedAction("No")).ToBeVisibleAsync();
            await chat.ChooseWithKeyboardAsync("No");
            foreach (var answer in new[] { "check in", "2", "4", "2", "7", "8", "every day", "no" })
            {
                await chat.AnswerAsync(answer);
            }

            var chart = chat.Activities.Locator("img").Last;
            await Assertions.Expect(chart).ToBeVisibleAsync();
            Assert.False(string.IsNullOrWhiteSpace(await chart.GetAttributeAsync("alt")), "The chart has alt text.");
            Assert.True(await chart.EvaluateAsync<int>("img => img.naturalWidth") > 100, "The chart image decoded.");
            await ScreenshotWholeAsync(chat.Page, chart, 1280, "progress-chart-1280.png");
            await ScreenshotWholeAsync(chat.Page, chart, 400, "progress-chart-400.png");

            // A reload opens a new conversation for the same woman: her plan is still hers.
            await chat.Page.SetViewportSizeAsync(1280, 900);
            await chat.ReloadAsync();
            await chat.AnswerAsync("my plan");
            await Assertions.Expect(chat.Page.Locator(".ac-adaptiveCard").Filter(new LocatorFilterOptions { HasText = PlanWording("card.title") }).Last).ToBeVisibleAsync();
        }
        catch
        {
            await ReportAsync(chat, console, bot.Output);
            throw;
        }
        finally
        {
            await chat.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Screenshots, "last-page.png"), FullPage = true });
        }
    }

    private async Task ReportAsync(WebChatPage chat, List<string> console, string botLog)
    {
        output.WriteLine("Last activities on the page:");
        (await chat.Activities.AllInnerTextsAsync()).TakeLast(8).ToList().ForEach(text => output.WriteLine("  " + text.ReplaceLineEndings(" / ")));
        output.WriteLine("Browser console:");
        lock (console)
        {
            console.TakeLast(40).ToList().ForEach(line => output.WriteLine("  " + line));
        }

        // The page polls every second: of the requests, its posts (each a turn, with its status and time) and any warning.
        output.WriteLine("Bot log (posts, warnings, errors, then its last lines):");
        var lines = botLog.Split('\n').Select(line => line.TrimEnd()).ToList();
        bool Warns(int i) => i >= 0 && (lines[i].StartsWith("warn", StringComparison.Ordinal) || lines[i].StartsWith("fail", StringComparison.Ordinal) || lines[i].StartsWith("crit", StringComparison.Ordinal));
        var telling = lines.Where((line, i) => line.Contains(" POST ", StringComparison.Ordinal) || Warns(i) || Warns(i - 1));
        telling.TakeLast(60).Concat(lines.TakeLast(12)).ToList().ForEach(line => output.WriteLine("  " + line));
    }

    // The transcript scrolls inside the page: a viewport taller than the element lets the screenshot show all of it.
    private static async Task ScreenshotWholeAsync(IPage page, ILocator element, int width, string file)
    {
        await page.SetViewportSizeAsync(width, 900);
        var box = await element.BoundingBoxAsync() ?? throw new InvalidOperationException("The element is not on the page.");
        await page.SetViewportSizeAsync(width, (int)box.Height + 500);
        await element.ScrollIntoViewIfNeededAsync();
        await element.ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(Screenshots, file) });
    }

    private static string PlanWording(string key)
    {
        using var plan = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Dialogs, "plan.json")));
        return Find(plan.RootElement, key) ?? throw new InvalidOperationException($"dialogs/plan.json has no '{key}'.");
    }

    private static string? Find(JsonElement element, string key)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (property.Name == key && property.Value.ValueKind == JsonValueKind.String)
            {
                return property.Value.GetString();
            }

            if (Find(property.Value, key) is { } found)
            {
                return found;
            }
        }

        return null;
    }
}
