using System.Collections.Immutable;
using System.Text;
using AcrTemplateLint.Bicep.Binding;
using AcrTemplateLint.Bicep.Lexing;
using AcrTemplateLint.Bicep.Syntax;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Evaluation.Expressions;
using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Bicep.Lowering;

/// <summary>
/// Turns Bicep expressions into the IR that ARM templates lower to, the way the Bicep compiler turns them into ARM
/// template expressions: operators become ARM functions (<c>==</c> equals, <c>=~</c> equals of toLower, <c>&amp;&amp;</c>
/// and, <c>??</c> coalesce, <c>?:</c> if, <c>-x</c> sub(0, x)…), interpolation becomes format(), spreads shallowMerge()
/// and flatten(), loops map(). Parameters and variables read the template scope; resources and modules become
/// <see cref="SymbolReferenceExpression"/>s. Every IR node's origin is the Bicep span it came from. Compile-time
/// functions (loadTextContent() and its kin, nameof()) are evaluated here, as the compiler does.
/// </summary>
public sealed partial class BicepLowerer
{
    /// <summary>The namespace the compiler gives user-defined functions in the ARM JSON.</summary>
    public const string UserFunctionNamespace = "__bicep";

    private readonly SemanticModel model;
    private readonly DiagnosticBag diagnostics;
    private readonly ContentLoader content;
    private readonly Dictionary<SyntaxElement, Expression> lowered = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<SyntaxElement, Expression> bodies = new(ReferenceEqualityComparer.Instance);

    public BicepLowerer(SemanticModel model, DiagnosticBag diagnostics, FileAccessPolicy policy)
    {
        this.model = model;
        this.diagnostics = diagnostics;
        content = new ContentLoader(model.File, policy, diagnostics);
    }

    public SemanticModel Model => model;

    /// <summary>The IR of an expression, lowered once however often it is evaluated.</summary>
    public Expression Lower(SyntaxElement syntax)
    {
        if (!lowered.TryGetValue(syntax, out var expression))
        {
            expression = LowerCore(syntax);
            lowered[syntax] = expression;
        }

        return expression;
    }

    /// <summary>
    /// The IR of a resource body without the properties the compiler consumes itself (<paramref name="excluded"/>:
    /// parent, scope, dependsOn…), which are not values of the deployed resource.
    /// </summary>
    public Expression LowerBody(ObjectSyntax body, IReadOnlySet<string> excluded)
    {
        if (!bodies.TryGetValue(body, out var expression))
        {
            expression = LowerObject(body, At(body), excluded);
            bodies[body] = expression;
        }

        return expression;
    }

    private SourceLocation At(SyntaxElement syntax) => new(model.File, syntax.Span);

    // The value is made with its origin: a copy made only to set it would double every literal.
    private static LiteralExpression Literal(Value value, SourceLocation at) => new(value, at);

    private static LiteralExpression Text(string value, SourceLocation? at) => new(new StringValue(value) { Origin = at }, at);

    /// <summary>A value acrlint cannot know, written as a literal so that evaluating it reports nothing.</summary>
    private static LiteralExpression Unknown(string reason, SourceLocation at) => new(new UnknownValue(reason, at) { Origin = at }, at);

    private static CallExpression Call(string name, SourceLocation at, params Expression[] arguments) => new(name, [.. arguments], at);

    private Expression LowerCore(SyntaxElement syntax)
    {
        var at = At(syntax);
        switch (syntax)
        {
            case StringSyntax s:
                return LowerString(s, at);
            case IntegerLiteralSyntax i:
                return Literal(new IntegerValue((long)Math.Min(i.Value, long.MaxValue)) { Origin = at }, at);
            case BooleanLiteralSyntax b:
                return Literal(new BooleanValue(b.Value) { Origin = at }, at);
            case NullLiteralSyntax:
                return Literal(new NullValue { Origin = at }, at);
            case ParenthesizedExpressionSyntax p:
                return Lower(p.Expression);
            case NonNullAssertionSyntax n:
                return Lower(n.BaseExpression);
            case ObjectSyntax o:
                return LowerObject(o, at, null);
            case ArraySyntax a:
                return LowerArray(a, at);
            case UnaryOperationSyntax u:
                return LowerUnary(u, at);
            case BinaryOperationSyntax b:
                return LowerBinary(b, at);
            case TernaryOperationSyntax t:
                return Call("if", at, Lower(t.Condition), Lower(t.WhenTrue), Lower(t.WhenFalse));
            case VariableAccessSyntax v:
                return LowerName(v, at);
            case PropertyAccessSyntax p:
                return LowerPropertyAccess(p, at);
            case ArrayAccessSyntax a:
                return LowerArrayAccess(a, at);
            case ResourceAccessSyntax r:
                return model.GetBinding(r) is { } child ? new SymbolReferenceExpression(child.QualifiedName, null, null, at) : Undeclared(r.ResourceName.Name, at);
            case FunctionCallSyntax f:
                return LowerCall(f, at);
            case InstanceFunctionCallSyntax f:
                return LowerInstanceCall(f, at);
            case LambdaSyntax l:
                return new LambdaExpression(LocalNames(l.Variables), Lower(l.Body), at);
            case ForSyntax f:
                return LowerFor(f, at);
            case SkippedSyntax:
                return new ErrorExpression("an expression that does not parse", at);
            default:
                return new ErrorExpression($"a {syntax.GetType().Name.Replace("Syntax", "", StringComparison.Ordinal)} where a value was expected", at);
        }
    }

    // 'a${x}b' is format('a{0}b', x), as the compiler writes it; braces in the text are doubled for format().
    private Expression LowerString(StringSyntax syntax, SourceLocation at)
    {
        if (syntax.LiteralValue is { } literal)
        {
            return Literal(new StringValue(literal) { Origin = at }, at);
        }

        var pattern = new StringBuilder();
        var arguments = new List<Expression>();
        for (var i = 0; i < syntax.SegmentValues.Length; i++)
        {
            pattern.Append(syntax.SegmentValues[i].Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal));
            if (i < syntax.Expressions.Length)
            {
                pattern.Append('{').Append(i).Append('}');
                arguments.Add(Lower(syntax.Expressions[i]));
            }
        }

        return new CallExpression("format", [Text(pattern.ToString(), at), .. arguments], at);
    }

    // { a: 1, ...b } is shallowMerge([{ a: 1 }, b]); nested resource declarations are not part of the value.
    private Expression LowerObject(ObjectSyntax syntax, SourceLocation at, IReadOnlySet<string>? excluded) => WithSpreads(
        syntax.Items,
        excluded,
        static (lowerer, item, excluded) => item switch
        {
            ObjectPropertySyntax { Key: IdentifierSyntax { Name: var name } } when excluded?.Contains(name) == true => null,
            ObjectPropertySyntax property when lowerer.PropertyKey(property.Key) is { } key => new ObjectPropertyExpression(key, lowerer.Lower(property.Value), lowerer.At(property.Key)),
            _ => null,
        },
        static (properties, at) => new ObjectExpression(properties, at),
        "shallowMerge",
        at);

    /// <summary>The key of an object property: an identifier or a string (possibly interpolated); null when it did not parse.</summary>
    private Expression? PropertyKey(SyntaxElement key) => key switch
    {
        IdentifierSyntax { IsValid: true } id => Text(id.Name, At(key)),
        StringSyntax s => Lower(s),
        _ => null,
    };

    // [a, ...b] is flatten([[a], b]).
    private Expression LowerArray(ArraySyntax syntax, SourceLocation at) => WithSpreads(
        syntax.Items,
        null,
        static (lowerer, item, _) => item is ArrayItemSyntax value ? lowerer.Lower(value.Value) : null,
        static (items, at) => new ArrayExpression(items, at),
        "flatten",
        at);

    // A literal with spreads is its runs of members between the spreads, and the spread values, in order, combined
    // by shallowMerge() for objects and flatten() for arrays, as the compiler writes them; without spreads, the literal.
    // The functions are static and take what they need, so that a literal costs no delegates.
    private Expression WithSpreads<T>(
        ImmutableArray<SyntaxElement> items,
        IReadOnlySet<string>? excluded,
        Func<BicepLowerer, SyntaxElement, IReadOnlySet<string>?, T?> lowerItem,
        Func<ImmutableArray<T>, SourceLocation, Expression> build,
        string combine,
        SourceLocation at)
        where T : class
    {
        // Sized for every member (items also hold the commas and line breaks between them), so that a literal
        // without spreads or left-out members is built in one array without copying.
        var members = 0;
        foreach (var item in items)
        {
            members += item is Token ? 0 : 1;
        }

        List<Expression>? parts = null;
        var run = ImmutableArray.CreateBuilder<T>(members);
        foreach (var item in items)
        {
            if (item is SpreadSyntax spread)
            {
                parts ??= [];
                if (run.Count > 0)
                {
                    parts.Add(build(run.DrainToImmutable(), at));
                }

                parts.Add(Lower(spread.Expression));
            }
            else if (lowerItem(this, item, excluded) is { } lowered)
            {
                run.Add(lowered);
            }
        }

        if (parts is null)
        {
            return build(run.DrainToImmutable(), at);
        }

        if (run.Count > 0)
        {
            parts.Add(build(run.DrainToImmutable(), at));
        }

        return Call(combine, at, new ArrayExpression([.. parts], at));
    }

    private Expression LowerUnary(UnaryOperationSyntax syntax, SourceLocation at) => syntax.Operator.Kind switch
    {
        TokenKind.Exclamation => Call("not", at, Lower(syntax.Operand)),
        TokenKind.Minus when syntax.Operand is IntegerLiteralSyntax literal && literal.Value <= long.MaxValue => Literal(new IntegerValue(-(long)literal.Value) { Origin = at }, at),
        TokenKind.Minus => Call("sub", at, Literal(new IntegerValue(0) { Origin = at }, at), Lower(syntax.Operand)),
        _ => new ErrorExpression($"the operator '{syntax.Operator.Text}'", at),
    };

    private Expression LowerBinary(BinaryOperationSyntax syntax, SourceLocation at)
    {
        var left = Lower(syntax.Left);
        var right = Lower(syntax.Right);
        return syntax.Operator.Kind switch
        {
            TokenKind.LogicalOr => Call("or", at, left, right),
            TokenKind.LogicalAnd => Call("and", at, left, right),
            TokenKind.Equals => Call("equals", at, left, right),
            TokenKind.NotEquals => Call("not", at, Call("equals", at, left, right)),
            TokenKind.EqualsInsensitive => Call("equals", at, Call("toLower", left.Origin ?? at, left), Call("toLower", right.Origin ?? at, right)),
            TokenKind.NotEqualsInsensitive => Call("not", at, Call("equals", at, Call("toLower", left.Origin ?? at, left), Call("toLower", right.Origin ?? at, right))),
            TokenKind.LessThan => Call("less", at, left, right),
            TokenKind.LessThanOrEqual => Call("lessOrEquals", at, left, right),
            TokenKind.GreaterThan => Call("greater", at, left, right),
            TokenKind.GreaterThanOrEqual => Call("greaterOrEquals", at, left, right),
            TokenKind.Plus => Call("add", at, left, right),
            TokenKind.Minus => Call("sub", at, left, right),
            TokenKind.Asterisk => Call("mul", at, left, right),
            TokenKind.Slash => Call("div", at, left, right),
            TokenKind.Modulo => Call("mod", at, left, right),
            TokenKind.DoubleQuestion => Call("coalesce", at, left, right),
            _ => new ErrorExpression($"the operator '{syntax.Operator.Text}'", at),
        };
    }

    // [for (item, index) in source: body] is map(source, (item, index) => body): one value per item, in order.
    private Expression LowerFor(ForSyntax syntax, SourceLocation at)
    {
        var body = syntax.Body is IfConditionSyntax filtered
            ? new ErrorExpression("a filtered loop outside a resource or module declaration", At(filtered))
            : Lower(syntax.Body);
        return Call("map", at, Lower(syntax.Source), new LambdaExpression(LocalNames(syntax.Variables), body, at));
    }

    /// <summary>The names of a loop's or lambda's variables: <c>x</c> or <c>(x, i)</c>.</summary>
    public static ImmutableArray<string> LocalNames(SyntaxElement variables) => variables switch
    {
        LocalVariableSyntax single => [single.Name.Name],
        VariableBlockSyntax block => [.. block.Variables.Select(v => v.Name.Name)],
        _ => [],
    };

    private static Expression Undeclared(string name, SourceLocation at) => new ErrorExpression($"the undeclared name '{name}'", at);
}
