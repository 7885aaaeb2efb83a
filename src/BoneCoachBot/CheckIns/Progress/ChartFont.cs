namespace BoneCoachBot.CheckIns.Progress;

/// <summary>
/// The chart's one font, shipped with the app (DejaVu Sans, Fonts/): App Service and slim containers may have no system
/// fonts, and ScottPlot would then draw no text at all. Registered once with ScottPlot before the first chart.
/// </summary>
public static class ChartFont
{
    public const string Name = "DejaVu Sans";

    private static readonly Lazy<bool> Registered = new(Register, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string EnsureRegistered() => Registered.Value ? Name : Name;

    private static bool Register()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "CheckIns", "Fonts", "DejaVuSans.ttf");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("The chart font is not beside the app; it is copied there by BoneCoachBot.csproj.", path);
        }

        ScottPlot.Fonts.AddFontFile(Name, path, bold: false, italic: false);
        // Bold titles fall back to the regular face rather than to a system font that may not exist.
        ScottPlot.Fonts.AddFontFile(Name, path, bold: true, italic: false);
        ScottPlot.Fonts.Default = Name;
        return true;
    }
}
