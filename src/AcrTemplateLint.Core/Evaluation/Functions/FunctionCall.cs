using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using AcrTemplateLint.Evaluation.Expressions;
using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Evaluation.Functions;

/// <summary>
/// One invocation of a template function. Arguments are evaluated on first use, so if(), and() and or() can
/// short-circuit as ARM does and lambda arguments can stay unevaluated. The typed accessors (String(i, ...),
/// Integer(i, ...)…) return false with the value to give back: a diagnostic-backed Unknown for a wrong type, or
/// a plain Unknown when the argument is only partly known (a resource ID whose subscription is not known).
/// </summary>
public sealed class FunctionCall
{
    private readonly Value?[] arguments;

    public FunctionCall(Evaluator evaluator, CallExpression expression, EvaluationContext context)
    {
        Evaluator = evaluator;
        Expression = expression;
        Context = context;
        arguments = new Value?[expression.Arguments.Length];
    }

    public Evaluator Evaluator { get; }

    public CallExpression Expression { get; }

    public EvaluationContext Context { get; }

    public string Name => Expression.Name;

    public int Count => arguments.Length;

    public SourceLocation? Origin => Expression.Origin;

    public Value this[int index] => arguments[index] ??= Evaluator.Evaluate(Expression.Arguments[index], Context);

    public IEnumerable<Value> All()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    /// <summary>Pre-seeds an argument; used to re-run a function once per candidate of an Unknown argument.</summary>
    internal FunctionCall WithArgument(int index, Value value)
    {
        var copy = new FunctionCall(Evaluator, Expression, Context);
        System.Array.Copy(arguments, copy.arguments, arguments.Length);
        copy.arguments[index] = value;
        return copy;
    }

    public SourceLocation? ArgumentOrigin(int index) => Expression.Arguments[index].Origin;

    /// <summary>The lambda written as argument <paramref name="index"/>, unevaluated; null when it is not a lambda.</summary>
    public LambdaExpression? Lambda(int index) => index < Count ? Expression.Arguments[index] as LambdaExpression : null;

    public bool String(int index, [NotNullWhen(true)] out string? value, [NotNullWhen(false)] out Value? failure)
    {
        value = ValueText.TryGetString(this[index]);
        failure = value is not null ? null
            : this[index] is ResourceIdValue ? PartlyKnownId()
            : Failure(index, "a string");
        return value is not null;
    }

    public bool Integer(int index, out long value, [NotNullWhen(false)] out Value? failure)
    {
        value = this[index] is IntegerValue i ? i.Value : 0;
        failure = this[index] is IntegerValue ? null : Failure(index, "an integer");
        return failure is null;
    }

    public bool Array(int index, [NotNullWhen(true)] out ArrayValue? value, [NotNullWhen(false)] out Value? failure)
    {
        value = this[index] as ArrayValue;
        failure = value is null ? Failure(index, "an array") : null;
        return value is not null;
    }

    public bool Object(int index, [NotNullWhen(true)] out ObjectValue? value, [NotNullWhen(false)] out Value? failure)
    {
        value = this[index] as ObjectValue;
        failure = value is null ? Failure(index, "an object") : null;
        return value is not null;
    }

    /// <summary>Argument <paramref name="index"/> must be a lambda with this many parameters (or fewer, when optional).</summary>
    public bool LambdaArgument(int index, int minParameters, int maxParameters, [NotNullWhen(true)] out LambdaExpression? lambda, [NotNullWhen(false)] out Value? failure)
    {
        lambda = Lambda(index);
        failure = lambda is null ? Invalid($"argument {index + 1} must be a lambda")
            : lambda.Parameters.Length < minParameters || lambda.Parameters.Length > maxParameters
                ? Invalid($"the lambda in argument {index + 1} must take {(minParameters == maxParameters ? $"{minParameters}" : $"{minParameters} or {maxParameters}")} parameter(s)")
                : null;
        return failure is null;
    }

    public Value Unknown(string reason) => new UnknownValue(reason, Origin) { Origin = Origin };

    /// <summary>A template error: reported, and the value becomes Unknown so analysis goes on.</summary>
    public Value Invalid(string message)
    {
        Evaluator.Diagnostics.Add(EvaluationDiagnostics.InvalidArgument(Origin, Name, message));
        return Unknown($"a failing call to {Name}() ({message})");
    }

    /// <summary>A value beyond Azure Resource Manager's own limits: reported, never built.</summary>
    public Value LimitExceeded(string message)
    {
        Evaluator.Diagnostics.Add(EvaluationDiagnostics.LimitExceeded(Origin, $"{Name}(): {message}"));
        return Unknown($"a call to {Name}() beyond Azure Resource Manager's limits ({message})");
    }

    // An Unknown argument (possible in lazily evaluated functions) is passed on; anything else of the wrong type is an error.
    private Value Failure(int index, string expected) =>
        this[index] is UnknownValue unknown ? unknown with { Origin = Origin, Candidates = [] } : WrongType(index, expected);

    public Value WrongType(int index, string expected) =>
        Invalid($"argument {index + 1} must be {expected}, not {Article(this[index].TypeName)}");

    public Value PartlyKnownId() => Unknown("the subscription and resource group of a resource ID, which are known only at deployment");

    // What functions build is counted against the template's budget, and strings are held to ARM's length limit
    // here, once for every function (a few check before building what would be too large to build at all).
    public Value String(string value) =>
        value.Length > EvaluationLimits.MaxStringLength ? LimitExceeded($"the result has {value.Length:N0} characters, more than a template can hold")
        : Evaluator.Builds(value.Length, Origin) ? new StringValue(value) { Origin = Origin }
        : OverBudget();

    public Value Integer(long value) => new IntegerValue(value) { Origin = Origin };

    public Value Boolean(bool value) => new BooleanValue(value) { Origin = Origin };

    public Value Null() => new NullValue { Origin = Origin };

    public Value Array(IEnumerable<Value> items) => Counted(new ArrayValue([.. items]) { Origin = Origin });

    public Value Object(ImmutableArray<ObjectEntry> entries) => Counted(new ObjectValue(entries) { Origin = Origin });

    private Value Counted(Value built) => Evaluator.Builds(built.Size, Origin) ? built : OverBudget();

    private Value OverBudget() => Unknown($"a value built by {Name}() past acrlint's evaluation budget, which was not kept");

    private static string Article(string typeName) => typeName is "int" or "object" or "array" or "unknown" ? $"an {typeName}" : $"a {typeName}";
}
