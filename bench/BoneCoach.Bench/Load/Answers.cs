namespace BoneCoach.Bench.Load;

/// <summary>
/// How a simulated woman answers: in her own words, chosen by what the question is about, so the mix stays
/// realistic (units, words, "not sure") even when the script's order or wording changes.
/// </summary>
public static class Answers
{
    private static readonly (string[] Keys, string[] Replies)[] ByTopic =
    [
        (["okay for me to keep", "keep them"], ["yes, that's fine", "ok", "yes"]),
        (["summary"], ["no thanks", "not now"]),
        (["remind"], ["no thanks"]),
        (["how old"], ["62", "I'm 58", "sixty-seven"]),
        (["lost height", "shorter"], ["none", "about an inch", "2 cm"]),
        (["you weigh"], ["about 140 pounds", "63 kg", "9 stone 3"]),
        (["how tall"], ["5 ft 4", "165 cm", "1.62 m"]),
        (["period"], ["about 8 years ago", "in 2015", "when I was 51"]),
        (["t-score"], ["I don't know", "-1.8", "never had a scan"]),
        (["frax"], ["no idea", "I don't know"]),
        (["vitamin d level", "25(oh)d"], ["not sure", "32 ng/ml"]),
        (["hba1c"], ["5.6%", "don't know"]),
        (["glucose"], ["no idea", "95 mg/dl"]),
        (["grams of protein"], ["about 60 g", "not sure, maybe 50 grams"]),
        (["meals"], ["2", "three"]),
        (["waist"], ["34 inches", "86 cm"]),
        (["sleep"], ["about 7 hours", "6 and a half hours"]),
        (["omega"], ["none", "1000 mg"]),
        (["servings"], ["2", "a couple"]),
        (["calcium"], ["500 mg", "none"]),
        (["vitamin d"], ["1000 IU", "none"]),
        (["magnesium"], ["none", "200 mg"]),
        (["how many", "how often", "days", "sessions", "times"], ["twice a week", "3", "none", "every day"]),
    ];

    public static string For(BotReply reply, Random random)
    {
        // A choice question: mostly the first button (usually the calm one), sometimes another.
        if (reply.Choices.Count > 0)
        {
            return reply.Choices[random.Next(4) == 0 ? random.Next(reply.Choices.Count) : 0];
        }

        var text = reply.LastText.ToLowerInvariant();
        foreach (var (keys, replies) in ByTopic)
        {
            if (keys.Any(text.Contains))
            {
                return replies[random.Next(replies.Length)];
            }
        }

        return random.Next(2) == 0 ? "not sure" : "no";
    }
}
