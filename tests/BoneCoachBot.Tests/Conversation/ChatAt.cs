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
}
