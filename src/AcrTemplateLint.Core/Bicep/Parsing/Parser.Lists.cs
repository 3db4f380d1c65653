using System.Collections.Immutable;
using System.Runtime.InteropServices;
using AcrTemplateLint.Bicep.Lexing;
using AcrTemplateLint.Bicep.Syntax;
using AcrTemplateLint.Text;

namespace AcrTemplateLint.Bicep.Parsing;

/// <summary>
/// Bracketed lists: the items of objects, arrays, object and tuple types and import lists; call and type arguments;
/// parenthesized lists (one expression, or the variables of a lambda or loop); and what to do when a list is not
/// closed.
/// </summary>
internal sealed partial class Parser
{
    private static readonly TokenSet ParenthesizedItem = Terminators.Closers | TokenSet.Of(TokenKind.Comma);
    private static readonly TokenSet ParenthesisClose = TokenSet.Of(
        TokenKind.StringRightPiece, TokenKind.RightBrace, TokenKind.RightSquare, TokenKind.NewLine);

    // The items of the lists being parsed, innermost last: each list copies its own out once, exactly sized, when it
    // ends, instead of growing a builder of its own. A recovery drops what the failed parse had added.
    private readonly List<SyntaxElement> listItems = [];

    /// <summary>Keywords that, followed by a name, can only start a declaration.</summary>
    private static readonly HashSet<string> DeclarationStarts = new(StringComparer.Ordinal)
    {
        "assert", "func", "metadata", "module", "output", "param", "resource", "test", "type", "var",
    };

    /// <summary>
    /// The items of a bracketed list up to <paramref name="close"/>. Objects, arrays, object and tuple types and import
    /// lists separate items by commas on one line or by line breaks, not both at once, and allow a trailing comma.
    /// Arguments (<paramref name="commasOnly"/>) are separated by commas, with line breaks allowed after a comma and
    /// around the list, and no trailing comma.
    /// </summary>
    private ImmutableArray<SyntaxElement> DelimitedItems(TokenKind close, Func<SyntaxElement> item, bool commasOnly, bool allowNestedResources = false)
    {
        if (Check(close))
        {
            return [];
        }

        var start = listItems.Count;
        AddItems(NewLines());
        var expectItem = true;
        while (!AtEnd && !Check(close))
        {
            var itemStart = position;
            if (expectItem)
            {
                listItems.Add(item());
            }
            else if (Check(TokenKind.NewLine))
            {
                var next = PeekPastNewLines();
                if (NextLineStartsDeclaration(allowNestedResources) || (commasOnly && next.Kind == TokenKind.EndOfFile))
                {
                    break; // leave the line breaks: the missing closer is reported at the end of the line
                }

                if (commasOnly && next.Kind != close)
                {
                    listItems.Add(SkipEmpty(ParserDiagnostics.ExpectedComma(FoundAt(Current))));
                }

                AddItems(NewLines());
            }
            else if (Check(TokenKind.Comma))
            {
                listItems.Add(Read());
                if (commasOnly)
                {
                    AddItems(NewLines());
                    if (Check(close))
                    {
                        listItems.Add(item()); // a trailing comma: parsing the missing item reports it
                    }
                }
                else if (Check(TokenKind.NewLine))
                {
                    listItems.Add(SkipEmpty(ParserDiagnostics.LineBreakAfterComma(FoundAt(Current))));
                    listItems.Add(Read());
                }
            }
            else
            {
                listItems.Add(SkipEmpty(ParserDiagnostics.ExpectedSeparator(FoundAt(Current), Describe(Current))));
            }

            if (expectItem && position == itemStart)
            {
                listItems.Add(SkipCurrent(ParserDiagnostics.ExpectedSeparator(FoundAt(Current), Describe(Current))));
            }

            expectItem = !expectItem;
        }

        return TakeItems(start);
    }

    /// <summary>
    /// <c>(a, b)</c> after a function name, or <c>&lt;t, u&gt;</c> after a parameterized type; a missing closer is
    /// reported but does not abandon the call or type.
    /// </summary>
    private (Token Open, ImmutableArray<SyntaxElement> Items, SyntaxElement Close) Arguments(TokenKind close, string closeText, Func<SyntaxElement> item)
    {
        var open = Read();
        var items = DelimitedItems(close, item, commasOnly: true);
        SyntaxElement closing = Check(close)
            ? Read()
            : SkipEmpty(ParserDiagnostics.ExpectedToken(FoundAt(Current), closeText, Describe(Current)));
        return (open, items, closing);
    }

    private (Token Open, ImmutableArray<SyntaxElement> Items, SyntaxElement Close) CallArguments(ExpressionFlags flags) =>
        Arguments(TokenKind.RightParen, "')'", () => new FunctionArgumentSyntax(WithRecovery(expressions[(int)flags], RecoveryFlags.None, Terminators.Argument)));

    /// <summary><c>( item, item, … )</c>; the caller decides whether one item (parentheses) or a list (variables) is wanted.</summary>
    private (Token Open, ImmutableArray<SyntaxElement> Items, SyntaxElement Close) ParenthesizedList(Func<SyntaxElement> item, bool permitNewLines)
    {
        var open = Read();
        var start = listItems.Count;
        if (permitNewLines)
        {
            AddItems(NewLines());
        }

        while (!Check(TokenKind.RightParen))
        {
            listItems.Add(WithRecovery(item, RecoveryFlags.None, ParenthesizedItem));
            if (permitNewLines)
            {
                AddItems(NewLines());
            }

            if (!Check(TokenKind.Comma))
            {
                break;
            }

            listItems.Add(Read());
            if (permitNewLines)
            {
                AddItems(NewLines());
            }
        }

        var items = TakeItems(start);
        var close = WithRecovery(() => Expect(TokenKind.RightParen, "')'"), items.Length > 0 ? SuppressAfter(items[^1]) : RecoveryFlags.None, ParenthesisClose);
        return (open, items, close);
    }

    private void AddItems(ImmutableArray<Token> tokens)
    {
        foreach (var token in tokens)
        {
            listItems.Add(token);
        }
    }

    /// <summary>The items added since <paramref name="start"/>, taken off the stack.</summary>
    private ImmutableArray<SyntaxElement> TakeItems(int start)
    {
        var count = listItems.Count - start;
        if (count == 0)
        {
            return [];
        }

        var items = new SyntaxElement[count];
        listItems.CopyTo(start, items, 0, count);
        listItems.RemoveRange(start, count);
        return ImmutableCollectionsMarshal.AsImmutableArray(items);
    }

    /// <summary>Drops the items a parse that failed had added.</summary>
    private void DropItems(int start)
    {
        if (listItems.Count > start)
        {
            listItems.RemoveRange(start, listItems.Count - start);
        }
    }

    /// <summary>The one expression in parentheses; anything else (none, several, line breaks) becomes an error node.</summary>
    private SyntaxElement SingleItem(Token open, ImmutableArray<SyntaxElement> items)
    {
        if (items.Length == 1 && items[0] is not Token)
        {
            return items[0];
        }

        var span = items.IsEmpty ? new TextSpan(open.Span.End, 0) : TextSpan.Between(items[0].Span, items[^1].Span);
        return Skipped(items, ParserDiagnostics.ParenthesesNeedOneExpression(At(span)), span.Start);
    }

    /// <summary>Rewrites parsed expressions as the names of a variable block; anything but a plain name is an error.</summary>
    private ImmutableArray<SyntaxElement> LocalVariables(ImmutableArray<SyntaxElement> items) =>
        [.. items.Select(item => item switch
        {
            VariableAccessSyntax variable => new LocalVariableSyntax(variable.Name),
            Token or SkippedSyntax => item,
            _ => Skipped([item], ParserDiagnostics.ExpectedLocalVariable(At(item.Span), TokenFacts.Quote(item.ToString().Trim())), item.Span.Start),
        })];

    /// <summary>
    /// True at a line break when the next line begins like a declaration (<c>var name</c>, <c>resource name</c>…),
    /// which no item of an object, array or argument list can. A list that is still open there lacks its closing
    /// bracket: stopping before the line break reports that once and lets the declaration parse, instead of
    /// swallowing the rest of the file. A nested <c>resource</c> in a resource body is an item, not a stop.
    /// </summary>
    private bool NextLineStartsDeclaration(bool allowNestedResources)
    {
        var index = position;
        while (tokens[index].Kind == TokenKind.NewLine)
        {
            index++;
        }

        var keyword = tokens[index];
        return keyword.Kind == TokenKind.Identifier
            && DeclarationStarts.Contains(keyword.Text)
            && !(allowNestedResources && keyword.Text == "resource")
            && tokens[Math.Min(index + 1, tokens.Length - 1)].Kind == TokenKind.Identifier;
    }

    /// <summary>The closing bracket of an object or array; missing before a declaration, it is reported without throwing.</summary>
    private SyntaxElement Close(TokenKind kind, string expected)
    {
        if (Check(kind))
        {
            return Read();
        }

        var error = ParserDiagnostics.ExpectedToken(FoundAt(Current), expected, Describe(Current));
        return Check(TokenKind.NewLine) && NextLineStartsDeclaration(allowNestedResources: false) ? SkipEmpty(error) : throw Expected(error);
    }
}
