using System.Globalization;
using System.Text.RegularExpressions;
using AcrTemplateLint.Evaluation.Values;

namespace AcrTemplateLint.Evaluation.Functions;

/// <summary>
/// utcNow, dateTimeAdd, dateTimeFromEpoch, dateTimeToEpoch (ARM docs: "Date functions"). utcNow() is the deployment
/// time, so Unknown. dateTimeAdd counts a year as 365 days and a month as 30, as ARM documents.
/// </summary>
internal static partial class DateFunctions
{
    private const string IsoFormat = "yyyy-MM-ddTHH:mm:ssZ";

    public static void Register(FunctionLibrary.Builder functions)
    {
        functions.Strict("utcNow", 0, 1, call => call.Unknown("utcNow(), the time of the deployment"));
        functions.Strict("dateTimeAdd", 2, 3, DateTimeAdd);
        functions.Strict("dateTimeFromEpoch", 1, 1, call => call.Integer(0, out var seconds, out var failure)
            ? seconds >= -62135596800 && seconds <= 253402300799
                ? call.String(DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime.ToString(IsoFormat, CultureInfo.InvariantCulture))
                : call.Invalid($"{seconds} is outside the range of dates")
            : failure);
        functions.Strict("dateTimeToEpoch", 1, 1, call => !call.String(0, out var text, out var failure) ? failure
            : TryParse(text) is { } time ? call.Integer(time.ToUnixTimeSeconds())
            : call.Invalid($"'{text}' is not an ISO 8601 date and time"));
    }

    private static Value DateTimeAdd(FunctionCall call)
    {
        if (!call.String(0, out var baseText, out var failure) || !call.String(1, out var durationText, out failure))
        {
            return failure;
        }

        if (TryParse(baseText) is not { } time)
        {
            return call.Invalid($"'{baseText}' is not an ISO 8601 date and time");
        }

        if (TryParseDuration(durationText) is not { } duration)
        {
            return call.Invalid($"'{durationText}' is not an ISO 8601 duration");
        }

        DateTimeOffset result;
        try
        {
            result = time + duration;
        }
        catch (ArgumentOutOfRangeException)
        {
            return call.Invalid("the result is outside the range of dates");
        }

        if (call.Count > 2)
        {
            if (!call.String(2, out var format, out failure))
            {
                return failure;
            }

            try
            {
                return call.String(result.UtcDateTime.ToString(format, CultureInfo.InvariantCulture));
            }
            catch (FormatException)
            {
                return call.Invalid($"'{format}' is not a date and time format");
            }
        }

        // "The format of the base value is used": reproduced for the ISO form only; ARM's docs show other bases
        // coming back in a culture-specific form acrlint does not guess.
        return IsoPattern().IsMatch(baseText)
            ? call.String(result.UtcDateTime.ToString(IsoFormat, CultureInfo.InvariantCulture))
            : call.Unknown("the text of dateTimeAdd() for a base value not written as yyyy-MM-ddTHH:mm:ssZ");
    }

    private static DateTimeOffset? TryParse(string text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time) ? time : null;

    // [-]P[nY][nM][nW][nD][T[nH][nM][nS]], with a year as 365 days and a month as 30.
    private static TimeSpan? TryParseDuration(string text)
    {
        var match = DurationPattern().Match(text);
        if (!match.Success || text.EndsWith('P') || text.EndsWith('T'))
        {
            return null;
        }

        double Part(string name) => match.Groups[name].Success ? double.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture) : 0;
        try
        {
            var span = TimeSpan.FromDays((Part("y") * 365) + (Part("mo") * 30) + (Part("w") * 7) + Part("d"))
                + TimeSpan.FromHours(Part("h")) + TimeSpan.FromMinutes(Part("mi")) + TimeSpan.FromSeconds(Part("s"));
            return match.Groups["neg"].Success ? span.Negate() : span;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"^(?<neg>-)?P(?:(?<y>\d+)Y)?(?:(?<mo>\d+)M)?(?:(?<w>\d+)W)?(?:(?<d>\d+)D)?(?:T(?:(?<h>\d+)H)?(?:(?<mi>\d+)M)?(?:(?<s>\d+(?:\.\d+)?)S)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DurationPattern();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoPattern();
}
