using BoneCoachBot.CheckIns.Progress;
using BoneCoachBot.Coaching;
using BoneCoachBot.Tests.Support;

namespace BoneCoachBot.Tests.Conversation;

/// <summary>Chats brought to a known point of the script, for tests about what happens there.</summary>
public static class ChatAt
{
    /// <summary>At the loading layer's training-intensity question (optional), after "twice a week" strength training.</summary>
    public static async Task<Chat> IntensityQuestionAsync(CoachingHost host)
    {
        var chat = new Chat(host.CreateClient());
        await chat.JoinAsync();
        await chat.AnswerAllAsync(Personas.Consent.Concat(Personas.Onboarding).Append("twice a week"));
        return chat;
    }

    /// <summary>At the first onboarding question after consent.</summary>
    public static async Task<Chat> OnboardingAsync(CoachingHost host)
    {
        var chat = new Chat(host.CreateClient());
        await chat.JoinAsync();
        await chat.AnswerAllAsync(Personas.Consent);
        return chat;
    }

    /// <summary>
    /// A woman whose record is already in storage (<see cref="SeededUser"/>), opening a new conversation: she is where
    /// the record puts her (the bot's welcome back and the question she had reached), without replaying her answers.
    /// </summary>
    public static async Task<Chat> SeededAsync(CoachingHost host, CoachingRecord record, CheckInRecord? checkIns = null)
    {
        var chat = new Chat(host.CreateClient());
        await SeededUser.SeedAsync(host.Services, chat.Client, record, checkIns);
        await chat.JoinAsync();
        return chat;
    }
}
