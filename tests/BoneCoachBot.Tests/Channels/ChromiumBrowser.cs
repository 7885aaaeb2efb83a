using System.Diagnostics;
using Microsoft.Playwright;

namespace BoneCoachBot.Tests.ChannelTests;

/// <summary>
/// Debian's headless Chromium driven by Playwright (test.sh installs it with apt; Playwright's own browser download is
/// not possible here). It is the headless shell, the build Playwright itself runs headless tests on: the same Blink and
/// V8 as the full browser, without its window, its toolbar pages and its profile services. The browser test cost 32-33
/// CPU-s with it against 38 with Debian's full chromium in headless mode (the pages it renders look the same). The
/// flags keep it from reaching out to Google's services, which a closed network refuses.
/// </summary>
public sealed class ChromiumBrowser : IAsyncDisposable
{
    public const string ExecutablePath = "/usr/bin/chromium-headless-shell";

    /// <summary>
    /// Set by test.sh, which installs Chromium beside the build instead of before the tests: the path of a file that
    /// appears when the install has ended and says how ("ok", or what failed).
    /// </summary>
    public const string InstallOutcomeVariable = "BONECOACH_CHROMIUM_INSTALL";

    // Bounds a stuck install only; apt-get took 6-41 s here.
    private static readonly TimeSpan InstallDeadline = TimeSpan.FromMinutes(10);

    private readonly IPlaywright _playwright;

    private ChromiumBrowser(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    public static async Task<ChromiumBrowser> LaunchAsync()
    {
        await WaitForInstallAsync();
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"{ExecutablePath} is missing: run ./test.sh (it installs Debian's headless Chromium) or `apt-get install -y chromium-headless-shell`.");
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
            ],
        });
        return new ChromiumBrowser(playwright, browser);
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
    }

    // Readiness, not timing: the outcome file appearing is the signal; the deadline only bounds a broken install.
    private static async Task WaitForInstallAsync()
    {
        var outcomeFile = Environment.GetEnvironmentVariable(InstallOutcomeVariable);
        if (string.IsNullOrEmpty(outcomeFile))
        {
            return;
        }

        var waited = Stopwatch.StartNew();
        while (!File.Exists(outcomeFile))
        {
            if (waited.Elapsed > InstallDeadline)
            {
                throw new TimeoutException($"test.sh's install of Chromium had not ended after {InstallDeadline.TotalMinutes} minutes.");
            }

            await Task.Delay(200);
        }

        var outcome = (await File.ReadAllTextAsync(outcomeFile)).Trim();
        if (outcome != "ok")
        {
            throw new InvalidOperationException($"test.sh could not install Chromium: {outcome}");
        }
    }
}
