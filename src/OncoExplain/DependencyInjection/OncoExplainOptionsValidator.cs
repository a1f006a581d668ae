using Microsoft.Extensions.Options;
using OncoExplain;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Checks <see cref="OncoExplainOptions"/> when the options are first read (and at host start).</summary>
internal sealed class OncoExplainOptionsValidator : IValidateOptions<OncoExplainOptions>
{
    public ValidateOptionsResult Validate(string? name, OncoExplainOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = options.Problems();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
