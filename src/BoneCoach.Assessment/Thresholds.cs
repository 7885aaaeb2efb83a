namespace BoneCoach.Assessment;

// Every number the core uses, each with its source (../shared/DOMAIN.md row or PubMed id).
// Code elsewhere in the core names these constants and holds no numbers of its own.
public static class Thresholds
{
    // ---- Layer 1: mechanical loading ----
    public const int StrengthSessionsPerWeekMin = 2;         // DOMAIN L1 "Strength training dose": ≥2 days/week (SSS 2022, Too Fit to Fracture); LIFTMOR 2×/week (pubmed 28975661)
    public const int StrengthSessionsPerWeekMax = 3;         // DOMAIN L1 "Strength training dose": 2–3 days/week (Strong, Steady and Straight 2022)
    public const int HeavySets = 5;                          // DOMAIN L1 LIFTMOR: 5 sets × 5 reps (pubmed 28975661)
    public const int HeavyReps = 5;                          // DOMAIN L1 LIFTMOR: 5 sets × 5 reps (pubmed 28975661)
    public const int HeavyRepMax = 5;                        // DOMAIN L1 LIFTMOR: >80–85% 1RM ≈ a weight lifted about 5 times (pubmed 28975661)
    public const int HeavyPercentOneRepMaxLow = 80;          // DOMAIN L1 LIFTMOR: >80–85% 1RM (pubmed 28975661)
    public const int HeavyPercentOneRepMaxHigh = 85;         // DOMAIN L1 LIFTMOR: >80–85% 1RM (pubmed 28975661)
    public const int HeavySessionMinutes = 30;               // DOMAIN L1 LIFTMOR: 30 min sessions (pubmed 28975661)
    public const int StarterSetsMin = 1;                     // DOMAIN L1 Too Fit to Fracture: 1–3 sets
    public const int StarterSetsMax = 3;                     // DOMAIN L1 Too Fit to Fracture: 1–3 sets
    public const int StarterRepsMin = 8;                     // DOMAIN L1 Too Fit to Fracture: 8–12 reps
    public const int StarterRepsMax = 12;                    // DOMAIN L1 Too Fit to Fracture: 8–12 reps
    public const int BalanceSessionsPerWeekMin = 2;          // DOMAIN L1 "Falls": balance ≥ 2×/week (Strong, Steady and Straight 2022)
    public const int FallsPerYearForAssessment = 2;          // DOMAIN L1 "Falls" and red flags: ≥ 2 falls in 12 months → falls assessment (NICE CG161)
    public const int ImpactDaysPerWeekTarget = 4;            // DOMAIN L1 "Impact": moderate impact on most days (4 of 7 days) (SSS 2022)
    public const int DaysPerWeek = 7;                        // calendar week: every-day targets (protein, supplements)

    // ---- Layer 2: endocrine ----
    public const int HormoneTherapyAgeBelowYears = 60;       // DOMAIN L2 NAMS 2022: women < 60 ...
    public const int HormoneTherapyYearsSinceMenopauseMax = 10; // DOMAIN L2 NAMS 2022: ... or within 10 years of menopause
    public const double VitaminDAdequateNgPerMl = 20;        // DOMAIN L2 25(OH)D: ≥ 20 ng/mL (50 nmol/L) covers nearly everyone (IOM 2011)
    public const double VitaminDDeficientNgPerMl = 12;       // DOMAIN L2 25(OH)D: < 12 ng/mL (30 nmol/L) deficient (IOM 2011)
    public const double HbA1cPrediabetesPercent = 5.7;       // DOMAIN L2 ADA: prediabetes HbA1c 5.7–6.4%
    public const double HbA1cDiabetesPercent = 6.5;          // DOMAIN L2 ADA: diabetes HbA1c ≥ 6.5%
    public const double FastingGlucosePrediabetesMgPerDl = 100; // DOMAIN L2 ADA: prediabetes fasting 100–125 mg/dL
    public const double FastingGlucoseDiabetesMgPerDl = 126; // DOMAIN L2 ADA: diabetes fasting ≥ 126 mg/dL

    // ---- Layer 3: structural substrate ----
    public const double ProteinTargetGramsPerKg = 1.2;       // DOMAIN L3 seed 1.2–1.6 g/kg; PROT-AGE 2013 ≥ 1.2 g/kg if active
    public const double ProteinUpperGramsPerKg = 1.6;        // DOMAIN L3 seed 1.2–1.6 g/kg
    public const double ProteinFloorGramsPerKg = 0.8;        // DOMAIN L3 ESCEO/IOF 2018: above 0.8 g/kg goes with higher BMD (pubmed 29740667)
    public const double KidneyCautionEgfr = 60;              // DOMAIN L3 "Kidney caution": CKD stage 3–5 (eGFR < 60) → protein not raised by the bot (KDIGO 2024)
    public const double KidneySevereEgfr = 30;               // DOMAIN red flags: CKD stage 4–5 (eGFR < 30) → clinician (KDIGO 2024 staging)
    public const double KidneyProteinGramsPerKg = 0.8;       // DOMAIN L3 "Kidney caution": about 0.8 g/kg in CKD 3–5 not on dialysis (KDIGO 2024)

    // ---- Layer 4: inflammatory tone ----
    public const double WaistIncreasedRiskCm = 80;           // DOMAIN L4 WHO/IDF (Europid women): ≥ 80 cm increased risk
    public const double WaistSubstantialRiskCm = 88;         // DOMAIN L4 WHO/IDF (Europid women): ≥ 88 cm substantially increased
    public const double SleepMinHours = 7;                   // DOMAIN L4 National Sleep Foundation 2015: 7–9 h (26–64), 7–8 h (65+)
    public const double SleepMaxHoursUnder65 = 9;            // DOMAIN L4 National Sleep Foundation 2015: 7–9 h (26–64 y)
    public const double SleepMaxHoursOlder = 8;              // DOMAIN L4 National Sleep Foundation 2015: 7–8 h (65+)
    public const int SleepOlderAdultAgeYears = 65;           // DOMAIN L4 National Sleep Foundation 2015: 65+ band
    public const double Omega3LowMgPerDay = 250;             // DOMAIN L4 common guidance 250–500 mg/day EPA+DHA (Nutrients 2023 15:2806)
    public const double Omega3HighMgPerDay = 500;            // DOMAIN L4 common guidance 250–500 mg/day EPA+DHA (Nutrients 2023 15:2806)
    public const double AlcoholLowRiskUnitsPerWeek = 14;     // DOMAIN L4 "Alcohol": UK low-risk guidance ≤ 14 units a week (UK CMO 2016)
    public const double AlcoholFraxUnitsPerDay = 3;          // DOMAIN L4 "Alcohol": risk rises at ≥ 3 units a day (FRAX)

    // ---- Layer 5: minerals and cofactors ----
    public const double CalciumRdaMgPerDay = 1200;           // DOMAIN L5 IOM 2011: RDA 1,200 mg/day women 51+
    public const double CalciumUpperLimitMgPerDay = 2000;    // DOMAIN L5 IOM 2011: upper limit 2,000 mg/day
    public const double VitaminDRdaIuUpTo70 = 600;           // DOMAIN L5 IOM 2011: RDA 600 IU (51–70)
    public const double VitaminDRdaIuOver70 = 800;           // DOMAIN L5 IOM 2011: RDA 800 IU (> 70)
    public const int VitaminDRdaOlderAgeYears = 70;          // DOMAIN L5 IOM 2011: the 800 IU band starts above 70
    public const double VitaminDUpperLimitIuPerDay = 4000;   // DOMAIN L5 IOM 2011: upper limit 4,000 IU/day
    public const int VitaminDAboveRdaNotAdvisedBelowAgeYears = 75; // DOMAIN L2 Endocrine Society 2024: no above-DRI doses for healthy adults < 75
    public const double VitaminDVitalDoseIuPerDay = 2000;    // DOMAIN L5 VITAL: 2,000 IU/day did not reduce fractures (pubmed 35939577)
    public const double MagnesiumRdaMgPerDay = 320;          // DOMAIN L5 IOM 1997: RDA 320 mg/day women 31+
    public const double MagnesiumSupplementUpperLimitMgPerDay = 350; // DOMAIN L5 IOM 1997: supplement upper limit 350 mg/day

    // ---- Red flags ----
    public const int LowTraumaFractureAgeYears = 50;         // DOMAIN red flags: fracture from standing height or less after 50
    public const double HeightLossHistoricalCm = 4;          // DOMAIN red flags: height loss ≥ 4 cm (1.5 in) remembered (BHOF 2022)
    public const double HeightLossMeasuredCm = 2;            // DOMAIN red flags: height loss ≥ 2 cm measured (BHOF 2022)
    public const double GlucocorticoidMgPerDay = 2.5;        // DOMAIN red flags: ≥ 2.5 mg/day prednisolone-equivalent (ACR 2022)
    public const double GlucocorticoidMonths = 3;            // DOMAIN red flags: for ≥ 3 months (ACR 2022)
    public const int EarlyMenopauseAgeYears = 45;            // DOMAIN red flags: menopause before 45, natural or ovaries removed
    public const int ScanSuggestedAgeYears = 65;             // DOMAIN red flags: women ≥ 65 → ask about a bone density scan (USPSTF 2025; NICE CG146)
    public const double OsteoporosisTScore = -2.5;           // DOMAIN red flags: known T-score ≤ −2.5
    public const double FraxHipPercent = 3;                  // DOMAIN FRAX: US treatment threshold 10-year hip ≥ 3%
    public const double FraxMajorOsteoporoticPercent = 20;   // DOMAIN FRAX: US treatment threshold major osteoporotic ≥ 20%
    public const double LowBmi = 19;                         // DOMAIN red flags: BMI < 19

    // ---- Screening: OST ----
    public const double OstFactor = 0.2;                     // DOMAIN screening OST: (weight kg − age) × 0.2, truncated
    public const int OstHighRiskBelow = -4;                  // DOMAIN screening OST: < −4 high (original)
    public const int OstLowRiskAbove = -1;                   // DOMAIN screening OST: > −1 low (original)
    public const int OstUsScreenBelow = 2;                   // DOMAIN screening OST: US practice screens when OST < 2

    // ---- Screening: ORAI ----
    public const int OraiAgeBand75 = 75;                     // DOMAIN screening ORAI: age ≥ 75 = 15
    public const int OraiAgeBand65 = 65;                     // DOMAIN screening ORAI: 65–74 = 9
    public const int OraiAgeBand55 = 55;                     // DOMAIN screening ORAI: 55–64 = 5
    public const int OraiAgeBand45 = 45;                     // DOMAIN screening ORAI: 45–54 = 0
    public const int OraiPointsAge75 = 15;                   // DOMAIN screening ORAI
    public const int OraiPointsAge65 = 9;                    // DOMAIN screening ORAI
    public const int OraiPointsAge55 = 5;                    // DOMAIN screening ORAI
    public const int OraiPointsAge45 = 0;                    // DOMAIN screening ORAI
    public const double OraiWeightBand60Kg = 60;             // DOMAIN screening ORAI: weight < 60 kg = 9
    public const double OraiWeightBand70Kg = 70;             // DOMAIN screening ORAI: 60–69 = 3, ≥ 70 = 0
    public const int OraiPointsWeightUnder60 = 9;            // DOMAIN screening ORAI
    public const int OraiPointsWeight60To69 = 3;             // DOMAIN screening ORAI
    public const int OraiPointsWeight70Plus = 0;             // DOMAIN screening ORAI
    public const int OraiPointsNotOnEstrogen = 2;            // DOMAIN screening ORAI: not on estrogen = 2
    public const int OraiScanAtOrAbove = 9;                  // DOMAIN screening ORAI: ≥ 9 → suggest a scan

    // ---- Screening: SCORE ----
    public const int ScorePointsNonBlack = 5;                // DOMAIN screening SCORE: non-Black 5
    public const int ScorePointsRheumatoidArthritis = 4;     // DOMAIN screening SCORE: RA 4
    public const int ScorePointsPerFracture = 4;             // DOMAIN screening SCORE: 4 per low-trauma wrist/hip/rib fracture after 45
    public const int ScoreFracturePointsMax = 12;            // DOMAIN screening SCORE: fracture points max 12
    public const int ScoreFractureAfterAgeYears = 45;        // DOMAIN screening SCORE: fractures after 45
    public const int ScorePointsPerAgeDigit = 3;             // DOMAIN screening SCORE: 3 × first digit of age
    public const int ScorePointsNeverEstrogen = 1;           // DOMAIN screening SCORE: never estrogen 1
    public const double ScorePoundsPerPoint = 10;            // DOMAIN screening SCORE: minus weight(lb)/10 truncated
    public const int ScoreScanAtOrAbove = 6;                 // DOMAIN screening SCORE: ≥ 6 → suggest a scan

    // ---- Units ----
    public const double NmolPerLPerNgPerMlVitaminD = 2.496;  // DOMAIN L2 "Unit conversion": 1 ng/mL = 2.496 nmol/L
    public const double IuPerMicrogramVitaminD = 40;         // DOMAIN L5 IOM 2011: 1 µg = 40 IU
    public const double KgPerPound = 0.45359237;             // international avoirdupois pound (exact definition)
    public const double CmPerInch = 2.54;                    // international inch (exact definition)
    public const int InchesPerFoot = 12;                     // imperial foot
    public const double CmPerMetre = 100;                    // SI: BMI = kg / m²
    public const double GlucoseMgPerDlPerMmolPerL = 18.016;  // glucose molar mass 180.16 g/mol; matches DOMAIN L2 ADA 100 mg/dL ≈ 5.6 mmol/L

    // ---- Progress (coaching rules chosen in issue 5, not clinical figures) ----
    public const int WeeksAtTargetToProgress = 2;            // issue 5: two weeks at target → progress the load
    public const int WeeksMissedToShrink = 3;                // issue 5: three weeks missed → make the target smaller
    public const int TrendWindowWeeks = 4;                   // issue 5: trend over the last weeks (the last four reported)
    public const int TrendMinimumWeeks = 2;                  // a trend needs at least two reported weeks
    public const int GoalStep = 1;                           // issue 5: a target moves one session or day at a time ...
    public const int GoalFloor = 1;                          // ... but never below one a week
    public const double SleepStepHours = 0.5;                // issue 5: a smaller sleep step is half an hour more than last week
}
