using System.Text;
using Microsoft.Bot.Schema;

namespace BoneCoachBot.Wording;

/// <summary>The clinician summary as a Markdown file attachment, inline as a data URI (no file store needed).</summary>
public static class ClinicianSummaryFile
{
    public const string ContentType = "text/markdown";
    /// <param name="fileName">The file's name in her language (dialogs/summary.json "fileName").</param>
    public static Attachment Attachment(string markdown, string fileName) => new()
    {
        ContentType = ContentType,
        Name = fileName,
        ContentUrl = $"data:{ContentType};charset=utf-8;base64,{Convert.ToBase64String(Encoding.UTF8.GetBytes(markdown))}",
    };

    /// <summary>The Markdown inside an attachment made by <see cref="Attachment"/>.</summary>
    public static string Read(Attachment attachment)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        var url = attachment.ContentUrl ?? throw new ArgumentException("The attachment has no content URL.", nameof(attachment));
        var comma = url.IndexOf(',', StringComparison.Ordinal);
        return Encoding.UTF8.GetString(Convert.FromBase64String(url[(comma + 1)..]));
    }
}
