using BoneCoach.Bench;
using BoneCoach.Bench.Echo;

// Two roles in one executable: the driver (default), and the bare echo bot the driver starts as its baseline.
if (args.Length > 0 && args[0] == EchoBotHost.Verb)
{
    EchoBotHost.Run(args[1..]);
    return 0;
}

if (BenchOptions.Parse(args) is not { } options)
{
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

return await new BenchRun(options).RunAsync();
