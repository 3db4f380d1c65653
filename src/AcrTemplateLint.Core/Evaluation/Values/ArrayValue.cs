using System.Collections.Immutable;

namespace AcrTemplateLint.Evaluation.Values;

public sealed record ArrayValue(ImmutableArray<Value> Items) : Value
{
    private readonly ImmutableArray<Value> items = Items;
    private readonly long size = SizeOf(Items);

    public ImmutableArray<Value> Items
    {
        get => items;
        init
        {
            items = value;
            size = SizeOf(value);
        }
    }

    public override string TypeName => "array";

    /// <summary>The values in the array and below it, counted as often as they occur.</summary>
    public override long Size => size;

    private static long SizeOf(ImmutableArray<Value> items)
    {
        long size = 1;
        if (items.IsDefault)
        {
            return size;
        }

        foreach (var item in items)
        {
            size = Saturating(size + item.Size);
        }

        return size;
    }
}
