using BoneCoachBot.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace BoneCoachBot.Tests.Hosting;

public sealed class DefaultBotUrlTests
{
    private static string? UrlsAfterDefaulting(params string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.UseDefaultBotUrlWhenNoneConfigured();
        return builder.WebHost.GetSetting(WebHostDefaults.ServerUrlsKey);
    }

    [Fact]
    public void With_nothing_configured_the_bot_listens_on_3978() =>
        Assert.Equal("http://localhost:3978", UrlsAfterDefaulting());

    [Theory]
    [InlineData("--urls", "http://127.0.0.1:5055")]
    [InlineData("--http_ports", "5056")]
    [InlineData("--Kestrel:Endpoints:Http:Url", "http://127.0.0.1:5057")]
    public void An_address_given_the_ASP_NET_Core_way_wins(string key, string value) =>
        Assert.NotEqual("http://localhost:3978", UrlsAfterDefaulting(key, value));
}
