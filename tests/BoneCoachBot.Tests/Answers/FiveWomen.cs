namespace BoneCoachBot.Tests.Answers;

/// <summary>
/// The five women of issue 15's measurement, each with an everyday answer to every question she can be asked (first pass
/// and later). A strong lifter, a beginner, one with red flags, one who knows no numbers, one who takes every supplement.
/// </summary>
public static class FiveWomen
{
    public static IReadOnlyList<EverydayWoman> All() => [StrongLifter, Beginner, WithRedFlags, KnowsNoNumbers, EverySupplement];

    // What none of them has: the later questions of her profile and the layers, in her words.
    private static Dictionary<string, string> Later(Dictionary<string, string> answers)
    {
        var later = new Dictionary<string, string>
        {
            ["wristHipRibFractures"] = "none", ["heightLossMeasured"] = "no", ["ethnicity"] = "no",
            ["walkingDaysPerWeek"] = "most days", ["balanceSessionsPerWeek"] = "none",
            ["hormoneTherapyContraindication"] = "none of these", ["hormoneTherapyQuestion"] = "no thanks", ["bloodTests"] = "no",
            ["thyroidOrCortisolMedicine"] = "no", ["proteinGramsPerDay"] = "no idea", ["collagenSupplement"] = "no",
            ["waist"] = "don't know", ["sugarAndProcessedFood"] = "some days", ["alcoholUnits"] = "about 4", ["supplementsFocus"] = "no",
        };
        foreach (var (id, answer) in answers)
        {
            later[id] = answer;
        }

        return later;
    }

    // Lifts heavy three times a week and jumps; knows her numbers and gives them in one go; vitamin D only.
    public static EverydayWoman StrongLifter => new("Joan, a strong lifter", "en-GB", Later(new()
    {
        ["urgentNow"] = "no", ["age"] = "I'm 56, 64 kg and 168 cm", ["lastPeriod"] = "about 4 years ago",
        ["historyScreen"] = "none of those", ["steroidTablets"] = "no", ["boneLossConditions"] = "none", ["boneLossMedicines"] = "none",
        ["strengthSessionsPerWeek"] = "three times a week", ["strengthIntensity"] = "heavy", ["impactDaysPerWeek"] = "4 days",
        ["hormoneTherapy"] = "never", ["proteinMealsPerDay"] = "3", ["sleepHours"] = "about 8 hours", ["smoking"] = "no",
        ["calciumFoodServingsPerDay"] = "3", ["supplementsInUse"] = "just vitamin D", ["vitaminDSupplementIu"] = "1000 IU",
        ["walkingDaysPerWeek"] = "every day", ["balanceSessionsPerWeek"] = "twice a week", ["proteinGramsPerDay"] = "about 100 g",
        ["waist"] = "74 cm", ["sugarAndProcessedFood"] = "rarely", ["alcoholUnits"] = "6",
    }));

    // Has never lifted, walks the dog, takes nothing; US units.
    public static EverydayWoman Beginner => new("Linda, a beginner", "en-US", Later(new()
    {
        ["urgentNow"] = "no, nothing like that", ["age"] = "62", ["weight"] = "140 lbs", ["height"] = "5'4", ["lastPeriod"] = "about 10 years ago",
        ["historyScreen"] = "no", ["steroidTablets"] = "no", ["boneLossConditions"] = "nope", ["boneLossMedicines"] = "none",
        ["strengthSessionsPerWeek"] = "never", ["impactDaysPerWeek"] = "none",
        ["hormoneTherapy"] = "never", ["proteinMealsPerDay"] = "2", ["sleepHours"] = "about 7 hours", ["smoking"] = "never",
        ["calciumFoodServingsPerDay"] = "2", ["supplementsInUse"] = "none",
        ["walkingDaysPerWeek"] = "I walk the dog every day", ["waist"] = "34 inches",
    }));

    // A wrist broken in a trip, a fall last year, a scan with a T-score in the osteoporosis range, prednisolone, RA and
    // omeprazole: every follow-up of those is asked in the first pass.
    public static EverydayWoman WithRedFlags => new("Margaret, with red flags", "en-GB", Later(new()
    {
        ["urgentNow"] = "no, all fine", ["age"] = "66, 58 kg, 160 cm", ["lastPeriod"] = "in 2008",
        ["historyScreen"] = "a broken wrist, a fall last year and a DEXA scan",
        ["steroidTablets"] = "I take prednisolone, 5 mg a day, been on it about 2 years",
        ["boneLossConditions"] = "rheumatoid arthritis", ["tScore"] = "-2.6", ["fraxMajor"] = "don't know", ["boneLossMedicines"] = "omeprazole",
        ["strengthSessionsPerWeek"] = "none", ["impactDaysPerWeek"] = "never", ["fallsCount"] = "once", ["fallInjury"] = "no",
        ["hormoneTherapy"] = "in the past", ["proteinMealsPerDay"] = "two", ["sleepHours"] = "7 and a half hours", ["smoking"] = "no, never have",
        ["calciumFoodServingsPerDay"] = "3", ["supplementsInUse"] = "calcium and vitamin D", ["calciumSupplementMg"] = "500 mg",
        ["vitaminDSupplementIu"] = "10 micrograms", ["wristHipRibFractures"] = "1", ["waist"] = "82 centimetres",
    }))
    { HasRedFlags = true };

    // Knows no figures: not her last period, not her protein, not her waist; rough words for the rest.
    public static EverydayWoman KnowsNoNumbers => new("Rosa, who knows no numbers", "en-US", Later(new()
    {
        ["urgentNow"] = "none", ["age"] = "sixty-seven", ["weight"] = "about 160 pounds I think", ["height"] = "5 foot 6",
        ["lastPeriod"] = "I don't remember", ["historyScreen"] = "none of them", ["steroidTablets"] = "nope",
        ["boneLossConditions"] = "no", ["boneLossMedicines"] = "no",
        ["strengthSessionsPerWeek"] = "none really", ["impactDaysPerWeek"] = "none",
        ["hormoneTherapy"] = "never", ["proteinMealsPerDay"] = "one", ["sleepHours"] = "around 6 hours", ["smoking"] = "no",
        ["calciumFoodServingsPerDay"] = "1", ["supplementsInUse"] = "nothing", ["ethnicity"] = "skip", ["heightLossMeasured"] = "don't know",
        ["walkingDaysPerWeek"] = "every day", ["alcoholUnits"] = "I don't drink", ["sugarAndProcessedFood"] = "most days",
    }));

    // Takes every supplement on the list; amounts only for calcium and vitamin D in the first pass.
    public static EverydayWoman EverySupplement => new("Sue, who takes every supplement", "en-GB", Later(new()
    {
        ["urgentNow"] = "no", ["age"] = "58, 70 kg, 165 cm", ["lastPeriod"] = "in 2020",
        ["historyScreen"] = "none", ["steroidTablets"] = "no", ["boneLossConditions"] = "none", ["boneLossMedicines"] = "none",
        ["strengthSessionsPerWeek"] = "twice a week", ["strengthIntensity"] = "moderate", ["impactDaysPerWeek"] = "2 days",
        ["hormoneTherapy"] = "yes, now", ["proteinMealsPerDay"] = "2", ["sleepHours"] = "7 hours", ["smoking"] = "no",
        ["calciumFoodServingsPerDay"] = "2", ["supplementsInUse"] = "all of them", ["calciumSupplementMg"] = "600 mg",
        ["vitaminDSupplementIu"] = "2000 IU", ["magnesiumSupplementMg"] = "250 mg", ["omega3MgPerDay"] = "1000 mg",
        ["supplementsFocus"] = "yes", ["waist"] = "80 cm",
    }));
}
