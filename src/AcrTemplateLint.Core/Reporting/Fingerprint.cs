using System.Text;
using AcrTemplateLint.Rules.Engine;

namespace AcrTemplateLint.Reporting;

/// <summary>
/// A finding's identity that survives unrelated edits: rule, file, resource and field, never a line or column. It is
/// what SARIF partialFingerprints and baselines key on.
/// </summary>
public static class Fingerprint
{
    public const string Key = "acrlint/v1";

    public static string Of(Finding finding)
    {
        var identity = string.Join('\u001f', finding.Rule.Id, finding.Check, finding.Location.File.DisplayPath, finding.ResourceIdentity, finding.Field, finding.Outcome);
        var hash = Sha256.Hash(Encoding.UTF8.GetBytes(identity));
        return Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }
}
