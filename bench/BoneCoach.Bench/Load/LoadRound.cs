using System.Diagnostics;
using System.Text;

namespace BoneCoach.Bench.Load;

/// <summary>
/// Drives one target for a fixed time from a fixed number of connections, each sending the next message of an idle
/// user as soon as its previous reply is in (closed loop, as wrk does), and records every turn's latency.
/// </summary>
public static class LoadRound
{
    public static async Task<RoundResult> RunAsync(HttpClient http, Uri endpoint, UserPool users, int connections, RoundBudget budget)
    {
        var clock = Stopwatch.StartNew();
        budget.Start();
        var workers = Enumerable.Range(0, connections)
            .Select(_ => Task.Run(() => ConnectionAsync(http, endpoint, users, budget)))
            .ToArray();
        var results = await Task.WhenAll(workers);
        clock.Stop();
        var latencies = results.SelectMany(r => r.Latencies).ToArray();
        return new RoundResult(latencies.Length, results.Sum(r => r.Errors), clock.Elapsed, latencies);
    }

    private static async Task<(List<double> Latencies, int Errors)> ConnectionAsync(
        HttpClient http, Uri endpoint, UserPool users, RoundBudget budget)
    {
        var latencies = new List<double>(4096);
        var errors = 0;
        while (budget.TryStartTurn())
        {
            var user = users.Take();
            var body = user.NextActivityJson();
            var started = Stopwatch.GetTimestamp();
            try
            {
                using var content = new StringContent(body, Encoding.UTF8, "application/json");
                using var response = await http.PostAsync(endpoint, content);
                var reply = await response.Content.ReadAsStringAsync();
                if (response.IsSuccessStatusCode)
                {
                    user.Observe(BotReply.Parse(reply));
                }
                else
                {
                    errors++;
                    user.Abandon();
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
            {
                errors++;
                user.Abandon();
            }

            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            users.Return(user);
        }

        return (latencies, errors);
    }
}
