using AcrTemplateLint.Arm.Expressions;
using AcrTemplateLint.Arm.Json;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Evaluation.Expressions;
using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Tests.Arm.Expressions;

public sealed class ArmExpressionParserTests
{
    [Test]
    public void Sub_expressions_keep_their_span_inside_the_JSON_string()
    {
        var (expression, file, _) = Lower("\"[if(equals(parameters('a'), 'x'), 'Enabled', 'Disabled')]\"");

        var call = (CallExpression)expression;
        Assert.That(call.Name, Is.EqualTo("if"));
        Assert.That(file.GetText(call.Origin!.Span), Is.EqualTo("if(equals(parameters('a'), 'x'), 'Enabled', 'Disabled')"));
        Assert.That(file.GetText(call.Arguments[1].Origin!.Span), Is.EqualTo("'Enabled'"));
        var equals = (CallExpression)call.Arguments[0];
        Assert.That(file.GetText(equals.Arguments[0].Origin!.Span), Is.EqualTo("parameters('a')"));
    }

    [Test]
    public void Spans_survive_JSON_escapes_before_the_sub_expression()
    {
        var (expression, file, _) = Lower("\"[concat('a\\\"b', parameters('p'))]\"");

        var call = (CallExpression)expression;
        Assert.That(((StringValue)((LiteralExpression)call.Arguments[0]).Value).Value, Is.EqualTo("a\"b"));
        Assert.That(file.GetText(call.Arguments[1].Origin!.Span), Is.EqualTo("parameters('p')"));
    }

    [Test]
    public void Double_bracket_escapes_a_literal_string()
    {
        var (expression, _, diagnostics) = Lower("\"[[not an expression]\"");

        Assert.That(diagnostics.Items, Is.Empty);
        Assert.That(((StringValue)((LiteralExpression)expression).Value).Value, Is.EqualTo("[not an expression]"));
    }

    [Test]
    public void Parses_doubled_quotes_member_and_index_access_and_namespaced_calls()
    {
        var (expression, file, diagnostics) = Lower("\"[contoso.fn('it''s', -3).items[0]['key'].name]\"");

        Assert.That(diagnostics.Items, Is.Empty);
        var name = (PropertyAccessExpression)expression;
        Assert.That(name.Property, Is.EqualTo("name"));
        var key = (IndexAccessExpression)name.Target;
        var zero = (IndexAccessExpression)key.Target;
        var items = (PropertyAccessExpression)zero.Target;
        var call = (CallExpression)items.Target;
        Assert.That((call.Namespace, call.Name), Is.EqualTo(("contoso", "fn")));
        Assert.That(((StringValue)((LiteralExpression)call.Arguments[0]).Value).Value, Is.EqualTo("it's"));
        Assert.That(((IntegerValue)((LiteralExpression)call.Arguments[1]).Value).Value, Is.EqualTo(-3));
        Assert.That(file.GetText(items.Origin!.Span), Is.EqualTo("contoso.fn('it''s', -3).items"));
    }

    // String literals are read as slices of the text unless a quote is doubled: both ways, at every boundary.
    [TestCase("\"[concat('', 'b''', '''c')]\"", new[] { "", "b'", "'c" }, "'''c'")]
    [TestCase("\"[concat('a','b')]\"", new[] { "a", "b" }, "'b'")]
    public void String_literals_keep_their_values_and_spans(string json, string[] values, string lastText)
    {
        var (expression, file, diagnostics) = Lower(json);

        Assert.That(diagnostics.Items, Is.Empty);
        var arguments = ((CallExpression)expression).Arguments;
        Assert.That(arguments.Select(a => ((StringValue)((LiteralExpression)a).Value).Value), Is.EqualTo(values));
        Assert.That(file.GetText(arguments[^1].Origin!.Span), Is.EqualTo(lastText));
    }

    [Test]
    public void Lambda_and_lambdaVariables_become_the_shared_lambda_and_local_reference()
    {
        var (expression, file, diagnostics) = Lower("\"[map(range(0, 2), lambda('x', 'i', add(lambdaVariables('x'), lambdaVariables('i'))))]\"");

        Assert.That(diagnostics.Items, Is.Empty);
        var lambda = (LambdaExpression)((CallExpression)expression).Arguments[1];
        Assert.That(lambda.Parameters, Is.EqualTo(new[] { "x", "i" }));
        var add = (CallExpression)lambda.Body;
        Assert.That(add.Arguments.Select(a => ((LocalReferenceExpression)a).Name), Is.EqualTo(new[] { "x", "i" }));
        Assert.That(file.GetText(add.Arguments[0].Origin!.Span), Is.EqualTo("lambdaVariables('x')"));
    }

    [TestCase("\"[lambda(parameters('x'), 1)]\"", "lambda() needs one or more parameter names")]
    [TestCase("\"[lambdaVariables()]\"", "lambdaVariables() needs one lambda parameter name")]
    public void Malformed_lambdas_are_syntax_errors(string json, string message)
    {
        var (expression, _, diagnostics) = Lower(json);

        Assert.That(expression, Is.InstanceOf<ErrorExpression>());
        Assert.That(diagnostics.Items.Single().Message, Does.Contain(message));
    }

    [TestCase("\"[concat('a']\"", "expected ',' but found the end of the expression", 13)]
    [TestCase("\"[parameters('a') x]\"", "unexpected 'x'", 19)]
    [TestCase("\"[bareword]\"", "must be followed by '('", 3)]
    [TestCase("\"[concat('unterminated)]\"", "not terminated", 10)]
    [TestCase("\"[ ]\"", "empty", 4)]
    public void Reports_syntax_errors_at_the_offending_column(string json, string message, int column)
    {
        var (expression, _, diagnostics) = Lower(json);

        Assert.That(expression, Is.InstanceOf<ErrorExpression>());
        var diagnostic = diagnostics.Items.Single();
        Assert.That(diagnostic.Code, Is.EqualTo(ArmExpressionDiagnostics.SyntaxErrorCode));
        Assert.That(diagnostic.Message, Does.Contain(message));
        Assert.That(diagnostic.Location!.Start.Character + 1, Is.EqualTo(column));
    }

    private static (Expression Expression, SourceFile File, DiagnosticBag Diagnostics) Lower(string json)
    {
        var file = new SourceFile("/t/test.json", "test.json", json);
        var diagnostics = new DiagnosticBag();
        var literal = (JsonString)JsonParser.Parse(file, diagnostics)!;
        return (ArmExpressionParser.Lower(file, literal, diagnostics), file, diagnostics);
    }
}
