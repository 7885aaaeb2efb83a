using Microsoft.Playwright;

namespace BoneCoachBot.Tests.ChannelTests;

/// <summary>The Web Chat page as she uses it: reads the transcript, types into the send box, clicks buttons.</summary>
public sealed class WebChatPage(IPage page)
{
    private const string Activity = ".webchat__basic-transcript__activity";
    private static readonly TimeSpan TurnTimeout = TimeSpan.FromSeconds(60);

    public IPage Page { get; } = page;

    public int Typed { get; private set; }

    public int Clicked { get; private set; }

    public ILocator SendBox => Page.GetByRole(AriaRole.Textbox).Last;

    public ILocator Activities => Page.Locator(Activity);

    public async Task OpenAsync(Uri address)
    {
        await Page.GotoAsync(address.ToString());
        await WaitForActivitiesAsync(1);
    }

    /// <summary>Reloads the page as she would: a new conversation, the same her (a returning woman may get no greeting yet).</summary>
    public async Task ReloadAsync()
    {
        await Page.ReloadAsync();
        await Assertions.Expect(SendBox).ToBeFocusedAsync();
    }

    /// <summary>Answers with the suggested action of that name when the last question offers one, else types it.</summary>
    public async Task AnswerAsync(string answer)
    {
        var before = await Activities.CountAsync();
        var button = SuggestedAction(answer);
        if (await button.CountAsync() > 0)
        {
            await button.First.ClickAsync();
            Clicked++;
        }
        else
        {
            await TypeAsync(answer);
        }

        // Her message comes back first, then the bot's replies, all of a turn at once.
        await WaitForActivitiesAsync(before + 2);
    }

    /// <summary>Picks a suggested action with the keyboard alone: back from the message box, arrows along the buttons, Enter.</summary>
    public async Task ChooseWithKeyboardAsync(string name)
    {
        var before = await Activities.CountAsync();
        await SendBox.FocusAsync();
        await Page.Keyboard.PressAsync("Shift+Tab");
        for (var step = 0; step < 5 && !string.Equals((await FocusedTextAsync()).Trim(), name, StringComparison.OrdinalIgnoreCase); step++)
        {
            await Page.Keyboard.PressAsync("ArrowRight");
        }

        Assert.Equal(name, (await FocusedTextAsync()).Trim(), ignoreCase: true);
        await Page.Keyboard.PressAsync("Enter");
        await WaitForActivitiesAsync(before + 2);
    }

    private Task<string> FocusedTextAsync() => Page.EvaluateAsync<string>("() => document.activeElement ? document.activeElement.textContent || '' : ''");

    /// <summary>Types with the keyboard only and presses Enter.</summary>
    public async Task TypeAsync(string text)
    {
        await SendBox.FocusAsync();
        await Page.Keyboard.TypeAsync(text);
        await Page.Keyboard.PressAsync("Enter");
        Typed++;
    }

    public ILocator SuggestedAction(string name) =>
        Page.Locator(".webchat__suggested-actions button").Filter(new LocatorFilterOptions
        {
            HasTextRegex = new System.Text.RegularExpressions.Regex("^\\s*" + System.Text.RegularExpressions.Regex.Escape(name) + "\\s*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase),
        });

    public async Task WaitForActivitiesAsync(int count)
    {
        await Page.WaitForFunctionAsync(
            $"n => document.querySelectorAll('{Activity}').length >= n",
            count,
            new PageWaitForFunctionOptions { Timeout = (float)TurnTimeout.TotalMilliseconds, PollingInterval = 50 });
    }
}
