using BoneCoach.Assessment;
using BoneCoachBot.Coaching;
using BoneCoachBot.Script;
using BoneCoachBot.Tests.Support;

namespace BoneCoachBot.Tests.Conversation;

/// <summary>The script and the mapping agree: every question the mapping reads exists, and answers land in the right core field.</summary>
public sealed class ScriptMappingTests
{
    private static IReadOnlyList<string> Parts => CoachingParts.InOrder;

    private static IEnumerable<QuestionScript> Questions => Parts.SelectMany(p => ScriptTexts.Script[p].Questions);

    [Fact]
    public void Question_ids_are_unique_across_the_script_because_answers_are_kept_by_id()
    {
        var duplicates = Questions.GroupBy(q => q.Id).Where(g => g.Count() > 1).Select(g => g.Key);

        Assert.Empty(duplicates);
    }

    [Fact]
    public void Every_question_the_mapping_reads_is_asked_by_the_script()
    {
        var asked = Questions.Select(q => q.Id).ToHashSet();
        var read = new RecordingSheet();

        ProfileMapping.Map(read.Sheet);
        LayerMapping.Map(read.Sheet);

        // A question the mapping doesn't read decides which others are asked (a gate), or answers them (a list's fills).
        var deciding = Questions.SelectMany(q => q.AskIf.Select(g => g.Question)).ToHashSet();
        var filling = Questions.Where(q => q.Answer.Choices.Any(c => c.Fills is not null)).Select(q => q.Id);
        Assert.Equal([], read.Ids.Except(asked).Order().ToArray());
        Assert.Equal([], asked.Except(read.Ids).Except(deciding).Except(filling).Order().ToArray());
    }

    [Fact]
    public void Answers_map_onto_the_core_inputs_in_its_units()
    {
        var sheet = new AnswerSheet(new Dictionary<string, StoredAnswer>
        {
            ["steroidTablets"] = new() { YesNo = true },
            ["steroidMgPerDay"] = new() { Number = 7.5 },
            ["steroidDuration"] = new() { Number = 0.5 },
            ["fastingGlucose"] = new() { Number = 5.5 },
            ["proteinMealsPerDay"] = new() { Number = 2 },
            ["calciumFoodServingsPerDay"] = new() { Number = 2 },
            ["wristHipRibFractures"] = new() { Number = 2 },
            ["hormoneTherapyContraindication"] = new() { Choice = "bloodClot" },
            ["fragilityFracture"] = new() { Choice = "unsure" },
        });

        var profile = ProfileMapping.Map(sheet);
        var layers = LayerMapping.Map(sheet);

        Assert.Equal(7.5, profile.OralGlucocorticoidPrednisoloneMgPerDay);
        Assert.Equal(6, profile.OralGlucocorticoidMonths!.Value, 6);
        Assert.Equal(HormoneTherapyContraindications.VenousThromboembolism, profile.HormoneTherapyContraindications);
        Assert.Null(profile.LowTraumaFractureAfter50);
        Assert.Equal(Units.GlucoseMmolPerLToMgPerDl(5.5), layers.Endocrine.FastingGlucoseMgPerDl);
        Assert.Equal(50, layers.Substrate.ProteinGramsPerDay);
        Assert.True(layers.Substrate.ProteinIsMealEstimate);
        // Two servings of 300 mg, plus about 250 mg from the rest of her food, as calcium calculators count it.
        Assert.Equal(850, layers.Minerals.CalciumFoodMgPerDay);
        Assert.True(layers.Loading.SeveralLowTraumaFractures);
        Assert.Null(layers.Loading.StrengthSessionsPerWeek);
    }

    // "3 or 4" days of impact (3.5) met the 4-day target, and her plan said so; "2 or 3" was fed back as 3 days. A weekly
    // count is what she does for sure; a count of falls, a risk, still rounds half up.
    [Fact]
    public void A_weekly_count_given_as_a_range_is_its_lower_whole_number_and_a_count_of_falls_rounds_up()
    {
        var loading = LayerMapping.Loading(new AnswerSheet(new Dictionary<string, StoredAnswer>
        {
            ["strengthSessionsPerWeek"] = new() { Number = 1.5 },
            ["impactDaysPerWeek"] = new() { Number = 3.5 },
            ["walkingDaysPerWeek"] = new() { Number = 7 },
            ["balanceSessionsPerWeek"] = new() { Number = 2.5 },
            ["fallsLastYear"] = new() { YesNo = true },
            ["fallsCount"] = new() { Number = 1.5 },
        }));

        Assert.Equal([1, 3, 7, 2], new[] { loading.StrengthSessionsPerWeek, loading.ImpactDaysPerWeek, loading.WalkingDaysPerWeek, loading.BalanceSessionsPerWeek });
        Assert.Equal(2, loading.FallsInLastYear);
    }

    [Fact]
    public void What_she_did_not_pick_from_a_list_is_none_what_she_picked_waits_for_its_follow_up()
    {
        var sheet = new AnswerSheet(new Dictionary<string, StoredAnswer>
        {
            ["supplementsInUse"] = new() { Choices = ["calcium"] },
            ["boneLossConditions"] = new() { Choices = ["kidneyDisease"] },
            ["boneLossMedicines"] = new() { Choices = [] },
            ["hormoneTherapyContraindication"] = new() { Choices = ["bloodClot", "heartDisease"] },
        });

        var profile = ProfileMapping.Map(sheet);
        var minerals = LayerMapping.Minerals(sheet);

        Assert.Null(minerals.CalciumSupplementMgPerDay);
        Assert.Equal(0, minerals.VitaminDSupplementIuPerDay);
        Assert.Equal(0, minerals.MagnesiumSupplementMgPerDay);
        Assert.Equal(0, LayerMapping.Inflammation(sheet).Omega3MgPerDay);
        Assert.Null(profile.KidneyDisease);
        Assert.Equal(BoneMedicine.None, profile.BoneMedicine);
        Assert.Equal(HormoneTherapyContraindications.VenousThromboembolism | HormoneTherapyContraindications.CoronaryHeartDisease, profile.HormoneTherapyContraindications);
        Assert.Equal(KidneyDisease.None, ProfileMapping.Map(new AnswerSheet(new Dictionary<string, StoredAnswer>
        {
            ["boneLossConditions"] = new() { Choices = ["coeliacOrIbd"] },
        })).KidneyDisease);
    }

    [Fact]
    public void No_steroid_tablets_means_zero_dose_not_unknown()
    {
        var profile = ProfileMapping.Map(new AnswerSheet(new Dictionary<string, StoredAnswer> { ["steroidTablets"] = new() { YesNo = false } }));

        Assert.Equal(0, profile.OralGlucocorticoidPrednisoloneMgPerDay);
        Assert.Equal(0, profile.OralGlucocorticoidMonths);
    }

    // An answer sheet that remembers which ids were read.
    private sealed class RecordingSheet
    {
        private readonly RecordingAnswers _answers = new();

        public AnswerSheet Sheet => new(_answers);

        public IReadOnlySet<string> Ids => _answers.Read;
    }

    private sealed class RecordingAnswers : Dictionary<string, StoredAnswer>, IReadOnlyDictionary<string, StoredAnswer>
    {
        public HashSet<string> Read { get; } = [];

        bool IReadOnlyDictionary<string, StoredAnswer>.TryGetValue(string key, out StoredAnswer value)
        {
            Read.Add(key);
            return TryGetValue(key, out value!);
        }

        bool IReadOnlyDictionary<string, StoredAnswer>.ContainsKey(string key)
        {
            Read.Add(key);
            return ContainsKey(key);
        }
    }
}
