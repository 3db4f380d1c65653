using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Rules.Loading;
using AcrTemplateLint.Tests.Support;

namespace AcrTemplateLint.Tests.Rules;

/// <summary>Rule files are input too: YAML that nests, refers to itself or expands without end is a positioned error.</summary>
public sealed class RuleYamlLimitsTests
{
    [TestCase("self", "a: &r [*r]\n", "1:4", "with its aliases it nests deeper than 256 levels (an alias may refer to a node that contains it)")]
    [TestCase("bomb", "x0: &a0 [x,x,x,x,x,x,x,x,x,x]\nx1: &a1 [*a0,*a0,*a0,*a0,*a0,*a0,*a0,*a0,*a0,*a0]\nx2: &a2 [*a1,*a1,*a1,*a1,*a1,*a1,*a1,*a1,*a1,*a1]\nx3: &a3 [*a2,*a2,*a2,*a2,*a2,*a2,*a2,*a2,*a2,*a2]\nx4: &a4 [*a3,*a3,*a3,*a3,*a3,*a3,*a3,*a3,*a3,*a3]\nx5: &a5 [*a4,*a4,*a4,*a4,*a4,*a4,*a4,*a4,*a4,*a4]\n", null, "its aliases expand to more values than the document has characters")]
    [TestCase("second", "a:\n  b: c\n---\n: : :\n", "5:1", "Invalid YAML")]
    public void A_rule_file_that_cannot_be_a_document_is_one_positioned_error(string name, string yaml, string? at, string message)
    {
        using var directory = new TempDirectory();
        directory.Write($"rules/{name}.yaml", yaml);
        var diagnostics = new DiagnosticBag();

        RuleLoader.LoadDirectory(Path.Combine(directory.Path, "rules"), directory.Path, diagnostics);

        var diagnostic = diagnostics.Items.Single();
        Assert.That(diagnostic.Message, Does.Contain(message));
        if (at is not null)
        {
            Assert.That($"{diagnostic.Location!.Start.Line + 1}:{diagnostic.Location.Start.Character + 1}", Is.EqualTo(at));
        }
    }

    [TestCase(10_000)]
    [TestCase(100_000)]
    public void Nesting_deeper_than_256_levels_is_refused_before_the_document_is_built(int levels)
    {
        using var directory = new TempDirectory();
        directory.Write("rules/deep.yaml", "a: " + string.Concat(Enumerable.Repeat("{b: ", levels)) + "1" + new string('}', levels) + "\n");
        var diagnostics = new DiagnosticBag();

        RuleLoader.LoadDirectory(Path.Combine(directory.Path, "rules"), directory.Path, diagnostics);

        Assert.That(diagnostics.Items.Single().Message, Does.Contain("the document nests deeper than 256 levels"));
    }
}
