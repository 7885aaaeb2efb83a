namespace BoneCoachBot.Script;

/// <summary>A broken script file, named with the line to fix.</summary>
public sealed class ScriptException(string file, long? line, string problem)
    : Exception(line is null ? $"{file}: {problem}" : $"{file} line {line}: {problem}")
{
    public string File { get; } = file;

    public long? Line { get; } = line;

    public string Problem { get; } = problem;
}
