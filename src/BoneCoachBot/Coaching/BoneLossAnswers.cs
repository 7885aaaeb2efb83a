using System.Text.RegularExpressions;
using BoneCoach.Assessment;

namespace BoneCoachBot.Coaching;

/// <summary>
/// Reads her own words against the short lists of conditions and medicines that cause bone loss (DOMAIN.md red
/// flags): "coeliac and I take omeprazole" names two. "None" is none; words that name nothing on the list are Other.
/// The script now asks both lists as multi-choice questions; answers kept as her own words (before that) are still read.
/// </summary>
public static partial class BoneLossAnswers
{
    private static readonly (BoneLossConditions Flag, string[] Words)[] ConditionWords =
    [
        (BoneLossConditions.Hyperparathyroidism, ["parathyroid"]),
        (BoneLossConditions.OveractiveThyroid, ["overactive thyroid", "hyperthyroid", "graves", "thyrotoxic"]),
        (BoneLossConditions.CoeliacOrInflammatoryBowelDisease, ["coeliac", "celiac", "crohn", "colitis", "ibd", "inflammatory bowel"]),
        (BoneLossConditions.BariatricSurgery, ["bariatric", "gastric bypass", "gastric sleeve", "weight loss surgery", "weight-loss surgery", "stomach stapling"]),
        (BoneLossConditions.EatingDisorder, ["anorexia", "anorexic", "bulimia", "eating disorder"]),
        (BoneLossConditions.Type1Diabetes, ["type 1", "type one", "type i diabetes", "t1d"]),
        (BoneLossConditions.ChronicLiverDisease, ["liver", "cirrhosis", "hepatitis"]),
    ];

    private static readonly (BoneLossMedicines Flag, string[] Words)[] MedicineWords =
    [
        (BoneLossMedicines.AromataseInhibitor, ["aromatase", "letrozole", "anastrozole", "exemestane", "femara", "arimidex", "aromasin"]),
        (BoneLossMedicines.EnzymeInducingAnticonvulsant, ["phenytoin", "carbamazepine", "phenobarbital", "primidone", "epilepsy", "anticonvulsant", "seizure", "tegretol", "dilantin"]),
        (BoneLossMedicines.LongTermProtonPumpInhibitor, ["omeprazole", "lansoprazole", "esomeprazole", "pantoprazole", "rabeprazole", "proton pump", "ppi", "stomach acid", "stomach-acid", "nexium", "prilosec", "losec"]),
        (BoneLossMedicines.Pioglitazone, ["pioglitazone", "actos"]),
        (BoneLossMedicines.LongTermHeparin, ["heparin", "enoxaparin", "clexane", "dalteparin", "fragmin"]),
        (BoneLossMedicines.TooMuchThyroidHormone, ["thyroid", "thyroxine", "levothyroxine", "synthroid"]),
    ];

    private static readonly string[] NoneWords =
        ["no", "none", "nope", "nothing", "neither", "none of these", "none of them", "none of those", "n/a", "not that i know", "no none"];

    // Choice values of dialogs/onboarding.json's lists; the choices not here (rheumatoid arthritis, kidney disease, a bone
    // medicine, warfarin) are questions of their own, which those choices answer or open.
    private static readonly Dictionary<string, BoneLossConditions> ConditionChoices = new(StringComparer.Ordinal)
    {
        ["overactiveThyroid"] = BoneLossConditions.OveractiveThyroid,
        ["parathyroid"] = BoneLossConditions.Hyperparathyroidism,
        ["coeliacOrIbd"] = BoneLossConditions.CoeliacOrInflammatoryBowelDisease,
        ["bariatricSurgery"] = BoneLossConditions.BariatricSurgery,
        ["eatingDisorder"] = BoneLossConditions.EatingDisorder,
        ["type1Diabetes"] = BoneLossConditions.Type1Diabetes,
        ["liverDisease"] = BoneLossConditions.ChronicLiverDisease,
        ["other"] = BoneLossConditions.Other,
    };

    private static readonly Dictionary<string, BoneLossMedicines> MedicineChoices = new(StringComparer.Ordinal)
    {
        ["aromataseInhibitor"] = BoneLossMedicines.AromataseInhibitor,
        ["anticonvulsant"] = BoneLossMedicines.EnzymeInducingAnticonvulsant,
        ["protonPumpInhibitor"] = BoneLossMedicines.LongTermProtonPumpInhibitor,
        ["pioglitazone"] = BoneLossMedicines.Pioglitazone,
        ["heparin"] = BoneLossMedicines.LongTermHeparin,
        ["thyroidHormone"] = BoneLossMedicines.TooMuchThyroidHormone,
        ["other"] = BoneLossMedicines.Other,
    };

    /// <summary>Her answer to the conditions list: the values she picked, or (kept before the list) her own words.</summary>
    public static BoneLossConditions? ConditionsOf(Coaching.StoredAnswer? answer) => answer?.Choices is { } picked
        ? picked.Where(ConditionChoices.ContainsKey).Select(v => ConditionChoices[v]).Aggregate(BoneLossConditions.None, (x, y) => x | y)
        : Conditions(answer?.Readable);

    public static BoneLossMedicines? MedicinesOf(Coaching.StoredAnswer? answer) => answer?.Choices is { } picked
        ? picked.Where(MedicineChoices.ContainsKey).Select(v => MedicineChoices[v]).Aggregate(BoneLossMedicines.None, (x, y) => x | y)
        : Medicines(answer?.Readable);

    /// <summary>Null when there is no answer to read (not asked, or skipped).</summary>
    public static BoneLossConditions? Conditions(string? answer) =>
        Read(answer, ConditionWords, BoneLossConditions.None, BoneLossConditions.Other, (a, b) => a | b);

    public static BoneLossMedicines? Medicines(string? answer) =>
        Read(answer, MedicineWords, BoneLossMedicines.None, BoneLossMedicines.Other, (a, b) => a | b);

    private static T? Read<T>(string? answer, (T Flag, string[] Words)[] table, T none, T other, Func<T, T, T> or) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(answer))
        {
            return null;
        }

        var text = " " + NonWord().Replace(answer.ToLowerInvariant(), " ").Trim() + " ";
        var found = table.Where(row => row.Words.Any(word => text.Contains(" " + NonWord().Replace(word, " ") , StringComparison.Ordinal)))
            .Select(row => row.Flag).Aggregate(none, or);
        if (!EqualityComparer<T>.Default.Equals(found, none))
        {
            return found;
        }

        var trimmed = text.Trim();
        return NoneWords.Contains(trimmed) || trimmed.StartsWith("no ", StringComparison.Ordinal) || trimmed.StartsWith("none ", StringComparison.Ordinal)
            ? none
            : other;
    }

    [GeneratedRegex(@"[^a-z0-9/]+")]
    private static partial Regex NonWord();
}
