using AcrTemplateLint.Bicep.Lexing;
using AcrTemplateLint.Bicep.Syntax;

namespace AcrTemplateLint.Bicep.Parsing;

/// <summary>The typed lambda of a <c>func</c> declaration: <c>(a string, b int) string =&gt; body</c>.</summary>
internal sealed partial class Parser
{
    private static readonly TokenSet TypedVariableEnd = TokenSet.Of(TokenKind.NewLine, TokenKind.Comma, TokenKind.RightParen);

    private TypedLambdaSyntax TypedLambda()
    {
        if (!Check(TokenKind.LeftParen))
        {
            throw Expected(ParserDiagnostics.ExpectedToken(FoundAt(Current), "'(' and the function's parameters", Describe(Current)));
        }

        var (open, items, close) = ParenthesizedList(TypedLocalVariable, permitNewLines: true);
        var returnType = WithRecovery(() => Type(allowOptionalResourceType: false), RecoveryFlags.None, Terminators.LambdaBody);
        var arrow = WithRecovery(() => Expect(TokenKind.Arrow, "'=>'"), SuppressAfter(returnType), Terminators.LambdaBody);
        var newLines = arrow is Token && !IsDeclarationKeyword(PeekPastNewLines()) ? NewLines() : [];
        var body = WithRecovery(complexExpression, SuppressAfter(arrow), Terminators.LambdaBody);
        return new TypedLambdaSyntax(new TypedVariableBlockSyntax(open, items, close), returnType, arrow, newLines, body);
    }

    private TypedLocalVariableSyntax TypedLocalVariable()
    {
        var name = IdentifierOrSkip("a parameter name");
        var type = WithRecovery(() => Type(allowOptionalResourceType: false), SuppressAfter(name), TypedVariableEnd);
        return new TypedLocalVariableSyntax(name, type);
    }
}
