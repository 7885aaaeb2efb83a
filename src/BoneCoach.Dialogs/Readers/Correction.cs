namespace BoneCoach.Dialogs;

/// <summary>
/// A message that corrects an earlier answer ("actually I'm 61 not 62", "change my weight to 58 kg"): the new value, the
/// value it replaces when she said it, and the words naming what she corrects ("weight"), for the bot to match to a question.
/// </summary>
public sealed record Correction(Mention? NewValue, Mention? OldValue, string? Subject);
