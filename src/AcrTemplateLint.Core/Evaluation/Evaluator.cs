using System.Collections.Immutable;
using AcrTemplateLint.Diagnostics;
using AcrTemplateLint.Evaluation.Expressions;
using AcrTemplateLint.Evaluation.Functions;
using AcrTemplateLint.Evaluation.Values;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Evaluation;

/// <summary>
/// Evaluates IR to values as Azure Resource Manager would. What cannot be known becomes an
/// <see cref="UnknownValue"/> that says why; problems in the template itself become diagnostics.
/// One evaluator serves one template file on one thread.
/// </summary>
public sealed class Evaluator
{
    public const int MaxDepth = 256;

    private readonly FunctionLibrary functions;
    private int depth;

    public Evaluator(DiagnosticBag diagnostics, FunctionLibrary? functions = null)
    {
        Diagnostics = diagnostics;
        this.functions = functions ?? FunctionLibrary.Default;
    }

    public DiagnosticBag Diagnostics { get; }

    public Value Evaluate(Expression expression, EvaluationContext context)
    {
        if (++depth > MaxDepth)
        {
            depth--;
            Diagnostics.Add(EvaluationDiagnostics.TooDeep(expression.Origin, MaxDepth));
            return new UnknownValue($"an expression nested deeper than {MaxDepth} levels, which was not evaluated", expression.Origin) { Origin = expression.Origin };
        }

        try
        {
            return expression switch
            {
                LiteralExpression literal => literal.Value,
                CallExpression call => EvaluateCall(call, context),
                PropertyAccessExpression access => EvaluateProperty(access, context),
                IndexAccessExpression index => EvaluateIndex(index, context),
                ObjectExpression obj => EvaluateObject(obj, context),
                ArrayExpression array => new ArrayValue([.. array.Items.Select(item => Evaluate(item, context))]) { Origin = array.Origin },
                LocalReferenceExpression local => EvaluateLocal(local, context),
                LambdaExpression lambda => new UnknownValue("a lambda used outside map(), filter() or a similar function", lambda.Origin) { Origin = lambda.Origin },
                ErrorExpression error => new UnknownValue(error.Reason, error.Origin) { Origin = error.Origin },
                _ => throw new InvalidOperationException($"Unhandled expression {expression.GetType().Name}"),
            };
        }
        finally
        {
            depth--;
        }
    }

    /// <summary>Invokes a lambda with arguments, for the higher-order functions.</summary>
    public Value Invoke(LambdaExpression lambda, EvaluationContext context, params ReadOnlySpan<Value> arguments)
    {
        var inner = context;
        for (var i = 0; i < lambda.Parameters.Length; i++)
        {
            inner = inner.WithLocal(lambda.Parameters[i], i < arguments.Length ? arguments[i] : new NullValue());
        }

        return Evaluate(lambda.Body, inner);
    }

    private Value EvaluateCall(CallExpression call, EvaluationContext context)
    {
        if (call.Namespace is not null)
        {
            return EvaluateUserFunction(call, context);
        }

        if (!functions.TryGet(call.Name, out var function))
        {
            Diagnostics.Add(EvaluationDiagnostics.UnknownFunction(call.Origin, call.Name));
            return new UnknownValue($"the function '{call.Name}', which acrlint does not support", call.Origin) { Origin = call.Origin };
        }

        return function(new FunctionCall(this, call, context));
    }

    private Value EvaluateUserFunction(CallExpression call, EvaluationContext context)
    {
        var fullName = $"{call.Namespace}.{call.Name}";
        if (context.Scope.GetFunction(call.Namespace, call.Name) is not { } function)
        {
            Diagnostics.Add(EvaluationDiagnostics.UndeclaredSymbol(call.Origin, "function", fullName));
            return new UnknownValue($"the undeclared function '{fullName}'", call.Origin) { Origin = call.Origin };
        }

        // A user function sees its own parameters only, never the caller's locals.
        var inner = context with { Locals = context.Locals.Clear() };
        for (var i = 0; i < function.Parameters.Length; i++)
        {
            var argument = i < call.Arguments.Length ? Evaluate(call.Arguments[i], context) : new NullValue();
            inner = inner.WithLocal(function.Parameters[i], argument);
        }

        return Evaluate(function.Body, inner).At(call.Origin, []);
    }

    private Value EvaluateLocal(LocalReferenceExpression local, EvaluationContext context)
    {
        if (context.Locals.TryGetValue(local.Name, out var value))
        {
            return value;
        }

        Diagnostics.Add(EvaluationDiagnostics.UndeclaredSymbol(local.Origin, "variable", local.Name));
        return new UnknownValue($"the undeclared name '{local.Name}'", local.Origin) { Origin = local.Origin };
    }

    private Value EvaluateProperty(PropertyAccessExpression access, EvaluationContext context)
    {
        var target = Evaluate(access.Target, context);
        return GetProperty(target, access.Property, access.Origin, access.IsSafe);
    }

    /// <summary>target.name with ARM's rules: Unknown stays Unknown, a missing property is a template error.</summary>
    public Value GetProperty(Value target, string property, SourceLocation? origin, bool isSafe)
    {
        switch (target)
        {
            case UnknownValue unknown:
                return unknown with { Origin = origin };
            case ObjectValue obj when obj.GetEntry(property) is { } entry:
                return Through(target, entry.Value, origin);
            case NullValue when isSafe:
                return new NullValue { Origin = origin };
            case ObjectValue when isSafe:
                return new NullValue { Origin = origin };
            case ObjectValue obj:
                Diagnostics.Add(EvaluationDiagnostics.MissingProperty(origin, property, obj.Entries.Select(e => e.Key)));
                return new UnknownValue($"the missing property '{property}'", origin) { Origin = origin };
            default:
                Diagnostics.Add(EvaluationDiagnostics.InvalidArgument(origin, "property access", $"a {target.TypeName} has no property '{property}'"));
                return new UnknownValue($"an invalid property access on a {target.TypeName}", origin) { Origin = origin };
        }
    }

    // A member of a value that came through a parameter or variable is seen at the access expression (the use
    // site), with a hop to where the member itself is written.
    private static Value Through(Value target, Value member, SourceLocation? useSite)
    {
        if (target.Trace.IsDefaultOrEmpty || useSite is null)
        {
            return member;
        }

        var hops = member.Origin is { } defined && defined != useSite ? target.Trace.Add(new Hop("value defined here", defined)) : target.Trace;
        return member.At(useSite, hops);
    }

    private Value EvaluateIndex(IndexAccessExpression access, EvaluationContext context)
    {
        var target = Evaluate(access.Target, context);
        var index = Evaluate(access.Index, context);
        switch (target, index)
        {
            case (UnknownValue unknown, _):
                return unknown with { Origin = access.Origin };
            case (_, UnknownValue unknown):
                return unknown with { Origin = access.Origin };
            case (ObjectValue, StringValue key):
                return GetProperty(target, key.Value, access.Origin, access.IsSafe);
            case (ArrayValue array, IntegerValue i) when i.Value >= 0 && i.Value < array.Items.Length:
                return Through(target, array.Items[(int)i.Value], access.Origin);
            case (ArrayValue or NullValue, _) when access.IsSafe:
                return new NullValue { Origin = access.Origin };
            case (ArrayValue array, IntegerValue i):
                Diagnostics.Add(EvaluationDiagnostics.InvalidArgument(access.Origin, "index", $"index {i.Value} is outside the array of {array.Items.Length} items"));
                return new UnknownValue($"an index ({i.Value}) outside the array", access.Origin) { Origin = access.Origin };
            default:
                Diagnostics.Add(EvaluationDiagnostics.InvalidArgument(access.Origin, "index", $"a {target.TypeName} cannot be indexed by a {index.TypeName}"));
                return new UnknownValue($"an invalid index into a {target.TypeName}", access.Origin) { Origin = access.Origin };
        }
    }

    private Value EvaluateObject(ObjectExpression obj, EvaluationContext context)
    {
        var entries = ImmutableArray.CreateBuilder<ObjectEntry>(obj.Properties.Length);
        foreach (var property in obj.Properties)
        {
            var key = property.Key is LiteralExpression { Value: StringValue literal } ? literal : Evaluate(property.Key, context);
            if (key is not StringValue name)
            {
                // An object with an unknown key has unknown shape: say so rather than drop the member.
                var reason = key is UnknownValue u ? u.Reason : $"a property name that is a {key.TypeName}, not a string";
                return new UnknownValue(reason, property.KeyOrigin) { Origin = obj.Origin };
            }

            entries.Add(new ObjectEntry(name.Value, Evaluate(property.Value, context), property.KeyOrigin));
        }

        return new ObjectValue(entries.ToImmutable()) { Origin = obj.Origin };
    }
}
