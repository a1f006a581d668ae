using OncoExplain.Cli;

using var input = new Utf8InputReader(Console.OpenStandardInput());
return CliApp.Run(args, input, Console.Out, Console.Error);
